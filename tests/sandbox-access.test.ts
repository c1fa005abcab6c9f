import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startSimulator } from '../server/index.js';
import { assertError, harness } from './support/harness.js';

describe('control plane: access', () => {
  it('SBX-18 with an admin token, the control plane answers only to it', async () => {
    const h = await harness({ adminToken: 'adm1n-secret' });
    assertError(await h.control('GET', '/clock'), 401, '4010', ['Authorization']);
    assertError(await h.control('GET', '/clock', undefined, { authorization: 'Bearer wrong' }), 401, '4010');
    assertError(await h.control('GET', '/clock', undefined, { authorization: `Bearer ${h.defaultToken}` }), 401, '4010');
    assert.equal((await h.control('GET', '/clock', undefined, { authorization: 'Bearer adm1n-secret' })).status, 200);
    assertError(await h.call('GET', '/v3/customers/9876543210', { headers: { authorization: 'Bearer adm1n-secret' } }), 401, '4116');
  });

  it('SBX-18 without an admin token the simulator refuses a non-loopback address', async () => {
    await assert.rejects(startSimulator({ host: '0.0.0.0' }), /refusing to listen on 0\.0\.0\.0 without an admin token/);
    const open = await startSimulator({ host: '0.0.0.0', adminToken: 't0ken' });
    try {
      const res = await fetch(`${open.url.replace('0.0.0.0', '127.0.0.1')}/__sandbox/clock`, { headers: { authorization: 'Bearer t0ken' } });
      assert.equal(res.status, 200);
    } finally {
      await open.stop();
    }
  });

  it('SBX-19 unknown control-plane paths are 404/4040 and wrong methods 405/4050', async () => {
    const h = await harness();
    assertError(await h.control('GET', '/nothing'), 404, '4040');
    const wrong = await h.control('GET', '/reset');
    assertError(wrong, 405, '4050');
    assert.equal(wrong.headers.allow, 'POST');
  });
});

describe('control plane: Pact provider states', () => {
  it('SBX-17 lists the known states with their params', async () => {
    const h = await harness();
    const states = (await h.control('GET', '/provider-states')).body;
    assert.ok(states.length >= 10);
    assert.ok(states.some((s: any) => s.state === 'an active customer exists' && 'customerId' in s.params));
  });

  it('SBX-17 sets a state up with the ids its params give, from the start fixtures', async () => {
    const h = await harness();
    await h.control('POST', '/customers/9876543210/admins', { firstName: 'Gone', lastName: 'Soon', email: 'gone@mouse.com' });
    const setup = await h.control('POST', '/provider-states', { state: 'a pending customer exists', params: { customerId: '1005512199', resellerId: 'P1000086129' }, action: 'setup' });
    assert.equal(setup.status, 200);
    assert.deepEqual(setup.body, { customerId: '1005512199', resellerId: 'P1000086129' });
    const pending = await h.call('GET', '/v3/customers/1005512199');
    assert.deepEqual([pending.body.status, pending.body.resellerId], ['1002', 'P1000086129']);
    assert.equal((await h.control('GET', '/customers/9876543210/admins')).body.length, 1, 'set-up starts from the fixtures');
    const window = await h.control('POST', '/provider-states', { state: 'a customer with a COMMITTED 3YC in its recommitment window', params: { customerId: '1005512200' } });
    assert.equal(window.status, 200);
    const recommit = (await h.call('GET', '/v3/customers/1005512200')).body.benefits[0].commitment;
    assert.equal(recommit.status, 'COMMITTED');
    const gone = await h.control('POST', '/provider-states', { state: 'no customer exists', params: { customerId: '9876543210' } });
    assert.equal(gone.status, 200);
    assertError(await h.call('GET', '/v3/customers/9876543210'), 404, '1116');
    assert.deepEqual((await h.control('POST', '/provider-states', { state: 'an active customer exists', action: 'teardown' })).body, {});
  });

  it('SBX-17 an unknown state fails with a message listing the known ones', async () => {
    const h = await harness();
    const error = assertError(await h.control('POST', '/provider-states', { state: 'a unicorn exists' }), 400, '1117', ['state']);
    assert.match(error.message, /unknown provider state "a unicorn exists"; known states: "the default fixtures", "an active customer exists"/);
    assertError(await h.control('POST', '/provider-states', { state: 'an active customer exists', params: { customerId: 'bad id!' } }), 400, '1117');
  });
});
