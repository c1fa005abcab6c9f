// Fixture files of any size, in the format of fixtures/default.json: the default state (its
// distributors, resellers and seven customers, Fairmont among them) plus generated active COM
// customers of reseller 5556667778 up to the requested total.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './targets.js';

interface FixtureDocument {
  customers: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

const CITIES = [
  ['CA', 'San Jose', '95110'],
  ['NY', 'New York', '10118'],
  ['TX', 'Austin', '73301'],
  ['WA', 'Redmond', '98052'],
  ['OR', 'Portland', '97201'],
] as const;

export function generatedCustomer(i: number): Record<string, unknown> {
  const [region, city, postalCode] = CITIES[i % CITIES.length];
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    customerId: String(3_000_000_000 + i),
    resellerId: '5556667778',
    externalReferenceId: `gen-${i}`,
    status: '1000',
    creationDate: `2024-0${1 + (i % 9)}-${day}T10:00:00Z`,
    cotermDate: `2027-0${1 + (i % 9)}-${day}`,
    companyProfile: {
      companyName: `Generated Company ${i}`,
      preferredLanguage: 'en-US',
      marketSegment: 'COM',
      address: { country: 'US', region, city, addressLine1: `${1 + (i % 999)} Main St`, postalCode },
      contacts: [{ firstName: 'Gen', lastName: `Admin${i}`, email: `admin${i}@generated-${i % 1000}.example` }],
    },
    discounts: [{ offerType: 'LICENSE', level: '01' }],
  };
}

/** Writes `customers-N.json` into dir (N customers in all) and returns its path. */
export function writeFixtures(dir: string, total: number): string {
  const doc = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'default.json'), 'utf8')) as FixtureDocument;
  const extra = Math.max(0, total - doc.customers.length);
  for (let i = 0; i < extra; i++) doc.customers.push(generatedCustomer(i));
  const file = join(dir, `customers-${total}.json`);
  writeFileSync(file, JSON.stringify(doc));
  return file;
}
