// Flexible discounts as the simulator keeps them (fixtures/flex-discounts.json, the control plane's
// /__sandbox/flex-discounts), their status on the clock, and the resource of Adobe's Get Flexible
// Discounts page built from them (docs/flex-discounts/apis.md).
import type { MarketSegment } from '../types.js';

export type FlexDiscountCategory = 'STANDARD' | 'INTRO';
export type FlexDiscountType = 'PERCENTAGE_DISCOUNT' | 'FIXED_DISCOUNT' | 'FIXED_PRICE';
export type FlexDiscountStatus = 'ACTIVE' | 'EXPIRED' | 'REUSABLE';

export interface FlexDiscountValue {
  country?: string;
  currency?: string;
  value: number;
}

/** A discount as defined: Adobe's resource, with its eligibility spelled out. */
export interface FlexDiscount {
  id: string;
  code: string;
  name: string;
  description: string;
  category: FlexDiscountCategory;
  type: FlexDiscountType;
  values: FlexDiscountValue[];
  startDate: string;
  endDate: string;
  /** Present for a reusable discount: usable after endDate, until then, by a customer who used it before endDate. */
  discountLockEndDate?: string;
  /** Empty: every segment, country, base offer. */
  marketSegments: MarketSegment[];
  countries: string[];
  baseOfferIds: string[];
  /** Only for customers with a 3YC commitment (2166). */
  threeYearCommitOnly: boolean;
  /** Redeemed at most once per customer (2142). */
  oneTime: boolean;
  /** An open discount, listed by GET /v3/flex-discounts; a closed one is only given to partners (the pages' CAM codes). */
  listed: boolean;
}

export type FlexDiscountSeed = Partial<FlexDiscount> & Pick<FlexDiscount, 'code' | 'name' | 'category' | 'type' | 'values' | 'startDate' | 'endDate'>;

/** 32-bit FNV-1a of the text, from a seed (no node:crypto: the console's bundle type-checks this file). */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** A stable id for a discount defined without one, UUID-shaped as the pages' ids are. */
export function flexDiscountId(code: string): string {
  const hex = [0x811c9dc5, 0x01234567, 0x89abcdef, 0x13579bdf].map((seed) => fnv1a(code, seed)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function normalizeFlexDiscount(seed: FlexDiscountSeed): FlexDiscount {
  return {
    id: seed.id ?? flexDiscountId(seed.code),
    code: seed.code,
    name: seed.name,
    description: seed.description ?? seed.name,
    category: seed.category,
    type: seed.type,
    values: seed.values,
    startDate: seed.startDate,
    endDate: seed.endDate,
    ...(seed.discountLockEndDate ? { discountLockEndDate: seed.discountLockEndDate } : {}),
    marketSegments: seed.marketSegments ?? [],
    countries: seed.countries ?? [],
    baseOfferIds: seed.baseOfferIds ?? [],
    threeYearCommitOnly: seed.threeYearCommitOnly ?? false,
    oneTime: seed.oneTime ?? false,
    listed: seed.listed ?? true,
  };
}

/** What is wrong with discounts beyond their schema (contracts/sandbox.yaml FlexDiscountDefinition): each problem as a path and a reason. */
export function flexDiscountProblems(discounts: FlexDiscountSeed[], path = 'flexDiscounts'): Array<{ path: string; reason: string }> {
  const problems: Array<{ path: string; reason: string }> = [];
  const codes = new Set<string>();
  discounts.forEach((d, i) => {
    const at = `${path}[${i}]`;
    if (codes.has(d.code)) problems.push({ path: `${at}.code`, reason: `${d.code} is defined twice` });
    codes.add(d.code);
    if (Date.parse(d.endDate) <= Date.parse(d.startDate)) problems.push({ path: `${at}.endDate`, reason: 'must be after startDate' });
    if (d.discountLockEndDate && Date.parse(d.discountLockEndDate) < Date.parse(d.endDate)) problems.push({ path: `${at}.discountLockEndDate`, reason: 'must not be before endDate' });
    if (d.type === 'PERCENTAGE_DISCOUNT') {
      if (d.values.length !== 1 || d.values[0].country || d.values[0].currency) problems.push({ path: `${at}.values`, reason: 'a percentage discount has one value, without country or currency' });
      else if (d.values[0].value > 100) problems.push({ path: `${at}.values[0].value`, reason: 'is a percentage: at most 100' });
    } else if (d.values.some((v) => !v.currency)) {
      problems.push({ path: `${at}.values`, reason: `each value of a ${d.type} discount names its currency` });
    }
  });
  return problems;
}

/** ACTIVE until the end date (future discounts too, as the pages say), then REUSABLE until the lock end date, then EXPIRED. */
export function flexDiscountStatus(d: FlexDiscount, now: Date): FlexDiscountStatus {
  const t = now.getTime();
  if (t <= Date.parse(d.endDate)) return 'ACTIVE';
  if (d.discountLockEndDate && t <= Date.parse(d.discountLockEndDate)) return 'REUSABLE';
  return 'EXPIRED';
}

/** The resource of the Get Flexible Discounts page. */
export function flexDiscountView(d: FlexDiscount, now: Date) {
  return {
    id: d.id,
    category: d.category,
    code: d.code,
    name: d.name,
    description: d.description,
    startDate: d.startDate,
    endDate: d.endDate,
    status: flexDiscountStatus(d, now),
    ...(d.discountLockEndDate ? { discountLockEndDate: d.discountLockEndDate } : {}),
    qualification: { baseOfferIds: d.baseOfferIds },
    outcomes: [{ type: d.type, discountValues: d.values.map((v) => ({ ...v })) }],
  };
}

/** A discount's value for a line: the value for the country, or else for the currency (percentages have one value). */
export function discountValueFor(d: FlexDiscount, country: string, currency: string): number | undefined {
  if (d.type === 'PERCENTAGE_DISCOUNT') return d.values[0]?.value;
  const forCurrency = d.values.filter((v) => v.currency === currency);
  return (forCurrency.find((v) => v.country === country) ?? forCurrency.find((v) => !v.country))?.value;
}

/** A unit price after the discount, never below zero, with two decimals. */
export function discountedPrice(d: FlexDiscount, price: number, value: number): number {
  const after = d.type === 'PERCENTAGE_DISCOUNT' ? price * (1 - value / 100) : d.type === 'FIXED_DISCOUNT' ? price - value : value;
  return Math.round(Math.max(0, after) * 100) / 100;
}
