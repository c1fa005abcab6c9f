// The npm package as a partner installs it: packed, installed from the tarball into an empty
// project (memory only: none of the optional drivers), then run with npx.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pythonWithPytest } from './support/python.js';
import { before, describe, it } from 'node:test';
import { hasNodeSqlite } from '../server/store/sqlite-driver.js';
import { startChildSimulator } from './support/child-simulator.js';

/** Every file under `dir` whose name ends with `suffix`. */
function filesEndingWith(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(suffix));
}

/** Resolves once nothing answers at `url` (10 s at most: a simulator left running never frees it). */
async function portFreed(url: string): Promise<void> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    if (await fetch(`${url}/healthz`).then(() => false, () => true)) return;
  }
  assert.fail(`${url} still answers after npx was stopped`);
}

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', timeout: 600_000, stdio: ['ignore', 'pipe', 'pipe'] });

describe('the npm package', () => {
  let project: string;
  let files: string[];
  let tarball: string;

  before(() => {
    const out = mkdtempSync(join(tmpdir(), 'vipm-pack-'));
    // --ignore-scripts: prepare would build dist again, which npm test has just built.
    const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', out], process.cwd()));
    files = packed.files.map((f: { path: string }) => f.path);
    tarball = join(out, packed.filename);
    project = mkdtempSync(join(tmpdir(), 'vipm-consumer-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project);
  });

  it('PKG-01 ships the code, contracts, fixtures and docs, and no tests', () => {
    for (const needed of ['bin/vipm-sim.js', 'dist/server/index.js', 'dist/server/index.d.ts', 'dist/server/cli.js', 'dist/console/index.html', 'contracts/openapi.yaml', 'contracts/sandbox.yaml', 'fixtures/default.json', 'README.md']) {
      assert.ok(files.includes(needed), `${needed} is missing from the package`);
    }
    assert.ok(!files.some((f) => f.startsWith('tests/') || f.startsWith('examples/')), 'tests and examples stay out');
    assert.deepEqual(files.filter((f) => f.endsWith('.png')), [], 'the console\'s screenshots stay out (about 940 kB)');
  });

  it('PKG-02 npx vipm-sim --help works from the installed tarball', () => {
    const help = execFileSync('npx', ['--no-install', 'vipm-sim', 'serve', '--help'], { cwd: project, encoding: 'utf8' });
    assert.match(help, /--fixtures <file>/);
  });

  it('PKG-03 the installed simulator starts, answers and stops on SIGTERM', async () => {
    // The installed bin itself (npx would stand between the signal and the simulator).
    const sim = await startChildSimulator([], { command: [join(project, 'node_modules/.bin/vipm-sim')], cwd: project });
    const url = sim.url;
    const pong = await fetch(`${url}/partnerservice/ping`, { headers: { 'x-api-key': 'vipm-sim-client' } });
    assert.equal(await pong.text(), 'pong');
    await sim.stop();
    assert.equal(sim.process.exitCode, 0);
  });

  it('PKG-08 `npx vipm-sim serve & kill $!` stops the simulator and frees its port (npx stands between the signal and node)', async () => {
    const sim = await startChildSimulator([], { command: ['npx', '--no-install', 'vipm-sim'], cwd: project });
    await sim.stop('SIGTERM');
    assert.equal(sim.process.exitCode ?? sim.process.signalCode, 'SIGTERM', 'npx itself was killed');
    await portFreed(sim.url);
    assert.match(sim.output(), /npm \(its parent\) exited, stopping/);
  });

  it('PKG-04 import { startSimulator } from "vipm-sim" works in the installed project', () => {
    writeFileSync(join(project, 'check.mjs'), `import { startSimulator } from 'vipm-sim';
const sim = await startSimulator();
const res = await fetch(sim.url + '/partnerservice/ping', { headers: { 'x-api-key': 'vipm-sim-client' } });
console.log(await res.text(), (await sim.sandbox.clock()).now.slice(0, 10));
await sim.stop();`);
    assert.equal(execFileSync(process.execPath, ['check.mjs'], { cwd: project, encoding: 'utf8' }).trim(), 'pong 2026-11-01');
  });

  it('PKG-06 a memory-only install builds nothing and has none of the optional drivers', () => {
    for (const optional of ['better-sqlite3', 'pg', '@pact-foundation/pact']) {
      assert.ok(!existsSync(join(project, 'node_modules', optional)), `${optional} was installed`);
    }
    assert.deepEqual(filesEndingWith(join(project, 'node_modules'), '.node'), [], 'no native module was built or downloaded');
  });

  it('PKG-07 a feature whose optional driver is missing says in one line what to install', () => {
    const pacts = join(process.cwd(), 'contracts/pacts');
    const sqlite = [['serve', '--port', '0', '--data', join(project, 'state.db')], '--data needs better-sqlite3: npm i better-sqlite3@12'] as const;
    // Node 22.13+ has node:sqlite: there --data needs nothing installed (STO-12).
    for (const [args, line] of [
      ...(hasNodeSqlite() ? [] : [sqlite]),
      [['serve', '--port', '0', '--database-url', 'postgres://127.0.0.1:5432/test'], '--database-url needs pg: npm i pg@8'],
      [['verify', pacts], 'Pact verification needs @pact-foundation/pact: npm i -D @pact-foundation/pact@16'],
    ] as const) {
      const r = spawnSync(join(project, 'node_modules/.bin/vipm-sim'), args, { cwd: project, encoding: 'utf8', timeout: 30_000 });
      assert.equal(r.status, 1, `${args[0]}: ${r.stdout}${r.stderr}`);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.ok(lines[0].endsWith(line), `${lines[0]} should end with ${line}`);
    }
  });

  it('PKG-10 a pytest project set up as docs/python.md says runs its worked test on the installed simulator', (t) => {
    const python = pythonWithPytest();
    if (!python) {
      if (process.env.CI === 'true') assert.fail('no python3 with pytest (bash .ci/python installs it)');
      return t.skip('no python3 with pytest');
    }
    const docs = readFileSync('docs/python.md', 'utf8');
    const block = (lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(docs)![1];
    writeFileSync(join(project, 'pytest.ini'), block('ini'));
    writeFileSync(join(project, 'test_onboarding.py'), block('python'));
    const env = { ...process.env };
    delete env.VIPM_SIM_BIN;
    const r = spawnSync(python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'test_onboarding.py'], { cwd: project, encoding: 'utf8', env, timeout: 120_000 });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /1 passed/);
  });

  it('PKG-09 the partner-client example, copied out of the repository, installs and verifies its pact as its README says', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'vipm-example-')), 'my-vipmp-client');
    cpSync('examples/partner-client', copy, { recursive: true });
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline'], copy);
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '-D', tarball], copy);
    const { NODE_TEST_CONTEXT: _nested, ...env } = process.env;
    for (const script of ['test:pact', 'verify']) {
      const r = spawnSync('npm', ['run', script], { cwd: copy, encoding: 'utf8', timeout: 300_000, env: { ...env, PACT_DO_NOT_TRACK: 'true', NO_COLOR: '1' } });
      assert.equal(r.status, 0, `npm run ${script}: ${r.stdout}${r.stderr}`);
    }
  });
});
