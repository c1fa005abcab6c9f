// `npm run bench:renewals [-- --store sqlite|postgres] [--customers N]`: renewals on the simulated
// clock at scale. A simulator holding N customers (10,000 by default), each with two subscriptions
// (12 licences renewing, 5 with auto-renewal off), has its clock moved three years on; then every
// customer is read through the control plane, which settles its three anniversaries (RENEWAL orders,
// expiries, the anniversary rolled). Prints the clock move, the read of all customers and a second
// read (the anniversaries run again from the stored state: reads do not store). No assertion: the
// figures go to docs/performance.md ("Renewals at scale") and the report of the change.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSimulator } from '../server/simulator.js';
import { openStore } from '../server/store/open-store.js';
import { generatedCustomer } from './fixtures.js';
import { openPostgresSchema } from './postgres.js';
import { ROOT } from './targets.js';

const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };
const storeKind = arg('store') ?? 'memory';
const total = Number(arg('customers') ?? 10_000);

const doc = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'default.json'), 'utf8'));
const ids: string[] = [];
doc.subscriptions = [];
for (let i = 0; i < total; i++) {
  const customer = generatedCustomer(i);
  doc.customers.push(customer);
  const customerId = customer.customerId as string;
  ids.push(customerId);
  doc.subscriptions.push(
    { customerId, offerId: '65304479CA01A12', currentQuantity: 12 },
    { customerId, offerId: '65304921CA01A12', currentQuantity: 5, autoRenewal: { enabled: false, renewalQuantity: 5 } },
  );
}

const schema = storeKind === 'postgres' ? await openPostgresSchema() : undefined;
const sqliteFile = join(tmpdir(), `vipm-sim-bench-renewals-${process.pid}.db`);
const store = await openStore(storeKind === 'sqlite' ? { data: sqliteFile } : schema ? { databaseUrl: schema.url } : {});
const sim = buildSimulator(store);
const ms = (from: number) => `${(performance.now() - from).toFixed(0)} ms`;

let t = performance.now();
await sim.keeper.start(doc);
await sim.keeper.changeClock({ now: '2026-12-07T10:00:00Z', frozen: true });
console.log(`store ${storeKind}: ${total} customers, ${2 * total} subscriptions loaded in ${ms(t)}`);

t = performance.now();
await sim.keeper.changeClock({ advance: 'P3Y' });
console.log(`clock moved three years on (P3Y): ${ms(t)}`);

async function readAll(label: string) {
  const start = performance.now();
  let renewals = 0;
  for (const id of ids) renewals += (await sim.controlPlane.orders(id)).filter((o) => o.orderType === 'RENEWAL').length;
  const elapsed = performance.now() - start;
  console.log(`${label}: ${total} customers read in ${elapsed.toFixed(0)} ms (${(elapsed / total).toFixed(3)} ms each), ${renewals} RENEWAL orders seen`);
}
await readAll('first read (three anniversaries settled per customer)');
await readAll('second read');
await store.close();
await schema?.drop();
if (storeKind === 'sqlite') rmSync(sqliteFile, { force: true });
