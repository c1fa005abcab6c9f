// The `vipm-sim verify` command line.
import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { Command, Option } from 'commander';
import { VerificationFailed, verifyPacts } from './verify-pacts.js';

/** Set in the child that runs the verification when its output must lose its colours. */
const PLAIN_CHILD = 'VIPM_SIM_VERIFY_PLAIN';

/** Colours only on a terminal, and not with NO_COLOR (https://no-color.org). */
const coloursWanted = () => process.stdout.isTTY === true && !process.env.NO_COLOR;

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;
const PARTIAL_ANSI = /\x1b(\[[0-9;]*)?$/;

function copyPlain(from: Readable, to: Writable): void {
  let carry = '';
  from.setEncoding('utf8').on('data', (chunk: string) => {
    const text = carry + chunk;
    const partial = PARTIAL_ANSI.exec(text);
    carry = partial ? partial[0] : '';
    to.write((partial ? text.slice(0, partial.index) : text).replace(ANSI, ''));
  });
}

/**
 * Pact's verifier (native code) writes coloured text straight to the terminal and offers no
 * switch through pact-js; so the verification runs in a child whose output is copied without
 * the escape sequences. Resolves with the child's exit status.
 */
function runWithoutColours(): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    env: { ...process.env, [PLAIN_CHILD]: '1' }, stdio: ['inherit', 'pipe', 'pipe'],
  });
  copyPlain(child.stdout!, process.stdout);
  copyPlain(child.stderr!, process.stderr);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => child.kill(signal));
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

export function verifyCommand(): Command {
  return new Command('verify')
    .description('verify Pact consumer pacts against the simulator (one started on a free port, or --url)')
    .argument('[pacts...]', 'pact files, folders of pact files, or pact URLs')
    .addOption(new Option('--url <url>', 'verify against this running simulator instead of starting one'))
    .addOption(new Option('--admin-token <token>', 'admin token of the simulator at --url (for its control plane: provider states)').env('VIPM_SIM_ADMIN_TOKEN'))
    .addOption(new Option('--client-id <id>', 'client whose credentials replace those in the pacts').env('VIPM_SIM_CLIENT_ID').default('vipm-sim-client'))
    .addOption(new Option('--client-secret <secret>', 'its secret').env('VIPM_SIM_CLIENT_SECRET').default('vipm-sim-secret'))
    .addOption(new Option('--broker-url <url>', 'fetch the latest pacts for --provider from this Pact Broker').env('PACT_BROKER_BASE_URL'))
    .addOption(new Option('--broker-token <token>', 'Pact Broker bearer token').env('PACT_BROKER_TOKEN'))
    .option('--provider <name>', 'provider name in the broker')
    .option('--provider-version <version>', 'provider version to publish results under')
    .option('--provider-branch <branch>', 'provider branch to publish results under')
    .option('--publish', 'publish verification results to the broker')
    .addOption(new Option('--log-level <level>', 'Pact verifier log level').choices(['error', 'warn', 'info', 'debug', 'trace']).default('warn'))
    .addHelpText('after', `
Each request gets valid credentials of --client-id (default vipm-sim-client) in place of the
Authorization and X-Api-Key its pact carries, unless its provider state has the param
credentials: "as-sent" (to verify 401/403 answers). Provider states are set up through
/__sandbox/provider-states; GET it for the catalogue and each state's params.

Colours only on a terminal and without NO_COLOR. Exit status: 0 verified, 1 failed or could
not run, 2 command line not understood.

Examples:
  vipm-sim verify examples/partner-client/pacts
  vipm-sim verify ./pacts/my-client-adobe.json --url http://127.0.0.1:3000
  VIPM_SIM_ADMIN_TOKEN=s3cret vipm-sim verify pacts/ --url http://sim.internal:3000
  vipm-sim verify --broker-url https://broker.example --broker-token T --provider adobe-vipmp-customers \\
                  --publish --provider-version 1.2.3`)
    .action(async (sources: string[], opts) => {
      if (!coloursWanted() && !process.env[PLAIN_CHILD]) process.exit(await runWithoutColours());
      try {
        await verifyPacts({
          sources, url: opts.url, clientId: opts.clientId, clientSecret: opts.clientSecret,
          brokerUrl: opts.brokerUrl, brokerToken: opts.brokerToken, provider: opts.provider,
          providerVersion: opts.providerVersion, providerBranch: opts.providerBranch, publish: opts.publish,
          adminToken: opts.adminToken, logLevel: opts.logLevel,
        });
        console.log('vipm-sim verify: every interaction verified');
        process.exit(0);
      } catch (error) {
        console.error(error instanceof VerificationFailed
          ? 'vipm-sim verify: verification failed (Pact\'s report above lists each failing interaction)'
          : `vipm-sim verify: ${(error as Error)?.message ?? error}`);
        // Pact's proxy can keep the process alive after a failed verification.
        process.exit(1);
      }
    });
}
