import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultContract } from '../server/service/simulator.js';

type Json = Record<string, any>;

/** Every example in the spec, with the schema it illustrates. */
function examples(doc: Json): Array<{ where: string; schema: Json; value: unknown }> {
  const resolve = (node: Json): Json => (node?.$ref ? node.$ref.slice(2).split('/').reduce((at: Json, k: string) => at[k], doc) : node);
  const found: Array<{ where: string; schema: Json; value: unknown }> = [];
  const visitMedia = (where: string, media: Json) => {
    if (!media?.schema) return;
    if (media.example !== undefined) found.push({ where, schema: media.schema, value: media.example });
    for (const [name, ex] of Object.entries<Json>(media.examples ?? {})) found.push({ where: `${where} ${name}`, schema: media.schema, value: resolve(ex).value });
  };
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) {
      if (typeof op !== 'object' || !op.responses) continue;
      for (const [type, media] of Object.entries<Json>(op.requestBody?.content ?? {})) visitMedia(`${method} ${path} request ${type}`, media);
      for (const [status, response] of Object.entries<Json>(op.responses)) {
        for (const [type, media] of Object.entries<Json>(resolve(response).content ?? {})) visitMedia(`${method} ${path} ${status} ${type}`, media);
      }
    }
  }
  return found;
}

describe('contracts/openapi.yaml', () => {
  const contract = defaultContract();

  for (const file of ['openapi', 'sandbox']) {
    it(`CON-01 every example of ${file}.yaml validates against its schema`, () => {
      const all = examples(contract.documents[file]);
      assert.ok(all.length >= 10, `only ${all.length} examples found`);
      let checked = 0;
      const failures = all.flatMap(({ where, schema, value }) => {
        if (!schema.$ref) return [];
        const [, target, name] = /^(?:([\w-]+)\.yaml)?#\/components\/schemas\/(.+)$/.exec(schema.$ref)!;
        const validate = contract.schema(name, target ?? file);
        checked++;
        return validate(value) ? [] : [`${where}: ${JSON.stringify(validate.errors)}`];
      });
      assert.deepEqual(failures, []);
      assert.ok(checked >= 10, `only ${checked} examples checked`);
    });
  }

  it('CON-02 every operation documents its errors with the Adobe error schema', () => {
    for (const id of ['createCustomer', 'getCustomer', 'updateCustomer', 'listCustomers']) {
      for (const status of [400, 401, 403, 404, 406, 429, 500]) {
        assert.equal(contract.responseErrors(id, status, { code: '1117', message: 'm', additionalDetails: [] }), undefined, `${id} ${status}`);
        assert.notEqual(contract.responseErrors(id, status, { error: 'x' }), undefined, `${id} ${status} accepts a non-Adobe body`);
      }
    }
  });
});
