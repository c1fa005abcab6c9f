// Every customer write goes through saveCustomer, which keeps two indexes in the same transaction:
// the duplicate-account index (customers by company name and primary admin email, so a create looks
// its rule up by key instead of scanning every customer) and the people (first names by email).
import { personKeys, withPersonNames, type Person } from '../domain/customers/contacts.js';
import { accountKey } from '../domain/customers/customer-create.js';
import type { Customer } from '../domain/types.js';
import { getMany, type StoreContents, type Tx } from '../store/store.js';

async function link(tx: Tx, key: string, customerId: string, present: boolean): Promise<void> {
  const entry = await tx.get('accounts', key);
  const others = (entry?.customerIds ?? []).filter((id) => id !== customerId);
  const customerIds = present ? [...others, customerId] : others;
  if (customerIds.length) await tx.put('accounts', key, { key, customerIds });
  else if (entry) await tx.delete('accounts', key);
}

/**
 * Writes the customer with the names of the people it names (the first name seen for each email,
 * across customers; people seen for the first time are added) and keeps the index in step with it.
 * Returns the customer as written.
 */
export async function saveCustomer(tx: Tx, written: Customer): Promise<Customer> {
  const known = new Map<string, Person>();
  for (const key of personKeys(written)) {
    const person = await tx.get('people', key);
    if (person) known.set(key, person);
  }
  const { customer, added } = withPersonNames(written, known);
  for (const person of added) await tx.put('people', person.key, person);
  const before = await tx.get('customers', customer.customerId);
  const oldKey = before && accountKey(before.companyProfile);
  const newKey = accountKey(customer.companyProfile);
  if (oldKey !== newKey) {
    if (oldKey !== undefined) await link(tx, oldKey, customer.customerId, false);
    await link(tx, newKey, customer.customerId, true);
  }
  await tx.put('customers', customer.customerId, customer);
  return customer;
}

export async function customersWithAccount(tx: Tx, profile: Customer['companyProfile'] | { companyName: string; contacts: Array<{ email: string }> }): Promise<Customer[]> {
  const entry = await tx.get('accounts', accountKey(profile));
  const found = await getMany(tx, (entry?.customerIds ?? []).map((id) => ['customers', id] as const)) as Array<Customer | undefined>;
  return found.filter((c): c is Customer => c !== undefined);
}

/** The index of a whole state's customers (state load and reset). */
export function accountIndex(customers: Customer[]): StoreContents['accounts'] {
  const index: StoreContents['accounts'] = {};
  for (const c of customers) {
    const key = accountKey(c.companyProfile);
    index[key] = { key, customerIds: [...(index[key]?.customerIds ?? []), c.customerId] };
  }
  return index;
}
