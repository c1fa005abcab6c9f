// The control plane of the LGA flow: distributors' LGA enablement, and what owners and members of
// linked membership groups do in Admin Console (accept the terms, issue an authorization code,
// join with it), a group's details as the sandbox portal shows them, and licences a customer adds
// in Admin Console (open acquisitions).
import { randomBytes } from 'node:crypto';
import { issuedClient } from '../domain/partners/api-client.js';
import { errors } from '../domain/protocol/errors.js';
import { lgaErrors } from '../domain/commitments/lga-errors.js';
import { answerTerms, groupForCode, issueCode, joinGroup, refreshNow } from '../domain/commitments/linked-membership-groups.js';
import { addOpenAcquisition } from '../domain/commitments/open-acquisitions.js';
import { normalizeDistributor } from '../domain/control/state.js';
import type { Customer, Distributor, LinkedMembershipGroup, OpenAcquisition } from '../domain/types.js';
import type { Tx } from '../store/store.js';
import { saveCustomer } from '../partner-api/account-index.js';
import type { SimulatorSettings } from '../settings.js';
import { participantsOf, settledGroup } from '../partner-api/linked-membership-groups.js';
import type { AuthorizationCode, OpenAcquisitionInput } from './control-plane.js';
import type { StateOperations } from './state-operations.js';
const newCode = () => randomBytes(6).toString('hex').toUpperCase();

export class LgaOperations {
  constructor(
    private readonly state: StateOperations,
    private readonly settings: SimulatorSettings,
  ) {}

  private async group(tx: Tx, id: string, now: Date): Promise<LinkedMembershipGroup> {
    const stored = await tx.get('linkedMembershipGroups', id);
    if (!stored) throw lgaErrors.groupNotFound();
    return settledGroup(tx, stored, now, this.settings);
  }

  distributors(): Promise<Distributor[]> {
    return this.state.work(async (tx) => (await tx.list('distributors')).map(normalizeDistributor));
  }

  updateDistributor(distributorId: string, patch: Partial<Distributor>): Promise<Distributor> {
    return this.state.work(async (tx) => {
      const current = await tx.get('distributors', distributorId);
      if (!current) throw errors.notFound([distributorId], `Resource not found: no distributor ${distributorId}`);
      const distributor = normalizeDistributor({ ...current, ...patch });
      await tx.put('distributors', distributorId, distributor);
      return distributor;
    });
  }

  /** Gives the distributor an API client, or a new secret to one it has; answers it without the secret. */
  putApiClient(distributorId: string, clientId: string, clientSecret: string): Promise<{ clientId: string; distributorId: string }> {
    return this.state.work(async (tx) => {
      if (!await tx.get('distributors', distributorId)) throw errors.notFound([distributorId], `Resource not found: no distributor ${distributorId}`);
      await tx.put('clients', clientId, issuedClient(await tx.get('clients', clientId), { clientId, clientSecret, distributorId }));
      return { clientId, distributorId };
    });
  }

  linkedMembershipGroup(id: string): Promise<LinkedMembershipGroup> {
    return this.state.work((tx, now) => this.group(tx, id, now));
  }

  answerLinkedMembershipTerms(id: string, status: 'ACCEPTED' | 'REJECTED'): Promise<LinkedMembershipGroup> {
    return this.state.work(async (tx, now) => {
      const group = answerTerms(await this.group(tx, id, now), status);
      await tx.put('linkedMembershipGroups', id, group);
      return group;
    });
  }

  issueLinkedMembershipCode(id: string): Promise<AuthorizationCode> {
    return this.state.work(async (tx, now) => {
      const group = issueCode(await this.group(tx, id, now), newCode(), now);
      await tx.put('linkedMembershipGroups', id, group);
      return { linkedMembershipId: id, ...group.authorizationCodes[group.authorizationCodes.length - 1] };
    });
  }

  refreshLinkedMembershipLevel(id: string): Promise<LinkedMembershipGroup> {
    return this.state.work(async (tx, now) => {
      const current = await this.group(tx, id, now);
      const group = refreshNow(current, await participantsOf(tx, current, now, this.settings), now);
      await tx.put('linkedMembershipGroups', id, group);
      return group;
    });
  }

  joinLinkedMembership(customerId: string, authorizationCode: string): Promise<Customer> {
    return this.state.work(async (tx, now) => {
      const customer = await this.state.customerIn(tx, customerId, now);
      const found = groupForCode(await tx.list('linkedMembershipGroups'), authorizationCode, now);
      if (!found) throw errors.invalidFields(['authorizationCode'], 'Some fields are invalid: authorizationCode is unknown or expired (codes are valid 72 hours)');
      const joined = joinGroup(customer, await settledGroup(tx, found, now, this.settings), { lgaOnly: false }, now);
      await tx.put('linkedMembershipGroups', joined.group.id, joined.group);
      await saveCustomer(tx, joined.customer);
      return joined.customer;
    });
  }

  addOpenAcquisition(customerId: string, licences: OpenAcquisitionInput): Promise<OpenAcquisition[]> {
    return this.state.work(async (tx, now) => {
      const customer = addOpenAcquisition(await this.state.customerIn(tx, customerId, now), licences, now, `PO${now.getTime()}${randomBytes(2).readUInt16BE()}`);
      await saveCustomer(tx, customer);
      return customer.openAcquisitions;
    });
  }
}
