// Large Government Agency rules of server/domain/commitments/lga.ts, called directly: levels, create,
// conversion and the anniversary.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, advanceLga, lgaBenefits, lgaForCreate, lgaForUpdate, lgaLevel, withLicenseLevel, type ConversionContext } from '../server/domain/commitments/lga.js';
import type { BenefitInput, CompanyProfileInput } from '../server/domain/commitments/lga.js';
import type { Customer, Distributor } from '../server/domain/types.js';
import { customerRecord, errorOf, NOW } from './support/records.js';

const codeOf = (work: () => unknown) => { const e = errorOf(work); return [e.code, e.message, e.additionalDetails] as const; };

const LGA: BenefitInput[] = [{ type: 'LARGE_GOVERNMENT_AGENCY' }];
const DISTRIBUTOR: Distributor = { distributorId: '5000000001', name: 'D', lgaEnabled: true, country: 'US', globalSalesEnabled: false };
const PROFILE = {
  companyName: 'Fairmont Agency', preferredLanguage: 'en-US', marketSegment: 'GOV', marketSubSegments: ['FEDERAL'],
  address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '200 Fairmont Ave', postalCode: '95110' }, contacts: [],
} as CompanyProfileInput;
const create = (more: { benefits?: BenefitInput[]; cotermDate?: string; companyProfile?: Partial<CompanyProfileInput> } = {}, distributor: Distributor | undefined = DISTRIBUTOR) =>
  lgaForCreate({ benefits: more.benefits ?? LGA, cotermDate: more.cotermDate, companyProfile: { ...PROFILE, ...more.companyProfile } }, distributor, NOW);

describe('LGA levels and dates', () => {
  it('LGA-02 levels by licences: 06 up to 999, 07 from 1,000, 08 from 5,000, 09 from 10,000', () => {
    assert.deepEqual([0, 100, 999, 1000, 4999, 5000, 9999, 10_000, 50_000].map(lgaLevel), ['06', '06', '06', '07', '07', '08', '08', '09', '09']);
    assert.deepEqual(withLicenseLevel([{ offerType: 'CONSUMABLES', level: 'TB' }, { offerType: 'LICENSE', level: '02' }], '07'), [{ offerType: 'LICENSE', level: '07' }, { offerType: 'CONSUMABLES', level: 'TB' }]);
  });

  it('LGA-03 months are added to the calendar, the day kept or clipped to the month\'s end', () => {
    assert.deepEqual([addMonths('2026-11-01', 23), addMonths('2027-01-31', 1), addMonths('2028-01-31', 1), addMonths('2026-12-15', -12)], ['2028-10-01', '2027-02-28', '2028-02-29', '2025-12-15']);
  });
});

describe('LGA create', () => {
  it('LGA-01 a GOV FEDERAL or STATE customer in the US or CA of an LGA distributor is an ACTIVE LGA; no LGA asked, none given', () => {
    assert.deepEqual(create(), { status: 'ACTIVE', requestedAt: NOW.toISOString(), upgradeDate: null, failureReason: null });
    assert.equal(create({ companyProfile: { marketSubSegments: ['STATE'], address: { ...PROFILE.address, country: 'CA' } } })?.status, 'ACTIVE');
    assert.equal(create({ benefits: [] }), undefined);
  });

  it('LGA-04 to LGA-09 each condition gets Adobe\'s LGA error', () => {
    assert.deepEqual(codeOf(() => create({ benefits: [...LGA, { type: 'THREE_YEAR_COMMIT' }] })), ['1147', '3YC Customer not allowed', ['3YC Customer not allowed for Large Government Agency']]);
    assert.equal(codeOf(() => create({}, { ...DISTRIBUTOR, lgaEnabled: false }))[0], '1164');
    assert.equal(codeOf(() => lgaForCreate({ benefits: LGA, companyProfile: PROFILE }, undefined, NOW))[0], '1164', 'no distributor known');
    assert.equal(codeOf(() => create({}, { ...DISTRIBUTOR, country: 'DE' }))[0], '1167');
    assert.equal(codeOf(() => create({ companyProfile: { address: { ...PROFILE.address, country: 'MX' } } }))[0], '1167');
    assert.equal(codeOf(() => create({ companyProfile: { marketSegment: 'COM' } }))[0], '1163');
    assert.equal(codeOf(() => create({ companyProfile: { marketSegment: undefined } }))[0], '1163', 'no segment is COM');
    assert.equal(codeOf(() => create({ companyProfile: { marketSubSegments: [] } }))[0], '1168');
    assert.equal(codeOf(() => create({ companyProfile: { marketSubSegments: ['FEDERAL', 'K_12'] } }))[0], '1168');
    assert.deepEqual(codeOf(() => create({ benefits: [{ type: 'LARGE_GOVERNMENT_AGENCY', commitmentRequest: { minimumQuantities: [] } }] }))[2], ['benefits[0].commitmentRequest']);
  });

  it('LGA-03 a coterm date more than 23 months out is refused', () => {
    assert.equal(create({ cotermDate: '2028-10-01' })?.status, 'ACTIVE');
    assert.deepEqual(codeOf(() => create({ cotermDate: '2028-10-02' })), ['1117', 'Some Fields are Invalid.', ['Invalid coterm date for Large Government Agency']]);
  });
});

describe('LGA conversion', () => {
  const gov = (more: Partial<Customer> = {}) => customerRecord({ cotermDate: '2026-11-20', subscriptions: { renewalQuantity: 150, teamOrConsumablesAutoRenewal: false }, ...more }, { marketSegment: 'GOV', marketSubSegments: ['FEDERAL'] });
  const ctx = (more: Partial<ConversionContext> = {}): ConversionContext => ({ distributor: DISTRIBUTOR, now: NOW, segment: 'GOV', subSegments: ['FEDERAL'], createsLinkedMembership: false, ...more });

  it('LGV-01 and LGV-04 within the 30 days before the anniversary a GOV customer converts: PENDING_UPGRADE until then', () => {
    assert.deepEqual(lgaForUpdate(gov(), LGA, ctx({ now: new Date('2026-10-21T00:00:00Z') })), { status: 'PENDING_UPGRADE', requestedAt: '2026-10-21T00:00:00.000Z', upgradeDate: '2026-11-20', failureReason: null });
    assert.equal(lgaForUpdate(gov(), LGA, ctx({ now: new Date('2026-11-19T23:00:00Z') }))?.status, 'PENDING_UPGRADE');
    assert.match(errorOf(() => lgaForUpdate(gov(), LGA, ctx({ now: new Date('2026-10-20T23:59:59Z') }))).message, /only allowed from 2026-10-21 until the anniversary date 2026-11-20/);
    assert.match(errorOf(() => lgaForUpdate(gov(), LGA, ctx({ now: new Date('2026-11-20T00:00:00Z') }))).message, /only allowed from/);
    assert.deepEqual(errorOf(() => lgaForUpdate(gov({ cotermDate: '' }), LGA, ctx())).additionalDetails, ['benefits']);
    assert.equal(lgaForUpdate(gov(), undefined, ctx()), null, 'not asked, nothing changes');
  });

  it('LGV-05 the renewal quantity must be over 100, and no Team offer or consumables may auto-renew', () => {
    assert.equal(errorOf(() => lgaForUpdate(gov({ subscriptions: { renewalQuantity: 100, teamOrConsumablesAutoRenewal: false } }), LGA, ctx())).code, '1170');
    assert.equal(errorOf(() => lgaForUpdate(gov({ subscriptions: { renewalQuantity: 150, teamOrConsumablesAutoRenewal: true } }), LGA, ctx())).code, '1169');
  });

  it('LGV-06 and LGV-07 no linked membership, none created with it; an LGA keeps its benefit but not leaving GOV', () => {
    const member = gov({ linkedMembership: { id: '61000001', name: 'G', type: 'STANDARD', linkedMembershipType: 'MEMBER', creationDate: '2026-06-01T00:00:00' } });
    assert.deepEqual(errorOf(() => lgaForUpdate(member, LGA, ctx())).additionalDetails, ['benefits']);
    assert.deepEqual(errorOf(() => lgaForUpdate(gov(), LGA, ctx({ createsLinkedMembership: true }))).additionalDetails, ['linkedMembership']);
    const pending = gov({ lga: { status: 'PENDING_UPGRADE', requestedAt: NOW.toISOString(), upgradeDate: '2026-11-20', failureReason: null } });
    assert.deepEqual(errorOf(() => lgaForUpdate(pending, undefined, ctx({ createsLinkedMembership: true }))).additionalDetails, ['linkedMembership']);
    assert.equal(lgaForUpdate(pending, undefined, ctx()), pending.lga);
    assert.equal(errorOf(() => lgaForUpdate(pending, undefined, ctx({ segment: 'COM' }))).code, '1163');
  });

  it('LGV-02 at the anniversary the conversion completes: ACTIVE, a year more, the level of the renewal quantity', () => {
    const pending = gov({ lga: { status: 'PENDING_UPGRADE', requestedAt: NOW.toISOString(), upgradeDate: '2026-11-20', failureReason: null }, subscriptions: { renewalQuantity: 1200, teamOrConsumablesAutoRenewal: false } });
    assert.equal(advanceLga(pending, new Date('2026-11-19T23:59:59Z')), pending);
    const done = advanceLga(pending, new Date('2026-11-20T00:00:00Z'));
    assert.deepEqual([done.lga?.status, done.cotermDate, done.discounts[0]], ['ACTIVE', '2027-11-20', { offerType: 'LICENSE', level: '07' }]);
    assert.deepEqual(lgaBenefits(done), [{ type: 'LARGE_GOVERNMENT_AGENCY', status: 'ACTIVE' }]);
  });

  it('LGV-03 when a condition no longer holds the upgrade fails with the reason and the subscriptions expire', () => {
    const pending = gov({ activeSubscriptions: 3, lga: { status: 'PENDING_UPGRADE', requestedAt: NOW.toISOString(), upgradeDate: '2026-11-20', failureReason: null } });
    const failed = advanceLga({ ...pending, companyProfile: { ...pending.companyProfile, marketSegment: 'COM' } }, new Date('2026-11-20T00:00:00Z'));
    assert.deepEqual([failed.lga?.status, failed.lga?.failureReason, failed.activeSubscriptions, failed.subscriptions.renewalQuantity], ['UPGRADE_FAILED', 'the market segment is no longer GOV', 0, 0]);
    assert.deepEqual(lgaBenefits(failed), []);
    assert.equal(advanceLga({ ...pending, subscriptions: { renewalQuantity: 90, teamOrConsumablesAutoRenewal: false } }, new Date('2026-11-21T00:00:00Z')).lga?.failureReason, 'the renewal quantity 90 is not over 100');
  });
});
