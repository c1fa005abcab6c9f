// The routers are built from the contracts: every operation is routed to its handler by its
// operationId, and a handler table that disagrees with its contract stops the app from building.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import request from 'supertest';
import { createApp } from '../server/app.js';
import { ContractMismatchError, contractRouter, expressPath } from '../server/http/contract-router.js';
import { buildSimulator, defaultContract } from '../server/simulator.js';
import { MemoryStore } from '../server/store/memory-store.js';
import { readFixtures } from '../server/startup/fixtures.js';
import { harness } from './support/harness.js';

const contract = defaultContract();
const noop = () => {};

describe('routes from the contracts', () => {
  it('ROUTE-01 a handler table missing an operation, or with one the contract lacks, is refused by name', () => {
    const all = Object.fromEntries(contract.operationsOf('openapi').map((op) => [op.operationId, noop]));
    const { getCustomer: _dropped, ...missing } = all;
    assert.throws(() => contractRouter(contract, 'openapi', missing), (e: Error) => e instanceof ContractMismatchError && /operations without a handler: getCustomer/.test(e.message));
    assert.throws(() => contractRouter(contract, 'openapi', { ...all, deleteCustomer: noop }), (e: Error) => e instanceof ContractMismatchError && /handlers without an operation: deleteCustomer/.test(e.message));
    assert.doesNotThrow(() => contractRouter(contract, 'openapi', all));
  });

  it('ROUTE-02 path parameters keep the names the contract gives them', () => {
    assert.equal(expressPath('/v3/customers/{customer-id}/linked_membership/enroll/{linked_membership_id}'), '/v3/customers/:"customer-id"/linked_membership/enroll/:"linked_membership_id"');
  });

  it('ROUTE-04 a request with a method its path answers that finds nothing is 404, never 405 naming that same method', async () => {
    const sim = buildSimulator(new MemoryStore());
    await sim.keeper.start(readFixtures());
    const agent = request(createApp(sim));
    for (const path of ['/__sandbox/console/assets/missing.js', '/__sandbox/console/assets/..%2F..%2Fpackage.json']) {
      const res = await agent.get(path);
      assert.equal(res.status, 404, `${path}: ${res.text}`);
      assert.equal(res.body.code, '4040');
    }
    const wrong = await agent.delete('/__sandbox/console/assets/missing.js');
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.allow, 'GET');
  });

  it('ROUTE-05 an operation the dispatch table takes answers exactly as the Express router answers the same request', async () => {
    const h = await harness();
    // Real ids where the fixtures have them, so reads answer records and not only errors.
    const ids: Record<string, string> = { 'customer-id': '1005000004', 'reseller-id': '5556667778' };
    let compared = 0;
    for (const op of contract.operationsOf('openapi')) {
      const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => ids[name] ?? 'x1234');
      // Express's router matches literal segments in any case, the table only in the contract's: with its last
      // literal segment after the first in capitals, the same request goes down the Express chain (/ping has none).
      const segments = op.path.split('/');
      const last = Math.max(...segments.map((segment, i) => (i > 1 && !segment.startsWith('{') ? i : -1)));
      if (last < 0) continue;
      const viaExpress = path.split('/').map((segment, i) => (i === last ? segment.toUpperCase() : segment)).join('/');
      compared++;
      const [table, express] = [await h.call(op.method, path), await h.call(op.method, viaExpress)];
      assert.ok(table.status !== 405 && table.body?.code !== '4040', `${op.operationId} fell through to the fallback: ${table.text.slice(0, 200)}`);
      assert.equal(table.status, express.status, `${op.operationId} ${op.method} ${path}: ${table.text.slice(0, 200)} / ${express.text.slice(0, 200)}`);
      assert.equal(table.text, express.text, `${op.operationId} ${op.method} ${path}`);
      assert.equal(table.headers['content-type'], express.headers['content-type'], op.operationId);
    }
    assert.ok(compared >= contract.operationsOf('openapi').length - 2, `${compared} operations compared`);
  });

  it('ROUTE-03 every operation of both contracts is answered by its handler, not by the unknown-route fallback', async () => {
    const sim = buildSimulator(new MemoryStore());
    await sim.keeper.start(readFixtures());
    const agent = request(createApp(sim));
    const operations = [...contract.operationsOf('openapi'), ...contract.operationsOf('sandbox')].filter((op) => op.operationId !== 'webConsoleAsset');
    assert.ok(operations.length > 40, `${operations.length} operations`);
    for (const op of operations) {
      const path = op.path.replace(/\{[^}]+\}/g, 'x1234');
      const res = await (agent as any)[op.method.toLowerCase()](path);
      const fallback = res.status === 405 || (res.status === 404 && /^Resource not found: [A-Z]+ \//.test(res.body?.message ?? ''));
      assert.ok(!fallback, `${op.operationId} (${op.method} ${op.path}) fell through to the fallback: ${res.status} ${res.text.slice(0, 200)}`);
    }
  });
});
