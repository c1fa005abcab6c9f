// The container image as a partner's CI runs it: built from the Dockerfile, started with podman
// (no Docker daemon here), called from the host. No image registry is reachable, so the base
// images come from .ci/container/base-images.sh (Debian + Node 24 from the npm registry) and go
// in as BASE_IMAGE and BUILD_IMAGE. Without podman, runc or debootstrap the suite is skipped,
// except under CI=true, where it fails: .ci/run installs them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { apiClient, tokenFor } from './support/child-simulator.js';

const TOOLS = ['podman', 'runc', 'debootstrap'];
const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
const IMAGE = 'localhost/vipm-sim:ci';
const ADMIN_TOKEN = randomUUID();

function run(command: string, args: string[], timeoutMs = 60_000): string {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.error ?? ''}\n${r.stdout.slice(-4000)}${r.stderr.slice(-4000)}`);
  return r.stdout.trim();
}
const podman = (args: string[], timeoutMs?: number) => run(resolve('.ci/container/podman.sh'), args, timeoutMs);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

async function waitForHealth(url: string, container: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${url}/healthz`).catch(() => undefined);
    if (res?.ok) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`no healthy answer within 60 s:\n${podman(['logs', container])}`);
}

const skip = missing.length && process.env.CI !== 'true' ? `needs ${missing.join(', ')} (.ci/run installs them)` : false;

describe('the container image', { skip }, () => {
  const container = `vipm-sim-test-${process.pid}`;
  let url: string;
  let data: string;

  before(async () => {
    assert.deepEqual(missing, [], `CI needs ${missing.join(', ')}: .ci/run installs them`);
    const [base, build] = run('bash', ['.ci/container/base-images.sh'], 900_000).split(' ');
    const npmCache = join(homedir(), '.npm');
    podman([
      'build', '--format', 'docker', '--network', 'host', '--tag', IMAGE,
      '--build-arg', `BASE_IMAGE=${base}`, '--build-arg', `BUILD_IMAGE=${build}`,
      ...(existsSync(npmCache) ? ['--volume', `${npmCache}:/root/.npm`] : []), '.',
    ], 2_400_000); // a cold build (base images, the npm layers, better-sqlite3 compiled) takes over 20 minutes on this machine
    data = mkdtempSync(join(tmpdir(), 'vipm-container-data-'));
    chmodSync(data, 0o777);
    const port = await freePort();
    podman([
      'run', '--detach', '--name', container, '--publish', `127.0.0.1:${port}:3000`,
      '--env', `VIPM_SIM_ADMIN_TOKEN=${ADMIN_TOKEN}`,
      '--volume', `${data}:/data`, '--env', 'VIPM_SIM_DATA=/data/vipm-sim.db',
      '--volume', `${resolve('fixtures')}:/fixtures:ro`, '--env', 'VIPM_SIM_FIXTURES=/fixtures/default.json',
      IMAGE,
    ]);
    url = `http://127.0.0.1:${port}`;
    await waitForHealth(url, container);
  });

  after(() => {
    if (missing.length) return;
    spawnSync(resolve('.ci/container/podman.sh'), ['rm', '--force', '--time', '0', container], { timeout: 60_000 });
    if (data) rmSync(data, { recursive: true, force: true });
  });

  it('CTR-01 answers from the host: a token, then GET customer, on the SQLite file in the data volume', async () => {
    const health = await (await fetch(`${url}/healthz`)).json();
    assert.deepEqual(health, { status: 'ok', store: 'sqlite' });
    const call = apiClient(url, await tokenFor(url));
    const customer = await call('GET', '/v3/customers/9876543210');
    assert.equal(customer.status, 200, customer.text);
    assert.equal(customer.body.customerId, '9876543210');
    assert.ok(existsSync(join(data, 'vipm-sim.db')), 'the state is in the data volume');
  });

  it('CTR-02 listens on 0.0.0.0 with the control plane guarded by VIPM_SIM_ADMIN_TOKEN', async () => {
    assert.equal((await fetch(`${url}/__sandbox/clock`)).status, 401);
    const clock = await fetch(`${url}/__sandbox/clock`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    assert.equal(clock.status, 200);
  });

  it('CTR-03 runs as a non-root user', () => {
    assert.equal(podman(['image', 'inspect', '--format', '{{.Config.User}}', IMAGE]), 'node');
    assert.notEqual(podman(['exec', container, 'node', '-p', 'process.getuid()']), '0');
  });

  it('CTR-04 its HEALTHCHECK calls /healthz with node', () => {
    const check = podman(['image', 'inspect', '--format', '{{json .Config.Healthcheck}}', IMAGE]);
    assert.match(check, /healthz/);
    podman(['healthcheck', 'run', container]);
  });

  it('CTR-05 stops cleanly on SIGTERM', () => {
    podman(['stop', '--time', '20', container]);
    assert.equal(podman(['inspect', '--format', '{{.State.ExitCode}}', container]), '0');
  });
});
