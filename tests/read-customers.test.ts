import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, harness, newCustomer } from './support/harness.js';
import { readFixtures } from '../server/startup/fixtures.js';
import { listBy, type Tx } from '../server/store/store.js';

describe('get customer', () => {
  it('GET-01 returns every field real clients read, never null where a client expects a value', async () => {
    const h = await harness();
    const { status, body } = await h.call('GET', '/v3/customers/9876543210');
    assert.equal(status, 200);
    assert.deepEqual(body.benefits, []);
    assert.equal(body.cotermDate, '2027-05-02');
    assert.equal(typeof body.globalSalesEnabled, 'boolean');
    assert.match(body.creationDate, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.ok(Array.isArray(body.discounts));
    assert.ok(!('linkedMembership' in body), 'linkedMembership is absent when there is none');
    assert.deepEqual(body.links.self, { uri: '/v3/customers/9876543210', method: 'GET', headers: [] });
    assert.ok(Array.isArray(body.companyProfile.marketSubSegments));
  });

  it('GET-01 externalReferenceId is "" and cotermDate is "" when not set', async () => {
    const h = await harness();
    const created = await h.call('POST', '/v3/customers', { body: newCustomer({ externalReferenceId: undefined }) });
    const { body } = await h.call('GET', `/v3/customers/${created.body.customerId}`);
    assert.equal(body.externalReferenceId, '');
    assert.equal(body.cotermDate, '');
  });

  it('GET-01 a linked membership is an object, and a 3YC is a THREE_YEAR_COMMIT benefit', async () => {
    const h = await harness();
    const linked = (await h.call('GET', '/v3/customers/1005000006')).body;
    assert.equal(linked.linkedMembership.linkedMembershipType, 'OWNER');
    assert.match(linked.linkedMembership.creationDate, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    const committed = (await h.call('GET', '/v3/customers/1005000005')).body;
    assert.equal(committed.benefits[0].type, 'THREE_YEAR_COMMIT');
    assert.equal(committed.benefits[0].commitment.status, 'COMMITTED');
    assert.equal(committed.benefits[0].commitmentRequest, null);
    assert.equal(committed.benefits[0].recommitmentRequest, null);
  });

  it('GET-03 a customer seeded without a market segment reads as COM', async () => {
    const h = await harness();
    assert.equal((await h.call('GET', '/v3/customers/1005000003')).body.companyProfile.marketSegment, 'COM');
  });

  it('GET-04 a customer id that is not ACCOUNT_ID_REGEX (4-40 letters, digits, -) is an invalid customer: 404/1116', async () => {
    const h = await harness();
    assertError(await h.call('GET', '/v3/customers/ab_c'), 404, '1116', ['ab_c']);
  });

  it('GET-02 an unknown customer id is 404/1116', async () => {
    const h = await harness();
    assertError(await h.call('GET', '/v3/customers/1234567890'), 404, '1116', ['1234567890']);
  });
});

describe('list customers', () => {
  async function withCustomers() {
    const h = await harness({ settings: { activationDelayMs: 0, tokenTtlMs: 365 * 86_400_000 } });
    for (const [i, name] of ['Alpha Books', 'Beta Bikes', 'Gamma Games', 'Alpha Audio'].entries()) {
      await h.advance('P1D');
      const body = newCustomer({ externalReferenceId: `L${i}` }, { companyName: name, contacts: [{ firstName: 'Ann', lastName: 'Lee', email: `ann${i}@example.com` }] });
      assert.equal((await h.call('POST', '/v3/customers', { body })).status, 201);
    }
    await h.advance('PT1S');
    return h;
  }

  it('LIST-01 lists active customers by default, newest first, with counts and offset paging', async () => {
    const h = await withCustomers();
    const all = await h.call('GET', '/v3/resellers/5556667778/customers');
    assert.equal(all.status, 200);
    assert.ok(all.body.accounts.every((a: any) => a.status === '1000'));
    assert.ok(!all.body.accounts.some((a: any) => a.customerId === '1005000003'), 'the pending fixture customer is not listed by default');
    assert.equal(all.body.totalCount, 9);
    assert.equal(all.body.limit, 20);
    assert.equal(all.body.accounts[0].companyProfile.companyName, 'Alpha Audio');
    const page = await h.call('GET', '/v3/resellers/5556667778/customers?limit=2&offset=2');
    assert.deepEqual([page.body.count, page.body.offset, page.body.limit, page.body.totalCount], [2, 2, 2, 9]);
    assert.deepEqual(page.body.accounts.map((a: any) => a.customerId), all.body.accounts.slice(2, 4).map((a: any) => a.customerId));
    const pending = await h.call('GET', '/v3/resellers/5556667778/customers?status=1002');
    assert.deepEqual(pending.body.accounts.map((a: any) => a.customerId), ['1005000003']);
  });

  it('LIST-02 company-name matches whole names case-insensitively, with * as a wildcard', async () => {
    const h = await withCustomers();
    const alpha = await h.call('GET', '/v3/resellers/5556667778/customers?company-name=alpha*');
    assert.deepEqual(alpha.body.accounts.map((a: any) => a.companyProfile.companyName).sort(), ['Alpha Audio', 'Alpha Books']);
    const exact = await h.call('GET', '/v3/resellers/5556667778/customers?company-name=beta%20bikes');
    assert.equal(exact.body.totalCount, 1);
    const part = await h.call('GET', '/v3/resellers/5556667778/customers?company-name=beta');
    assert.equal(part.body.totalCount, 0);
  });

  it('LIST-03 sort-by companyName or creationDate, order-by asc or desc', async () => {
    const h = await withCustomers();
    const byName = await h.call('GET', '/v3/resellers/5556667778/customers?sort-by=companyName&order-by=asc&company-name=*a*');
    const names = byName.body.accounts.map((a: any) => a.companyProfile.companyName);
    assert.deepEqual(names, [...names].sort((a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const oldest = await h.call('GET', '/v3/resellers/5556667778/customers?sort-by=creationDate&order-by=asc&limit=1');
    assert.equal(oldest.body.accounts[0].customerId, '9876543210');
  });

  it('LIST-04 from-created-date and to-created-date bound the creation day', async () => {
    const h = await withCustomers();
    const reply = await h.call('GET', '/v3/resellers/5556667778/customers?from-created-date=2026-11-03&to-created-date=2026-11-04');
    assert.deepEqual(reply.body.accounts.map((a: any) => a.companyProfile.companyName).sort(), ['Beta Bikes', 'Gamma Games']);
  });

  it('LIST-05 invalid query parameters are 400/1117 naming them', async () => {
    const h = await harness();
    assertError(await h.call('GET', '/v3/resellers/5556667778/customers?limit=51'), 400, '1117', ['limit']);
    assertError(await h.call('GET', '/v3/resellers/5556667778/customers?limit=0'), 400, '1117', ['limit']);
    assertError(await h.call('GET', '/v3/resellers/5556667778/customers?offset=-1'), 400, '1117', ['offset']);
    assertError(await h.call('GET', '/v3/resellers/5556667778/customers?sort-by=name'), 400, '1117', ['sort-by']);
    assertError(await h.call('GET', '/v3/resellers/5556667778/customers?from-created-date=yesterday'), 400, '1117', ['from-created-date']);
  });

  it('LIST-08 customer-id lists only that customer of the reseller', async () => {
    const h = await harness();
    const one = await h.call('GET', '/v3/resellers/5556667778/customers?customer-id=9876543210');
    assert.deepEqual([one.body.totalCount, one.body.accounts.map((a: any) => a.customerId)], [1, ['9876543210']]);
    const other = await h.call('GET', '/v3/resellers/5556667778/customers?customer-id=2005000001');
    assert.deepEqual([other.body.totalCount, other.body.accounts], [0, []], 'another reseller\'s customer is not listed');
    assertError(await h.call('GET', '/v3/resellers/5556667778/customers?customer-id=a'), 400, '1117', ['customer-id']);
  });

  it('LIST-09 status takes the documented values 1000, 1002, 1004 (every inactive account) and 1026', async () => {
    const statuses: Record<string, string> = { '9876543210': '1004', '1005000002': '1010', '1005000004': '1012', '1005000005': '1024', '1005000006': '1026' };
    const doc = readFixtures();
    doc.customers = doc.customers.map((c) => (statuses[c.customerId] ? { ...c, status: statuses[c.customerId] } : c));
    const h = await harness({ fixtures: doc });
    const ids = async (status: string) => (await h.call('GET', `/v3/resellers/5556667778/customers?status=${status}`)).body.accounts.map((a: any) => a.customerId).sort();
    assert.deepEqual(await ids('1004'), ['1005000002', '1005000004', '1005000005', '9876543210']);
    assert.deepEqual(await ids('1026'), ['1005000006']);
    assert.deepEqual(await ids('1002'), ['1005000003']);
    assert.deepEqual(await ids('1000'), []);
    assertError(await h.call('GET', '/v3/resellers/5556667778/customers?status=1012'), 400, '1117', ['status']);
  });

  it('LIST-10 an unknown query parameter is 400/1121 naming it', async () => {
    const h = await harness();
    const error = assertError(await h.call('GET', '/v3/resellers/5556667778/customers?customerId=9876543210'), 400, '1121', ['customerId']);
    assert.match(error.message, /^Request contains additional unexpected fields\. /);
  });

  it('LIST-07 the list needs an X-Correlation-Id like every call', async () => {
    const h = await harness();
    assertError(await h.call('GET', '/v3/resellers/5556667778/customers', { omit: ['x-correlation-id'] }), 400, '4119');
  });

  it('the store answers a reseller\'s customers from its index exactly as a scan would, in the same order, through creates, updates, moves and deletes', async () => {
    const h = await harness({ settings: { activationDelayMs: 0 } });
    const resellers = ['5556667778', '5556667779', '5556667781', '6667778889'];
    /** Each reseller's customer ids by listBy, checked against list() filtered (the order they were first stored in). */
    const byReseller = async (tx: Tx) => {
      const all = await tx.list('customers');
      const answered: Record<string, string[]> = {};
      for (const r of resellers) {
        answered[r] = (await listBy(tx, 'customers', 'resellerId', r)).map((c) => c.customerId);
        assert.deepEqual(answered[r], all.filter((c) => c.resellerId === r).map((c) => c.customerId), `reseller ${r}`);
      }
      return answered;
    };
    const listed = async () => h.sim.store.transaction(byReseller);
    const before = await listed();
    const created: string[] = [];
    for (const [i, resellerId] of ['5556667778', '5556667779', '5556667778'].entries()) {
      const reply = await h.call('POST', '/v3/customers', { body: newCustomer({ resellerId }, { companyName: `Listed ${i}`, contacts: [{ firstName: 'Ann', lastName: 'Lee', email: `listed${i}@example.com` }] }) });
      assert.equal(reply.status, 201, reply.text);
      created.push(reply.body.customerId);
    }
    assert.deepEqual((await listed())['5556667778'], [...before['5556667778'], created[0], created[2]]);
    // An update keeps its place; a move to another reseller joins that list at the customer's first place.
    assert.equal((await h.control('PATCH', `/customers/${created[0]}`, { externalReferenceId: 'renamed' })).status, 200);
    assert.equal((await h.control('PATCH', '/customers/9876543210', { resellerId: '5556667779' })).status, 200);
    const moved = await listed();
    assert.deepEqual(moved['5556667778'], [...before['5556667778'].filter((id) => id !== '9876543210'), created[0], created[2]]);
    assert.equal(moved['5556667779'].indexOf('9876543210'), 0, 'the first customer stored is first in its new reseller\'s list');
    const partner = await h.call('GET', '/v3/resellers/5556667779/customers?status=1000&limit=50');
    assert.deepEqual(partner.body.accounts.map((a: any) => a.customerId).sort(), [...moved['5556667779']].sort());
    // A delete and a move not committed yet, seen by the transaction that makes them, and after it.
    const other = before['6667778889'][0];
    const expected = [...moved['5556667778'].filter((id) => id !== created[2])];
    expected.splice(expected.indexOf(created[0]), 0, other);
    await h.sim.store.transaction(async (tx) => {
      await tx.delete('customers', created[2]);
      await tx.put('customers', other, { ...(await tx.get('customers', other))!, resellerId: '5556667778' });
      assert.deepEqual((await byReseller(tx))['5556667778'], expected);
    });
    assert.deepEqual((await listed())['5556667778'], expected);
  });

  it('LIST-06 an unknown reseller, or another distributor\'s, is 404/1115', async () => {
    const h = await harness();
    assertError(await h.call('GET', '/v3/resellers/9999999999/customers'), 404, '1115');
    assertError(await h.call('GET', '/v3/resellers/6667778889/customers'), 404, '1115');
  });
});
