// The operations of one contract file dispatched from a table compiled at start, in one
// middleware: a request whose method and path name an operation runs that operation's whole
// chain (the middleware it needs, then its handler) without passing through Express's router
// layer by layer. Only plain paths are taken (letters, digits, `-._~` and `/`, the contract's
// case): for them the table finds exactly the operation Express's router would, with the same
// parameters. Anything else — another method, a percent-encoding, a HEAD, a path in another case
// or of no operation — goes on down the Express chain, which answers it as it always has.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Contract } from '../contract/contract.js';
import type { OperationHandlers } from './contract-router.js';

/** A literal segment, or the name of a path parameter. */
type Segment = { literal: string } | { param: string };

interface TableRoute {
  segments: Segment[];
  chain: RequestHandler[];
}

/** Paths the table takes: nothing to decode, nothing a URL parser could read another way. */
const PLAIN_PATH = /^\/[A-Za-z0-9\-._~/]*$/;

function compile(template: string): Segment[] {
  return template.slice(1).split('/').map((part) => {
    const param = /^\{([^}]+)\}$/.exec(part)?.[1];
    return param ? { param } : { literal: part };
  });
}

/** The parameters of `parts` when they fill the route's segments; undefined otherwise. */
function match(route: TableRoute, parts: string[]): Record<string, string> | undefined {
  if (parts.length !== route.segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const segment = route.segments[i];
    if ('literal' in segment) {
      if (segment.literal !== parts[i]) return undefined;
    } else {
      if (parts[i] === '') return undefined;
      params[segment.param] = parts[i];
    }
  }
  return params;
}

/** Runs the middleware in turn as Express would: a throw or a rejection is passed on as an error. */
function runChain(chain: RequestHandler[], req: Request, res: Response, done: NextFunction): void {
  let index = 0;
  const next = (error?: unknown): void => {
    if (error !== undefined && error !== null) return done(error);
    const handler = chain[index++];
    if (!handler) return done();
    try {
      const result = handler(req, res, next) as unknown;
      if (result instanceof Promise) result.catch(next);
    } catch (thrown) {
      next(thrown);
    }
  };
  next();
}

/**
 * The table of `file`'s operations. `before` is the middleware every operation runs first (what
 * the Express chain runs ahead of the routes), `leftToChain` the first path segments that
 * something earlier in the Express chain answers, whose operations the table does not take.
 */
export function dispatchTable(contract: Contract, file: string, handlers: OperationHandlers, before: RequestHandler[], leftToChain: ReadonlySet<string>): RequestHandler {
  const byMethod = new Map<string, TableRoute[]>();
  for (const op of contract.operationsOf(file)) {
    if (leftToChain.has(op.path.slice(1).split('/', 1)[0])) continue;
    const routes = byMethod.get(op.method) ?? [];
    routes.push({ segments: compile(op.path), chain: [...before, ...[handlers[op.operationId]].flat()] });
    byMethod.set(op.method, routes);
  }
  return (req, res, next) => {
    const routes = byMethod.get(req.method);
    if (!routes) return next();
    const url = req.url;
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    if (!PLAIN_PATH.test(path)) return next();
    const parts = path.slice(1).split('/');
    // In contract order, the first that matches: Express's router takes the routes in that order too.
    for (const route of routes) {
      const params = match(route, parts);
      if (!params) continue;
      req.params = params;
      return runChain(route.chain, req, res, next);
    }
    next();
  };
}
