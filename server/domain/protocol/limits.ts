// The limits every request body is held to, decided once. A body is scanned against them in one
// linear pass over its text before it is parsed, validated or stored, so no request — however
// large, deep or repetitive — makes the simulator do more than a bounded amount of work.
import { errors, type AdobeError } from './errors.js';
import type { SchemaViolation } from './schema-violations.js';

export interface BodyLimits {
  /** Bytes of the body as received (decoded), answered 413/4130 above it. */
  maxBytes: number;
  /** Nesting of objects and arrays. */
  maxDepth: number;
  /** Items of any one array. */
  maxArrayItems: number;
  /** Keys of any one object. */
  maxProperties: number;
  /** Characters of any one string or key. */
  maxStringLength: number;
}

const MB = 1024 * 1024;

/** The partner API's customer bodies: a customer nests 5 levels; contacts are the largest array. */
export const API_BODY_LIMITS: BodyLimits = { maxBytes: MB, maxDepth: 16, maxArrayItems: 1_000, maxProperties: 64, maxStringLength: 16_384 };
/** Control-plane bodies, except state imports. */
export const CONTROL_BODY_LIMITS: BodyLimits = { maxBytes: MB, maxDepth: 32, maxArrayItems: 10_000, maxProperties: 1_000, maxStringLength: 65_536 };
/** PUT /__sandbox/state: a whole state of many customers. */
export const STATE_BODY_LIMITS: BodyLimits = { maxBytes: 64 * MB, maxDepth: 32, maxArrayItems: 1_000_000, maxProperties: 1_000, maxStringLength: 1 * MB };
/** The token endpoint's form body. */
export const TOKEN_FORM_LIMITS = { maxBytes: 16 * 1024, maxParameters: 100 };

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;

interface Frame {
  array: boolean;
  count: number;
  /** The key being read or last read (objects), for the path of a problem. */
  key: string;
  expectingKey: boolean;
}

/** Where the scan is; an array that breaks the item limit is named itself, not its last item. */
function pathOf(stack: Frame[], ofArray = false): string {
  let path = '';
  for (const [i, frame] of stack.entries()) {
    if (frame.array) path += ofArray && i === stack.length - 1 ? '' : `[${Math.max(frame.count - 1, 0)}]`;
    else if (frame.key) path += path ? `.${frame.key}` : frame.key;
  }
  return path;
}

/**
 * The first limit the JSON text breaks, as a violation naming where; undefined when it keeps
 * them all. One pass, no allocation per character: the text need not be valid JSON (the parser
 * that follows reports syntax errors); only its structure is measured.
 */
export function jsonLimitViolation(text: Buffer | string, limits: BodyLimits): SchemaViolation | undefined {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const stack: Frame[] = [];
  const at = (reason: string, keyword: string): SchemaViolation => {
    const path = pathOf(stack, keyword === 'maxItems');
    return { kind: 'invalid', keyword, path: path === '' || path.startsWith('[') ? `body${path}` : path, reason };
  };
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === QUOTE) {
      const start = i + 1;
      let length = 0;
      for (i = start; i < bytes.length && bytes[i] !== QUOTE; i++) {
        if (bytes[i] === BACKSLASH) i++;
        // UTF-8 continuation bytes do not start a character.
        if ((bytes[i] & 0xc0) !== 0x80) length++;
        if (length > limits.maxStringLength) return at(`is longer than ${limits.maxStringLength} characters, the simulator's limit for any string`, 'maxLength');
      }
      const top = stack[stack.length - 1];
      if (top && !top.array && top.expectingKey) {
        top.key = length <= 64 ? bytes.toString('utf8', start, i) : `${bytes.toString('utf8', start, start + 64)}…`;
        top.expectingKey = false;
      }
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      const parent = stack[stack.length - 1];
      if (parent?.array && parent.count === 0) parent.count = 1;
      if (stack.length >= limits.maxDepth) return at(`nests deeper than ${limits.maxDepth} levels, the simulator's limit`, 'maxDepth');
      stack.push({ array: c === OPEN_ARRAY, count: 0, key: '', expectingKey: c === OPEN_OBJECT });
      continue;
    }
    if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      stack.pop();
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) continue;
    if (c === COMMA) {
      if (top.array) {
        top.count = Math.max(top.count, 1) + 1;
        if (top.count > limits.maxArrayItems) return at(`has more than ${limits.maxArrayItems} items, the simulator's limit for any array`, 'maxItems');
      } else {
        top.count++;
        top.expectingKey = true;
        if (top.count >= limits.maxProperties) return at(`has more than ${limits.maxProperties} fields, the simulator's limit for any object`, 'maxProperties');
      }
    } else if (top.array && top.count === 0 && c > 0x20) {
      top.count = 1;
    } else if (c === COLON) {
      top.expectingKey = false;
    }
  }
  return undefined;
}

/** The Adobe error for a body over its byte limit. */
export function bodyTooLarge(limits: BodyLimits): AdobeError {
  return errors.payloadTooLarge([], `Request body exceeds the ${Math.round(limits.maxBytes / 1024 / 1024)} MB limit`);
}
