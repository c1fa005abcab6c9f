// The example projects under examples/ run as a partner would run them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

function run(command: string, args: string[]) {
  // Without NODE_TEST_CONTEXT the child's node --test runs its files rather than reporting to this runner.
  const { NODE_TEST_CONTEXT: _nested, ...env } = process.env;
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000, env: { ...env, PACT_DO_NOT_TRACK: 'true', NO_COLOR: '1' } });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

describe('examples', () => {
  it('EX-01 the partner client\'s consumer pact test passes and writes its pact', () => {
    const r = run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', 'examples/partner-client/test/customer.pact.test.ts']);
    assert.equal(r.status, 0, r.output);
    assert.match(r.output, /# pass 4/);
  });

  it('EX-02 the in-process node:test example passes', () => {
    const r = run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', 'examples/in-process/customer-flow.node.test.ts']);
    assert.equal(r.status, 0, r.output);
    assert.match(r.output, /# pass 3/);
  });

  it('EX-03 the in-process vitest example passes', () => {
    const r = run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'examples/in-process/vitest.config.ts']);
    assert.equal(r.status, 0, r.output);
    assert.match(r.output, /Tests\s+2 passed/);
  });

  it('EX-04 the partnerClient() example of docs/contract-testing.md passes', () => {
    const r = run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', 'examples/in-process/partner-client.node.test.ts']);
    assert.equal(r.status, 0, r.output);
    assert.match(r.output, /# pass 1/);
  });
});
