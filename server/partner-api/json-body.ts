// Request bodies as JSON: measured against the limits before they are parsed, so an oversized,
// deeply nested or endlessly repeated body is refused in time proportional to its size.
import { errors } from '../domain/protocol/errors.js';
import { jsonLimitViolation, type BodyLimits } from '../domain/protocol/limits.js';
import { schemaError } from '../domain/protocol/schema-violations.js';

/** The parsed body; undefined when none (or only whitespace) was sent. Throws Adobe's 1117 otherwise. */
export function readJson(raw: Buffer | undefined, limits: BodyLimits): unknown {
  if (!raw || raw.length === 0) return undefined;
  const violation = jsonLimitViolation(raw, limits);
  if (violation) throw schemaError([violation]);
  const text = raw.toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw errors.invalidFields(['body'], `Some fields are invalid: the body is not valid JSON (${(error as Error).message.slice(0, 200)})`);
  }
}
