// Deployments and order lines for them, pure (domain/customers/deployments.ts, domain/orders/order-deployments.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDeployment, listDeployments, updateDeployment } from '../server/domain/customers/deployments.js';
import { lineCountry, lineDeployments } from '../server/domain/orders/order-deployments.js';
import { recommendationsFor } from '../server/domain/catalogue/recommendations.js';
import { normalizeCustomer, normalizeDistributor, normalizeState } from '../server/domain/control/state.js';
import { normalizeReseller } from '../server/domain/partners/reseller.js';
import { defaultCatalogue } from '../server/startup/catalogue-file.js';
import { AdobeError } from '../server/domain/protocol/errors.js';
import type { Customer, Deployment } from '../server/domain/types.js';

const NOW = new Date('2026-11-01T09:00:00Z');
const US = { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '200 Fairmont Ave', postalCode: '95110-1234' };
const LONDON = { country: 'GB', region: 'LND', city: 'London', addressLine1: '1 Fleet Street', postalCode: 'EC4Y 1AA' };
const customer = (fields: Partial<Customer> = {}) => ({
  ...normalizeCustomer({ customerId: '9876543210', resellerId: '5556667778', companyProfile: { companyName: 'Fairmont', preferredLanguage: 'en-US', marketSegment: 'COM', marketSubSegments: [], address: US, contacts: [] } }, NOW),
  globalSalesEnabled: true, ...fields,
});
const distributor = normalizeDistributor({ distributorId: '5000000001', name: 'D', globalSalesEnabled: true });
const reseller = normalizeReseller({ resellerId: '5556667778', distributorId: '5000000001', marketSegments: ['COM'] });
const deployment = (fields: Partial<Deployment> = {}): Deployment => ({ deploymentId: '3454000001', companyProfile: { address: LONDON }, creationDate: '2026-10-01T00:00:00Z', status: '1000', ...fields });
const code = (work: () => unknown) => { try { work(); } catch (e) { return e instanceof AdobeError ? `${e.status}/${e.code}` : String(e); } return 'none'; };

describe('deployments, pure', () => {
  it('DEP-01 a deployment is added to the customer, active, at `now`; the customer is otherwise unchanged', () => {
    const before = customer();
    const { customer: after, deployment: d } = createDeployment(before, distributor, { companyProfile: { address: LONDON } }, '3454000001', NOW);
    assert.deepEqual(d, { deploymentId: '3454000001', companyProfile: { address: LONDON }, creationDate: '2026-11-01T09:00:00Z', status: '1000' });
    assert.deepEqual(after, { ...before, deployments: [d] });
    assert.equal(before.deployments, undefined);
  });

  it('DEP-02 DEP-03 the codes of a create, in order: 1139, 1140, 1118, 1141', () => {
    const create = (c: Customer, address: typeof LONDON, d = distributor) => () => createDeployment(c, d, { companyProfile: { address } }, 'x', NOW);
    assert.equal(code(create(customer({ globalSalesEnabled: false }), US, { ...distributor, globalSalesEnabled: false })), '400/1139');
    assert.equal(code(create(customer({ globalSalesEnabled: false }), US)), '400/1140');
    assert.equal(code(create(customer(), { ...LONDON, region: 'ZZZ' })), '400/1118');
    assert.equal(code(create(customer(), US)), '400/1141');
  });

  it('DEP-06 DEP-08 an update keeps the country (1119) and refuses deactivating a deployment with active subscriptions (1117)', () => {
    const c = customer({ deployments: [deployment()] });
    const found = c.deployments![0];
    assert.equal(code(() => updateDeployment(c, found, { companyProfile: { address: { ...LONDON, country: 'DE', region: 'BE', postalCode: '10117' } } }, 0)), '400/1119');
    assert.equal(code(() => updateDeployment(c, found, { status: '1004' }, 1)), '400/1117');
    assert.equal(updateDeployment(c, found, { status: '1004' }, 0).customer.deployments![0].status, '1004');
  });

  it('DEP-04 the list pages oldest first with next and prev links carrying the status filter', () => {
    const c = customer({ deployments: ['1', '2', '3'].map((n) => deployment({ deploymentId: `345400000${n}` })) });
    const page = listDeployments(c, { status: '1000', limit: 1, offset: 1 });
    assert.deepEqual(page.items.map((d) => d.deploymentId), ['3454000002']);
    assert.equal(page.links.next?.uri, '/v3/customers/9876543210/deployments?status=1000&offset=2&limit=1');
    assert.equal(page.links.prev?.uri, '/v3/customers/9876543210/deployments?status=1000&offset=0&limit=1');
  });

  it('DEP-09 DEP-10 each order line gets its deployment, checked; a line without one is sold in the customer\'s country', () => {
    const c = customer({ deployments: [deployment(), deployment({ deploymentId: '3454000002', status: '1004' })] });
    const found = lineDeployments([{ extLineItemNumber: 1 }, { extLineItemNumber: 2, deploymentId: '3454000001' }], c, reseller, distributor);
    assert.deepEqual(found.map((d) => lineCountry(c, d)), ['US', 'GB']);
    assert.equal(code(() => lineDeployments([{ extLineItemNumber: 1, deploymentId: '999' }], c, reseller, distributor)), '404/2138');
    assert.equal(code(() => lineDeployments([{ extLineItemNumber: 1, deploymentId: '3454000002' }], c, reseller, distributor)), '400/2139');
    assert.equal(code(() => lineDeployments([{ extLineItemNumber: 1, deploymentId: '3454000001' }], { ...c, globalSalesEnabled: false }, reseller, distributor)), '400/1140');
    assert.equal(code(() => lineDeployments([{ extLineItemNumber: 1, deploymentId: '3454000001' }], c, { ...reseller, marketSegments: ['EDU'] }, distributor)), '400/1142');
    assert.deepEqual(lineDeployments([{ extLineItemNumber: 1 }], customer({ globalSalesEnabled: false }), reseller, distributor), [undefined], 'no deployment, no global-sales check');
  });

  it('DEP-01 a state document\'s deployments are kept, and the next deployment id follows them', () => {
    const doc = { distributors: [], resellers: [], customers: [{ ...customer(), deployments: [deployment({ deploymentId: '3454000007' })] }] };
    const state = normalizeState(doc, NOW.getTime());
    assert.equal(state.customers[0].deployments?.[0].deploymentId, '3454000007');
    assert.equal(state.sequences.deployment, 3454000008);
    assert.equal(normalizeState({ distributors: [], resellers: [], customers: [] }, NOW.getTime()).sequences.deployment, undefined);
  });

  it('RCM-03 an active deployment\'s country may be asked for; an inactive one\'s is 5136', () => {
    const catalogue = defaultCatalogue();
    assert.deepEqual(recommendationsFor(customer({ deployments: [deployment()] }), [], catalogue, { offerIds: [], country: 'GB' }), { upsells: [], crossSells: [], addOns: [] });
    assert.equal(code(() => recommendationsFor(customer({ deployments: [deployment({ status: '1004' })] }), [], catalogue, { offerIds: [], country: 'GB' })), '400/5136');
  });
});
