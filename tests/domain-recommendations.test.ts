// The recommendation rules of the catalogue, pure.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogueProblems, type Catalogue } from '../server/domain/catalogue/catalogue.js';
import { defaultCatalogue } from '../server/startup/catalogue-file.js';

describe('recommendation rules', () => {
  it('RCM-06 the default catalogue\'s rules name its products; a rule naming a product it lacks, or recommending a product for itself, is a problem', () => {
    const catalogue = defaultCatalogue();
    assert.ok((catalogue.recommendations ?? []).length > 0);
    assert.deepEqual(catalogueProblems(catalogue), []);
    const broken: Catalogue = { ...catalogue, recommendations: [{ category: 'upsell', from: '99999999', to: '65304479' }, { category: 'addOn', from: '65304479', to: '65304479' }] };
    assert.deepEqual(catalogueProblems(broken).map((p) => p.path), ['catalogue.recommendations[0].from', 'catalogue.recommendations[1].to']);
  });
});
