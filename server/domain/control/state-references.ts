// A state document (fixtures, PUT /__sandbox/state) is refused when a record names another that
// the document does not hold: a customer of no reseller would load, then answer 404/1116 to
// every call, and a reseller of no distributor could never be reached. The seed operations of
// the control plane refuse the same references with the same codes.
import { errorFor, errors, type Problem } from '../protocol/errors.js';
import type { StateDocument } from './state.js';

const missing = (kind: string, id: string): string => `${JSON.stringify(id)} names no ${kind} of the document`;

/** Throws 404/1115 for a customer of no reseller, 400/1117 for a reseller of no distributor. */
export function assertReferencesResolve(doc: StateDocument): void {
  const distributors = new Set(doc.distributors.map((d) => d.distributorId));
  const resellers = new Set(doc.resellers.map((r) => r.resellerId));
  const orphanResellers: Problem[] = doc.resellers.flatMap((r, i) =>
    (distributors.has(r.distributorId) ? [] : [{ path: `resellers[${i}].distributorId`, reason: missing('distributor', r.distributorId) }]));
  if (orphanResellers.length) throw errorFor(errors.invalidFields, orphanResellers);
  const orphanCustomers: Problem[] = doc.customers.flatMap((c, i) =>
    (resellers.has(c.resellerId) ? [] : [{ path: `customers[${i}].resellerId`, reason: missing('reseller', c.resellerId) }]));
  if (orphanCustomers.length) throw errorFor(errors.invalidReseller, orphanCustomers);
}
