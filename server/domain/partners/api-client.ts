// API clients as the control plane issues them: one client id (the X-Api-Key) belongs to one
// distributor; giving it again to the same distributor only changes its secret.
import { errors } from '../protocol/errors.js';
import type { ApiClient } from '../types.js';

export function issuedClient(existing: ApiClient | undefined, client: ApiClient): ApiClient {
  if (existing && existing.distributorId !== client.distributorId) {
    throw errors.invalidFields(['clientId'], `Some fields are invalid: client ${client.clientId} belongs to another distributor`);
  }
  return client;
}
