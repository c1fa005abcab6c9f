// Reseller change (POST /v3/transfers, GET /v3/transfers/{transfer-id}) and the approval code the
// customer generates in the simulated Admin Console, on every store.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { assertError, CLIENT, fixturesWith, harness, OTHER_CLIENT, type Harness } from './support/harness.js';

const FAIRMONT = '9876543210';
const OLD_RESELLER = '5556667778';
const NEW_RESELLER = '5556667779';
const OTHER_DISTRIBUTOR_RESELLER = '6667778889';

const transfer = (action: 'PREVIEW' | 'COMMIT', approvalCode: string, resellerId = NEW_RESELLER) =>
  ({ type: 'RESELLER_CHANGE', action, approvalCode, resellerId, requestedBy: 'customer-admin@email.com' });

async function generate(h: Harness, customerId = FAIRMONT, code?: string) {
  const reply = await h.control('POST', `/customers/${customerId}/reseller-change-code`, code ? { code } : undefined);
  assert.equal(reply.status, 201, reply.text);
  return reply.body;
}

/** The customer buys 5 Creative Cloud All Apps licences; the order completes. */
async function buy(h: Harness, customerId = FAIRMONT) {
  const placed = await h.call('POST', `/v3/customers/${customerId}/orders`, { body: { orderType: 'NEW', currencyCode: 'USD', lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA01A12', quantity: 5 }] } });
  assert.equal(placed.status, 201, placed.text);
  await h.advance('PT1M');
  return placed.body;
}

async function otherToken(h: Harness) {
  return { id: OTHER_CLIENT.id, token: await h.token(OTHER_CLIENT) };
}

const customerIds = async (h: Harness, resellerId: string, client?: { id: string; token: string }) =>
  (await h.call('GET', `/v3/resellers/${resellerId}/customers`, { client })).body.accounts?.map((a: any) => a.customerId) ?? [];

describe('reseller change', () => {
  it('TRF-01 the customer generates an 8-digit approval code in Admin Console, valid 7 days; a new one replaces the unused old one', async () => {
    const h = await harness();
    const first = await generate(h);
    assert.match(first.code, /^\d{8}$/);
    assert.equal(first.customerId, FAIRMONT);
    assert.equal(Date.parse(first.expiresAt) - Date.parse(first.issuedAt), 7 * 86_400_000);
    assert.equal(first.transferId, null);
    const seen = await h.control('GET', `/customers/${FAIRMONT}/reseller-change`);
    assert.equal(seen.status, 200, seen.text);
    assert.equal(seen.body.code.code, first.code);
    assert.equal(seen.body.code.state, 'VALID');
    assert.deepEqual(seen.body.transfers, []);
    const second = await generate(h, FAIRMONT, '62159861');
    assert.equal(second.code, '62159861');
    assertError(await h.call('POST', '/v3/transfers', { body: transfer('PREVIEW', first.code) }), 404, '1128', ['approvalCode']);
    assert.equal((await h.call('POST', '/v3/transfers', { body: transfer('PREVIEW', '62159861') })).status, 201);
    assert.equal((await h.control('POST', '/customers/1005000002/reseller-change-code', { code: '62159861' })).status, 400);
    assert.equal((await h.control('POST', '/customers/0000000000/reseller-change-code')).status, 404);
  });

  it('TRF-02 PREVIEW answers 201 with status 1002, no transferId, the code and its expiry, the active subscriptions as lines; it changes nothing', async () => {
    const h = await harness();
    await buy(h);
    const code = await generate(h);
    const before = await h.state();
    const reply = await h.call('POST', '/v3/transfers', { body: transfer('PREVIEW', code.code) });
    assert.equal(reply.status, 201, reply.text);
    const p = reply.body;
    assert.equal(p.transferId, '');
    assert.equal(p.status, '1002');
    assert.equal(p.customerId, FAIRMONT);
    assert.equal(p.resellerId, NEW_RESELLER);
    assert.deepEqual(p.approval, { code: code.code, expiry: code.expiresAt });
    assert.equal(p.totalCount, p.lineItems.length);
    const allApps = p.lineItems.find((l: any) => l.offerId === '65304479CA01A12');
    assert.ok(allApps, reply.text);
    assert.equal(allApps.lineItemNumber >= 1, true);
    assert.match(allApps.renewalDate, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(allApps.currencyCode, 'USD');
    assert.equal('deploymentId' in allApps, false);
    assert.ok(Array.isArray(p.discounts) && p.discounts.length > 0);
    const after = await h.state();
    assert.deepEqual(after.customers, before.customers);
    assert.deepEqual(after.transfers, []);
  });

  it('TRF-03 COMMIT moves the customer, its subscriptions and orders to the new reseller: 201 status 1000 with a transferId; the lists follow', async () => {
    const h = await harness();
    const order = await buy(h);
    const subscriptionsBefore = (await h.call('GET', `/v3/customers/${FAIRMONT}/subscriptions`)).body.items;
    const code = await generate(h);
    assert.ok((await customerIds(h, OLD_RESELLER)).includes(FAIRMONT));
    const reply = await h.call('POST', '/v3/transfers', { body: transfer('COMMIT', code.code) });
    assert.equal(reply.status, 201, reply.text);
    const c = reply.body;
    assert.equal(c.transferId, '1100000001');
    assert.equal(c.status, '1000');
    assert.equal('approval' in c, false);
    assert.equal(c.totalCount, subscriptionsBefore.filter((s: any) => s.status === '1000').length);
    assert.equal((await h.call('GET', `/v3/customers/${FAIRMONT}`)).body.resellerId, NEW_RESELLER);
    assert.ok((await customerIds(h, NEW_RESELLER)).includes(FAIRMONT));
    assert.ok(!(await customerIds(h, OLD_RESELLER)).includes(FAIRMONT));
    assert.deepEqual((await h.call('GET', `/v3/customers/${FAIRMONT}/subscriptions`)).body.items, subscriptionsBefore);
    const orders = (await h.call('GET', `/v3/customers/${FAIRMONT}/orders`)).body.items.map((o: any) => o.orderId);
    assert.ok(orders.includes(order.orderId));
    const details = await h.call('GET', `/v3/transfers/${c.transferId}`);
    assert.equal(details.status, 200, details.text);
    assert.deepEqual(details.body.items, c.lineItems);
    assert.deepEqual({ ...details.body, items: undefined }, { ...c, items: undefined });
    const seen = (await h.control('GET', `/customers/${FAIRMONT}/reseller-change`)).body;
    assert.equal(seen.resellerId, NEW_RESELLER);
    assert.equal(seen.code.state, 'USED');
    assert.equal(seen.transfers[0].transferId, c.transferId);
    assert.equal(seen.transfers[0].previousResellerId, OLD_RESELLER);
    // Kept as their own kinds: through export and import.
    const doc = await h.state();
    assert.equal(doc.transfers?.length, 1);
    assert.equal(doc.sequences?.transfer, 1100000002);
    await h.control('PUT', '/state', doc);
    assert.equal((await h.call('GET', `/v3/transfers/${c.transferId}`)).status, 200);
    assertError(await h.call('POST', '/v3/transfers', { body: transfer('PREVIEW', code.code, OLD_RESELLER) }), 400, '1131', ['approvalCode']);
  });

  it('TRF-04 an approval code no customer generated is 404/1128', async () => {
    const h = await harness();
    assertError(await h.call('POST', '/v3/transfers', { body: transfer('PREVIEW', '8318322') }), 404, '1128', ['approvalCode']);
    assertError(await h.call('POST', '/v3/transfers', { body: transfer('COMMIT', '8318322') }), 404, '1128', ['approvalCode']);
  });

  it('TRF-05 a code is valid 7 days on the simulated clock, then 404/1129 and nothing moves', async () => {
    const h = await harness();
    const code = await generate(h);
    await h.advance('P6DT23H59M');
    assert.equal((await h.call('POST', '/v3/transfers', { body: transfer('PREVIEW', code.code), client: { id: CLIENT.id, token: await h.token() } })).status, 201);
    await h.advance('PT1M');
    // The default token is a day old by now.
    const client = { id: CLIENT.id, token: await h.token() };
    assertError(await h.call('POST', '/v3/transfers', { body: transfer('PREVIEW', code.code), client }), 404, '1129', ['approvalCode']);
    assertError(await h.call('POST', '/v3/transfers', { body: transfer('COMMIT', code.code), client }), 404, '1129', ['approvalCode']);
    assert.equal((await h.customer(FAIRMONT)).resellerId, OLD_RESELLER);
    assert.equal((await h.control('GET', `/customers/${FAIRMONT}/reseller-change`)).body.code.state, 'EXPIRED');
  });

  it('TRF-06 a code already used by a commit is 400/1131 on PREVIEW and COMMIT; a retry with the same correlation id replays the commit', async () => {
    const h = await harness();
    const code = await generate(h);
    const headers = { 'x-correlation-id': randomUUID() };
    const first = await h.call('POST', '/v3/transfers', { body: transfer('COMMIT', code.code), headers });
    assert.equal(first.status, 201, first.text);
    const replay = await h.call('POST', '/v3/transfers', { body: transfer('COMMIT', code.code), headers });
    assert.deepEqual([replay.status, replay.body], [201, first.body]);
    assertError(await h.call('POST', '/v3/transfers', { body: transfer('COMMIT', code.code) }), 400, '1131', ['approvalCode']);
    assertError(await h.call('POST', '/v3/transfers', { body: transfer('PREVIEW', code.code, OLD_RESELLER) }), 400, '1131', ['approvalCode']);
    assert.equal((await h.state()).transfers?.length, 1);
  });

  it('TRF-07 the customer\'s own reseller, an inactive one, or one without the customer\'s segment is 400/1134 INVALID_RESELLER_ID', async () => {
    const h = await harness({ fixtures: fixturesWith({ reseller: ['5556667779', { status: '1000', marketSegments: ['COM'] }] }) });
    const code = await generate(h);
    assertError(await h.call('POST', '/v3/transfers', { body: transfer('PREVIEW', code.code, OLD_RESELLER) }), 400, '1134', ['INVALID_RESELLER_ID']);
    assertError(await h.call('POST', '/v3/transfers', { body: transfer('COMMIT', code.code, '5556667780') }), 400, '1134', ['INVALID_RESELLER_ID']);
    assertError(await h.call('POST', '/v3/transfers', { body: transfer('COMMIT', code.code, '5556667781') }), 400, '1134', ['INVALID_RESELLER_ID']);
    assert.equal((await h.customer(FAIRMONT)).resellerId, OLD_RESELLER);
    assert.equal((await h.control('GET', `/customers/${FAIRMONT}/reseller-change`)).body.code.state, 'VALID');
  });

  it('TRF-08 a reseller that is not the caller\'s distributor\'s, or none, is 404/1115 before the code is read', async () => {
    const h = await harness();
    assertError(await h.call('POST', '/v3/transfers', { body: transfer('PREVIEW', '8318322', OTHER_DISTRIBUTOR_RESELLER) }), 404, '1115');
    assertError(await h.call('POST', '/v3/transfers', { body: transfer('COMMIT', '8318322', '9999999999') }), 404, '1115');
  });

  it('TRF-09 a reseller of another distributor takes the customer: the old distributor then sees no such customer, nor the transfer', async () => {
    const h = await harness({ fixtures: fixturesWith({ distributor: ['5000000002', { globalSalesEnabled: false, country: 'US' }] }) });
    await buy(h);
    const code = await generate(h);
    const other = await otherToken(h);
    const reply = await h.call('POST', '/v3/transfers', { body: transfer('COMMIT', code.code, OTHER_DISTRIBUTOR_RESELLER), client: other });
    assert.equal(reply.status, 201, reply.text);
    assert.equal((await h.call('GET', `/v3/customers/${FAIRMONT}`, { client: other })).body.resellerId, OTHER_DISTRIBUTOR_RESELLER);
    assert.ok((await customerIds(h, OTHER_DISTRIBUTOR_RESELLER, other)).includes(FAIRMONT));
    assert.equal((await h.call('GET', `/v3/customers/${FAIRMONT}/subscriptions`, { client: other })).status, 200);
    assertError(await h.call('GET', `/v3/customers/${FAIRMONT}`), 404, '1116');
    assertError(await h.call('GET', `/v3/customers/${FAIRMONT}/orders`), 404, '1116');
    assert.ok(!(await customerIds(h, OLD_RESELLER)).includes(FAIRMONT));
    assert.equal((await h.call('GET', `/v3/transfers/${reply.body.transferId}`, { client: other })).status, 200);
    assertError(await h.call('GET', `/v3/transfers/${reply.body.transferId}`), 404, '5116', ['transfer-id']);
  });

  it('TRF-10 COMMIT only: a customer enabled for global sales needs a partner enabled for them (1139); a partner in another country needs the customer enabled (1140)', async () => {
    const global = await harness({ fixtures: fixturesWith({ customer: [FAIRMONT, { globalSalesEnabled: true }] }) });
    const other = await otherToken(global);
    const code = await generate(global);
    assert.equal((await global.call('POST', '/v3/transfers', { body: transfer('PREVIEW', code.code, OTHER_DISTRIBUTOR_RESELLER), client: other })).status, 201);
    assertError(await global.call('POST', '/v3/transfers', { body: transfer('COMMIT', code.code, OTHER_DISTRIBUTOR_RESELLER), client: other }), 400, '1139', ['resellerId']);
    assert.equal((await global.customer(FAIRMONT)).resellerId, OLD_RESELLER);

    const abroad = await harness({ fixtures: fixturesWith({ distributor: ['5000000002', { country: 'GB' }] }) });
    const abroadCode = await generate(abroad);
    const otherAbroad = await otherToken(abroad);
    assertError(await abroad.call('POST', '/v3/transfers', { body: transfer('COMMIT', abroadCode.code, OTHER_DISTRIBUTOR_RESELLER), client: otherAbroad }), 400, '1140', ['resellerId']);
    assert.equal((await abroad.customer(FAIRMONT)).resellerId, OLD_RESELLER);
  });

  it('TRF-11 the body: type RESELLER_CHANGE and action PREVIEW or COMMIT (1117), approvalCode and resellerId required (1122), nothing else (1121)', async () => {
    const h = await harness();
    const code = await generate(h);
    assertError(await h.call('POST', '/v3/transfers', { body: { ...transfer('PREVIEW', code.code), type: 'MIGRATION' } }), 400, '1117');
    assertError(await h.call('POST', '/v3/transfers', { body: { ...transfer('PREVIEW', code.code), action: 'UNDO' } }), 400, '1117');
    const { approvalCode: _a, ...noCode } = transfer('COMMIT', code.code);
    assertError(await h.call('POST', '/v3/transfers', { body: noCode }), 400, '1122');
    assertError(await h.call('POST', '/v3/transfers', { body: { ...transfer('COMMIT', code.code), customerId: FAIRMONT } }), 400, '1121');
    assert.equal((await h.customer(FAIRMONT)).resellerId, OLD_RESELLER);
  });

  it('TRF-12 GET of a transfer id that does not exist is 404/5116', async () => {
    const h = await harness();
    assertError(await h.call('GET', '/v3/transfers/1234567890'), 404, '5116', ['transfer-id']);
  });
});
