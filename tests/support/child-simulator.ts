// Simulators in processes of their own (node bin/vipm-sim.js serve, or an installed bin), as
// partners and CI run them, and a small HTTP client for them.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';

export interface ChildSimulator {
  url: string;
  process: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface ChildOptions {
  /** The command before `serve` (default: this node running bin/vipm-sim.js). */
  command?: string[];
  cwd?: string;
  /** Added to this process's environment. */
  env?: Record<string, string>;
}

/** Starts `… serve --port 0 ARGS` and resolves once its start-up lines are printed. */
export async function startChildSimulator(args: string[] = [], options: ChildOptions = {}): Promise<ChildSimulator> {
  const [executable, ...prefix] = options.command ?? [process.execPath, 'bin/vipm-sim.js'];
  const child = spawn(executable, [...prefix, 'serve', '--port', '0', ...args], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => { output += c; });
  child.stderr!.setEncoding('utf8').on('data', (c: string) => { output += c; });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up lines within 30 s: ${output}`)), 30_000);
    child.stdout!.on('data', () => {
      const match = /listening on (http:\/\/[^\s"]+)/.exec(output);
      if (match && output.includes('token:')) { clearTimeout(timer); resolve(match[1]); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`exited (${code}) before listening: ${output}`)); });
  });
  return {
    url,
    process: child,
    output: () => output,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      await exited;
    },
  };
}

export async function tokenFor(url: string, clientId = 'vipm-sim-client', clientSecret = 'vipm-sim-secret'): Promise<string> {
  const res = await fetch(`${url}/ims/token/v3`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }) });
  assert.equal(res.status, 200);
  return ((await res.json()) as { access_token: string }).access_token;
}

export interface HttpReply {
  status: number;
  text: string;
  body: any;
}

/** Calls of the simulated API with the default client's headers and a fresh correlation id. */
export function apiClient(url: string, bearer: string) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpReply> => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, 'x-api-key': 'vipm-sim-client', 'x-correlation-id': randomUUID(), ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, text, body: text ? JSON.parse(text) : undefined };
  };
}

