import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, harness, OTHER_CLIENT } from './support/harness.js';

describe('authentication', () => {
  it('AUTH-01 POST /ims/token/v3 with a form body issues a bearer token valid 24 hours', async () => {
    const h = await harness();
    const res = await h.agent.post('/ims/token/v3').type('form')
      .send({ grant_type: 'client_credentials', client_id: 'vipm-sim-client', client_secret: 'vipm-sim-secret', scope: 'openid' });
    assert.equal(res.status, 200);
    assert.equal(res.body.token_type, 'bearer');
    assert.equal(res.body.expires_in, 86400);
    assert.equal(typeof res.body.access_token, 'string');
    assert.equal(h.sim.contract.responseErrors('getTokenV3', 200, res.body), undefined);
  });

  it('AUTH-02 POST /ims/token/v2 takes the same fields as query parameters', async () => {
    const h = await harness();
    const res = await h.agent.post('/ims/token/v2?grant_type=client_credentials&client_id=vipm-sim-client&client_secret=vipm-sim-secret');
    assert.equal(res.status, 200);
    const customer = await h.call('GET', '/v3/customers/9876543210', { client: { id: 'vipm-sim-client', token: res.body.access_token } });
    assert.equal(customer.status, 200);
  });

  it('AUTH-03 token endpoint errors use the IMS shape', async () => {
    const h = await harness();
    const wrongSecret = await h.agent.post('/ims/token/v3').type('form').send({ grant_type: 'client_credentials', client_id: 'vipm-sim-client', client_secret: 'nope' });
    assert.equal(wrongSecret.status, 401);
    assert.deepEqual(wrongSecret.body, { error: 'invalid_client', error_description: 'invalid client_id or client_secret' });
    const noGrant = await h.agent.post('/ims/token/v3').type('form').send({ client_id: 'vipm-sim-client', client_secret: 'vipm-sim-secret' });
    assert.equal(noGrant.status, 400);
    assert.equal(noGrant.body.error, 'invalid_request');
    const badGrant = await h.agent.post('/ims/token/v2?grant_type=password&client_id=vipm-sim-client&client_secret=vipm-sim-secret');
    assert.equal(badGrant.status, 400);
    assert.equal(badGrant.body.error, 'unsupported_grant_type');
    for (const res of [wrongSecret, noGrant, badGrant]) assert.equal(h.sim.contract.responseErrors('getTokenV3', res.status, res.body), undefined);
  });

  it('AUTH-04 a missing or unknown X-Api-Key is 403/4115', async () => {
    const h = await harness();
    assertError(await h.call('GET', '/v3/customers/9876543210', { omit: ['x-api-key'] }), 403, '4115', ['X-Api-Key']);
    assertError(await h.call('GET', '/v3/customers/9876543210', { headers: { 'x-api-key': 'nobody' } }), 403, '4115', ['X-Api-Key']);
  });

  it('AUTH-05 a missing token is 403/4117 (Adobe\'s error table pairs 4117 with 403)', async () => {
    const h = await harness();
    assertError(await h.call('GET', '/v3/customers/9876543210', { omit: ['authorization'] }), 403, '4117', ['Authorization']);
  });

  it('AUTH-06 an unknown or malformed token is 401/4116', async () => {
    const h = await harness();
    assertError(await h.call('GET', '/v3/customers/9876543210', { headers: { authorization: 'Bearer not-a-token' } }), 401, '4116');
    assertError(await h.call('GET', '/v3/customers/9876543210', { headers: { authorization: 'Basic abc' } }), 401, '4116');
  });

  it('AUTH-07 tokens expire on the simulated clock', async () => {
    const h = await harness();
    assert.equal((await h.call('GET', '/v3/customers/9876543210')).status, 200);
    await h.advance('PT23H59M');
    assert.equal((await h.call('GET', '/v3/customers/9876543210')).status, 200);
    await h.advance('PT1M');
    const expired = assertError(await h.call('GET', '/v3/customers/9876543210'), 401, '4116');
    assert.match(expired.message, /expired/);
  });

  it('AUTH-07 the token lifetime is configurable', async () => {
    const h = await harness({ settings: { tokenTtlMs: 60_000 } });
    const res = await h.agent.post('/ims/token/v3').type('form').send({ grant_type: 'client_credentials', client_id: 'vipm-sim-client', client_secret: 'vipm-sim-secret' });
    assert.equal(res.body.expires_in, 60);
  });

  it('AUTH-08 a token is refused with another client\'s API key', async () => {
    const h = await harness();
    const otherToken = await h.token(OTHER_CLIENT);
    const reply = await h.call('GET', '/v3/customers/9876543210', { headers: { authorization: `Bearer ${otherToken}` } });
    assert.match(assertError(reply, 401, '4116').message, /another client/);
  });

  it('AUTH-09 a customer of another distributor answers exactly like a missing one', async () => {
    const h = await harness();
    const other = await h.call('GET', '/v3/customers/2005000001');
    const missing = await h.call('GET', '/v3/customers/2005000099');
    assertError(other, 404, '1116');
    assertError(missing, 404, '1116');
    assert.equal(other.body.message.replace('2005000001', 'ID'), missing.body.message.replace('2005000099', 'ID'));
    const own = await h.call('GET', '/v3/customers/2005000001', { client: { id: OTHER_CLIENT.id, token: await h.token(OTHER_CLIENT) } });
    assert.equal(own.status, 200);
    assertError(await h.call('PATCH', '/v3/customers/2005000001', { body: {} }), 404, '1116');
  });

  it('AUTH-10 ping answers pong with an API key alone, and checks a token when one is sent', async () => {
    const h = await harness();
    const ok = await h.agent.get('/partnerservice/ping').set('x-api-key', 'vipm-sim-client');
    assert.equal(ok.status, 200);
    assert.equal(ok.text, 'pong');
    const noKey = await h.agent.get('/partnerservice/ping');
    assert.equal(noKey.status, 403);
    assert.equal(noKey.body.code, '4115');
    const badToken = await h.agent.get('/partnerservice/ping').set('x-api-key', 'vipm-sim-client').set('authorization', 'Bearer nope');
    assert.equal(badToken.status, 401);
    assert.equal(badToken.body.code, '4116');
  });

  it('AUTH-11 GET /ping answers as /partnerservice/ping does: pong with an API key alone, 403/4115 without one', async () => {
    const h = await harness();
    const ok = await h.agent.get('/ping').set('x-api-key', 'vipm-sim-client');
    assert.deepEqual([ok.status, ok.text], [200, 'pong']);
    const authenticated = await h.agent.get('/ping').set('x-api-key', 'vipm-sim-client').set('authorization', `Bearer ${h.defaultToken}`);
    assert.deepEqual([authenticated.status, authenticated.text], [200, 'pong']);
    assert.equal((await h.agent.get('/ping')).body.code, '4115');
  });
});
