// vipm-sim replay: the repository's recorded flow replays with no difference; a recording
// edited to say what Adobe would say differently shows exactly those differences; what is
// expected to differ is not compared; malformed and hostile recordings get one clear error.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { compareAnswers, ignoreMatcher } from '../server/record/compare.js';
import { htmlReport } from '../server/record/report-html.js';
import { IdTable } from '../server/record/ids.js';
import { RECORDING_LIMITS, type Recording } from '../server/record/recording.js';
import { parseRecording, readRecording, RecordingError } from '../server/record/recording-file.js';
import { replayRecording } from '../server/record/replay.js';
import type { ExchangeResult } from '../server/record/report.js';
import { openBrowser } from './support/browser.js';

const FLOW = 'examples/recordings/customer-flow.jsonl';
const dir = mkdtempSync(join(tmpdir(), 'vipm-sim-replay-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const flow = (): Recording => readRecording(FLOW);
const byVerdict = (exchanges: ExchangeResult[], verdict: string) => exchanges.filter((e) => e.verdict === verdict).map((e) => e.seq);
const json = (recording: Recording, seq: number) => recording.exchanges[seq - 1].response.body!.json as Record<string, any>;

function cli(args: string[]) {
  const run = spawnSync(process.execPath, ['bin/vipm-sim.js', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function writeRecording(name: string, recording: Recording): string {
  const path = join(dir, name);
  writeFileSync(path, [recording.header, ...recording.exchanges].map((l) => JSON.stringify(l)).join('\n'));
  return path;
}

describe('replaying a recording', () => {
  it('REC-01 the repository\'s recorded flow replays on the simulator with no difference, the ids it generated mapped to the simulator\'s', async () => {
    const report = await replayRecording({ recording: flow() });
    assert.deepEqual(report.summary, { same: 10, different: 0, 'not-simulated': 0, 'not-replayed': 0 }, JSON.stringify(report.exchanges.filter((e) => e.verdict !== 'same'), null, 1));
    const created = json(flow(), 3).customerId as string;
    assert.equal(created, '1123400001');
    assert.equal(report.mappedIds[created], '1005600001');
    assert.equal(report.exchanges[3].replayed!.request.path, '/v3/customers/1005600001');
  });

  it('REC-02 a recording edited to say what Adobe would say differently: exactly the edited status, error code and missing field are reported', async () => {
    const edited = flow();
    edited.exchanges[3].response.status = 202;
    json(edited, 8).code = '1117';
    delete json(edited, 2).companyProfile.address.city;
    const report = await replayRecording({ recording: edited });
    assert.deepEqual(byVerdict(report.exchanges, 'different'), [2, 4, 8]);
    assert.deepEqual(report.exchanges[1].differences, [{ path: 'companyProfile.address.city', recorded: undefined, replayed: 'San Jose' }]);
    assert.deepEqual(report.exchanges[3].differences, [{ path: 'HTTP status', recorded: 202, replayed: 200 }]);
    assert.deepEqual(report.exchanges[7].differences, [{ path: 'code', recorded: '1117', replayed: '1116' }]);
    assert.deepEqual(report.summary, { same: 7, different: 3, 'not-simulated': 0, 'not-replayed': 0 });
  });

  it('REC-03 ids, dates and times, request and correlation ids, secrets and the host of links are not compared; --ignore leaves out a field', () => {
    const ids = new IdTable();
    ids.set('1123400001', '1005600001');
    const recorded = { status: 200, headers: {}, body: { bytes: 1, json: {
      customerId: '1123400001', creationDate: '2026-12-07T02:30:00Z', endDate: '2027-12-07', requestId: 'a', correlationId: 'b', access_token: '****abcd',
      links: { self: { uri: 'https://partnersandbox-stage.adobe.io/v3/customers/1123400001', method: 'GET' } }, message: 'Adobe words it so',
    } } };
    const replayed = { status: 200, headers: {}, body: { bytes: 1, json: {
      customerId: '1005600001', creationDate: '2026-11-01T09:00:00.123Z', endDate: '2027-11-01', requestId: 'c', correlationId: 'd', access_token: '****wxyz',
      links: { self: { uri: '/v3/customers/1005600001', method: 'GET' } }, message: 'the simulator words it so',
    } } };
    assert.deepEqual(compareAnswers(recorded, replayed, ids).differences, [{ path: 'message', recorded: 'Adobe words it so', replayed: 'the simulator words it so' }]);
    assert.deepEqual(compareAnswers(recorded, replayed, ids, ignoreMatcher(['message'])), { verdict: 'same', differences: [] });
    const other = { ...replayed, body: { bytes: 1, json: { ...replayed.body.json, customerId: '1005600002', message: recorded.body.json.message } } };
    assert.deepEqual(compareAnswers(recorded, other, ids).differences, [{ path: 'customerId', recorded: '1005600001', replayed: '1005600002' }]);
    assert.ok(ignoreMatcher(['items[*].creationDate'])('items[3].creationDate.x'));
    assert.ok(!ignoreMatcher(['items[*].creationDate'])('items[3].companyName'));
  });

  it('REC-16 an error where the recording has an answer (or the reverse) is reported as its status and error code, not as every field of the two bodies', () => {
    const answer = { status: 200, headers: {}, body: { bytes: 1, json: { customerId: '1005000002', status: '1000' } } };
    const error = { status: 500, headers: {}, body: { bytes: 1, json: { code: '1124', message: 'Internal Server Error', additionalDetails: [] } } };
    const comparison = compareAnswers(answer, error, new IdTable());
    assert.equal(comparison.verdict, 'different');
    assert.deepEqual(comparison.differences, [{ path: 'HTTP status', recorded: 200, replayed: 500 }, { path: 'code', recorded: undefined, replayed: '1124' }]);
    assert.deepEqual(compareAnswers(error, answer, new IdTable()).differences.map((d) => d.path), ['HTTP status', 'code']);
  });

  it('REC-04 the simulated clock follows the gaps between recorded requests: the customer created is active two recorded minutes later (and not with --clock off)', async () => {
    assert.equal(json(flow(), 5).status, '1000');
    const followed = await replayRecording({ recording: flow(), clock: 'gaps' });
    assert.equal(followed.exchanges[4].verdict, 'same');
    const still = await replayRecording({ recording: flow(), clock: 'off' });
    assert.deepEqual(still.exchanges[4].differences, [{ path: 'status', recorded: '1000', replayed: '1002' }]);
  });

  it('REC-05 a route the simulator does not simulate (404 4040) is reported as not simulated, not as a difference', async () => {
    const edited = flow();
    edited.exchanges[9].response = { status: 200, headers: { 'content-type': 'application/json' }, body: { bytes: 20, json: { totalCount: 0, items: [] } } };
    const report = await replayRecording({ recording: edited });
    assert.deepEqual(byVerdict(report.exchanges, 'not-simulated'), [10]);
    assert.equal(report.summary.different, 0);
  });

  it('REC-06 the replay sends its own credentials and fresh correlation ids, never the recorded (masked) ones; a recorded retry stays a retry', async () => {
    const report = await replayRecording({ recording: flow() });
    const [token, read] = report.exchanges;
    assert.equal(token.replayed!.request.body!.form!.client_id, 'vipm-sim-client');
    assert.notEqual(read.replayed!.request.headers['x-correlation-id'], read.recorded.request.headers['x-correlation-id']);
    assert.match(read.replayed!.request.headers.authorization, /^Bearer \*\*\*\*.{4}$/);
    const retried = flow();
    const create = retried.exchanges[2];
    retried.exchanges.push({ ...structuredClone(create), seq: 11, at: retried.exchanges[9].at });
    const again = await replayRecording({ recording: retried });
    assert.equal(again.exchanges[10].replayed!.request.headers['x-correlation-id'], again.exchanges[2].replayed!.request.headers['x-correlation-id']);
    assert.equal(again.exchanges[10].verdict, 'same', JSON.stringify(again.exchanges[10].differences));
  });
});

describe('recordings that are not right', () => {
  const header = JSON.stringify({ format: 'vipm-sim-recording', version: 1, recordedAt: '2026-11-01T09:00:00Z', upstream: { api: 'https://a', ims: 'https://i' }, anonymised: false });
  const exchange = JSON.parse(readFileSync(FLOW, 'utf8').split('\n')[1]);
  const line = (change: (e: any) => void) => {
    const copy = structuredClone(exchange);
    change(copy);
    return JSON.stringify(copy);
  };
  const refused = (text: string, message: RegExp) => assert.throws(() => parseRecording(text, 'r.jsonl'), (e: Error) => e instanceof RecordingError && message.test(e.message));

  it('REC-07 a malformed or hostile recording gets one error naming the line and the field, never a crash', () => {
    refused('', /^r\.jsonl: the file: is empty/);
    refused('{not json', /^r\.jsonl: line 1: is not JSON/);
    refused(JSON.stringify({ format: 'vipm-sim-recording', version: 9 }), /^r\.jsonl: line 1: version is 9; this vipm-sim reads version 1$/);
    refused(JSON.stringify({ pacts: [] }), /line 1: format must be "vipm-sim-recording"/);
    refused(`${header}\n${line((e) => { e.response.status = 999; })}`, /^r\.jsonl: line 2: response\.status must be an HTTP status/);
    refused(`${header}\n${line((e) => { e.request.path = 'v3'; })}`, /line 2: request\.path must be a path starting with \//);
    refused(`${header}\n${line((e) => { e.request.body = { json: {}, text: '', bytes: 1 }; })}`, /line 2: request\.body must hold exactly one of json, form, text/);
    refused(`${header}\n${line(() => undefined)}\n${line(() => undefined)}`, /line 3: seq must be a whole number above the previous one \(1\)/);
    refused(`${header}\n${'['.repeat(100)}${']'.repeat(100)}`, /line 2: .*nests deeper than 32 levels/);
    refused(`${header}\n"${'x'.repeat(RECORDING_LIMITS.maxLineBytes)}"`, /line 2: is longer than 262144 bytes/);
    refused(`${header}\n${'{}\n'.repeat(RECORDING_LIMITS.maxExchanges + 1)}`, /the file: holds 10001 exchanges; at most 10000 are read/);
    const huge = join(dir, 'huge.jsonl');
    writeFileSync(huge, header);
    truncateSync(huge, RECORDING_LIMITS.maxFileBytes + 1);
    assert.throws(() => readRecording(huge), /huge\.jsonl: the file: is larger than 67108864 bytes/);
    assert.throws(() => readRecording(join(dir, 'absent.jsonl')), /absent\.jsonl: cannot be read \(ENOENT\)/);
  });

  it('REC-08 a secret pasted into a recording is masked again when it is read; a masked one stays as masked', () => {
    const text = `${header}\n${line((e) => { e.request.headers.authorization = 'Bearer eyJhbGciOiJSUzI1NiJ9.pasted-in-clear'; e.request.body = { form: { client_secret: 'a-secret-in-clear', client_id: 'c' }, bytes: 10 }; })}`;
    const [read] = parseRecording(text).exchanges;
    assert.equal(read.request.headers.authorization, 'Bearer ****lear');
    assert.equal(read.request.body!.form!.client_secret, '****lear');
    assert.equal(read.request.body!.form!.client_id, 'c');
    const authorised = JSON.parse(readFileSync(FLOW, 'utf8').split('\n')[2]);
    const masked = authorised.request.headers.authorization as string;
    assert.match(masked, /^Bearer \*{4}.{4}$/);
    assert.equal(parseRecording(`${header}\n${JSON.stringify(authorised)}`).exchanges[0].request.headers.authorization, masked);
  });
});

describe('vipm-sim replay (command line)', () => {
  it('REC-09 exits 1 and writes the JSON and HTML reports when something differs, 0 when nothing does, 3 with one line for a bad recording', () => {
    const edited = flow();
    json(edited, 8).code = '1117';
    const path = writeRecording('edited.jsonl', edited);
    const [jsonReport, htmlReport] = [join(dir, 'r.json'), join(dir, 'r.html')];
    const differs = cli(['replay', path, '--report-json', jsonReport, '--report-html', htmlReport]);
    assert.equal(differs.status, 1, differs.stderr);
    assert.match(differs.stdout, /#8 GET \/v3\/customers\/1000000000 {2}different\n {4}code: recorded "1117", replayed "1116"\n/);
    assert.match(differs.stdout, /9 same, 1 different, 0 not simulated, 0 not replayed/);
    assert.equal(JSON.parse(readFileSync(jsonReport, 'utf8')).summary.different, 1);
    const page = readFileSync(htmlReport, 'utf8');
    assert.match(page, /<mark>&#34;1117&#34;<\/mark>/);
    assert.doesNotMatch(page, /<script|<link|src=/);
    assert.equal(cli(['replay', FLOW]).status, 0);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"format":"vipm-sim-recording","version":2}');
    const refused = cli(['replay', bad]);
    assert.equal(refused.status, 3);
    assert.equal(refused.stderr, `vipm-sim replay: ${bad}: line 1: version is 2; this vipm-sim reads version 1\n`);
  });
});

describe('the HTML report in a browser', () => {
  it('REC-18 renders in Chromium from a file, asking for nothing outside the page, each difference highlighted on both sides and same exchanges folded', async () => {
    const edited = flow();
    json(edited, 8).code = '1117';
    delete json(edited, 2).companyProfile.address.city;
    const page = join(dir, 'report.html');
    writeFileSync(page, htmlReport(await replayRecording({ recording: edited, recordingName: 'edited.jsonl' })));
    const browser = await openBrowser();
    try {
      const requested: string[] = [];
      browser.page.on('request', (request) => requested.push(request.url()));
      await browser.page.goto(`file://${page}`);
      assert.deepEqual(requested, [`file://${page}`]);
      assert.deepEqual(await browser.page.locator('#exchange-8 mark').allTextContents(), ['"1117"', '"1116"']);
      assert.deepEqual(await browser.page.locator('#exchange-2 mark').allTextContents(), ['"San Jose"']);
      assert.equal(await browser.page.locator('#exchange-3 .sides').isVisible(), false);
      assert.equal(await browser.page.locator('.counts').textContent(), '8 same2 different0 not simulated0 not replayed');
    } catch (error) {
      await browser.shootFailure('compare-report');
      throw error;
    } finally {
      await browser.close();
    }
  });
});
