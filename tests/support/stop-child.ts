// Stops a child process: SIGTERM (to its whole process group when it leads one), then SIGKILL
// if it has not exited in time. Used by the tests and the benchmark.
import type { ChildProcess } from 'node:child_process';

export async function stopChild(child: ChildProcess, exited: Promise<unknown>, options: { group?: boolean; killAfterMs?: number } = {}): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const signal = (sig: NodeJS.Signals) => {
    try {
      if (options.group) process.kill(-child.pid!, sig);
      else child.kill(sig);
    } catch {
      child.kill(sig);
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), options.killAfterMs ?? 10_000);
  await exited;
  clearTimeout(timer);
}
