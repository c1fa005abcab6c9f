// The `vipm-sim record` command line.
import { Command, InvalidArgumentError, Option } from 'commander';
import { isLoopback } from '../index.js';
import { ADOBE_SANDBOX_API, ADOBE_SANDBOX_IMS, startRecordingProxy } from './proxy.js';
import { RECORDING_LIMITS } from './recording.js';

export function httpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`"${value}" is not a URL such as https://partnersandbox-stage.adobe.io`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(`"${value}" is not an http or https URL`);
  return value.replace(/\/+$/, '');
}

function port(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port number (0-65535)`);
  return n;
}

function loopback(value: string): string {
  if (!isLoopback(value)) throw new InvalidArgumentError(`"${value}" is not a loopback address: the proxy forwards credentials, so it listens on this machine only`);
  return value;
}

export function recordCommand(): Command {
  return new Command('record')
    .description('a recording proxy: forwards to Adobe\'s sandbox (and its IMS) and writes every exchange, masked, to a recording')
    .allowExcessArguments(false)
    .requiredOption('-o, --out <file>', 'the recording to write (JSON lines; overwritten)')
    .addOption(new Option('--upstream <url>', 'the partner API the proxy forwards to').default(ADOBE_SANDBOX_API).argParser(httpUrl))
    .addOption(new Option('--ims-upstream <url>', 'where /ims/... goes (default: Adobe\'s sandbox IMS, or --upstream when that is given)').argParser(httpUrl))
    .addOption(new Option('-p, --port <port>', 'port the proxy listens on (0 picks a free one)').default(3100).argParser(port))
    .addOption(new Option('-H, --host <host>', 'loopback address to listen on').default('127.0.0.1').argParser(loopback))
    .option('--anonymise', 'replace customer, order, subscription, reseller, … ids with pseudonyms (the same one wherever an id appears)')
    .option('--note <text>', 'what the recording is of, kept in its first line')
    .addHelpText('after', `
Point the integration's partner API base URL and its IMS base URL at the proxy (both at
http://127.0.0.1:3100 by default); it forwards /ims/... to --ims-upstream and the rest to
--upstream, answers with what came back, and appends each exchange to --out. Authorization,
client secrets and access tokens are masked (last 4 characters kept), bodies kept up to
${RECORDING_LIMITS.bodyKeep} bytes, at most ${RECORDING_LIMITS.maxExchanges} exchanges. Each answer is checked against
contracts/openapi.yaml; one that does not fit is printed (and kept in the recording).
Stop with Ctrl-C (SIGINT) or SIGTERM. Then: vipm-sim replay FILE. See docs/compare.md.

Defaults, from Adobe's authentication page: partner API ${ADOBE_SANDBOX_API}, IMS ${ADOBE_SANDBOX_IMS}.

Examples:
  vipm-sim record --out my-flow.jsonl
  vipm-sim record --out my-flow.jsonl --anonymise --note "order flow, sandbox, before the release"
  vipm-sim record --out local.jsonl --upstream http://127.0.0.1:3000 --port 3100   # a simulator in Adobe's place

Exit status: 0 stopped, 1 could not start, 2 command line not understood.`)
    .action(async (opts) => {
      let proxy;
      let misfits = 0;
      try {
        proxy = await startRecordingProxy({
          out: opts.out, upstream: opts.upstream, imsUpstream: opts.imsUpstream ?? (opts.upstream === ADOBE_SANDBOX_API ? ADOBE_SANDBOX_IMS : opts.upstream),
          port: opts.port, host: opts.host, anonymise: opts.anonymise, note: opts.note,
          onExchange: (e) => {
            console.log(`#${e.seq} ${e.request.method} ${e.request.path} ${e.response.status} ${e.durationMs}ms`);
            if (e.contract?.misfit) {
              misfits++;
              console.error(`  contract: ${e.contract.misfit}`);
            }
          },
          onFull: () => console.error(`vipm-sim record: ${opts.out} holds ${RECORDING_LIMITS.maxExchanges} exchanges, the most a recording may: later exchanges are forwarded, not recorded`),
        });
      } catch (error) {
        console.error(`vipm-sim record: ${(error as Error).message}`);
        process.exit(1);
      }
      const running = proxy;
      console.log(`vipm-sim record: listening on ${running.url}, recording to ${opts.out}`);
      console.log(`  partner API → ${opts.upstream}; /ims/... → ${opts.imsUpstream ?? (opts.upstream === ADOBE_SANDBOX_API ? ADOBE_SANDBOX_IMS : opts.upstream)}`);
      const stop = (signal: string) => {
        running.stop().then(() => {
          console.log(`vipm-sim record: ${signal}: ${running.count} exchanges in ${opts.out}; ${misfits} answers do not fit contracts/openapi.yaml`);
          process.exit(0);
        }, () => process.exit(1));
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
}
