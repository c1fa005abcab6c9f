// The processes under test: the simulator (bin/vipm-sim.js, spawned with `node` directly so the
// pid is the server's), the bare Express baseline and Prism's mock. Each listens on a free
// loopback port and writes its output to a log file (no pipe back into the benchmark process,
// which must not spend CPU on a target's logging). Where the machine has two cores or more, the
// targets run on all but the last, which the load generator (load-generator.ts) has to itself.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, cpSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopChild } from '../tests/support/stop-child.js';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BARE_EXPRESS = join(ROOT, 'bench', 'targets', 'bare-express.mjs');
const PRISM = join(ROOT, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');

/** Where the simulator under test runs from: the working tree, or a snapshot of its build. */
let simulatorRoot = ROOT;

/**
 * Copies the build (bin/, dist/, contracts/, fixtures/, package.json; node_modules linked) into
 * dir and runs every simulator of the run from there, so a rebuild of the working tree during
 * the run cannot mix two versions of the simulator in one report.
 */
export function snapshotBuild(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const part of ['bin', 'dist', 'contracts', 'fixtures', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  simulatorRoot = dir;
  return dir;
}

/** The contract Prism mocks: the one of the simulator under test. */
const spec = () => join(simulatorRoot, 'contracts', 'openapi.yaml');

export type TargetKind = 'simulator' | 'bare' | 'prism';

export interface Target {
  /** Label in the report: simulator, bare-express, prism, prism-silent, sqlite, … */
  name: string;
  kind: TargetKind;
  url: string;
  pid: number;
  /** From spawn to the first 200 on /partnerservice/ping, ms. */
  startupMs: number;
  logFile: string;
  stop(): Promise<void>;
}

const CORES = availableParallelism();

/** The cores a target may use, and the one the generator has to itself ('' where there is one core). */
export const placement = CORES >= 2 ? { targets: `0-${CORES - 2}`, generator: String(CORES - 1) } : undefined;

/** Pins a process (and its threads) to the cores given; false when taskset is missing or refuses. */
export function pin(pid: number, cores: string | undefined): boolean {
  if (!cores) return false;
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cores, String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const running = new Set<Target>();

/** Stops every target still running (on errors and signals). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((t) => t.stop().catch(() => undefined)));
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function tail(file: string, chars = 2000): string {
  try {
    const text = readFileSync(file, 'utf8');
    return text.slice(-chars);
  } catch {
    return '';
  }
}

interface LaunchOptions {
  name: string;
  kind: TargetKind;
  args: string[];
  port: number;
  logDir: string;
  /** Its own process group, so stop() also ends anything it forks. */
  detached?: boolean;
  readyWithinMs?: number;
  nodeOptions?: string[];
}

async function launch(options: LaunchOptions): Promise<Target> {
  const logFile = join(options.logDir, `${options.name}-${options.port}.log`);
  const fd = openSync(logFile, 'a');
  const url = `http://127.0.0.1:${options.port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), ...options.args], {
    cwd: ROOT,
    stdio: ['ignore', fd, fd],
    detached: options.detached ?? false,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  closeSync(fd);
  pin(child.pid!, placement?.targets);
  const exited = once(child, 'exit');
  const target: Target = {
    name: options.name,
    kind: options.kind,
    url,
    pid: child.pid!,
    startupMs: 0,
    logFile,
    stop: () => stopChild(child, exited, { group: options.detached ?? false }).finally(() => running.delete(target)),
  };
  running.add(target);
  try {
    target.startupMs = await firstPong(url, child, started, options.readyWithinMs ?? 60_000);
  } catch (error) {
    await target.stop();
    throw new Error(`${options.name}: ${(error as Error).message}\n${tail(logFile)}`);
  }
  return target;
}

/** Polls GET /partnerservice/ping (with an API key) every 5 ms; ms from spawn to the first 200. */
async function firstPong(url: string, child: ChildProcess, started: number, withinMs: number): Promise<number> {
  const deadline = started + withinMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`exited early (${child.exitCode ?? child.signalCode})`);
    try {
      const res = await fetch(`${url}/partnerservice/ping`, { headers: { 'x-api-key': 'vipm-sim-client' }, signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline) throw new Error(`no 200 on ${url}/partnerservice/ping within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}


export interface SimulatorLaunch {
  name?: string;
  logDir: string;
  fixtures?: string;
  /** SQLite file. */
  data?: string;
  databaseUrl?: string;
  /** Write a V8 CPU profile into this directory when the process exits. */
  profileDir?: string;
  readyWithinMs?: number;
  /** More `serve` options. */
  args?: string[];
  /** Another build to run (a directory with bin/, dist/, …: snapshotBuild's layout), for before/after runs. */
  root?: string;
}

export async function startSimulator(options: SimulatorLaunch): Promise<Target> {
  const port = await freePort();
  const name = options.name ?? 'simulator';
  const args = [join(options.root ?? simulatorRoot, 'bin', 'vipm-sim.js'), 'serve', '--port', String(port), '--activation-delay', 'PT0S', '--token-ttl', 'P3650D'];
  if (options.fixtures) args.push('--fixtures', options.fixtures);
  if (options.data) args.push('--data', options.data);
  if (options.databaseUrl) args.push('--database-url', options.databaseUrl);
  args.push(...(options.args ?? []));
  const nodeOptions = options.profileDir
    ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`, `--cpu-prof-name=${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`]
    : [];
  return launch({ name, kind: 'simulator', args, port, logDir: options.logDir, nodeOptions, readyWithinMs: options.readyWithinMs });
}

export async function startBareExpress(logDir: string, responsesFile: string): Promise<Target> {
  const port = await freePort();
  return launch({ name: 'bare-express', kind: 'bare', args: [BARE_EXPRESS, '--port', String(port), '--responses', responsesFile], port, logDir });
}

/** `prism mock contracts/openapi.yaml`, with its default logging or `-v silent`. */
export async function startPrismMock(logDir: string, silent: boolean): Promise<Target> {
  const port = await freePort();
  const args = [PRISM, 'mock', spec(), '--port', String(port), '-h', '127.0.0.1', '--multiprocess=false', ...(silent ? ['-v', 'silent'] : [])];
  return launch({ name: silent ? 'prism-silent' : 'prism', kind: 'prism', args, port, logDir, detached: true, readyWithinMs: 120_000 });
}

export interface Memory {
  /** Resident set size now, bytes. */
  rss: number;
  /** Peak resident set size (VmHWM) since start or the last resetPeak, bytes. */
  peak: number;
}

export function memory(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** Resets VmHWM to the current RSS (Linux ≥ 4.0: write 5 to clear_refs); false when refused. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export async function accessToken(url: string): Promise<string> {
  const res = await fetch(`${url}/ims/token/v3`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'vipm-sim-client', client_secret: 'vipm-sim-secret' }),
  });
  const body = (await res.json()) as { access_token?: string };
  if (res.status !== 200 || !body.access_token) throw new Error(`token from ${url}: ${res.status} ${JSON.stringify(body)}`);
  return body.access_token;
}
