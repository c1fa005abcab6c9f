// The raw body of a request, read up to its limit (the JSON is scanned and parsed later, within
// the hardening limits: server/domain/protocol/limits.ts).
import express, { type RequestHandler } from 'express';
import { API_BODY_LIMITS, type BodyLimits } from '../domain/protocol/limits.js';

export const rawBody = (limits: BodyLimits): RequestHandler => express.raw({ type: () => true, limit: limits.maxBytes });

/** A partner API request's body. */
export const apiRawBody = rawBody(API_BODY_LIMITS);
