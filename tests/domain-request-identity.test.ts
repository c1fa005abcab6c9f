// Correlation and request ids of server/domain/protocol/request-identity.ts, called directly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertRequestIdUnused, checkCorrelationId, checkRequestId, IDEMPOTENCY_WINDOW_MS, idempotencyRecord, isLive, replayKey, requestIdUses, requestTarget, requestIdKey, requestIdRecord,
} from '../server/domain/protocol/request-identity.js';
import { errorOf, NOW } from './support/records.js';


describe('correlation and request ids', () => {
  it('HDR-01 a correlation id is required: 1 to 255 printable ASCII characters without spaces', () => {
    assert.equal(checkCorrelationId('6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11'), '6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11');
    assert.equal(checkCorrelationId('a'.repeat(255)), 'a'.repeat(255));
    assert.equal(checkCorrelationId('!~'), '!~');
    for (const missing of [undefined, '']) {
      const error = errorOf(() => checkCorrelationId(missing));
      assert.deepEqual([error.code, error.additionalDetails], ['4119', ['X-Correlation-Id']]);
      assert.match(error.message, /send an X-Correlation-Id header/);
    }
    for (const bad of ['a'.repeat(256), 'with space', 'tab\t', 'é']) assert.match(errorOf(() => checkCorrelationId(bad)).message, /1 to 255 printable ASCII/, bad);
  });

  it('HDR-02 and HDR-06 a request id is optional; when sent it must be 1 to 255 printable characters (1117)', () => {
    assert.equal(checkRequestId(undefined), undefined);
    assert.equal(checkRequestId(''), undefined);
    assert.equal(checkRequestId('rq-1'), 'rq-1');
    const error = errorOf(() => checkRequestId('has space'));
    assert.deepEqual([error.status, error.code, error.additionalDetails], [400, '1117', ['X-Request-Id']]);
    assert.equal(errorOf(() => checkRequestId('x'.repeat(256))).code, '1117');
  });

  it('IDEM-06 and IDEM-07 replays are keyed by client, method, path and correlation id; request ids by client', () => {
    assert.equal(replayKey('client', 'PATCH', '/v3/customers/1', 'c1'), 'client PATCH /v3/customers/1 c1');
    assert.notEqual(replayKey('other', 'PATCH', '/v3/customers/1', 'c1'), replayKey('client', 'PATCH', '/v3/customers/1', 'c1'));
    assert.notEqual(replayKey('client', 'GET', '/v3/customers/1', 'c1'), replayKey('client', 'PATCH', '/v3/customers/1', 'c1'));
    assert.equal(requestIdKey('client', 'rq'), 'client rq');
  });

  it('IDEM-07 the URL of a replay key has its query parameters in name order, repeated values as sent', () => {
    assert.equal(requestTarget('/v3/resellers/1/customers', {}), '/v3/resellers/1/customers');
    assert.equal(requestTarget('/l', { offset: '2', limit: '2' }), '/l?limit=2&offset=2');
    assert.equal(requestTarget('/l', { status: ['1002', '1000'], 'company-name': 'a&b c' }), '/l?company-name=a%26b%20c&status=1002&status=1000');
    assert.notEqual(replayKey('client', 'GET', requestTarget('/l', { offset: '0' }), 'c1'), replayKey('client', 'GET', requestTarget('/l', { offset: '2' }), 'c1'));
  });

  it('IDEM-09 a write checks every use of its request id; a read only writes and reads of its own URL', () => {
    const write = requestIdUses('client', 'POST', '/v3/customers', 'rq');
    const page1 = requestIdUses('client', 'GET', '/l?offset=0', 'rq');
    const page2 = requestIdUses('client', 'GET', '/l?offset=2', 'rq');
    const refuses = (call: { check: string[] }, earlier: { mark: string[] }) => call.check.some((k) => earlier.mark.includes(k));
    assert.equal(refuses(page2, page1), false, 'the next page');
    assert.equal(refuses(page1, page1), true, 'the same URL again');
    assert.equal(refuses(write, page1), true, 'a write after a read');
    assert.equal(refuses(page1, write), true, 'a read after a write');
    assert.equal(refuses(write, write), true);
    assert.ok(page1.check.includes(requestIdKey('client', 'rq')), 'a request id set up as used refuses reads too');
    assert.equal(refuses(requestIdUses('other', 'GET', '/l?offset=0', 'rq'), page1), false, 'request ids belong to one client');
  });

  it('IDEM-03 and IDEM-04 records live 10 days, to the millisecond', () => {
    assert.equal(IDEMPOTENCY_WINDOW_MS, 10 * 86_400_000);
    const record = requestIdRecord('client rq', NOW);
    assert.deepEqual(record, { key: 'client rq', expiresAt: '2026-11-11T09:00:00.000Z' });
    const response = { status: 200, headers: {}, body: '{}' };
    assert.deepEqual(idempotencyRecord('k', response, NOW), { key: 'k', response, expiresAt: '2026-11-11T09:00:00.000Z' });
    assert.equal(isLive(record, new Date('2026-11-11T08:59:59.999Z')), true);
    assert.equal(isLive(record, new Date('2026-11-11T09:00:00.000Z')), false);
    assert.equal(isLive(undefined, NOW), false);
  });

  it('IDEM-04 a live request id is refused with 4120 naming it; an expired or unknown one is not', () => {
    const record = requestIdRecord('client rq', NOW);
    const error = errorOf(() => assertRequestIdUnused(record, 'rq', NOW));
    assert.deepEqual([error.status, error.code, error.additionalDetails, error.message], [400, '4120', ['X-Request-Id'], 'Duplicate request id, same requestId has already been processed: rq']);
    assert.doesNotThrow(() => assertRequestIdUnused(record, 'rq', new Date('2026-11-12T00:00:00Z')));
    assert.doesNotThrow(() => assertRequestIdUnused(undefined, 'rq', NOW));
  });
});
