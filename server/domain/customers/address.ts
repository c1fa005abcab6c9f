// Address rules beyond the field formats of the contract, from maintained data: ISO 3166-1
// countries and ISO 3166-2 subdivisions (iso-3166), each country's postal-code format and each
// subdivision's postal prefixes (postal-code-checker, Google's address data), the city of a US
// ZIP code (zcs). Adobe refuses some faults at once (1118) and finds the others in the final
// validation after the create (the customer goes 1010): docs/rules.md ADR-01 to ADR-06.
import { iso31661, iso31661Reserved, iso31662 } from 'iso-3166';
import { getCountryByCode, getSubdivisions, hasSubdivisionData, isInSubdivision, validatePostalCode } from 'postal-code-checker';
import { ADOBE_UNSUPPORTED_COUNTRIES } from './adobe-unsupported-countries.js';
import type { Problem } from '../protocol/errors.js';
import type { Address } from '../types.js';
import { cityOfZip } from './us-zip-city.js';

const COUNTRIES = new Map(iso31661.map((c) => [c.alpha2, c.name]));

/** ISO 3166-2 subdivisions by country: the part after the hyphen, at every level (GB-ENG and GB-LND alike). */
const SUBDIVISIONS = new Map<string, Set<string>>();
for (const { code } of iso31662) {
  const [country, subdivision] = code.split('-', 2);
  if (!SUBDIVISIONS.has(country)) SUBDIVISIONS.set(country, new Set());
  SUBDIVISIONS.get(country)!.add(subdivision);
}

/**
 * The regions Adobe's table sends a country to ("CW: Use country NL with region CW"): NL-CW → CW.
 * Such an address keeps the postal codes of the territory (Curaçao has none), not of NL.
 */
const REMAPPED_REGIONS = new Map<string, string>();
for (const [territory, remedy] of Object.entries(ADOBE_UNSUPPORTED_COUNTRIES)) {
  const [, country, regions] = /^Use country ([A-Z]{2}) with region (.+)$/.exec(remedy) ?? [];
  for (const region of regions?.split(/, or |, | or /) ?? []) REMAPPED_REGIONS.set(`${country}-${region}`, territory);
}

/** Why a country code is refused, with what to send instead when there is something; undefined when it is accepted. */
function countryProblem(country: string): string | undefined {
  if (Object.hasOwn(ADOBE_UNSUPPORTED_COUNTRIES, country)) {
    const remedy = ADOBE_UNSUPPORTED_COUNTRIES[country];
    return `${country} (${COUNTRIES.get(country)}) is not supported by Adobe${remedy ? `: ${remedy}` : ''}`;
  }
  if (COUNTRIES.has(country)) return undefined;
  const reserved = iso31661Reserved.find((r) => r.alpha2 === country);
  const assigned = reserved && iso31661.find((c) => c.name === reserved.name || c.name.startsWith(`${reserved.name} `));
  if (assigned) return `${country} is not an ISO 3166-1 country code: use country ${assigned.alpha2}`;
  return `${country} is not an ISO 3166-1 country code`;
}

/** Whether the country has a postal-code system whose format the data knows (some countries have none). */
function postalFormatKnown(country: string): boolean {
  const format = getCountryByCode(country);
  return !!format && format.postalCodePatterns.length > 0 && !format.isGenericRegex;
}

/**
 * The faults of an address that the request alone shows (refused at once, 1118 naming the
 * field): a country Adobe does not support, a region that is not an ISO 3166-2 subdivision of
 * it, a postal code not in its country's format. Empty when there is none.
 */
export function addressProblems(address: Address, path = 'companyProfile.address'): Problem[] {
  const { country, region, postalCode } = address;
  const refused = countryProblem(country);
  if (refused) return [{ path: `${path}.country`, reason: refused }];
  const problems: Problem[] = [];
  const regions = SUBDIVISIONS.get(country);
  if (regions && !regions.has(region)) {
    problems.push({ path: `${path}.region`, reason: `${region} is not an ISO 3166-2 subdivision of ${country} (send the code after the hyphen, e.g. ${[...regions][0]})` });
  }
  const postalCountry = REMAPPED_REGIONS.get(`${country}-${region}`) ?? country;
  if (postalFormatKnown(postalCountry) && !validatePostalCode(postalCountry, postalCode)) {
    const example = getCountryByCode(postalCountry)?.examplePostalCodes[0];
    problems.push({ path: `${path}.postalCode`, reason: `${postalCode} is not a postal code of ${postalCountry}${example ? ` (e.g. ${example})` : ''}` });
  }
  return problems;
}

/** City names compared as USPS writes them: capitals, no accents or punctuation, ST/FT/MT spelt out. */
function cityKey(city: string): string {
  const spelt: Record<string, string> = { ST: 'SAINT', FT: 'FORT', MT: 'MOUNT' };
  return city.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean)
    .map((word) => spelt[word] ?? word).join(' ');
}

/**
 * The last answers of a function of strings alone on data that never changes, kept by key (the
 * oldest dropped first, so memory stays bounded): a partner's calls send the same addresses
 * again and again.
 */
class KeptAnswers<T> {
  private readonly kept = new Map<string, T>();

  constructor(private readonly size: number) {}

  get(key: string, compute: () => T): T {
    let answer = this.kept.get(key);
    if (answer === undefined) {
      answer = compute();
      if (this.kept.size >= this.size) this.kept.delete(this.kept.keys().next().value!);
      this.kept.set(key, answer);
    }
    return answer;
  }
}

/** Strings as one key, unambiguously. */
const keyOf = (...parts: string[]) => parts.map((part) => `${part.length}:${part}`).join('');

const regionAnswers = new KeptAnswers<boolean>(4096);
const cityAnswers = new KeptAnswers<boolean>(4096);

/**
 * Whether the data knows the region's postal prefixes and the postal code has none of them.
 * isInSubdivision compiles every pattern of the country's subdivisions on each call (most of a
 * PATCH's address check), so its answers are kept.
 */
function outsideRegion(country: string, region: string, postalCode: string): boolean {
  return regionAnswers.get(keyOf(country, region, postalCode), () =>
    hasSubdivisionData(country) && getSubdivisions(country).some((s) => s.code === region) && !isInSubdivision(country, postalCode, region));
}

/** Whether two city names differ as USPS writes them (a Unicode normalization and regular expressions each: kept). */
function otherCity(zipCity: string, city: string): boolean {
  return cityAnswers.get(keyOf(zipCity, city), () => cityKey(zipCity) !== cityKey(city));
}

/**
 * What only Adobe's final validation finds, after a create (the customer goes 1010, Invalid
 * Address): a postal code that does not belong to the region, where the data knows the region's
 * postal prefixes (US, CA, JP and 21 other countries), or to the city, where it knows the city
 * (US). Expects an address without addressProblems; empty when it matches.
 */
export function addressMismatches(address: Address, path = 'companyProfile.address'): Problem[] {
  const { country, region, city, postalCode } = address;
  if (outsideRegion(country, region, postalCode)) {
    return [{ path: `${path}.postalCode`, reason: `${postalCode} is not a postal code of ${country}-${region}` }];
  }
  const zipCity = country === 'US' ? cityOfZip(postalCode) : undefined;
  if (zipCity && otherCity(zipCity, city)) {
    return [{ path: `${path}.city`, reason: `${postalCode} is a ZIP code of ${zipCity}, not of ${city}` }];
  }
  return [];
}

/** Every fault of the address, the immediate ones and the final validation's: none means Adobe accepts it. */
export function allAddressProblems(address: Address, path = 'companyProfile.address'): Problem[] {
  const problems = addressProblems(address, path);
  return problems.length ? problems : addressMismatches(address, path);
}
