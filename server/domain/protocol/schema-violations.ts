// Which Adobe error a request that breaks the contract's schemas gets: missing required fields
// 1122, unexpected fields 1121, an externalReferenceId over 35 characters 2126, anything else 1117.
import { errorFor, errors, type AdobeError, type Problem } from './errors.js';

export interface SchemaViolation extends Problem {
  kind: 'missing' | 'unexpected' | 'invalid';
  keyword: string;
}

export function schemaError(violations: SchemaViolation[]): AdobeError {
  const of = (kind: SchemaViolation['kind']) => violations.filter((v) => v.kind === kind);
  if (of('missing').length) return errorFor(errors.missingFields, of('missing'));
  if (of('unexpected').length) return errorFor(errors.unexpectedFields, of('unexpected'));
  const invalid = of('invalid');
  if (invalid.length && invalid.every((v) => v.path === 'externalReferenceId' && v.keyword === 'maxLength')) {
    return errors.externalReferenceTooLong(['externalReferenceId'], 'externalReferenceId exceeds maximum character limit of 35');
  }
  return errorFor(errors.invalidFields, invalid);
}
