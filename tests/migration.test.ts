import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, harness, OTHER_CLIENT, type Harness } from './support/harness.js';

const ACROBAT = '65304921CA01A12';
const ALL_APPS = '65304479CA01A12';
const COMMITMENT = { startDate: '2025-06-09', endDate: '2028-06-08', status: 'COMMITTED', minimumQuantities: [{ offerType: 'LICENSE', quantity: 100 }] };

const seed = (h: Harness, id: string, fields: Record<string, unknown> = {}) =>
  h.control('PUT', `/vip-memberships/${id}`, { companyName: 'Migrating Corp', ...fields });
const preview = (h: Harness, id: string, query = '') => h.call('GET', `/v3/memberships/${id}/offers${query}`);
const transfer = (h: Harness, id: string, resellerId = '5556667778', query = '', client?: { id: string; token: string }) =>
  h.call('POST', `/v3/memberships/${id}/transfers${query}`, { body: { resellerId }, client });
const today = async (h: Harness) => (await h.control('GET', '/clock')).body.now.slice(0, 10) as string;
const daysFrom = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function seeded(h: Harness, id: string, fields: Record<string, unknown> = {}) {
  const reply = await seed(h, id, fields);
  assert.equal(reply.status, 200, reply.text);
  return reply.body;
}

describe('VIP to VIP Marketplace migration', () => {
  it('MIG-01 previews one item per VIP subscription, with the offer it becomes; no benefits or discounts without 3YC', async () => {
    const h = await harness();
    const m = await seeded(h, '12345678', { subscriptions: [{ offerId: ALL_APPS, quantity: 10 }, { offerId: '65322435CAT1A12', quantity: 2, currencyCode: 'USD' }], discountLevel: '02' });
    const reply = await preview(h, '12345678');
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual(reply.body, {
      totalCount: 2,
      items: [
        { offerId: '65304479CA02A12', currencyCode: 'USD', quantity: 10, renewalDate: m.anniversaryDate },
        { offerId: '65322435CAT1A12', currencyCode: 'USD', quantity: 2, renewalDate: m.anniversaryDate },
      ],
      benefits: [],
      discounts: [],
    });
  });

  it('MIG-02 an unknown membership is 400 5115 on preview and transfer', async () => {
    const h = await harness();
    assertError(await preview(h, '99999999'), 400, '5115', ['membership-id']);
    assertError(await transfer(h, '99999999'), 400, '5115', ['membership-id']);
  });

  it('MIG-03 a transfer is 1002 with no customer yet, then 1000 with the customer and subscriptions after the activation delay; a retry replays it', async () => {
    const h = await harness();
    await seeded(h, '22223333');
    const headers = { 'x-correlation-id': 'migrate-22223333' };
    const started = await h.call('POST', '/v3/memberships/22223333/transfers', { body: { resellerId: '5556667778' }, headers });
    assert.equal(started.status, 202, started.text);
    assert.equal(started.body.status, '1002');
    assert.equal(started.body.customerId, '');
    assert.deepEqual(started.body.lineItems, [{ lineItemNumber: 1, offerId: ALL_APPS, quantity: 10, subscriptionId: '', currencyCode: 'USD' }]);
    assert.deepEqual(started.body.links.self, { uri: `/v3/memberships/22223333/transfers/${started.body.transferId}`, method: 'GET', headers: [] });
    const replay = await h.call('POST', '/v3/memberships/22223333/transfers', { body: { resellerId: '5556667778' }, headers });
    assert.equal(replay.status, 202);
    assert.deepEqual(replay.body, started.body);
    const path = `/v3/memberships/22223333/transfers/${started.body.transferId}`;
    assert.equal((await h.call('GET', path)).body.status, '1002');
    await h.advance('PT1M');
    const done = await h.call('GET', path);
    assert.equal(done.status, 200, done.text);
    assert.equal(done.body.status, '1000');
    assert.match(done.body.customerId, /^\d+$/);
    assert.notEqual(done.body.lineItems[0].subscriptionId, '');
    const customer = await h.call('GET', `/v3/customers/${done.body.customerId}`);
    assert.equal(customer.body.status, '1000');
  });

  it('MIG-04 the customer is the caller reseller\'s, with the VIP anniversary as cotermDate, its subscriptions (kept at the base level as orders keep them; a lapsed one inactive) and its 3YC', async () => {
    const h = await harness();
    const now = await today(h);
    const anniversary = daysFrom(now, 200);
    const request = { startDate: '2028-06-09', endDate: '2031-06-08', status: 'ACCEPTED', minimumQuantities: [{ offerType: 'LICENSE', quantity: 100 }] };
    await seeded(h, '33334444', {
      anniversaryDate: anniversary, discountLevel: '14',
      subscriptions: [{ offerId: ALL_APPS, quantity: 100 }, { offerId: '65304470CA01A12', quantity: 5, renewalDate: daysFrom(now, -3) }],
      threeYearCommit: { commitment: COMMITMENT, commitmentRequest: request },
    });
    const offers = await preview(h, '33334444');
    assert.deepEqual(offers.body.benefits, [{ type: 'THREE_YEAR_COMMIT', commitment: COMMITMENT, commitmentRequest: request }]);
    assert.deepEqual(offers.body.discounts, [{ level: '14', offerType: 'LICENSE' }]);
    assert.equal(offers.body.items[0].offerId, '65304479CA14A12');
    const started = await transfer(h, '33334444', '5556667779');
    await h.advance('PT1M');
    const { customerId, lineItems } = (await h.call('GET', `/v3/memberships/33334444/transfers/${started.body.transferId}`)).body;
    const customer = (await h.call('GET', `/v3/customers/${customerId}`)).body;
    assert.equal(customer.resellerId, '5556667779');
    assert.equal(customer.cotermDate, anniversary);
    assert.equal(customer.companyProfile.companyName, 'Migrating Corp');
    assert.deepEqual(customer.discounts, [{ offerType: 'LICENSE', level: '14' }, { offerType: 'CONSUMABLES', level: 'T1' }]);
    assert.deepEqual(customer.benefits[0], { type: 'THREE_YEAR_COMMIT', commitment: COMMITMENT, commitmentRequest: null, recommitmentRequest: request });
    const subs = (await h.call('GET', `/v3/customers/${customerId}/subscriptions`)).body.items;
    const byId = new Map(subs.map((s: any) => [s.subscriptionId, s]));
    const [allApps, photoshop] = lineItems.map((l: any) => byId.get(l.subscriptionId) as any);
    assert.deepEqual([allApps.offerId, allApps.currentQuantity, allApps.status, allApps.autoRenewal.enabled, allApps.renewalDate], ['65304479CA01A12', 100, '1000', true, anniversary]);
    assert.equal(photoshop.status, '1004');
  });

  it('MIG-05 5117 names every reason, set by hand or found, in the message and additionalDetails, in the table\'s order', async () => {
    const h = await harness();
    await seeded(h, '44445555', { ineligibleReasons: ['UNPAID_INVOICE', 'HAS_UNPROCESSED_ORDERS'], active: false });
    const body = assertError(await preview(h, '44445555'), 400, '5117', ['INACTIVE', 'UNPAID_INVOICE', 'HAS_UNPROCESSED_ORDERS']);
    assert.equal(body.message, 'Customer is not eligible for transfer: INACTIVE, UNPAID_INVOICE, HAS_UNPROCESSED_ORDERS');
    assertError(await transfer(h, '44445555'), 400, '5117', ['INACTIVE', 'UNPAID_INVOICE', 'HAS_UNPROCESSED_ORDERS']);
  });

  it('MIG-06 the eligibility rules: country, segment, account, terms, linked membership, products, partial renewal in the window, worldwide', async () => {
    const h = await harness();
    const now = await today(h);
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
      ['60000001', { address: { country: 'GB', region: 'LND', city: 'London', addressLine1: '1 Main St', postalCode: 'EC1A 1BB' } }, ['INVALID_COUNTRY']],
      ['60000002', { termsAccepted: false }, ['CONTRACT_NOT_ACCEPTED']],
      ['60000003', { linkedMembership: true, threeYearCommit: { commitment: COMMITMENT } }, ['LINK_MEMBERSHIP_CHECK', '3YC_LINKED_MEMBERSHIP']],
      ['60000004', { subscriptions: [{ offerId: '99999999CA01A12', quantity: 1 }] }, ['NO_TARGET_SKU']],
      ['60000005', { marketSegment: 'GOV' }, ['NO_TARGET_SKU']],
      ['60000006', { anniversaryDate: daysFrom(now, 10), renewalStatus: 'PARTIAL' }, ['IN_WINDOW_PARTIAL_RENEWAL']],
    ];
    for (const [id, fields, reasons] of cases) {
      await seeded(h, id, fields);
      assertError(await preview(h, id), 400, '5117', reasons);
    }
    await seeded(h, '60000007', { anniversaryDate: daysFrom(now, 40), renewalStatus: 'NO' });
    assert.equal((await preview(h, '60000007')).status, 200);
    await seeded(h, '60000008', { marketSegment: 'EDU', subscriptions: [{ offerId: '65304479EA01A12', quantity: 1 }] });
    assert.equal((await preview(h, '60000008')).status, 200);
    assertError(await transfer(h, '60000008', '5556667779'), 400, '5117', ['BAD_MARKET_SEGMENT']);
    await seeded(h, '60000009', { worldwide: true });
    const other = { id: OTHER_CLIENT.id, token: await h.token(OTHER_CLIENT) };
    assertError(await transfer(h, '60000009', '6667778889', '', other), 400, '5117', ['NOT_A_WORLDWIDE_PURCHASER']);
    assert.equal((await transfer(h, '60000009')).status, 202);
  });

  it('MIG-07 returnable purchases and open purchase authorizations stop a transfer unless ignore-order-return or expire-open-pas; the return window closes after 14 days', async () => {
    const h = await harness();
    const now = await today(h);
    await seeded(h, '70000001', { lastOrderDate: now });
    assertError(await preview(h, '70000001'), 400, '5117', ['RETURNABLE_PURCHASE']);
    assert.equal((await preview(h, '70000001', '?ignore-order-return=true')).status, 200);
    await seeded(h, '70000002', { openPurchaseAuthorizations: true, lastOrderDate: now });
    assertError(await transfer(h, '70000002', '5556667778', '?ignore-order-return=true'), 400, '5117', ['OPEN_PURCHASE_AUTH']);
    const started = await transfer(h, '70000002', '5556667778', '?ignore-order-return=true&expire-open-pas=true');
    assert.equal(started.status, 202, started.text);
    assert.equal((await h.control('GET', '/vip-memberships/70000002')).body.openPurchaseAuthorizations, false);
    await h.advance('P14D');
    const client = { id: 'vipm-sim-client', token: await h.token() };
    assert.equal((await h.call('GET', '/v3/memberships/70000001/offers', { client })).status, 200);
  });

  it('MIG-08 a 3YC accepted on or before March 27th, 2023 that ends on or after the anniversary is EXTENDED_TERM_3YC', async () => {
    const h = await harness();
    const anniversaryDate = daysFrom(await today(h), 100);
    const old = { startDate: '2023-01-10', endDate: daysFrom(anniversaryDate, 30), status: 'ACTIVE', minimumQuantities: [{ offerType: 'LICENSE', quantity: 10 }] };
    await seeded(h, '80000001', { anniversaryDate, threeYearCommit: { commitment: old, acceptedOn: '2023-03-27' } });
    assertError(await preview(h, '80000001'), 400, '5117', ['EXTENDED_TERM_3YC']);
    await seeded(h, '80000002', { anniversaryDate, threeYearCommit: { commitment: old, acceptedOn: '2023-03-28' } });
    assert.equal((await preview(h, '80000002')).status, 200);
    await seeded(h, '80000003', { anniversaryDate, threeYearCommit: { commitment: { ...old, endDate: daysFrom(anniversaryDate, -1) } } });
    assert.equal((await preview(h, '80000003')).status, 200);
  });

  it('MIG-09 a membership transfers once: 5121 while its transfer runs, 5118 after; the control plane cannot replace it', async () => {
    const h = await harness();
    await seeded(h, '90000001');
    assert.equal((await transfer(h, '90000001')).status, 202);
    assertError(await preview(h, '90000001'), 400, '5121', ['membership-id']);
    assertError(await transfer(h, '90000001'), 400, '5121', ['membership-id']);
    await h.advance('PT1M');
    assertError(await preview(h, '90000001'), 400, '5118', ['membership-id']);
    assertError(await transfer(h, '90000001'), 400, '5118', ['membership-id']);
    assertError(await seed(h, '90000001'), 400, '5118', ['membership-id']);
  });

  it('MIG-10 an inactive reseller is 5119, an unknown or another distributor\'s 404 1115; a membership without admin contacts 5120; nothing is created', async () => {
    const h = await harness();
    await seeded(h, '10000001');
    const before = (await h.state()).customers.length;
    assertError(await transfer(h, '10000001', '5556667780'), 400, '5119', ['resellerId']);
    assertError(await transfer(h, '10000001', '9999999999'), 404, '1115');
    assertError(await transfer(h, '10000001', '6667778889'), 404, '1115');
    await seeded(h, '10000002', { contacts: [] });
    assertError(await preview(h, '10000002'), 400, '5120', ['membership-id']);
    assertError(await transfer(h, '10000002'), 400, '5120', ['membership-id']);
    assert.equal((await h.state()).customers.length, before);
    assert.equal((await h.control('GET', '/vip-memberships/10000001')).body.transfer, null);
  });

  it('MIG-11 an unknown membership or transfer, or another distributor\'s transfer, is 400 5116', async () => {
    const h = await harness();
    await seeded(h, '11000001');
    const { transferId } = (await transfer(h, '11000001')).body;
    assertError(await h.call('GET', '/v3/memberships/11000001/transfers/nosuchtransfer'), 400, '5116', ['transfer-id']);
    assertError(await h.call('GET', `/v3/memberships/99999999/transfers/${transferId}`), 400, '5116', ['transfer-id']);
    const other = { id: OTHER_CLIENT.id, token: await h.token(OTHER_CLIENT) };
    assertError(await h.call('GET', `/v3/memberships/11000001/transfers/${transferId}`, { client: other }), 400, '5116', ['transfer-id']);
  });

  it('MIG-12 High Volume Discount: only 3YC Acrobat customers of COM or GOV with enough licences, at a minimum that fits the level', async () => {
    const h = await harness();
    const hvd = { discountLevel: '18', subscriptions: [{ offerId: ACROBAT, quantity: 120 }], threeYearCommit: { commitment: COMMITMENT } };
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
      ['12000001', { ...hvd, threeYearCommit: null }, ['HVD_CUSTOMER']],
      ['12000002', { ...hvd, subscriptions: [{ offerId: ALL_APPS, quantity: 120 }] }, ['HVD_CUSTOMER']],
      ['12000003', { ...hvd, subscriptions: [{ offerId: ACROBAT, quantity: 90 }] }, ['MINIMUM_HVD_QTY_NOT_MET']],
      ['12000004', { ...hvd, discountLevel: '17', subscriptions: [{ offerId: ACROBAT, quantity: 40 }], threeYearCommit: { commitment: { ...COMMITMENT, minimumQuantities: [{ offerType: 'LICENSE', quantity: 40 }] } } }, ['3YC_DISCOUNT_LEVEL_MISMATCH', 'MINIMUM_HVD_QTY_NOT_MET']],
      ['12000005', { ...hvd, threeYearCommit: { commitment: { ...COMMITMENT, minimumQuantities: [{ offerType: 'LICENSE', quantity: 60 }] } } }, ['3YC_DISCOUNT_LEVEL_MISMATCH']],
    ];
    for (const [id, fields, reasons] of cases) {
      await seeded(h, id, fields);
      assertError(await preview(h, id), 400, '5117', reasons);
    }
  });

  it('MIG-13 a High Volume Discount customer migrates at level 13 (50–99 licences) or 14 (100+) with its discount code and the HVD_MIGRATED_CUSTOMER tag', async () => {
    const h = await harness();
    await seeded(h, '13000001', { discountLevel: '18', hvdPricing: 'POST', subscriptions: [{ offerId: ACROBAT, quantity: 120 }], threeYearCommit: { commitment: COMMITMENT } });
    const offers = await preview(h, '13000001');
    assert.equal(offers.status, 200, offers.text);
    assert.deepEqual(offers.body.discounts, [{ level: '14', offerType: 'LICENSE', discountCode: 'HVD_L18_POST' }]);
    assert.equal(offers.body.items[0].offerId, '65304921CA14A12');
    const level17 = { offerType: 'LICENSE', quantity: 50 };
    await seeded(h, '13000002', { discountLevel: '17', subscriptions: [{ offerId: ACROBAT, quantity: 60 }], threeYearCommit: { commitment: { ...COMMITMENT, minimumQuantities: [level17] } } });
    assert.deepEqual((await preview(h, '13000002')).body.discounts, [{ level: '13', offerType: 'LICENSE', discountCode: 'HVD_L17_PRE' }]);
    const started = await transfer(h, '13000001');
    await h.advance('PT1M');
    const { customerId } = (await h.call('GET', `/v3/memberships/13000001/transfers/${started.body.transferId}`)).body;
    const customer = (await h.call('GET', `/v3/customers/${customerId}`)).body;
    assert.deepEqual(customer.tags, ['HVD_MIGRATED_CUSTOMER']);
    assert.deepEqual(customer.discounts[0], { offerType: 'LICENSE', level: '14', discountCode: 'HVD_L18_POST' });
  });

  it('MIG-14 the control plane seeds, reads and lists VIP memberships (Quick Create defaults), and the state file carries them', async () => {
    const h = await harness();
    const m = await seeded(h, '14000001');
    assert.deepEqual([m.discountLevel, m.renewalStatus, m.active, m.transfer, m.subscriptions.length, m.contacts.length], ['01', 'FULL', true, null, 1, 1]);
    assertError(await h.control('GET', '/vip-memberships/99999999'), 400, '5115');
    assertError(await h.control('PUT', '/vip-memberships/14000002', { companyName: 'X', ineligibleReasons: ['NOT_A_REASON'] }), 400, '1117');
    assert.deepEqual((await h.control('GET', '/vip-memberships')).body.map((x: any) => x.membershipId), ['14000001']);
    await transfer(h, '14000001');
    const exported = await h.state();
    assert.equal(exported.vipMemberships?.[0].transfer?.resellerId, '5556667778');
    const loaded = await harness({ fixtures: { ...exported, vipMemberships: [...exported.vipMemberships!, { membershipId: '14000003', companyName: 'From a file' }] } });
    assert.deepEqual((await loaded.control('GET', '/vip-memberships')).body.map((x: any) => x.membershipId), ['14000001', '14000003']);
    assertError(await loaded.call('GET', '/v3/memberships/14000001/offers'), 400, '5121');
    assert.equal((await loaded.call('GET', '/v3/memberships/14000003/offers')).status, 200);
  });
});
