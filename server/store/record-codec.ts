// A compact encoding of the memory store's records: each record as the JSON text of what differs
// from a template record of its kind. Records of one kind share most of their fields (nulls,
// empty lists, defaults, the same offer or date), and a JS object costs its header and 8 bytes a
// field, so a customer of some 1,400 heap bytes takes about 580 so (with its key). Decoding builds the
// changed parts afresh and shares the unchanged ones with the template, which is deeply frozen:
// records are immutable values, and an attempt to change one in place throws.
//
// A delta against a template is, where the template is an object or an array: an object of the
// changed fields by their position in the template (the value an object with the template's keys
// in the same order, or an array of the same length), `{n: [...]}` (an array of another length,
// each element against the template's element at that index or its last), `[value]` (a value of
// its own), or, in `n`, 0 (the template's element); where the template is a plain value: the
// value itself, or `[value]` for an object or an array.
type Plain = Record<string, unknown>;

const SAME = Symbol('same');

const isComposite = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** A template value with its parts: the keys of an object and the node of each field or element. */
interface Node {
  value: unknown;
  keys?: string[];
  parts?: Node[];
}

function nodeOf(value: unknown): Node {
  if (Array.isArray(value)) return { value, parts: value.map(nodeOf) };
  if (isComposite(value)) return { value, keys: Object.keys(value), parts: Object.values(value).map(nodeOf) };
  return { value };
}

function diff(value: unknown, node: Node): unknown {
  if (value === node.value) return SAME;
  const parts = node.parts;
  if (!parts) return isComposite(value) ? [value] : value;
  if (Array.isArray(value)) {
    if (!node.keys && value.length === parts.length) {
      let delta: Plain | undefined;
      for (let i = 0; i < value.length; i++) {
        const d = diff(value[i], parts[i]);
        if (d !== SAME) (delta ??= {})[i] = d;
      }
      return delta ?? SAME;
    }
    if (node.keys || !parts.length) return [value];
    return {
      n: value.map((v, i) => {
        const part = parts[Math.min(i, parts.length - 1)];
        const d = diff(v, part);
        return d !== SAME ? d : part.parts ? 0 : v;
      }),
    };
  }
  const keys = node.keys;
  if (!keys || !isComposite(value)) return [value];
  // The value's keys must be the template's, in its order (those JSON leaves out skipped).
  let delta: Plain | undefined;
  let i = 0;
  for (const k in value) {
    const v = (value as Plain)[k];
    if (v === undefined) continue;
    if (k !== keys[i] || k === '__proto__') return [value];
    const d = diff(v, parts[i]);
    if (d !== SAME) (delta ??= {})[i] = d;
    i++;
  }
  if (i !== keys.length) return [value];
  return delta ?? SAME;
}

function patch(delta: unknown, node: Node): unknown {
  const parts = node.parts;
  if (!parts) return Array.isArray(delta) ? delta[0] : delta;
  if (delta === 0) return node.value;
  if (Array.isArray(delta)) return delta[0];
  const d = delta as Plain;
  const keys = node.keys;
  if (!keys) {
    if (Array.isArray(d.n)) return d.n.map((e, i) => patch(e, parts[Math.min(i, parts.length - 1)]));
    return parts.map((part, i) => (Object.hasOwn(d, i) ? patch(d[i], part) : part.value));
  }
  const out: Plain = {};
  for (let i = 0; i < keys.length; i++) out[keys[i]] = Object.hasOwn(d, i) ? patch(d[i], parts[i]) : parts[i].value;
  return out;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The records sampled to choose a template from. */
const SAMPLE = 16;

/** Of a sample of the records, the one the others differ from least (their encodings' length). */
function likeliestTemplate(records: unknown[]): unknown {
  if (records.length <= 1) return records[0];
  const step = Math.max(1, Math.floor(records.length / SAMPLE));
  const sample = records.filter((_, i) => i % step === 0).slice(0, SAMPLE);
  let best = sample[0];
  let bestLength = Infinity;
  for (const candidate of sample) {
    const node = nodeOf(candidate);
    const length = sample.reduce((sum: number, r) => sum + (JSON.stringify(diff(r, node)) ?? '').length, 0);
    if (length < bestLength) [best, bestLength] = [candidate, length];
  }
  return best;
}

/** The encoding of one kind's records: its template is chosen from the records given, or is the first record it encodes. */
export class RecordCodec {
  private template: Node | undefined;

  constructor(records: unknown[] = []) {
    if (records.length) this.setTemplate(likeliestTemplate(records));
  }

  private setTemplate(record: unknown): void {
    this.template = nodeOf(deepFreeze(JSON.parse(JSON.stringify(record))));
  }

  encode(record: unknown): string {
    if (this.template === undefined) this.setTemplate(record);
    const delta = diff(record, this.template!);
    return delta === SAME ? '{}' : JSON.stringify(delta);
  }

  decode(text: string): unknown {
    return patch(JSON.parse(text), this.template!);
  }
}
