// Deployments of a global customer over HTTP, and order lines for them (runs on every store:
// npm run test:behaviour).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, fixturesWith, harness, OTHER_CLIENT, type Harness } from './support/harness.js';

const FAIRMONT = '9876543210';
const DEPLOYMENTS = `/v3/customers/${FAIRMONT}/deployments`;
const ORDERS = `/v3/customers/${FAIRMONT}/orders`;
const ALL_APPS = '65304479CA01A12';
const LONDON = { country: 'GB', region: 'LND', city: 'London', addressLine1: '1 Fleet Street', postalCode: 'EC4Y 1AA', phoneNumber: '020-7946-0000' };
const BERLIN = { country: 'DE', region: 'BE', city: 'Berlin', addressLine1: 'Unter den Linden 1', postalCode: '10117' };
const SEEDED = { deploymentId: '3454000900', companyProfile: { address: LONDON }, creationDate: '2026-10-01T00:00:00Z', status: '1000' };

const global = (patch: Record<string, any> = {}, more: Parameters<typeof fixturesWith>[0] = {}) =>
  harness({ fixtures: fixturesWith({ customer: [FAIRMONT, { globalSalesEnabled: true, ...patch }], ...more }) });

async function deploy(h: Harness, address: Record<string, unknown> = LONDON) {
  const reply = await h.call('POST', DEPLOYMENTS, { body: { companyProfile: { address } } });
  assert.equal(reply.status, 201, reply.text);
  return reply.body;
}

const line = (overrides: Record<string, unknown> = {}) => ({ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 5, ...overrides });
const deploymentsIn = async (h: Harness) => (await h.customer(FAIRMONT)).deployments ?? [];

describe('deployments', () => {
  it('DEP-01 create answers 201 with a new active deployment, its creation date and link; GET reads it back and the state keeps it, across an export', async () => {
    const h = await global();
    const d = await deploy(h);
    assert.match(d.deploymentId, /^\d{10}$/);
    assert.equal(d.status, '1000');
    assert.deepEqual(d.companyProfile, { address: LONDON });
    assert.match(d.creationDate, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.deepEqual(d.links.self, { uri: `${DEPLOYMENTS}/${d.deploymentId}`, method: 'GET', headers: [] });
    assert.deepEqual((await h.call('GET', `${DEPLOYMENTS}/${d.deploymentId}`)).body, d);
    const second = await deploy(h, BERLIN);
    assert.notEqual(second.deploymentId, d.deploymentId);
    assert.deepEqual((await deploymentsIn(h)).map((x) => x.deploymentId), [d.deploymentId, second.deploymentId]);
    assert.equal('deployments' in (await h.call('GET', `/v3/customers/${FAIRMONT}`)).body, false, 'the customer resource does not show them');
    const exported = await h.state();
    const again = await harness({ fixtures: exported });
    assert.deepEqual((await again.call('GET', `${DEPLOYMENTS}/${d.deploymentId}`)).body, d, 'an exported state loads back with its deployments');
    const reloaded = await again.state();
    assert.deepEqual([reloaded.customers, reloaded.sequences], [exported.customers, exported.sequences]);
    assert.ok(![d.deploymentId, second.deploymentId].includes((await deploy(again, BERLIN)).deploymentId), 'the ids go on after the exported ones');
  });

  it('DEP-02 a distributor not enabled for global sales is 1139, a customer not enabled 1140; nothing is created', async () => {
    const partner = await global({}, { distributor: ['5000000001', { globalSalesEnabled: false }] });
    assertError(await partner.call('POST', DEPLOYMENTS, { body: { companyProfile: { address: LONDON } } }), 400, '1139', ['globalSalesEnabled']);
    const h = await harness();
    assertError(await h.call('POST', DEPLOYMENTS, { body: { companyProfile: { address: LONDON } } }), 400, '1140', ['globalSalesEnabled']);
    assert.deepEqual(await deploymentsIn(h), []);
    assert.deepEqual(await deploymentsIn(partner), []);
  });

  it('DEP-03 the customer\'s own country is 1141; an address Adobe refuses is 1118 naming the field, a missing one 1122; an unknown customer 404/1116', async () => {
    const h = await global();
    assertError(await h.call('POST', DEPLOYMENTS, { body: { companyProfile: { address: { ...LONDON, country: 'US', region: 'CA', postalCode: '95110' } } } }), 400, '1141', ['companyProfile.address.country']);
    assertError(await h.call('POST', DEPLOYMENTS, { body: { companyProfile: { address: { ...LONDON, region: 'ZZZ' } } } }), 400, '1118', ['companyProfile.address.region']);
    assertError(await h.call('POST', DEPLOYMENTS, { body: { companyProfile: {} } }), 400, '1122', ['companyProfile.address']);
    assertError(await h.call('POST', '/v3/customers/1234567890/deployments', { body: { companyProfile: { address: LONDON } } }), 404, '1116');
    assert.deepEqual(await deploymentsIn(h), []);
  });

  it('DEP-04 the list filters by status and pages with next and prev links; another distributor\'s customer is 404/1116', async () => {
    const h = await global();
    const made = [await deploy(h), await deploy(h, BERLIN), await deploy(h, { ...LONDON, addressLine1: '2 Fleet Street' })];
    const all = (await h.call('GET', DEPLOYMENTS)).body;
    assert.deepEqual([all.totalCount, all.count, all.offset, all.limit], [3, 3, 0, 25]);
    assert.deepEqual(all.items.map((d: any) => d.deploymentId), made.map((d) => d.deploymentId));
    assert.equal(all.links.next, undefined);
    const page = (await h.call('GET', `${DEPLOYMENTS}?limit=1&offset=1`)).body;
    assert.deepEqual(page.items.map((d: any) => d.deploymentId), [made[1].deploymentId]);
    assert.equal(page.links.next.uri, `${DEPLOYMENTS}?offset=2&limit=1`);
    assert.equal(page.links.prev.uri, `${DEPLOYMENTS}?offset=0&limit=1`);
    assert.equal((await h.call('PATCH', `${DEPLOYMENTS}/${made[0].deploymentId}`, { body: { status: '1004' } })).status, 200);
    assert.deepEqual((await h.call('GET', `${DEPLOYMENTS}?status=1004`)).body.items.map((d: any) => d.deploymentId), [made[0].deploymentId]);
    assert.equal((await h.call('GET', `${DEPLOYMENTS}?status=1000`)).body.totalCount, 2);
    assertError(await h.call('GET', `${DEPLOYMENTS}?limit=101`), 400, '1117');
    const other = { id: OTHER_CLIENT.id, token: await h.token(OTHER_CLIENT) };
    assertError(await h.call('GET', DEPLOYMENTS, { client: other }), 404, '1116');
  });

  it('DEP-05 an unknown deployment is 404/2138 on GET and PATCH', async () => {
    const h = await global();
    assertError(await h.call('GET', `${DEPLOYMENTS}/3454999999`), 404, '2138', ['deploymentId']);
    assertError(await h.call('PATCH', `${DEPLOYMENTS}/3454999999`, { body: { status: '1004' } }), 404, '2138', ['deploymentId']);
  });

  it('DEP-06 PATCH changes the address but not its country (1119) and deactivates or reactivates; the answer is 200', async () => {
    const h = await global();
    const d = await deploy(h);
    const moved = { ...LONDON, addressLine1: '10 Downing Street', postalCode: 'SW1A 2AA', region: 'WSM', city: 'London' };
    const reply = await h.call('PATCH', `${DEPLOYMENTS}/${d.deploymentId}`, { body: { companyProfile: { address: moved } } });
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual([reply.body.companyProfile.address, reply.body.status, reply.body.creationDate], [moved, '1000', d.creationDate]);
    assertError(await h.call('PATCH', `${DEPLOYMENTS}/${d.deploymentId}`, { body: { companyProfile: { address: BERLIN } } }), 400, '1119', ['companyProfile.address.country']);
    assert.equal((await h.call('PATCH', `${DEPLOYMENTS}/${d.deploymentId}`, { body: { status: '1004' } })).body.status, '1004');
    assert.equal((await h.call('PATCH', `${DEPLOYMENTS}/${d.deploymentId}`, { body: { status: '1000' } })).body.status, '1000');
    assertError(await h.call('PATCH', `${DEPLOYMENTS}/${d.deploymentId}`, { body: {} }), 400, '1117');
    assertError(await h.call('PATCH', `${DEPLOYMENTS}/${d.deploymentId}`, { body: { status: '1002' } }), 400, '1117');
  });

  it('DEP-07 an order line for a deployment is priced in its region\'s currency; its subscription carries the deploymentId, apart from the home one', async () => {
    const h = await global({ deployments: [SEEDED] });
    const preview = await h.call('POST', `${ORDERS}?fetch-price=true`, { body: { orderType: 'PREVIEW', lineItems: [line({ deploymentId: SEEDED.deploymentId })] } });
    assert.equal(preview.status, 201, preview.text);
    assert.deepEqual([preview.body.currencyCode, preview.body.lineItems[0].currencyCode, preview.body.lineItems[0].deploymentId], ['EUR', 'EUR', SEEDED.deploymentId]);
    const home = await h.call('POST', `${ORDERS}?fetch-price=true`, { body: { orderType: 'PREVIEW', lineItems: [line()] } });
    // The catalogue's EUR and USD prices of the offer, at the same level.
    assert.equal(Math.round(preview.body.lineItems[0].pricing.partnerPrice / 719.88 * 659.88 * 100) / 100, home.body.lineItems[0].pricing.partnerPrice);
    const placed = await h.call('POST', ORDERS, { body: { orderType: 'NEW', currencyCode: 'GBP', lineItems: [line({ deploymentId: SEEDED.deploymentId })] } });
    assert.equal(placed.status, 201, placed.text);
    assert.deepEqual([placed.body.currencyCode, placed.body.lineItems[0].deploymentId], ['GBP', SEEDED.deploymentId]);
    const own = await h.call('POST', ORDERS, { body: { orderType: 'NEW', currencyCode: 'USD', lineItems: [line()] } });
    assert.equal(own.status, 201, own.text);
    assert.equal('deploymentId' in own.body.lineItems[0], false);
    await h.advance('PT1M');
    const subs = (await h.call('GET', `/v3/customers/${FAIRMONT}/subscriptions`)).body.items;
    assert.equal(subs.length, 2);
    const deployed = subs.find((s: any) => s.deploymentId === SEEDED.deploymentId);
    const homeSub = subs.find((s: any) => s.deploymentId === undefined);
    assert.deepEqual([deployed.offerId, deployed.currencyCode, deployed.currentQuantity], [ALL_APPS, 'GBP', 5]);
    assert.deepEqual([homeSub.offerId, homeSub.currencyCode], [ALL_APPS, 'USD']);
    assert.notEqual(deployed.subscriptionId, homeSub.subscriptionId);
    const done = (await h.call('GET', `${ORDERS}/${placed.body.orderId}`)).body;
    assert.equal(done.lineItems[0].subscriptionId, deployed.subscriptionId);
  });

  it('DEP-08 a deployment with active subscriptions cannot be deactivated (1117)', async () => {
    const h = await global({ deployments: [SEEDED] });
    await h.call('POST', ORDERS, { body: { orderType: 'NEW', currencyCode: 'EUR', lineItems: [line({ deploymentId: SEEDED.deploymentId })] } });
    await h.advance('PT1M');
    assertError(await h.call('PATCH', `${DEPLOYMENTS}/${SEEDED.deploymentId}`, { body: { status: '1004' } }), 400, '1117', ['status']);
    assert.equal((await deploymentsIn(h))[0].status, '1000');
  });

  it('DEP-09 order lines for a deployment: unknown 404/2138, inactive 400/2139, a currency not sold there 400/2125; nothing is placed', async () => {
    const h = await global({ deployments: [SEEDED, { ...SEEDED, deploymentId: '3454000901', status: '1004' }] });
    assertError(await h.call('POST', ORDERS, { body: { orderType: 'NEW', lineItems: [line({ deploymentId: '12345' })] } }), 404, '2138', ['Line Item: 1']);
    assertError(await h.call('POST', ORDERS, { body: { orderType: 'NEW', lineItems: [line({ deploymentId: '3454000901' })] } }), 400, '2139', ['Line Item: 1']);
    assertError(await h.call('POST', ORDERS, { body: { orderType: 'NEW', currencyCode: 'USD', lineItems: [line({ deploymentId: SEEDED.deploymentId })] } }), 400, '2125');
    assertError(await h.call('POST', ORDERS, { body: { orderType: 'NEW', currencyCode: 'EUR', lineItems: [line(), line({ extLineItemNumber: 2, deploymentId: SEEDED.deploymentId })] } }), 400, '2125');
    assert.equal((await h.call('GET', ORDERS)).body.totalCount, 0);
  });

  it('DEP-10 order lines for a deployment need global sales still: the customer enabled (1140), the distributor (1139), a COM reseller (1142)', async () => {
    const body = { orderType: 'NEW', lineItems: [line({ deploymentId: SEEDED.deploymentId })] };
    const customer = await global({ globalSalesEnabled: false, deployments: [SEEDED] });
    assertError(await customer.call('POST', ORDERS, { body }), 400, '1140', ['Line Item: 1', 'deploymentId']);
    const partner = await global({ deployments: [SEEDED] }, { distributor: ['5000000001', { globalSalesEnabled: false }] });
    assertError(await partner.call('POST', ORDERS, { body }), 400, '1139');
    const reseller = await global({ deployments: [SEEDED] }, { reseller: ['5556667778', { marketSegments: ['EDU'] }] });
    assertError(await reseller.call('POST', ORDERS, { body }), 400, '1142');
  });
});
