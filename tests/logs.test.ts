// The request log: one line per request through pino, levels, formats, journal entries at debug
// and for every 5xx, secrets masked, and silence unless asked for.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { startSimulator, type LogOptions, type RunningSimulator } from '../server/index.js';
import { startChildSimulator, tokenFor } from './support/child-simulator.js';
import { prettyLine } from '../server/logging/format.js';
import { createLogger, logRequestLine, type RequestLineFields } from '../server/logging/logger.js';

async function withLog(log: LogOptions, work: (sim: RunningSimulator, lines: string[]) => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const sim = await startSimulator({ log: { ...log, destination: (line) => lines.push(line) } });
  try {
    await work(sim, lines);
  } finally {
    await sim.stop();
  }
  return lines;
}

const getCustomer = (sim: RunningSimulator, token: string, correlationId: string) => fetch(`${sim.url}/v3/customers/9876543210`, {
  headers: { authorization: `Bearer ${token}`, 'x-api-key': 'vipm-sim-client', 'x-correlation-id': correlationId },
});

/** Lines are written when a response finishes; the journal's a moment later. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('request log', () => {
  it('LOG-01 one JSON line per request: method, path, status, duration, correlation id', async () => {
    const lines = await withLog({ format: 'json' }, async (sim) => {
      const token = await tokenFor(sim.url);
      await getCustomer(sim, token, 'log-01');
      await settle();
    });
    const records = lines.map((line) => JSON.parse(line));
    const request = records.find((r) => r.path === '/v3/customers/9876543210');
    assert.ok(request, lines.join(''));
    assert.equal(request.level, 30);
    assert.equal(request.method, 'GET');
    assert.equal(request.status, 200);
    assert.equal(request.correlationId, 'log-01');
    assert.equal(typeof request.durationMs, 'number');
    assert.match(request.msg, /^GET \/v3\/customers\/9876543210 200 [\d.]+ms$/);
    assert.equal(records.filter((r) => r.msg.startsWith('journal entry')).length, 0, 'no journal entries at info');
  });

  it('LOG-02 pretty format is one readable line per request', async () => {
    const lines = await withLog({ format: 'pretty' }, async (sim) => {
      await getCustomer(sim, await tokenFor(sim.url), 'log-02');
      await settle();
    });
    assert.ok(lines.some((line) => /^\d\d:\d\d:\d\d\.\d{3} INFO  GET \/v3\/customers\/9876543210 200 [\d.]+ms correlationId=log-02\n$/.test(line)), lines.join(''));
  });

  it('LOG-02 a pretty request line, written without pino\'s JSON, reads exactly as that JSON made pretty', () => {
    const direct: string[] = [];
    const json: string[] = [];
    const pretty = createLogger({ level: 'debug', format: 'pretty', destination: (line) => direct.push(line) });
    const viaPino = createLogger({ level: 'debug', format: 'json', destination: (line) => json.push(line) });
    const cases: Array<['error' | 'warn' | 'info' | 'debug', RequestLineFields]> = [
      ['info', { method: 'GET', path: '/v3/customers/9876543210', status: 200, durationMs: 1.25, correlationId: 'log-02' }],
      ['warn', { method: 'PATCH', path: '/v3/customers/x"y\\z', status: 0, durationMs: 12, code: undefined, correlationId: undefined }],
      ['error', { method: 'POST', path: '/v3/customers', status: 500, durationMs: 0.5, code: '1124', correlationId: 'with space and "quotes" \u00e9\u2028' }],
      ['debug', { method: 'GET', path: '/__sandbox/clock', status: 200, durationMs: 3, correlationId: '' }],
    ];
    for (const [level, fields] of cases) {
      logRequestLine(pretty, level, fields, `${fields.method} ${fields.path} ${fields.status} ${fields.durationMs}ms`);
      logRequestLine(viaPino, level, fields, `${fields.method} ${fields.path} ${fields.status} ${fields.durationMs}ms`);
    }
    assert.equal(direct.length, cases.length);
    const timeless = (line: string) => line.replace(/^\d\d:\d\d:\d\d\.\d{3} /, '');
    direct.forEach((line, i) => {
      assert.match(line, /^\d\d:\d\d:\d\d\.\d{3} /);
      assert.equal(timeless(line), timeless(prettyLine(json[i])));
    });
    logRequestLine(createLogger({ level: 'warn', destination: (line) => direct.push(line) }), 'info', cases[0][1], 'hidden');
    assert.equal(direct.length, cases.length, 'a level below the logger\'s writes nothing');
  });

  it('LOG-03 debug adds each journal entry; a 5xx prints its entry at any level; warn hides request lines', async () => {
    const debug = await withLog({ level: 'debug', format: 'json' }, async (sim) => {
      await getCustomer(sim, await tokenFor(sim.url), 'log-03');
      await settle();
    });
    const entry = debug.map((l) => JSON.parse(l)).find((r) => r.entry?.correlationId === 'log-03');
    assert.ok(entry, debug.join(''));
    assert.equal(entry.level, 20);
    assert.equal(entry.entry.status, 200);
    const faulted = await withLog({ level: 'info', format: 'json' }, async (sim) => {
      const token = await tokenFor(sim.url);
      await sim.sandbox.armFault({ method: 'GET', path: '/v3/customers/*', action: 'respond', status: 500 });
      assert.equal((await getCustomer(sim, token, 'log-03-500')).status, 500);
      await settle();
    });
    const records = faulted.map((l) => JSON.parse(l));
    assert.equal(records.find((r) => r.correlationId === 'log-03-500')?.level, 50, 'a 5xx request line is an error');
    assert.equal(records.find((r) => r.entry?.correlationId === 'log-03-500')?.entry.fault !== undefined, true, 'its journal entry is printed');
    const warn = await withLog({ level: 'warn' }, async (sim) => {
      await getCustomer(sim, await tokenFor(sim.url), 'log-03-warn');
      await settle();
    });
    assert.deepEqual(warn, []);
  });

  it('LOG-04 no line carries a secret: bearer tokens, client secrets and access tokens are masked', async () => {
    const tokens: string[] = [];
    const lines = await withLog({ level: 'debug', format: 'json' }, async (sim) => {
      const v2 = await fetch(`${sim.url}/ims/token/v2?grant_type=client_credentials&client_id=vipm-sim-client&client_secret=vipm-sim-secret`, { method: 'POST' });
      const token = ((await v2.json()) as { access_token: string }).access_token;
      await fetch(`${sim.url}/ims/token/v3`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'vipm-sim-client', client_secret: 'vipm-sim-secret' }) });
      await getCustomer(sim, token, 'log-04');
      await settle();
      tokens.push(token);
    });
    const all = lines.join('');
    assert.ok(!all.includes(tokens[0]), 'the access token is in a log line');
    assert.ok(!all.includes('vipm-sim-secret'), 'the client secret is in a log line');
    assert.match(all, /"client_secret":"\*\*\*\*"/);
    assert.match(all, /"authorization":"Bearer \*\*\*\*/);
    assert.ok(all.includes(`Bearer ****${tokens[0].slice(-4)}`), 'a masked token shows the token\'s own last 4 characters, not a suffix every token shares');
  });

  it('LOG-05 startSimulator() logs nothing unless asked', () => {
    const script = `import { startSimulator } from './server/index.ts';
const sim = await startSimulator();
await fetch(sim.url + '/partnerservice/ping', { headers: { 'x-api-key': 'vipm-sim-client' } });
await fetch(sim.url + '/v3/nowhere');
await sim.stop();`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, '');
  });

  it('LOG-06 serve logs start-up and each request through the same logger; --log-level and --log-format apply', async () => {
    const sim = await startChildSimulator(['--log-format', 'json', '--log-level', 'debug']);
    try {
      await getCustomer({ url: sim.url } as RunningSimulator, await tokenFor(sim.url), 'log-06');
      await settle();
    } finally {
      await sim.stop();
    }
    const records = sim.output().trim().split('\n').map((line) => JSON.parse(line));
    assert.match(records[0].msg, /^vipm-sim \S+ listening on http:/);
    assert.deepEqual({ ...records[0].start, version: 'V' }, {
      version: 'V', url: sim.url, store: 'in memory', state: 'loaded', fixtures: records[0].start.fixtures, threeYearCommitMode: 'production',
      controlPlane: `${sim.url}/__sandbox`, console: `${sim.url}/__sandbox/console/`, adminToken: false,
      clients: [{ clientId: 'vipm-sim-client', distributorId: '5000000001' }, { clientId: 'other-distributor-client', distributorId: '5000000002' }],
    }, 'the start-up facts as JSON fields, not only text in msg');
    assert.ok(records.some((r) => r.correlationId === 'log-06' && r.status === 200));
    assert.ok(records.some((r) => r.entry?.correlationId === 'log-06' && r.level === 20));
    assert.match(records.at(-1).msg, /SIGTERM, stopping/);
  });

  it('LOG-07 successful control-plane reads (the console polls the clock every second) log at debug; their failures and every write at info', async () => {
    const lines = await withLog({ level: 'debug', format: 'json' }, async (sim) => {
      await fetch(`${sim.url}/__sandbox/clock`);
      await fetch(`${sim.url}/__sandbox/customers/0000000000`);
      await fetch(`${sim.url}/__sandbox/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"advance":"PT1M"}' });
      await settle();
    });
    const levels = lines.map((line) => JSON.parse(line)).filter((r) => r.path?.startsWith('/__sandbox/')).map((r) => `${r.level} ${r.method} ${r.status}`);
    assert.deepEqual(levels, ['20 GET 200', '30 GET 404', '30 POST 200']);
  });

  it('LOG-08 the line of an error answer carries its Adobe code (IMS error on the token endpoints)', async () => {
    const lines = await withLog({ format: 'pretty' }, async (sim) => {
      await getCustomer(sim, 'not-a-token', 'log-08');
      await fetch(`${sim.url}/ims/token/v3`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'x', client_secret: 'y' }) });
      await settle();
    });
    assert.ok(lines.some((line) => / INFO  GET \/v3\/customers\/9876543210 401 [\d.]+ms code=4116 correlationId=log-08\n$/.test(line)), lines.join(''));
    assert.ok(lines.some((line) => / INFO  POST \/ims\/token\/v3 401 [\d.]+ms code=invalid_client\n$/.test(line)), lines.join(''));
  });
});
