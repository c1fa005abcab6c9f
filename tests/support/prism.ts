// Runs Stoplight Prism (the devDependency @stoplight/prism-cli) as a child process: `prism proxy`
// in front of a running simulator, or `prism mock` on its own, each on a free loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { stopChild } from './stop-child.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PRISM = fileURLToPath(new URL('../../node_modules/@stoplight/prism-cli/dist/index.js', import.meta.url));
export const SPEC = fileURLToPath(new URL('../../contracts/openapi.yaml', import.meta.url));

/** What Prism 5 names its own answers: `application/problem+json` with a type of this prefix. */
export const PRISM_ERROR_TYPE = 'https://stoplight.io/prism/errors#';

export interface RunningPrism {
  url: string;
  /** Everything Prism printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** `prism proxy --errors SPEC UPSTREAM`: validates every request and response against SPEC. */
export function startPrismProxy(upstream: string, options: { spec?: string; errors?: boolean } = {}): Promise<RunningPrism> {
  return startPrism(['proxy', ...(options.errors === false ? [] : ['--errors']), options.spec ?? SPEC, upstream]);
}

/** `prism mock SPEC`: answers from the spec's examples, statelessly. */
export function startPrismMock(options: { spec?: string } = {}): Promise<RunningPrism> {
  return startPrism(['mock', options.spec ?? SPEC]);
}

async function startPrism(args: string[], readyWithinMs = 30_000): Promise<RunningPrism> {
  const port = await freePort();
  // Its own process group, so stop() ends Prism and anything it forks, and nothing else.
  const child = spawn(process.execPath, [PRISM, ...args, '--port', String(port), '-h', '127.0.0.1', '--multiprocess=false'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'test', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
  const exited = once(child, 'exit');
  const prism: RunningPrism = { url: `http://127.0.0.1:${port}`, output: () => output, stop: () => stopChild(child, exited, { group: true, killAfterMs: 5_000 }) };
  try {
    await waitUntilAnswering(prism.url, child, readyWithinMs);
  } catch (error) {
    await prism.stop();
    throw new Error(`${(error as Error).message}\nprism ${args.join(' ')} printed:\n${output}`);
  }
  return prism;
}

/** Polls until Prism answers any HTTP request; fails when it exits or the time is up. */
async function waitUntilAnswering(url: string, child: ChildProcess, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`prism exited early (${child.exitCode ?? child.signalCode})`);
    try {
      const res = await fetch(`${url}/__prism-readiness-probe`, { signal: AbortSignal.timeout(1_000) });
      await res.arrayBuffer();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`prism did not answer on ${url} within ${withinMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

