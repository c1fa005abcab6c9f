import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startSimulator } from '../server/index.js';
import { connectSimulator } from '../server/control-plane/http-client.js';
import { startChildSimulator } from './support/child-simulator.js';
import { stopChild } from './support/stop-child.js';

const CLI = ['--import', 'tsx', 'server/cli.ts'];
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;

function cli(args: string[], env: Record<string, string> = {}) {
  const out = spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, ...env } });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

function fixtureFile(doc: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'vipm-fixtures-')), 'fixtures.json');
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return file;
}

const SERVE_OPTIONS = ['port', 'host', 'fixtures', 'empty', 'activation-delay', 'token-ttl', '3yc-mode', 'admin-token', 'journal-size', 'max-records', 'data', 'database-url', 'log-level', 'log-format'];

describe('command line', () => {
  it('CLI-01 --help lists the serve options, each with its VIPM_SIM_ environment variable', () => {
    const out = cli(['serve', '--help']);
    assert.equal(out.status, 0, out.stderr);
    out.stdout = out.stdout.replace(/\s+/g, ' ');
    assert.ok(out.stdout.includes('vipm-sim-client'));
    for (const option of SERVE_OPTIONS) {
      assert.ok(out.stdout.includes(`--${option}`), `--help does not mention --${option}`);
      const variable = `VIPM_SIM_${option.toUpperCase().replace(/-/g, '_')}`;
      assert.ok(out.stdout.includes(`env: ${variable}`), `--help does not name ${variable}`);
    }
  });

  it('CLI-02 refuses a non-loopback host, a bad duration or an unreadable fixture file with a clear message', () => {
    const host = cli(['serve', '--host', '0.0.0.0']);
    assert.equal(host.status, 1);
    assert.match(host.stderr, /refusing to listen on 0\.0\.0\.0/);
    const delay = cli(['serve', '--activation-delay', 'soon']);
    assert.equal(delay.status, 2);
    assert.match(delay.stderr, /not an ISO-8601 duration/);
    const fixtures = cli(['serve', '--fixtures', '/nonexistent.json']);
    assert.equal(fixtures.status, 1);
    assert.match(fixtures.stderr, /cannot read fixtures \/nonexistent\.json/);
  });

  it('CLI-03 serve prints its URL and client ids with their secrets masked, answers, and stops cleanly on SIGTERM', async () => {
    const sim = await startChildSimulator([], { command: [process.execPath, ...CLI] });
    assert.match(sim.output(), /client vipm-sim-client \/ secret \*\*\*\*[ (]/);
    assert.doesNotMatch(sim.output(), /vipm-sim-secret/);
    const pong = await fetch(`${sim.url}/partnerservice/ping`, { headers: { 'x-api-key': 'vipm-sim-client' } });
    assert.equal(await pong.text(), 'pong');
    await sim.stop();
    assert.equal(sim.process.exitCode, 0);
  });

  it('CLI-04 an unknown command, option or argument exits 2 with a suggestion and starts nothing', () => {
    const typo = cli(['verfy', 'pacts/']);
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /unknown command 'verfy'[^]*Did you mean verify\?/);
    const bogus = cli(['bogus']);
    assert.equal(bogus.status, 2);
    assert.match(bogus.stderr, /unknown command 'bogus'/);
    const option = cli(['serve', '--prot', '4000']);
    assert.equal(option.status, 2);
    assert.match(option.stderr, /unknown option '--prot'[^]*Did you mean --port\?/);
    const extra = cli(['serve', 'extra']);
    assert.equal(extra.status, 2);
    assert.match(extra.stderr, /too many arguments/);
    for (const run of [typo, bogus, option, extra]) assert.doesNotMatch(run.stdout, /listening on/);
    const optionsOnly = cli(['--activation-delay', 'soon']);
    assert.equal(optionsOnly.status, 2, 'options alone are serve\'s');
    assert.match(optionsOnly.stderr, /"soon" is not an ISO-8601 duration/);
  });

  it('CLI-05 --version prints the package version', () => {
    for (const flag of ['--version', '-V']) {
      const out = cli([flag]);
      assert.equal(out.status, 0, out.stderr);
      assert.equal(out.stdout.trim(), VERSION);
    }
  });

  it('CLI-06 a port in use, or a host that does not resolve, stops start-up naming the address and the reason', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const taken = cli(['serve', '--port', String(port)]);
      assert.equal(taken.status, 1);
      assert.match(taken.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use \\(EADDRINUSE\\): stop what listens there or choose another port`));
    } finally {
      blocker.close();
    }
    const host = cli(['serve', '--host', 'no-such-host.invalid', '--admin-token', 't0ken']);
    assert.equal(host.status, 1);
    assert.match(host.stderr, /cannot listen on no-such-host\.invalid:3000 \((ENOTFOUND|EAI_AGAIN)\): the host name no-such-host\.invalid does not resolve/);
  });

  it('CLI-07 fixtures are checked at start-up by the validator of PUT /__sandbox/state, with the same message and JSON path', async () => {
    const typo = JSON.parse(readFileSync('fixtures/default.json', 'utf8'));
    typo.resellers[0].sttus = '1000';
    const orphan = JSON.parse(readFileSync('fixtures/default.json', 'utf8'));
    orphan.customers[1].resellerId = '0000000000';
    const cases: Array<[unknown, RegExp]> = [
      [{}, /1122 Request is missing required fields: distributors is required; resellers is required; customers is required/],
      [typo, /1121 Request contains additional unexpected fields[.:] resellers\[0\]\.sttus is not a field of this request/],
      [orphan, /1115 Invalid Reseller: customers\[1\]\.resellerId "0000000000" names no reseller of the document/],
    ];
    const sim = await startSimulator();
    try {
      for (const [doc, message] of cases) {
        const file = fixtureFile(doc);
        const out = cli(['serve', '--fixtures', file]);
        assert.equal(out.status, 1);
        assert.match(out.stderr, new RegExp(`fixtures ${file} are not a valid state document`));
        assert.match(out.stderr, message);
        // A fresh connection each time: spawnSync blocked this process long enough for the server to drop a kept-alive one.
        const put = await fetch(`${sim.url}/__sandbox/state`, { method: 'PUT', headers: { 'content-type': 'application/json', connection: 'close' }, body: JSON.stringify(doc) });
        const answer = await put.json() as { code: string; message: string };
        assert.ok(out.stderr.includes(`${answer.code} ${answer.message}`), `start-up and PUT /__sandbox/state differ:\n${out.stderr}\n${answer.message}`);
      }
    } finally {
      await sim.stop();
    }
    const notJson = cli(['serve', '--fixtures', fixtureFile('{"distributors": [')]);
    assert.equal(notJson.status, 1);
    assert.match(notJson.stderr, /are not valid JSON/);
  });

  it('CLI-08 every serve option can be set by its environment variable', async () => {
    const sim = await startChildSimulator([], {
      command: [process.execPath, ...CLI],
      env: { VIPM_SIM_EMPTY: '1', VIPM_SIM_JOURNAL_SIZE: '7', VIPM_SIM_3YC_MODE: 'sandbox', VIPM_SIM_LOG_FORMAT: 'json', VIPM_SIM_ADMIN_TOKEN: 'env-t0ken' },
    });
    try {
      assert.match(sim.output(), /3YC mode: sandbox/);
      assert.match(sim.output(), /admin token required/);
      const state = await fetch(`${sim.url}/__sandbox/state`, { headers: { authorization: 'Bearer env-t0ken' } });
      assert.equal(((await state.json()) as { customers: unknown[] }).customers.length, 0);
      const journal = await fetch(`${sim.url}/__sandbox/journal`, { headers: { authorization: 'Bearer env-t0ken' } });
      assert.equal(((await journal.json()) as { capacity: number }).capacity, 7);
      const lines = sim.output().trim().split('\n').map((line) => JSON.parse(line) as { msg: string });
      assert.match(lines[0].msg, /listening on/, 'VIPM_SIM_LOG_FORMAT=json prints JSON lines');
    } finally {
      await sim.stop();
    }
    const bad = cli(['serve'], { VIPM_SIM_TOKEN_TTL: 'forever' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /"forever" is not an ISO-8601 duration/);
    const port = cli(['serve'], { VIPM_SIM_PORT: '70000' });
    assert.equal(port.status, 2);
    assert.match(port.stderr, /"70000" is not a port number/);
  });

  it('CLI-09 --empty with --fixtures is refused rather than one of them ignored', () => {
    const out = cli(['serve', '--empty', '--fixtures', 'fixtures/default.json']);
    assert.equal(out.status, 2);
    assert.match(out.stderr, /option '--empty' cannot be used with option '-f, --fixtures <file>'/);
  });

  it('CLI-10 npm start, then SIGTERM to npm, leaves no simulator running', async () => {
    // --ignore-scripts skips prestart's build (npm test has just built dist), not the start script.
    const npm = spawn('npm', ['start', '--silent', '--ignore-scripts'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    npm.stdout!.setEncoding('utf8').on('data', (c: string) => { output += c; });
    npm.stderr!.setEncoding('utf8').on('data', (c: string) => { output += c; });
    const exited = once(npm, 'exit');
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start printed no URL within 120 s: ${output}`)), 120_000);
      npm.stdout!.on('data', () => {
        const match = /listening on (http:\/\/[^\s"]+)/.exec(output);
        if (match && output.includes('token:')) { clearTimeout(timer); resolve(match[1]); }
      });
    });
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    await stopChild(npm, exited);
    const deadline = Date.now() + 5_000;
    let stillAnswers = true;
    while (stillAnswers && Date.now() < deadline) {
      stillAnswers = await fetch(`${url}/healthz`).then(() => true, () => false);
      if (stillAnswers) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(stillAnswers, false, `the simulator npm started still answers at ${url}`);
  });

  it('CLI-11 the served documents are announced and reachable from a started simulator', async () => {
    const sim = await startChildSimulator([], { command: [process.execPath, ...CLI] });
    try {
      assert.ok(sim.output().includes(`${sim.url}/openapi.yaml`));
      assert.match((await connectSimulator(sim.url).clock()).now, /^\d{4}-\d{2}-\d{2}T/);
      const doc = await fetch(`${sim.url}/openapi.yaml`);
      assert.equal(doc.status, 200);
      assert.match(doc.headers.get('content-type') ?? '', /^application\/yaml/);
    } finally {
      await sim.stop();
    }
  });
});
