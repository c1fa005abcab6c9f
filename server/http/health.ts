// GET /healthz for load balancers: unauthenticated, outside the journal and the fault injector;
// 200 when the store answers a read, 503 when it does not (e.g. the database is down).
import type { RequestHandler } from 'express';
import type { Simulator } from '../simulator.js';
import { SINGLETON } from '../store/store.js';
import { storeName } from '../store/open-store.js';

const TIMEOUT_MS = 3000;

export function healthCheck(sim: Simulator): RequestHandler {
  const store = storeName(sim.store);
  return (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS); });
    Promise.race([sim.store.transaction((tx) => tx.get('clock', SINGLETON)), timeout]).then(
      () => res.status(200).set('Cache-Control', 'no-store').json({ status: 'ok', store }),
      (error: Error) => res.status(503).set('Cache-Control', 'no-store').json({ status: 'unavailable', store, reason: error.message }),
    ).finally(() => clearTimeout(timer));
  };
}
