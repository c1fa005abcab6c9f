// A simulator in a process of its own (node bin/vipm-sim.js serve), as partners and CI run it.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface ChildSimulator {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startChildSimulator(args: string[] = []): Promise<ChildSimulator> {
  const child = spawn(process.execPath, ['bin/vipm-sim.js', 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up line within 20 s: ${output}`)), 20_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`exited with ${code}: ${output}`)); });
  });
  return {
    url,
    process: child,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
