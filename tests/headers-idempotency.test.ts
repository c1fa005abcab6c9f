import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, fairmontUpdate, harness, newCustomer, OTHER_CLIENT } from './support/harness.js';

describe('headers', () => {
  it('HDR-01 a missing or invalid X-Correlation-Id is 400/4119', async () => {
    const h = await harness();
    assertError(await h.call('GET', '/v3/customers/9876543210', { omit: ['x-correlation-id'] }), 400, '4119', ['X-Correlation-Id']);
    assertError(await h.call('GET', '/v3/customers/9876543210', { headers: { 'x-correlation-id': 'has spaces in it' } }), 400, '4119');
    assertError(await h.call('GET', '/v3/customers/9876543210', { headers: { 'x-correlation-id': 'x'.repeat(256) } }), 400, '4119');
    assert.equal((await h.call('GET', '/v3/customers/9876543210', { headers: { 'x-correlation-id': 'a'.repeat(64) } })).status, 200);
  });

  it('HDR-02 X-Request-Id is echoed, or generated when absent', async () => {
    const h = await harness();
    const sent = await h.call('GET', '/v3/customers/9876543210', { headers: { 'x-request-id': 'my-request-1' } });
    assert.equal(sent.headers['x-request-id'], 'my-request-1');
    const generated = await h.call('GET', '/v3/customers/9876543210', { omit: ['x-request-id'] });
    assert.equal(generated.status, 200);
    assert.match(generated.headers['x-request-id'], /^[0-9a-f-]{36}$/);
    const error = await h.call('GET', '/v3/customers/0000000000', { headers: { 'x-request-id': 'my-request-2' } });
    assert.equal(error.headers['x-request-id'], 'my-request-2');
  });

  it('HDR-03 X-Correlation-Id is echoed', async () => {
    const h = await harness();
    const reply = await h.call('GET', '/v3/customers/9876543210', { headers: { 'x-correlation-id': 'corr-123' } });
    assert.equal(reply.headers['x-correlation-id'], 'corr-123');
  });

  it('HDR-04 Accept may be absent or any type that covers JSON; otherwise 406', async () => {
    const h = await harness();
    for (const accept of [undefined, '*/*', 'application/json', 'application/*', 'text/html, application/json;q=0.9']) {
      const reply = await h.call('GET', '/v3/customers/9876543210', accept ? { headers: { accept } } : { omit: ['accept'] });
      assert.equal(reply.status, 200, `Accept: ${accept}`);
    }
    assertError(await h.call('GET', '/v3/customers/9876543210', { headers: { accept: 'text/html' } }), 406, '4060', ['Accept']);
  });

  it('HDR-05 POST and PATCH need Content-Type application/json (415); GET ignores it', async () => {
    const h = await harness();
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate(), headers: { 'content-type': 'text/plain' } }), 415, '4150', ['Content-Type']);
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer(), omit: ['content-type'] }), 415, '4150');
    assert.equal((await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate(), headers: { 'content-type': 'application/json; charset=utf-8' } })).status, 200);
    assert.equal((await h.call('GET', '/v3/customers/9876543210', { headers: { 'content-type': 'application/json' } })).status, 200);
  });

  it('HDR-06 an X-Request-Id that is not 1-255 printable characters is 400/1117', async () => {
    const h = await harness();
    assertError(await h.call('GET', '/v3/customers/9876543210', { headers: { 'x-request-id': 'a b' } }), 400, '1117', ['X-Request-Id']);
  });

  it('HDR-08 checks run in order: API key, token, correlation id, Accept, Content-Type, request id, replay, duplicate', async () => {
    const h = await harness();
    const path = '/v3/customers/9876543210';
    const everything = { omit: ['x-correlation-id'], headers: { accept: 'text/html', 'content-type': 'text/plain', 'x-request-id': 'bad id' } };
    assertError(await h.call('PATCH', path, { ...everything, omit: ['x-correlation-id', 'x-api-key'] }), 403, '4115');
    assertError(await h.call('PATCH', path, { ...everything, omit: ['x-correlation-id', 'authorization'] }), 403, '4117');
    assertError(await h.call('PATCH', path, everything), 400, '4119');
    assertError(await h.call('PATCH', path, { headers: everything.headers }), 406, '4060');
    assertError(await h.call('PATCH', path, { headers: { 'content-type': 'text/plain', 'x-request-id': 'bad id' } }), 415, '4150');
    assertError(await h.call('PATCH', path, { body: {}, headers: { 'x-request-id': 'bad id' } }), 400, '1117', ['X-Request-Id']);
  });

  it('HDR-07 clients that send no Accept and no X-Request-Id (Adobe\'s reference app) work', async () => {
    const h = await harness();
    const created = await h.call('POST', '/v3/customers', { body: newCustomer(), omit: ['accept', 'x-request-id'] });
    assert.equal(created.status, 201);
  });
});

describe('idempotency', () => {
  it('IDEM-01 a repeated X-Correlation-Id replays the first response exactly and applies nothing again', async () => {
    const h = await harness();
    const headers = { 'x-correlation-id': 'patch-once', 'x-request-id': 'req-1' };
    const first = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ externalReferenceId: 'first' }), headers });
    assert.equal(first.status, 200);
    const emailsAfterFirst = (await h.state()).emails!.length;
    const retry = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ externalReferenceId: 'second' }), headers: { ...headers, 'x-request-id': 'req-2' } });
    assert.equal(retry.status, first.status);
    assert.equal(retry.text, first.text);
    assert.equal(retry.headers['x-request-id'], 'req-1');
    assert.equal(retry.headers['x-correlation-id'], 'patch-once');
    assert.equal((await h.customer('9876543210')).externalReferenceId, 'first');
    assert.equal((await h.state()).emails!.length, emailsAfterFirst);
  });

  it('IDEM-02 an error response is replayed too', async () => {
    const h = await harness();
    const headers = { 'x-correlation-id': 'bad-once' };
    const first = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { companyName: 'Renamed Co' }), headers });
    assertError(first, 400, '1119');
    const fixed = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate(), headers });
    assert.equal(fixed.text, first.text);
  });

  it('IDEM-03 the replay window is 10 simulated days', async () => {
    const h = await harness();
    const headers = { 'x-correlation-id': 'create-once' };
    const first = await h.call('POST', '/v3/customers', { body: newCustomer(), headers });
    await h.advance('P9DT23H');
    const token = await h.token();
    const within = await h.call('POST', '/v3/customers', { body: newCustomer(), headers, client: { id: 'vipm-sim-client', token } });
    assert.equal(within.text, first.text);
    await h.advance('PT1H');
    const after = await h.call('POST', '/v3/customers', { body: newCustomer(), headers, client: { id: 'vipm-sim-client', token } });
    assertError(after, 400, '1127');
  });

  it('IDEM-04 a reused X-Request-Id with a new correlation id is 400/4120 and changes nothing', async () => {
    const h = await harness();
    await h.call('GET', '/v3/customers/9876543210', { headers: { 'x-request-id': 'dup-1' } });
    const before = await h.state();
    const reply = await h.call('POST', '/v3/customers', { body: newCustomer(), headers: { 'x-request-id': 'dup-1' } });
    assertError(reply, 400, '4120', ['X-Request-Id']);
    assert.equal((await h.state()).customers.length, before.customers.length);
  });

  it('IDEM-05 a retry with the same request id and correlation id is a replay, not a 4120', async () => {
    const h = await harness();
    const headers = { 'x-request-id': 'retry-req', 'x-correlation-id': 'retry-corr' };
    const first = await h.call('POST', '/v3/customers', { body: newCustomer(), headers });
    const retry = await h.call('POST', '/v3/customers', { body: newCustomer(), headers });
    assert.equal(first.status, 201);
    assert.equal(retry.text, first.text);
  });

  it('IDEM-06 correlation ids belong to one client', async () => {
    const h = await harness();
    const headers = { 'x-correlation-id': 'shared-corr' };
    await h.call('GET', '/v3/customers/9876543210', { headers });
    const other = await h.call('GET', '/v3/customers/9876543210', { headers, client: { id: OTHER_CLIENT.id, token: await h.token(OTHER_CLIENT) } });
    assertError(other, 404, '1116');
  });

  it('IDEM-07 a correlation id replays only on the same API (method, path and query): page 2 is not page 1', async () => {
    const h = await harness();
    const headers = { 'x-correlation-id': 'one-intent' };
    await h.call('GET', '/v3/customers/9876543210', { headers });
    const other = await h.call('GET', '/v3/customers/1005000002', { headers });
    assert.equal(other.status, 200);
    assert.equal(other.body.customerId, '1005000002');
    const paging = { 'x-correlation-id': 'list-all', 'x-request-id': 'list-all-request' };
    const page = (offset: number) => h.call('GET', `/v3/resellers/5556667778/customers?limit=2&offset=${offset}`, { headers: paging });
    const [first, second] = [await page(0), await page(2)];
    assert.deepEqual([first.status, first.body.offset, second.status, second.body.offset], [200, 0, 200, 2], second.text);
    assert.notDeepEqual(second.body.accounts, first.body.accounts);
    const reordered = await h.call('GET', '/v3/resellers/5556667778/customers?offset=2&limit=2', { headers: paging });
    assert.equal(reordered.text, second.text, 'the same URL with its parameters in another order is a retry');
  });

  it('IDEM-09 a read may reuse the request id of reads of other URLs (paging); of the same URL, or of a write, it is 4120', async () => {
    const h = await harness();
    const page = (offset: number, correlationId: string) => h.call('GET', `/v3/resellers/5556667778/customers?limit=2&offset=${offset}`, { headers: { 'x-correlation-id': correlationId, 'x-request-id': 'pages-request' } });
    assert.equal((await page(0, 'pages-1')).status, 200);
    assert.equal((await page(2, 'pages-2')).status, 200);
    assertError(await page(0, 'pages-3'), 400, '4120', ['X-Request-Id']);
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate(), headers: { 'x-request-id': 'write-request' } });
    assertError(await h.call('GET', '/v3/customers/9876543210', { headers: { 'x-request-id': 'write-request' } }), 400, '4120', ['X-Request-Id']);
  });

  it('IDEM-08 reads are replayed too: a GET with a used correlation id answers the first response, and its retry never gets 4120', async () => {
    const h = await harness();
    const headers = { 'x-correlation-id': 'poll', 'x-request-id': 'poll-request' };
    const first = await h.call('GET', '/v3/customers/9876543210', { headers });
    assert.equal(first.body.externalReferenceId, '342');
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ externalReferenceId: 'changed' }) });
    const retried = await h.call('GET', '/v3/customers/9876543210', { headers });
    assert.equal(retried.status, 200, retried.text);
    assert.equal(retried.text, first.text, 'the retry replays the first answer');
    assert.equal(retried.headers['x-request-id'], 'poll-request');
    const fresh = await h.call('GET', '/v3/customers/9876543210', { headers: { 'x-correlation-id': 'poll-2' } });
    assert.equal(fresh.body.externalReferenceId, 'changed', 'a new correlation id reads afresh');
    assert.equal((await h.state()).idempotency!.filter((r) => r.key.includes(' GET ')).length, 2, 'both reads are kept for replay');
  });

});
