// The default flexible discounts (fixtures/flex-discounts.json): what a state document without
// `flexDiscounts` of its own offers. Read and checked once per process; records are immutable.
import { readFileSync } from 'node:fs';
import { flexDiscountProblems, normalizeFlexDiscount, type FlexDiscount, type FlexDiscountSeed } from '../domain/discounts/flex-discounts.js';
import { packageFile } from '../platform/package-files.js';

export const DEFAULT_FLEX_DISCOUNTS = packageFile('fixtures', 'flex-discounts.json');

let loaded: FlexDiscount[] | undefined;

export function defaultFlexDiscounts(): FlexDiscount[] {
  if (loaded) return loaded;
  const seeds = JSON.parse(readFileSync(DEFAULT_FLEX_DISCOUNTS, 'utf8')) as FlexDiscountSeed[];
  const problems = flexDiscountProblems(seeds);
  if (problems.length) throw new Error(`${DEFAULT_FLEX_DISCOUNTS}: ${problems.map((p) => `${p.path} ${p.reason}`).join('; ')}`);
  return (loaded = seeds.map(normalizeFlexDiscount));
}
