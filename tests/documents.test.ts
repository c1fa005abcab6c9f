// A running simulator serves its contracts, for Prism, Postman or code generators.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { startSimulator, type RunningSimulator } from '../server/index.js';

describe('served API documents', () => {
  let sim: RunningSimulator;
  before(async () => { sim = await startSimulator({ adminToken: 'doc-t0ken' }); });
  after(() => sim.stop());

  it('DOC-01 GET /openapi.yaml serves contracts/openapi.yaml as application/yaml, without credentials; /openapi.json the same as JSON', async () => {
    const yaml = await fetch(`${sim.url}/openapi.yaml`);
    assert.equal(yaml.status, 200);
    assert.match(yaml.headers.get('content-type') ?? '', /^application\/yaml/);
    assert.equal(await yaml.text(), readFileSync('contracts/openapi.yaml', 'utf8'));
    const json = await fetch(`${sim.url}/openapi.json`);
    assert.match(json.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(await json.json(), parse(readFileSync('contracts/openapi.yaml', 'utf8')));
  });

  it('DOC-02 GET /__sandbox/sandbox.yaml serves the control plane\'s contract, behind the admin token like the rest of /__sandbox', async () => {
    assert.equal((await fetch(`${sim.url}/__sandbox/sandbox.yaml`)).status, 401);
    const auth = { authorization: 'Bearer doc-t0ken' };
    const yaml = await fetch(`${sim.url}/__sandbox/sandbox.yaml`, { headers: auth });
    assert.equal(yaml.status, 200);
    assert.match(yaml.headers.get('content-type') ?? '', /^application\/yaml/);
    const text = await yaml.text();
    assert.equal(text, readFileSync('contracts/sandbox.yaml', 'utf8'));
    assert.ok(parse(text).paths['/openapi.yaml'], 'sandbox.yaml describes the served documents');
    const json = await fetch(`${sim.url}/__sandbox/sandbox.json`, { headers: auth });
    assert.deepEqual(await json.json(), parse(text));
  });
});
