// The mid-term switch rules that have logic of their own, on their domain functions directly
// (server/domain/catalogue/switch-paths.ts, server/domain/orders/order-switch.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkedCatalogue, defaultCatalogue } from '../server/startup/catalogue-file.js';
import type { Catalogue } from '../server/domain/catalogue/catalogue.js';
import { switchPathProblems, switchPathsPage, switchTargets } from '../server/domain/catalogue/switch-paths.js';
import { cancelSwitched, isPreviewOrder, isSwitchOrder } from '../server/domain/orders/order-switch.js';
import type { Order, Subscription } from '../server/domain/orders/order-types.js';

const catalogue = defaultCatalogue();
const product = (code: string) => catalogue.products.find((p) => p.productCode === code)!;

describe('switch paths', () => {
  it('SWT-03 the default catalogue\'s switch paths have no problem; unknown products, consumables, a product to itself and repeats are named, and a catalogue file with them does not load', () => {
    assert.deepEqual(switchPathProblems(catalogue), []);
    const broken: Catalogue = structuredClone(catalogue);
    broken.switchPaths = [
      { from: '65322435', to: [{ productCode: '65304479', switchType: 'PARTIAL_ALLOWED' }] },
      { from: '65304470', to: [{ productCode: '65304470', switchType: 'FULL_ONLY' }, { productCode: '99999999', switchType: 'FULL_ONLY' }, { productCode: '65322435', switchType: 'FULL_ONLY' }] },
      { from: '65304470', to: [{ productCode: '65304479', switchType: 'FULL_ONLY' }, { productCode: '65304479', switchType: 'FULL_ONLY' }] },
      { from: '12345678', to: [{ productCode: '65304479', switchType: 'FULL_ONLY' }] },
    ];
    assert.deepEqual(switchPathProblems(broken).map((p) => p.path), [
      'catalogue.switchPaths[0].from',
      'catalogue.switchPaths[1].to[0].productCode', 'catalogue.switchPaths[1].to[1].productCode', 'catalogue.switchPaths[1].to[2].productCode',
      'catalogue.switchPaths[2].from', 'catalogue.switchPaths[2].to[1].productCode',
      'catalogue.switchPaths[3].from',
    ]);
    assert.throws(() => checkedCatalogue(JSON.stringify(broken), 'broken.json'), /broken\.json: catalogue\.switchPaths\[0\]\.from/);
  });

  it('SWT-01 a path applies where both products are sold: in the segment, and in a currency of the country\'s region; targets keep their sequence', () => {
    const photoshop = product('65304470');
    assert.deepEqual(switchTargets(catalogue, photoshop, 'COM', 'US').map((t) => [t.product.productCode, t.sequence, t.switchType]), [['65304479', 1, 'PARTIAL_ALLOWED'], ['30001475', 2, 'FULL_ONLY']]);
    assert.deepEqual(switchTargets(catalogue, photoshop, 'EDU').map((t) => t.sequence), [1]);
    assert.deepEqual(switchTargets(catalogue, photoshop, 'COM', 'AU').map((t) => t.product.productCode), ['65304479']);
    assert.deepEqual(switchTargets(catalogue, photoshop, 'GOV', 'US'), []);
    assert.deepEqual(switchTargets(catalogue, product('65322435'), 'COM', 'US'), []);
    const page = switchPathsPage(catalogue, { segment: 'COM', country: 'US', language: 'MULT', limit: 2, offset: 1 });
    assert.deepEqual([page.totalCount, page.count, page.productUpgrades.map((u) => u.sourceBaseOfferId)], [4, 2, ['65304921CA01A12', '30006208CA01A12']]);
    assert.equal(switchPathsPage(catalogue, { segment: 'COM', country: 'US', language: 'MULT', source: null, limit: 20, offset: 0 }).totalCount, 0);
  });
});

describe('switch orders', () => {
  it('SWT-05 a completed switch takes its licences off the cancelled subscription: its renewal quantity follows (at most what is left), all of them ends it (1004)', () => {
    const sub = (subscriptionId: string, currentQuantity: number, renewalQuantity: number, renewalQuantitySet = false) => ({
      subscriptionId, customerId: 'c', offerId: '65304470CA01A12', currentQuantity, usedQuantity: 0, autoRenewal: { enabled: true, renewalQuantity },
      renewalQuantitySet, creationDate: '', renewalDate: '2027-05-02', status: '1000', currencyCode: 'USD',
    }) as Subscription;
    const order = (subscriptionId: string, quantity: number) =>
      ({ cancellingItems: [{ extLineItemNumber: 1, referenceLineItemNumber: 1, offerId: '65304470CA01A12', quantity, subscriptionId }] }) as Order;
    const [partial, untouched] = cancelSwitched(order('a', 4), [sub('a', 10, 10), sub('b', 3, 3)]);
    assert.deepEqual([partial.currentQuantity, partial.status, partial.autoRenewal.renewalQuantity, untouched.currentQuantity], [6, '1000', 6, 3]);
    assert.equal(cancelSwitched(order('a', 4), [sub('a', 10, 8, true)])[0].autoRenewal.renewalQuantity, 6);
    assert.equal(cancelSwitched(order('a', 4), [sub('a', 10, 2, true)])[0].autoRenewal.renewalQuantity, 2);
    const [full] = cancelSwitched(order('a', 10), [sub('a', 10, 10)]);
    assert.deepEqual([full.currentQuantity, full.status, full.autoRenewal.renewalQuantity], [0, '1004', 0]);
    assert.deepEqual([isSwitchOrder('SWITCH'), isSwitchOrder('NEW'), isPreviewOrder('PREVIEW_REVERT_SWITCH'), isPreviewOrder('SWITCH')], [true, false, true, false]);
  });
});
