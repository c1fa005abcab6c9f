import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultContract } from '../server/simulator.js';

type Json = Record<string, any>;

/** Every example in the spec (of media, parameters and schemas, inline or in components), with the schema it illustrates. */
function examples(doc: Json): Array<{ where: string; schema: Json; value: unknown }> {
  const resolve = (node: Json): Json => (node?.$ref ? node.$ref.slice(2).split('/').reduce((at: Json, k: string) => at[k], doc) : node);
  const found: Array<{ where: string; schema: Json; value: unknown }> = [];
  const visitMedia = (where: string, media: Json) => {
    if (!media?.schema) return;
    if (media.example !== undefined) found.push({ where, schema: media.schema, value: media.example });
    for (const [name, ex] of Object.entries<Json>(media.examples ?? {})) found.push({ where: `${where} ${name}`, schema: media.schema, value: resolve(ex).value });
  };
  const visitParameters = (where: string, parameters: Json[] = []) => {
    for (const parameter of parameters.map(resolve)) visitMedia(`${where} parameter ${parameter.name}`, parameter);
  };
  /** A schema's own `example`, in components/schemas or inline, at any depth. */
  const visitSchema = (where: string, node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const schema = node as Json;
    if (schema.example !== undefined && !Array.isArray(schema)) found.push({ where: `${where} example`, schema, value: schema.example });
    for (const [key, child] of Object.entries<unknown>(schema)) if (key !== 'example') visitSchema(`${where}/${key}`, child);
  };
  for (const [name, schema] of Object.entries<Json>(doc.components?.schemas ?? {})) visitSchema(`components/schemas/${name}`, schema);
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    visitParameters(path, item.parameters);
    for (const [method, op] of Object.entries<Json>(item)) {
      if (typeof op !== 'object' || !op.responses) continue;
      visitParameters(`${method} ${path}`, op.parameters);
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
      const failures = all.flatMap(({ where, schema, value }) => {
        const validate = contract.compile(schema, file);
        return validate(value) ? [] : [`${where}: ${JSON.stringify(validate.errors)}`];
      });
      assert.deepEqual(failures, []);
      assert.ok(all.some(({ schema }) => !schema.$ref), 'examples of inline schemas (parameters, media, properties) are checked too');
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
