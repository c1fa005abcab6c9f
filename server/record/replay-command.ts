// The `vipm-sim replay` command line.
import { writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { AdobeError } from '../domain/protocol/errors.js';
import { StartError } from '../startup/start-options.js';
import { httpUrl } from './record-command.js';
import { htmlReport } from './report-html.js';
import { hasDifferences, textReport } from './report.js';
import { ReplayError, replayRecording } from './replay.js';
import { RecordingError, readRecording } from './recording-file.js';

/** Exit status when the replay could not run (a bad recording, an unreachable simulator, refused credentials). */
export const COULD_NOT_REPLAY = 3;

function idPair(value: string, previous: Array<[string, string]> = []): Array<[string, string]> {
  const match = /^([^=\s]{4,64})=([^=\s]{4,64})$/.exec(value);
  if (!match) throw new InvalidArgumentError(`"${value}" is not RECORDED=SIMULATED (two ids of 4 to 64 characters)`);
  return [...previous, [match[1], match[2]]];
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function replayCommand(): Command {
  return new Command('replay')
    .description('replay a recording on the simulator and report, per exchange, whether the simulator answers as recorded')
    .argument('<recording>', 'a recording written by vipm-sim record')
    .allowExcessArguments(false)
    .addOption(new Option('--url <url>', 'replay on this running simulator instead of one started in this process').argParser(httpUrl))
    .addOption(new Option('--admin-token <token>', 'admin token of the simulator at --url (its clock is moved through the control plane)').env('VIPM_SIM_ADMIN_TOKEN'))
    .addOption(new Option('--reset', 'reset the simulator at --url to its fixtures before replaying (a replay creates customers: a second one on the same state sees the first one\'s)'))
    .addOption(new Option('-f, --fixtures <file>', 'fixtures of the simulator started in this process').conflicts('url'))
    .addOption(new Option('--client-id <id>', 'client whose token replaces the recorded credentials').env('VIPM_SIM_CLIENT_ID').default('vipm-sim-client'))
    .addOption(new Option('--client-secret <secret>', 'its secret').env('VIPM_SIM_CLIENT_SECRET').default('vipm-sim-secret'))
    .addOption(new Option('--clock <mode>', 'gaps: the simulated clock moves on by each gap of 1 s or more between recorded requests; off: left alone').choices(['gaps', 'off']).default('gaps'))
    .addOption(new Option('--id <recorded=simulated>', 'an id of the recording and the simulator\'s id for it (a reseller, a customer that existed before); repeatable').argParser(idPair))
    .addOption(new Option('--ignore <path>', 'a body field path not compared (message, items[*].companyProfile.contacts); repeatable').argParser(collect))
    .option('--report-json <file>', 'write the report as JSON')
    .option('--report-html <file>', 'write the report as one self-contained HTML page')
    .addHelpText('after', `
Each recorded request is sent in order, with a token of --client-id in place of the recorded
(masked) credentials, fresh correlation and request ids, and the simulator's ids in place of
those the recording's answers generated (customerId, orderId, subscriptionId, …, learnt from the
answers as they come). Each answer is compared with the recorded one; ids, dates and times,
request and correlation ids, secrets and the host part of links are not compared.
Verdicts: same; different (the HTTP status, the error code, each body field that differs);
not simulated (the simulator answers 404 4040 or 405 4050: no such route); not replayed.

Exit status: 0 nothing differs, 1 something differs, 2 command line not understood,
3 could not replay (a malformed recording, an unreachable simulator, credentials refused).

Examples:
  vipm-sim replay my-flow.jsonl
  vipm-sim replay my-flow.jsonl --id 5556667778=5556667778 --report-html report.html
  vipm-sim replay my-flow.jsonl --url http://127.0.0.1:3000 --reset --ignore message --report-json report.json
See docs/compare.md.`)
    .action(async (file: string, opts) => {
      try {
        const report = await replayRecording({
          recording: readRecording(file), recordingName: file, url: opts.url, adminToken: opts.adminToken, reset: opts.reset, fixtures: opts.fixtures,
          clientId: opts.clientId, clientSecret: opts.clientSecret, clock: opts.clock, ids: opts.id, ignore: opts.ignore,
        });
        console.log(textReport(report));
        if (opts.reportJson) writeFileSync(opts.reportJson, `${JSON.stringify(report, null, 2)}\n`);
        if (opts.reportHtml) writeFileSync(opts.reportHtml, htmlReport(report));
        process.exit(hasDifferences(report) ? 1 : 0);
      } catch (error) {
        if (!(error instanceof RecordingError || error instanceof ReplayError || error instanceof StartError || error instanceof AdobeError || (error as NodeJS.ErrnoException).code)) throw error;
        console.error(`vipm-sim replay: ${(error as Error).message}`);
        process.exit(COULD_NOT_REPLAY);
      }
    });
}
