// Adobe's id rule for customers and resellers the control plane seeds.
import { errors } from '../protocol/errors.js';

const ID = /^[\p{L}\d-]{4,40}$/u;

export function assertId(id: string, field: string): void {
  if (!ID.test(id)) throw errors.invalidFields([field], `Some fields are invalid: ${field} "${id}" must be 4 to 40 letters, digits or hyphens`);
}
