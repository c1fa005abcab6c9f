// Loads contracts/openapi.yaml and compiles its schemas with ajv: request bodies and query
// parameters are validated with it, and the tests validate every response with it.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { SchemaViolation } from '../domain/protocol/schema-violations.js';
import { packageFile } from '../platform/package-files.js';
import { readContractFile } from './contract-files.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

export const CONTRACT_PATH = packageFile('contracts', 'openapi.yaml');
export const SANDBOX_CONTRACT_PATH = packageFile('contracts', 'sandbox.yaml');

type Json = Record<string, unknown>;

/** A validator compiled on first use: compiling every schema up front would slow start-up. */
type LazyValidator = () => ValidateFunction;

function lazily(compile: () => ValidateFunction): LazyValidator {
  let compiled: ValidateFunction | undefined;
  return () => (compiled ??= compile());
}

export interface ContractOperation {
  operationId: string;
  /** The file it is in: `openapi` or `sandbox`. */
  document: string;
  method: string;
  /** The path template, with the contract's parameter names (`/v3/customers/{customer-id}`). */
  path: string;
  /** `security: []`: answered without the admin token. */
  open: boolean;
  /** The status a success answers with (its one 2xx response). */
  successStatus: number;
  /** Whether a JSON body is part of the operation, and whether it must be sent. */
  body: 'none' | 'optional' | 'required';
}

interface Operation extends ContractOperation {
  requestBody?: LazyValidator;
  query?: LazyValidator;
  responses: Map<string, LazyValidator | undefined>;
}

export interface ValidationResult<T> {
  value?: T;
  violations: SchemaViolation[];
}

/** Each file's components/schemas are registered with ajv under the file's name. */
const schemaId = (file: string) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

/** Rewrites `#/components/schemas/X` and `other.yaml#/components/schemas/X` to the registered ids. */
function retarget(node: unknown, id: string): unknown {
  if (Array.isArray(node)) return node.map((n) => retarget(n, id));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k,
      k === '$ref' && typeof v === 'string'
        ? v.replace(/^(?:\.\/)?([\w-]+)\.ya?ml#\/components\/schemas\//, '$1#/$defs/').replace(/^#\/components\/schemas\//, `${id}#/$defs/`)
        : retarget(v, id)]));
  }
  return node;
}

const deref = (doc: Json, node: Json): Json => {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  return ref.slice(2).split('/').reduce<Json>((at, key) => at[key] as Json, doc);
};

export function violationsOf(errs: ErrorObject[] | null | undefined, root = ''): SchemaViolation[] {
  return (errs ?? []).map((e): SchemaViolation => {
    const at = fieldPath(e.instancePath, root);
    const join = (name: string) => (at ? `${at}.${name}` : name);
    if (e.keyword === 'required') return { kind: 'missing', keyword: e.keyword, path: join(e.params.missingProperty), reason: 'is required' };
    if (e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties') {
      return { kind: 'unexpected', keyword: e.keyword, path: join(e.params.additionalProperty ?? e.params.unevaluatedProperty), reason: 'is not a field of this request' };
    }
    return { kind: 'invalid', keyword: e.keyword, path: at, reason: reasonOf(e, at) };
  });
}

function fieldPath(instancePath: string, root: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path = parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), root);
  return path;
}

function reasonOf(e: ErrorObject, at: string): string {
  switch (e.keyword) {
    case 'pattern': return 'has a value or characters that are not allowed';
    case 'enum': return `must be one of ${(e.params.allowedValues as unknown[]).slice(0, 12).join(', ')}${(e.params.allowedValues as unknown[]).length > 12 ? ', …' : ''}`;
    case 'type': return at ? `must be ${e.params.type}` : `the body must be a JSON ${e.params.type}`;
    default: return e.message ?? 'is invalid';
  }
}

const templates = new Map<string, RegExp>();
/** `/v3/customers/{customer-id}` as a pattern for concrete paths. */
function templatePattern(template: string): RegExp {
  let re = templates.get(template);
  if (!re) templates.set(template, (re = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`)));
  return re;
}

export class Contract {
  /** The parsed files, by schema id (`openapi`, `sandbox`). */
  readonly documents: Record<string, Json>;
  private readonly ajv: Ajv2020;
  private readonly queryAjv: Ajv2020;
  private readonly operations = new Map<string, Operation>();

  constructor(paths: string[] = [CONTRACT_PATH, SANDBOX_CONTRACT_PATH]) {
    this.documents = Object.fromEntries(paths.map((p) => [schemaId(p), readContractFile(p)]));
    const make = (coerce: boolean) => {
      // validateSchema off: meta-validating the whole contract costs start-up time; strict mode
      // still rejects unknown keywords when a schema is compiled, and the tests compile them all.
      const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, validateSchema: false, coerceTypes: coerce, useDefaults: coerce });
      ajv.addVocabulary(['example']);
      addFormats(ajv);
      for (const [id, doc] of Object.entries(this.documents)) {
        ajv.addSchema({ $id: id, $defs: retarget(((doc.components as Json)?.schemas ?? {}) as Json, id) as Json });
      }
      return ajv;
    };
    this.ajv = make(false);
    this.queryAjv = make(true);
    for (const [id, doc] of Object.entries(this.documents)) this.compileOperations(id, doc);
  }

  /** The simulated Adobe API's contract (contracts/openapi.yaml). */
  get document(): Json {
    return this.documents.openapi;
  }

  private compileOperations(id: string, document: Json): void {
    const paths = document.paths as Record<string, Json>;
    for (const [path, item] of Object.entries(paths)) {
      for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
        const op = item[method] as Json | undefined;
        if (!op) continue;
        const body = ((op.requestBody as Json | undefined)?.content as Json | undefined)?.['application/json'] as Json | undefined;
        const params = [...((item.parameters as Json[]) ?? []), ...((op.parameters as Json[]) ?? [])].map((p) => deref(document, p));
        const queryParams = params.filter((p) => p.in === 'query');
        const responses = new Map<string, LazyValidator | undefined>();
        for (const [status, response] of Object.entries(op.responses as Json)) {
          const content = (deref(document, response as Json).content ?? {}) as Json;
          const schema = (content['application/json'] as Json | undefined)?.schema;
          responses.set(status, schema ? lazily(() => this.ajv.compile(retarget(schema, id) as Json)) : undefined);
        }
        this.operations.set(op.operationId as string, {
          operationId: op.operationId as string, document: id, method: method.toUpperCase(), path, responses,
          open: Array.isArray(op.security) && op.security.length === 0,
          successStatus: Number(Object.keys(op.responses as Json).find((status) => /^2\d\d$/.test(status)) ?? 200),
          body: !body?.schema ? 'none' : (op.requestBody as Json).required ? 'required' : 'optional',
          requestBody: body?.schema ? lazily(() => this.ajv.compile(retarget(body.schema, id) as Json)) : undefined,
          query: queryParams.length ? lazily(() => this.queryAjv.compile({
            type: 'object',
            properties: Object.fromEntries(queryParams.map((p) => [p.name, retarget(p.schema, id)])),
            required: queryParams.filter((p) => p.required).map((p) => p.name),
            additionalProperties: false,
          })) : undefined,
        });
      }
    }
  }

  operation(operationId: string): Operation {
    const op = this.operations.get(operationId);
    if (!op) throw new Error(`contracts/openapi.yaml has no operation ${operationId}`);
    return op;
  }

  operationIds(): string[] {
    return [...this.operations.keys()];
  }

  /** The operations of one file (`openapi` or `sandbox`), in the file's order. */
  operationsOf(document: string): ContractOperation[] {
    return [...this.operations.values()].filter((op) => op.document === document);
  }

  /** The operation a request is for, by method and concrete path. */
  operationFor(method: string, path: string): Operation | undefined {
    return [...this.operations.values()].find((op) => op.method === method.toUpperCase() && templatePattern(op.path).test(path));
  }

  /** The methods the contracts define for a concrete path (for 405 and its Allow header). */
  allowedMethods(path: string): string[] {
    return [...new Set([...this.operations.values()].filter((op) => templatePattern(op.path).test(path)).map((op) => op.method))];
  }

  validateBody<T>(operationId: string, body: unknown): ValidationResult<T> {
    const validate = this.operation(operationId).requestBody?.();
    if (!validate) throw new Error(`${operationId} has no JSON request body`);
    return validate(body) ? { value: body as T, violations: [] } : { violations: violationsOf(validate.errors) };
  }

  /** Validates (and fills defaults into, and coerces) a copy of the query parameters. */
  validateQuery<T>(operationId: string, query: Record<string, unknown>): ValidationResult<T> {
    const validate = this.operation(operationId).query?.();
    const copy = { ...query };
    if (!validate) return { value: copy as T, violations: [] };
    return validate(copy) ? { value: copy as T, violations: [] } : { violations: violationsOf(validate.errors) };
  }

  /** Schema errors of a response body; undefined when it conforms. */
  responseErrors(operationId: string, status: number, body: unknown): string | undefined {
    const op = this.operation(operationId);
    if (!op.responses.has(String(status))) return `${operationId} does not document status ${status}`;
    const validate = op.responses.get(String(status))?.();
    if (!validate || validate(body)) return undefined;
    return this.ajv.errorsText(validate.errors);
  }

  /** A validator of a schema as written in a contract file (an inline one; its $refs are the file's). */
  compile(schema: Json, file = 'openapi'): ValidateFunction {
    return this.ajv.compile(retarget(schema, file) as Json);
  }

  /** The validator of a schema of components/schemas, by name (and file). */
  schema(name: string, file = 'openapi'): ValidateFunction {
    return this.ajv.getSchema(`${file}#/$defs/${name}`)!;
  }

  /** Validates a value against a named schema, as the simulator validates request bodies. */
  validate<T>(name: string, value: unknown, file = 'sandbox'): ValidationResult<T> {
    const validate = this.schema(name, file);
    return validate(value) ? { value: value as T, violations: [] } : { violations: violationsOf(validate.errors) };
  }
}
