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

/** A generated distributor of its own (no API client), so the benchmark's distributor lists the same resellers at every size. */
const GENERATED_DISTRIBUTOR = '5000000099';
const OFFERS = ['65304479CA01A12', '65304921CA01A12'] as const;

export interface LargeStateOptions {
  /** Subscriptions of each generated customer (at most 2: one per offer). */
  subscriptionsPerCustomer: number;
  /** Orders in each generated customer's history. */
  ordersPerCustomer: number;
  /** Generated customers per generated reseller. */
  customersPerReseller: number;
}

export const LARGE_STATE: LargeStateOptions = { subscriptionsPerCustomer: 2, ordersPerCustomer: 2, customersPerReseller: 100 };

/**
 * A state document of `total` customers in all: the default state plus generated customers, each
 * with subscriptions and a history of orders, spread over generated resellers of a generated
 * distributor. The default state's distributors, resellers and customers are as they are, so a
 * request about them reads the same records at any size (what the benchmark compares).
 */
export function largeState(total: number, options: LargeStateOptions = LARGE_STATE): FixtureDocument {
  const doc = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'default.json'), 'utf8')) as FixtureDocument & {
    distributors: Array<Record<string, unknown>>; resellers: Array<Record<string, unknown>>;
    subscriptions?: Array<Record<string, unknown>>; orders?: Array<Record<string, unknown>>;
  };
  const extra = Math.max(0, total - doc.customers.length);
  const subscriptions = (doc.subscriptions ??= []);
  const orders = (doc.orders ??= []);
  doc.distributors.push({ distributorId: GENERATED_DISTRIBUTOR, name: 'Generated Distributor', country: 'US', clients: [] });
  const resellerOf = (i: number) => String(7_000_000_000 + Math.floor(i / options.customersPerReseller));
  for (let i = 0; i < extra; i += options.customersPerReseller) {
    doc.resellers.push({ resellerId: resellerOf(i), distributorId: GENERATED_DISTRIBUTOR, companyName: `Generated Reseller ${i / options.customersPerReseller}`, status: '1000', marketSegments: ['COM'] });
  }
  for (let i = 0; i < extra; i++) {
    const customer: Record<string, unknown> = { ...generatedCustomer(i), resellerId: resellerOf(i) };
    doc.customers.push(customer);
    const customerId = customer.customerId as string;
    for (let s = 0; s < Math.min(options.subscriptionsPerCustomer, OFFERS.length); s++) {
      subscriptions.push({ customerId, offerId: OFFERS[s], currentQuantity: 1 + (i % 20) });
    }
    for (let o = 0; o < options.ordersPerCustomer; o++) {
      orders.push({
        orderId: String(6_000_000_000 + i * options.ordersPerCustomer + o), customerId, orderType: 'NEW', status: '1000',
        creationDate: customer.creationDate, lineItems: [{ extLineItemNumber: 1, offerId: OFFERS[o % OFFERS.length], quantity: 1 + (i % 20) }],
      });
    }
  }
  return doc;
}

/** largeState written as `state-N.json` into dir: returns its path. */
export function writeLargeState(dir: string, total: number, options: LargeStateOptions = LARGE_STATE): string {
  const file = join(dir, `state-${total}.json`);
  writeFileSync(file, JSON.stringify(largeState(total, options)));
  return file;
}
