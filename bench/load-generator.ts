// The benchmark's side of the load generator: one child process (load-worker.ts) that runs
// every load, pinned to the last core while the targets are pinned to the others (taskset,
// where the machine has two cores or more and util-linux is there).
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Load, RunResult } from './measure.js';
import type { ScenarioContext, ScenarioId } from './scenarios.js';
import { pin, placement, ROOT } from './targets.js';

export interface LoadRequest {
  id: number;
  urls: string[];
  scenario: ScenarioId;
  ctx: ScenarioContext;
  load: Load;
}

type Reply = { id: number; result?: RunResult; error?: string };

export class LoadGenerator {
  private readonly child: ChildProcess;
  private readonly waiting = new Map<number, { resolve: (r: RunResult) => void; reject: (e: Error) => void }>();
  private next = 0;
  readonly pinned: boolean;

  constructor() {
    this.child = fork(join(ROOT, 'bench', 'load-worker.ts'), [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.pinned = pin(this.child.pid!, placement?.generator);
    this.child.on('message', (reply: Reply) => {
      const w = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.error !== undefined) w?.reject(new Error(`load generator: ${reply.error}`));
      else w?.resolve(reply.result!);
    });
    this.child.on('exit', (code) => {
      for (const w of this.waiting.values()) w.reject(new Error(`the load generator exited (${code})`));
      this.waiting.clear();
    });
  }

  /** One load run of the scenario against the target (or split over several). */
  run(urls: string | string[], scenario: ScenarioId, ctx: ScenarioContext, load: Load): Promise<RunResult> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const message: LoadRequest = { id, urls: Array.isArray(urls) ? urls : [urls], scenario, ctx: { token: ctx.token, prefix: ctx.prefix }, load };
      this.child.send(message);
    });
  }

  stop(): void {
    if (this.child.connected) this.child.disconnect();
  }
}
