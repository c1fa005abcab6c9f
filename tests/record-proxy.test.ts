// vipm-sim record: the recording proxy forwards to the partner API and IMS, masks every secret,
// checks each answer against the contract, anonymises ids on demand and answers its own failures
// in Adobe's shape.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readFixtures } from '../server/startup/fixtures.js';
import { startSimulator, type RunningSimulator } from '../server/index.js';
import { checkAnswer, checkRawAnswer } from '../server/record/contract-check.js';
import { MAX_ANSWER_BYTES, MAX_REQUEST_BYTES, startRecordingProxy } from '../server/record/proxy.js';
import { readRecording } from '../server/record/recording-file.js';
import { replayRecording } from '../server/record/replay.js';
import { defaultContract } from '../server/simulator.js';
import { startChildSimulator, type ChildSimulator } from './support/child-simulator.js';
import { customerFlow, recordCustomerFlow } from './support/customer-flow.js';

const dir = mkdtempSync(join(tmpdir(), 'vipm-sim-record-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A server that answers every request with its own name and what it was asked. */
async function echoServer(name: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ server: name, path: req.url }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('the recording proxy', () => {
  let flowFile: string;
  before(async () => {
    flowFile = join(dir, 'flow.jsonl');
    await recordCustomerFlow(flowFile);
  });

  it('REC-10 forwards /ims/... to the IMS upstream and everything else to the partner API, answering with what came back', async () => {
    const [api, ims] = [await echoServer('api'), await echoServer('ims')];
    const proxy = await startRecordingProxy({ out: join(dir, 'routes.jsonl'), upstream: api.url, imsUpstream: ims.url });
    try {
      assert.deepEqual(await (await fetch(`${proxy.url}/ims/token/v3?x=1`, { method: 'POST' })).json(), { server: 'ims', path: '/ims/token/v3?x=1' });
      assert.deepEqual(await (await fetch(`${proxy.url}/v3/customers/123`)).json(), { server: 'api', path: '/v3/customers/123' });
    } finally {
      await proxy.stop();
      api.server.close();
      ims.server.close();
    }
    assert.deepEqual(readRecording(join(dir, 'routes.jsonl')).exchanges.map((e) => `${e.request.method} ${e.request.path}?${e.request.query} ${e.response.status}`), ['POST /ims/token/v3?x=1 200', 'GET /v3/customers/123? 200']);
  });

  it('REC-11 no secret is in a recording in clear: Authorization, the client secret of the token form and the access token of its answer are masked', () => {
    const text = readFileSync(flowFile, 'utf8');
    assert.doesNotMatch(text, /vipm-sim-secret/);
    const { exchanges } = readRecording(flowFile);
    assert.equal(exchanges[0].request.body!.form!.client_secret, '****');
    assert.match((exchanges[0].response.body!.json as { access_token: string }).access_token, /^\*{4}.{4}$/);
    const authorizations = exchanges.slice(1).map((e) => e.request.headers.authorization);
    assert.equal(authorizations.length, 9);
    for (const value of authorizations) assert.match(value, /^Bearer \*{4}.{4}$/);
  });

  it('REC-12 each answer is checked against contracts/openapi.yaml: a misfit names the operation and the field; a route it does not describe, or an answer too deep to check, is said so', () => {
    const contract = defaultContract();
    assert.deepEqual(checkAnswer(contract, 'GET', '/v3/customers/1005000002', 404, { code: '1116', message: 'Invalid Customer', additionalDetails: [] }, true), { operationId: 'getCustomer' });
    assert.match(checkAnswer(contract, 'GET', '/v3/customers/1005000002', 200, { customerId: 5 }, true).misfit!, /^getCustomer 200: .*customerId/);
    assert.deepEqual(checkAnswer(contract, 'GET', '/v3/customers/1005000002', 418, {}, true), { operationId: 'getCustomer', misfit: 'status 418 is not documented for getCustomer' });
    assert.match(checkRawAnswer(contract, 'GET', '/v3/customers/1005000002', 200, Buffer.from('<html>'), 'text/html').misfit!, /this answer is not JSON/);
    const deep = Buffer.from(`${'['.repeat(40)}${']'.repeat(40)}`);
    assert.match(checkRawAnswer(contract, 'GET', '/v3/customers/1005000002', 200, deep, 'application/json').misfit!, /^not checked against the contract: .*nests deeper than 32 levels/);
    const { exchanges } = readRecording(flowFile);
    assert.deepEqual(exchanges.filter((e) => e.contract?.misfit).map((e) => e.seq), [10]);
    assert.match(exchanges[9].contract!.misfit!, /GET \/v3\/customers\/\d+\/invoices is not described by contracts\/openapi.yaml/);
  });

  it('REC-13 --anonymise: no id of the partner\'s is left, each has one pseudonym of its kind everywhere, and the recording still replays given the partner\'s own ids', async () => {
    const out = join(dir, 'anonymised.jsonl');
    const upstream = await startSimulator();
    const proxy = await startRecordingProxy({ out, upstream: upstream.url, anonymise: true, now: async () => new Date((await upstream.sandbox.clock()).now) });
    await customerFlow(proxy.url, () => upstream.sandbox.advanceClock('PT2M'));
    await proxy.stop();
    await upstream.stop();
    const text = readFileSync(out, 'utf8');
    for (const id of ['9876543210', '5556667778', '1005600001', '1005000004']) assert.ok(!text.includes(id), `${id} is still in the recording`);
    const recording = readRecording(out);
    const customer = recording.exchanges[1].request.path.split('/')[3];
    assert.match(customer, /^\d{10}$/);
    assert.equal((recording.exchanges[1].response.body!.json as { customerId: string }).customerId, customer);
    const reseller = (recording.exchanges[2].request.body!.json as { resellerId: string }).resellerId;
    const report = await replayRecording({ recording, ids: [[customer, '9876543210'], [reseller, '5556667778']] });
    assert.equal(report.summary.same, 10, JSON.stringify(report.exchanges.filter((e) => e.verdict !== 'same').map((e) => e.differences)));
  });

  it('REC-14 its own failures are Adobe-shaped and recorded nowhere: an upstream that cannot be reached is 502, one too slow 504, a request or an answer over the limit 413', async () => {
    const spare = await echoServer('gone');
    spare.server.close();
    const out = join(dir, 'failures.jsonl');
    const proxy = await startRecordingProxy({ out, upstream: spare.url });
    try {
      const unreachable = await fetch(`${proxy.url}/v3/customers/1`);
      assert.equal(unreachable.status, 502);
      const body = await unreachable.json() as { code: string; message: string; additionalDetails: unknown[] };
      assert.equal(body.code, '502');
      assert.match(body.message, /^vipm-sim record: the upstream could not be reached \(.*ECONNREFUSED/);
      const large = await fetch(`${proxy.url}/v3/customers`, { method: 'POST', body: 'x'.repeat(MAX_REQUEST_BYTES + 1) });
      assert.equal(large.status, 413);
      assert.equal((await large.json() as { code: string }).code, '413');
    } finally {
      await proxy.stop();
    }
    assert.equal(readRecording(out).exchanges.length, 0);
    const slow = createServer((req, res) => {
      if (req.url === '/huge') res.writeHead(200, { 'content-length': String(MAX_ANSWER_BYTES + 1) }).flushHeaders();
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const slowProxy = await startRecordingProxy({ out, upstream: `http://127.0.0.1:${(slow.address() as AddressInfo).port}`, upstreamTimeoutMs: 300 });
    try {
      const late = await fetch(`${slowProxy.url}/v3/customers/1`);
      assert.equal(late.status, 504);
      assert.match((await late.json() as { message: string }).message, /did not answer within 0\.3 s/);
      assert.equal((await fetch(`${slowProxy.url}/huge`)).status, 413);
    } finally {
      await slowProxy.stop();
      slow.closeAllConnections();
      slow.close();
    }
  });
});

describe('a full recording', () => {
  it('REC-17 a recording that holds as many exchanges as it may says so once; the proxy goes on forwarding without recording', async () => {
    const api = await echoServer('api');
    const out = join(dir, 'full.jsonl');
    let full = 0;
    const proxy = await startRecordingProxy({ out, upstream: api.url, maxExchanges: 2, onFull: () => { full++; } });
    try {
      for (let i = 1; i <= 4; i++) assert.deepEqual(await (await fetch(`${proxy.url}/v3/customers/${i}`)).json(), { server: 'api', path: `/v3/customers/${i}` });
    } finally {
      await proxy.stop();
      api.server.close();
    }
    assert.equal(full, 1);
    assert.deepEqual(readRecording(out).exchanges.map((e) => e.request.path), ['/v3/customers/1', '/v3/customers/2']);
  });
});

/** `vipm-sim ARGS` in a process of its own, resolved with its exit status and output. */
async function vipmSim(args: string[]): Promise<{ status: number; output: string }> {
  const child = spawn(process.execPath, ['bin/vipm-sim.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => { output += c; });
  child.stderr.setEncoding('utf8').on('data', (c: string) => { output += c; });
  const [status] = await once(child, 'exit');
  return { status, output };
}

describe('record and replay end to end, each simulator in a process of its own', () => {
  const sims: ChildSimulator[] = [];
  after(() => Promise.all(sims.map((s) => s.stop())));

  it('REC-19 a flow recorded through the proxy against a simulator standing in for Adobe (its own port and fixtures) replays with no difference on an identical simulator, and with exactly one on a simulator with a fault armed', async () => {
    const fixtures = join(dir, 'adobe-stand-in.json');
    writeFileSync(fixtures, JSON.stringify({ ...readFixtures(), sequences: { customer: 1123400001 } }));
    const adobe = await startChildSimulator(['--fixtures', fixtures, '--activation-delay', 'PT1S']);
    sims.push(adobe);
    const out = join(dir, 'end-to-end.jsonl');
    const recorder = spawn(process.execPath, ['bin/vipm-sim.js', 'record', '--out', out, '--upstream', adobe.url, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let printed = '';
    recorder.stdout.setEncoding('utf8').on('data', (c: string) => { printed += c; });
    while (!/listening on (http:\S+),/.test(printed)) await new Promise((resolve) => setTimeout(resolve, 50));
    await customerFlow(/listening on (http:\S+),/.exec(printed)![1], () => new Promise((resolve) => setTimeout(resolve, 2500)));
    recorder.kill('SIGTERM');
    assert.equal((await once(recorder, 'exit'))[0], 0);
    assert.match(printed, /SIGTERM: 10 exchanges in .*end-to-end\.jsonl; 1 answers do not fit/);

    const sim = await startChildSimulator(['--activation-delay', 'PT1S']);
    sims.push(sim);
    const identical = await vipmSim(['replay', out, '--url', sim.url]);
    assert.equal(identical.status, 0, identical.output);
    assert.match(identical.output, /10 same, 0 different, 0 not simulated, 0 not replayed/);

    await fetch(`${sim.url}/__sandbox/reset`, { method: 'POST' });
    const fault = await fetch(`${sim.url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method: 'GET', path: '/v3/customers/9876543210', action: 'respond', status: 500, code: '1124' }) });
    assert.equal(fault.status, 201);
    const faulted = await vipmSim(['replay', out, '--url', sim.url]);
    assert.equal(faulted.status, 1, faulted.output);
    assert.deepEqual(faulted.output.split('\n').filter((line) => /different|^ {4}/.test(line)), [
      '#2 GET /v3/customers/9876543210  different (an error on one side, an answer on the other: compared on the status and the error code)',
      '    HTTP status: recorded 200, replayed 500',
      '    code: recorded (absent), replayed "1124"',
      '9 same, 1 different, 0 not simulated, 0 not replayed',
    ]);
  });
});

describe('vipm-sim record (command line)', () => {
  let sim: RunningSimulator;
  before(async () => { sim = await startSimulator(); });
  after(() => sim.stop());

  it('REC-15 prints where it listens, one line per exchange, and on SIGTERM how many it wrote; it listens on loopback only', async () => {
    const out = join(dir, 'cli.jsonl');
    const child = spawn(process.execPath, ['bin/vipm-sim.js', 'record', '--out', out, '--upstream', sim.url, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => { output += c; });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { output += c; });
    while (!/listening on (http:\S+)/.test(output)) await new Promise((resolve) => setTimeout(resolve, 50));
    const url = /listening on (http:\S+),/.exec(output)![1];
    assert.equal(await (await fetch(`${url}/partnerservice/ping`, { headers: { 'x-api-key': 'vipm-sim-client' } })).text(), 'pong');
    while (!/#1 GET \/partnerservice\/ping 200/.test(output)) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0, output);
    assert.match(output, /SIGTERM: 1 exchanges in .*cli\.jsonl; 0 answers do not fit contracts\/openapi.yaml/);
    assert.equal(readRecording(out).exchanges[0].response.body!.text, 'pong');
    const remote = spawn(process.execPath, ['bin/vipm-sim.js', 'record', '--out', out, '--host', '0.0.0.0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let error = '';
    remote.stderr.setEncoding('utf8').on('data', (c: string) => { error += c; });
    assert.equal((await once(remote, 'exit'))[0], 2);
    assert.match(error, /"0\.0\.0\.0" is not a loopback address/);
  });
});
