// The control plane answers only with the admin token, when the simulator has one. Tokens of
// the simulated API never open it (they are checked against the admin token alone).
import type { RequestHandler } from 'express';
import { errors } from '../domain/protocol/errors.js';
import { sameSecret } from '../domain/protocol/secrets.js';
import { errorResponse } from '../partner-api/pipeline.js';
import { send } from './to-call.js';

export function adminGuard(adminToken: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!adminToken) return next();
    const presented = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    if (presented && sameSecret(presented, adminToken)) return next();
    send(res, errorResponse(errors.adminTokenRequired(['Authorization'])));
  };
}
