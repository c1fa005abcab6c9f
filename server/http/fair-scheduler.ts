// Fairness under load. Node 20's libuv accepts one new connection per event-loop turn, and a
// turn in which a thousand busy connections each have a request lasts as long as all of them
// take: a new client then waited until the flood ended. So requests are not handled as they are
// read but queued, and each turn starts a bounded number of them — one only in a turn that
// accepted a connection — so turns stay short while connections wait to be accepted, and the
// queue is served first come, first served.
import type { Server } from 'node:http';

/** Requests started per event-loop turn at most, and while connections are being accepted. */
export const REQUESTS_PER_TURN = 32;
const REQUESTS_PER_ACCEPTING_TURN = 1;

export class FairScheduler {
  private readonly waiting: Array<() => void> = [];
  private scheduled = false;
  private acceptedThisTurn = false;

  watch(server: Server): void {
    server.on('connection', () => { this.acceptedThisTurn = true; });
  }

  /** Express middleware (typed without Express, so the published types need none). */
  readonly middleware = (_req: unknown, _res: unknown, next: () => void): void => {
    this.waiting.push(next);
    this.schedule();
  };

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.turn());
  }

  private turn(): void {
    this.scheduled = false;
    const budget = this.acceptedThisTurn ? REQUESTS_PER_ACCEPTING_TURN : REQUESTS_PER_TURN;
    this.acceptedThisTurn = false;
    for (let i = 0; i < budget && this.waiting.length; i++) this.waiting.shift()!();
    if (this.waiting.length) this.schedule();
  }
}
