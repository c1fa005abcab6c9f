// Writes examples/recordings/customer-flow.jsonl: the flow of tests/support/customer-flow.ts,
// recorded through `vipm-sim record`'s proxy against a second simulator standing in for Adobe.
// Run: node --import tsx examples/recordings/record-customer-flow.ts
import { fileURLToPath } from 'node:url';
import { recordCustomerFlow } from '../../tests/support/customer-flow.js';

const out = fileURLToPath(new URL('customer-flow.jsonl', import.meta.url));
await recordCustomerFlow(out);
console.log(`recorded ${out}`);
