// Address rules beyond the field formats of the contract: countries Adobe refuses, and the
// region and postal-code formats of the countries the simulator knows (Adobe publishes the full
// table only in its sandbox portal). A broken address rule alone gives 1118 Invalid Address.
import type { Address } from '../types.js';
import type { Problem } from '../protocol/errors.js';

/** Countries Adobe does not accept, with the reason (remapped ones name what to send instead). */
export const REFUSED_COUNTRIES: Record<string, string> = {
  AQ: 'no population', BV: 'no population', HM: 'no population',
  CU: 'embargo', IR: 'embargo', KP: 'embargo', SD: 'embargo', SY: 'embargo',
  SS: 'not served', PW: 'not served', PN: 'not served', KM: 'not served',
  EH: 'not served', GS: 'not served', SJ: 'not served',
  AX: 'use country FI, region 01', GG: 'use country GB', IM: 'use country GB',
  JE: 'use country GB', IO: 'use country GB', BL: 'use country FR', MF: 'use country FR',
  TF: 'use country FR', BQ: 'use country NL', CW: 'use country NL',
};

const US_REGIONS = 'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR UM VI AA AE AP';
const CA_REGIONS = 'AB BC MB NB NL NS NT NU ON PE QC SK YT';
const AU_REGIONS = 'ACT NSW NT QLD SA TAS VIC WA';

interface CountryFormat { regions?: Set<string>; postalCode: RegExp }

const words = (list: string) => new Set(list.split(' '));

const COUNTRY_FORMATS: Record<string, CountryFormat> = {
  US: { regions: words(US_REGIONS), postalCode: /^\d{5}(-\d{4})?$/ },
  CA: { regions: words(CA_REGIONS), postalCode: /^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/ },
  AU: { regions: words(AU_REGIONS), postalCode: /^\d{4}$/ },
  GB: { postalCode: /^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/ },
  DE: { postalCode: /^\d{5}$/ },
  FR: { postalCode: /^\d{5}$/ },
  IN: { postalCode: /^\d{6}$/ },
  JP: { postalCode: /^\d{3}-?\d{4}$/ },
};

/** The fields of the address that are wrong, each with its reason; empty when it is valid. */
export function addressProblems(address: Address, path = 'companyProfile.address'): Problem[] {
  const refused = REFUSED_COUNTRIES[address.country];
  if (refused) return [{ path: `${path}.country`, reason: `${address.country} is not accepted (${refused})` }];
  const format = COUNTRY_FORMATS[address.country];
  const problems: Problem[] = [];
  if (!format) return problems;
  if (format.regions && !format.regions.has(address.region)) {
    problems.push({ path: `${path}.region`, reason: `${address.region} is not a region of ${address.country}` });
  }
  if (!format.postalCode.test(address.postalCode)) {
    problems.push({ path: `${path}.postalCode`, reason: `${address.postalCode} is not a postal code of ${address.country}` });
  }
  return problems;
}
