// node --expose-gc --import tsx bench/record-bytes.ts [--json] [CUSTOMERS]
// What a customer, a subscription and an order take in the memory store's heap once a state is
// loaded (fixtures, reset, import): the state of CUSTOMERS generated customers (fixtures.ts
// largeState) loaded the way the simulator loads it (control-plane/state-io.ts stateContents into
// a MemoryStore), the heap measured after a full GC with the document dropped; then the same with
// one subscription per customer, then with one order per customer. The differences divided by the
// count are the bytes per record (the indexes each brings included). bench/goals.ts runs it.
import { stateContents } from '../server/control-plane/state-io.js';
import { MemoryStore } from '../server/store/memory-store.js';
import type { StateDocument } from '../server/domain/control/state.js';
import { largeState, type LargeStateOptions } from './fixtures.js';

const args = process.argv.slice(2);
const JSON_OUT = args.includes('--json');
const customers = Number(args.find((a) => /^\d+$/.test(a)) ?? 20_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('run with node --expose-gc');
  process.exit(2);
}

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc!();
  return process.memoryUsage().heapUsed;
}

/** The heap a store holding that state takes, above the heap before it was built. */
async function storeBytes(options: LargeStateOptions): Promise<number> {
  const before = heapAfterGc();
  let doc: StateDocument | undefined = largeState(customers + 7, options) as unknown as StateDocument;
  const store = new MemoryStore();
  await store.replaceAll(stateContents(doc, Date.now(), { threeYearCommitMode: 'sandbox' }));
  doc = undefined;
  const held = heapAfterGc() - before;
  await store.close();
  return held;
}

const base = { subscriptionsPerCustomer: 0, ordersPerCustomer: 0, customersPerReseller: 100 };
await storeBytes(base); // warm-up: modules, the catalogue, shapes
const empty = await (async () => {
  const before = heapAfterGc();
  const store = new MemoryStore();
  await store.replaceAll(stateContents(largeState(7, base) as unknown as StateDocument, Date.now(), { threeYearCommitMode: 'sandbox' }));
  const held = heapAfterGc() - before;
  await store.close();
  return held;
})();
const withCustomers = await storeBytes(base);
const withSubscriptions = await storeBytes({ ...base, subscriptionsPerCustomer: 1 });
const withOrders = await storeBytes({ ...base, ordersPerCustomer: 1 });
const result = {
  customers,
  customer: (withCustomers - empty) / customers,
  subscription: (withSubscriptions - withCustomers) / customers,
  order: (withOrders - withCustomers) / customers,
};
if (JSON_OUT) console.log(JSON.stringify(result));
else {
  console.log(`heap bytes per record, ${customers.toLocaleString('en-US')} generated customers (memory store):`);
  for (const kind of ['customer', 'subscription', 'order'] as const) console.log(`  ${kind.padEnd(13)} ${Math.round(result[kind]).toLocaleString('en-US').padStart(7)} B`);
}
