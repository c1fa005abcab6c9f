// Reading and writing recording files. Reading is bounded before anything is parsed (file size,
// line length, exchange count) and checks every line's shape, so a malformed or hostile file
// ends in one RecordingError naming the line and the field, never a crash. What is read is
// masked again: a secret pasted into a recording by hand is not shown in a report.
import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { CONTROL_BODY_LIMITS, jsonLimitViolation } from '../domain/protocol/limits.js';
import { maskHeaders, maskSecrets, maskSecretText } from '../domain/protocol/secrets.js';
import {
  RECORDING_FORMAT, RECORDING_LIMITS, RECORDING_VERSION,
  type Exchange, type RecordedBody, type Recording, type RecordingHeader,
} from './recording.js';

export class RecordingError extends Error {}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const isDate = (v: unknown) => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));

/** Checks one field; throws the reason (without the line number, added by the caller). */
function need(ok: boolean, field: string, reason: string): void {
  if (!ok) throw new RecordingError(`${field} ${reason}`);
}

function checkStrings(value: unknown, field: string, maxEntries: number): void {
  need(isObject(value), field, 'must be an object');
  const entries = Object.entries(value as Json);
  need(entries.length <= maxEntries, field, `has more than ${maxEntries} entries`);
  for (const [k, v] of entries) need(typeof v === 'string' && v.length <= 16_384, `${field}.${k}`, 'must be a string of at most 16384 characters');
}

function checkBody(value: unknown, field: string): void {
  if (value === undefined) return;
  need(isObject(value), field, 'must be an object');
  const body = value as Json;
  need(Number.isInteger(body.bytes) && (body.bytes as number) >= 0, `${field}.bytes`, 'must be a whole number of bytes');
  const kinds = ['json', 'form', 'text'].filter((k) => k in body);
  need(kinds.length === 1, field, 'must hold exactly one of json, form, text');
  if ('form' in body) checkStrings(body.form, `${field}.form`, 100);
  if ('text' in body) need(typeof body.text === 'string' && body.text.length <= RECORDING_LIMITS.bodyKeep, `${field}.text`, `must be a string of at most ${RECORDING_LIMITS.bodyKeep} characters`);
  need(body.truncated === undefined || typeof body.truncated === 'boolean', `${field}.truncated`, 'must be true or false');
  const extra = Object.keys(body).filter((k) => !['json', 'form', 'text', 'bytes', 'truncated'].includes(k));
  need(extra.length === 0, `${field}.${extra[0]}`, 'is not a field of a recorded body');
}

function checkHeader(value: unknown): asserts value is RecordingHeader {
  need(isObject(value), 'the first line', 'must be an object describing the recording');
  const h = value as Json;
  need(h.format === RECORDING_FORMAT, 'format', `must be "${RECORDING_FORMAT}" (is this a recording?)`);
  need(h.version === RECORDING_VERSION, 'version', `is ${JSON.stringify(h.version)}; this vipm-sim reads version ${RECORDING_VERSION}`);
  need(isDate(h.recordedAt), 'recordedAt', 'must be an ISO 8601 date-time');
  need(isObject(h.upstream) && typeof (h.upstream as Json).api === 'string' && typeof (h.upstream as Json).ims === 'string', 'upstream', 'must be {api, ims} URLs');
  need(typeof h.anonymised === 'boolean', 'anonymised', 'must be true or false');
  need(h.note === undefined || (typeof h.note === 'string' && h.note.length <= 4096), 'note', 'must be a string of at most 4096 characters');
}

function checkExchange(value: unknown, previousSeq: number): asserts value is Exchange {
  need(isObject(value), 'the exchange', 'must be an object');
  const e = value as Json;
  need(Number.isInteger(e.seq) && (e.seq as number) > previousSeq, 'seq', `must be a whole number above the previous one (${previousSeq})`);
  need(isDate(e.at), 'at', 'must be an ISO 8601 date-time');
  need(typeof e.durationMs === 'number' && e.durationMs >= 0, 'durationMs', 'must be a number of milliseconds');
  need(isObject(e.request), 'request', 'must be an object');
  const request = e.request as Json;
  need(typeof request.method === 'string' && /^[A-Z]{1,10}$/.test(request.method), 'request.method', 'must be an HTTP method such as GET');
  need(typeof request.path === 'string' && request.path.startsWith('/') && request.path.length <= 2048, 'request.path', 'must be a path starting with / (at most 2048 characters)');
  need(typeof request.query === 'string' && request.query.length <= 8192, 'request.query', 'must be a query string (at most 8192 characters)');
  checkStrings(request.headers, 'request.headers', 100);
  checkBody(request.body, 'request.body');
  need(isObject(e.response), 'response', 'must be an object');
  const response = e.response as Json;
  need(Number.isInteger(response.status) && (response.status as number) >= 100 && (response.status as number) <= 599, 'response.status', 'must be an HTTP status (100-599)');
  checkStrings(response.headers, 'response.headers', 100);
  checkBody(response.body, 'response.body');
  need(e.contract === undefined || isObject(e.contract), 'contract', 'must be an object');
}

/** A recorded body with its secrets masked (again). */
export function maskedBody(body: RecordedBody | undefined): RecordedBody | undefined {
  if (!body) return body;
  if (body.form) return { ...body, form: maskSecrets(body.form) };
  if (body.text !== undefined) return { ...body, text: maskSecretText(body.text) };
  return { ...body, json: maskSecrets(body.json) };
}

const remasked = (e: Exchange): Exchange => ({
  ...e,
  request: { ...e.request, query: maskSecretText(e.request.query), headers: maskHeaders(e.request.headers), body: maskedBody(e.request.body) },
  response: { ...e.response, headers: maskHeaders(e.response.headers), body: maskedBody(e.response.body) },
});

/** Parses the text of a recording; `name` is what errors call it. */
export function parseRecording(text: string, name = 'the recording'): Recording {
  const fail = (where: string, reason: string): never => {
    throw new RecordingError(`${name}: ${where}: ${reason}`);
  };
  if (Buffer.byteLength(text) > RECORDING_LIMITS.maxFileBytes) fail('the file', `is larger than ${RECORDING_LIMITS.maxFileBytes} bytes`);
  const lines = text.split('\n');
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  if (!lines.length) fail('the file', 'is empty (a recording starts with a line {"format":"vipm-sim-recording",…})');
  if (lines.length - 1 > RECORDING_LIMITS.maxExchanges) fail('the file', `holds ${lines.length - 1} exchanges; at most ${RECORDING_LIMITS.maxExchanges} are read`);
  let header: RecordingHeader | undefined;
  const exchanges: Exchange[] = [];
  lines.forEach((line, i) => {
    const where = `line ${i + 1}`;
    if (line.length > RECORDING_LIMITS.maxLineBytes || Buffer.byteLength(line) > RECORDING_LIMITS.maxLineBytes) fail(where, `is longer than ${RECORDING_LIMITS.maxLineBytes} bytes`);
    const tooDeep = jsonLimitViolation(line, { ...CONTROL_BODY_LIMITS, maxBytes: RECORDING_LIMITS.maxLineBytes });
    if (tooDeep) fail(where, `${tooDeep.path || 'the line'} ${tooDeep.reason}`);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      fail(where, `is not JSON (${(error as Error).message})`);
    }
    try {
      if (i === 0) {
        checkHeader(value);
        header = value;
      } else {
        checkExchange(value, exchanges.at(-1)?.seq ?? 0);
        exchanges.push(remasked(value));
      }
    } catch (error) {
      if (error instanceof RecordingError) fail(where, error.message);
      throw error;
    }
  });
  return { header: header!, exchanges };
}

/** Reads and checks a recording file. */
export function readRecording(path: string): Recording {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new RecordingError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (size > RECORDING_LIMITS.maxFileBytes) throw new RecordingError(`${path}: the file: is larger than ${RECORDING_LIMITS.maxFileBytes} bytes`);
  return parseRecording(readFileSync(path, 'utf8'), path);
}

/** One line of an exchange; its bodies dropped (kept as their length) if the line would be too long. */
function exchangeLine(exchange: Exchange): string {
  const line = JSON.stringify(exchange);
  if (Buffer.byteLength(line) <= RECORDING_LIMITS.maxLineBytes) return line;
  const cut = (body: RecordedBody | undefined): RecordedBody | undefined => body && { text: '', bytes: body.bytes, truncated: true };
  return JSON.stringify({ ...exchange, request: { ...exchange.request, body: cut(exchange.request.body) }, response: { ...exchange.response, body: cut(exchange.response.body) } });
}

/** Writes a recording as it happens: the header at once, then each exchange on its own line. */
export class RecordingWriter {
  private readonly fd: number;
  private written = 0;

  constructor(readonly path: string, header: Omit<RecordingHeader, 'format' | 'version'>, private readonly maxExchanges = RECORDING_LIMITS.maxExchanges) {
    this.fd = openSync(path, 'w');
    writeSync(this.fd, `${JSON.stringify({ format: RECORDING_FORMAT, version: RECORDING_VERSION, ...header })}\n`);
  }

  /** Exchanges written so far. */
  get count(): number {
    return this.written;
  }

  /** Whether the recording has room for another exchange. */
  get full(): boolean {
    return this.written >= this.maxExchanges;
  }

  write(exchange: Exchange): void {
    if (this.full) return;
    writeSync(this.fd, `${exchangeLine(exchange)}\n`);
    this.written++;
  }

  close(): void {
    closeSync(this.fd);
  }
}
