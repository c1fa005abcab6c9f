// The duplicate-account index: customers by account key (company name and primary admin email),
// kept in the same transaction as every customer write, so a create looks its rule up by key
// instead of scanning every customer.
import { accountKey } from '../domain/customer-create.js';
import type { Customer } from '../domain/types.js';
import type { StoreContents, Tx } from '../store/store.js';

async function link(tx: Tx, key: string, customerId: string, present: boolean): Promise<void> {
  const entry = await tx.get('accounts', key);
  const others = (entry?.customerIds ?? []).filter((id) => id !== customerId);
  const customerIds = present ? [...others, customerId] : others;
  if (customerIds.length) await tx.put('accounts', key, { key, customerIds });
  else if (entry) await tx.delete('accounts', key);
}

/** Writes the customer and keeps the index in step with it. */
export async function saveCustomer(tx: Tx, customer: Customer): Promise<void> {
  const before = await tx.get('customers', customer.customerId);
  const oldKey = before && accountKey(before.companyProfile);
  const newKey = accountKey(customer.companyProfile);
  if (oldKey !== newKey) {
    if (oldKey !== undefined) await link(tx, oldKey, customer.customerId, false);
    await link(tx, newKey, customer.customerId, true);
  }
  await tx.put('customers', customer.customerId, customer);
}

export async function customersWithAccount(tx: Tx, profile: Customer['companyProfile'] | { companyName: string; contacts: Array<{ email: string }> }): Promise<Customer[]> {
  const entry = await tx.get('accounts', accountKey(profile));
  const found = await Promise.all((entry?.customerIds ?? []).map((id) => tx.get('customers', id)));
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
