// The control plane without HTTP: seeding state, the customer's Admin Console, the welcome-email
// outbox, the customer's answer to 3YC requests, and faults. Each operation is one transaction;
// a body is validated against contracts/sandbox.yaml before anything changes.
import { randomUUID } from 'node:crypto';
import { addConsoleAdmin, removeConsoleAdmin } from '../domain/admin-console.js';
import { customerAt, PENDING } from '../domain/customer.js';
import { errors } from '../domain/errors.js';
import { faultMatches, newFault, type Fault, type FaultInput } from '../domain/faults.js';
import { schemaError } from '../domain/schema-violations.js';
import { normalizeCustomer, type StateDocument } from '../domain/state.js';
import { acceptRequest, declineRequest, fulfilRequest } from '../domain/three-year-commit.js';
import type { Customer, MinimumQuantity, Reseller } from '../domain/types.js';
import type { Contract } from '../contract/contract.js';
import type { Store, Tx } from '../store/store.js';
import { saveCustomer } from './account-index.js';
import { ensureGroupOf } from './sandbox-lga.js';
import { withGroup } from './linked-membership-groups.js';
import { simulatedNow } from './pipeline.js';
import type { SimulatorSettings } from './config.js';

export interface ControlResult {
  status: number;
  body: unknown;
}

const ok = (body: unknown, status = 200): ControlResult => ({ status, body });

type CustomerInput = Partial<Customer> & { marketSubSegments?: string[] };

export class Sandbox {
  /**
   * Known to hold no armed fault: then requests skip the fault lookup. Only this Sandbox arms
   * faults in a store of its own; a shared store (a fleet) is asked every time.
   */
  private noFaultsArmed = false;

  constructor(
    private readonly store: Store,
    private readonly contract: Contract,
    private readonly settings: SimulatorSettings,
    private readonly realNow: () => number,
  ) {}

  /** The body, checked against a schema of contracts/sandbox.yaml (1122/1121/1117 otherwise). */
  valid<T>(schema: string, body: unknown): T {
    if (body === undefined) throw errors.missingFields([], 'Request is missing required fields: send a JSON body');
    const result = this.contract.validate<T>(schema, body);
    if (result.violations.length) throw schemaError(result.violations);
    return result.value!;
  }

  /** One transaction at the simulated now (the other control-plane parts run their work through it too). */
  async work<T>(fn: (tx: Tx, now: Date) => Promise<T>): Promise<T> {
    const realNow = this.realNow();
    return this.store.transaction(async (tx) => fn(tx, await simulatedNow(tx, realNow)));
  }

  /** The customer as it is now, with its group's level; 404/1116 when there is none. */
  async customer(tx: Tx, customerId: string, now: Date): Promise<Customer> {
    const stored = await tx.get('customers', customerId);
    if (!stored) throw errors.invalidCustomer([customerId], `Invalid Customer: ${customerId}`);
    return withGroup(tx, customerAt(stored, now, this.settings), now, this.settings);
  }

  private async reseller(tx: Tx, resellerId: string, field = 'resellerId'): Promise<Reseller> {
    const reseller = await tx.get('resellers', resellerId);
    if (!reseller) throw errors.invalidReseller([field], `Invalid Reseller: ${resellerId}`);
    return reseller;
  }

  async listResellers(): Promise<ControlResult> {
    return this.work(async (tx) => ok(await tx.list('resellers')));
  }

  async putReseller(resellerId: string, body: unknown): Promise<ControlResult> {
    assertId(resellerId, 'resellerId');
    const seed = this.valid<Partial<Reseller> & { distributorId: string }>('ResellerSeed', body);
    return this.work(async (tx) => {
      if (!await tx.get('distributors', seed.distributorId)) {
        throw errors.invalidFields(['distributorId'], `Some fields are invalid: distributorId ${seed.distributorId} is not a distributor of the state`);
      }
      const reseller: Reseller = {
        resellerId, distributorId: seed.distributorId, companyName: seed.companyName ?? `Reseller ${resellerId}`,
        status: seed.status ?? '1000', marketSegments: seed.marketSegments ?? ['COM'],
      };
      await tx.put('resellers', resellerId, reseller);
      return ok(reseller);
    });
  }

  async patchReseller(resellerId: string, body: unknown): Promise<ControlResult> {
    const patch = this.valid<Partial<Reseller>>('ResellerPatch', body);
    return this.work(async (tx) => {
      const reseller = { ...await this.reseller(tx, resellerId, resellerId), ...patch };
      await tx.put('resellers', resellerId, reseller);
      return ok(reseller);
    });
  }

  async getCustomer(customerId: string): Promise<ControlResult> {
    return this.work(async (tx, now) => ok(await this.customer(tx, customerId, now)));
  }

  async putCustomer(customerId: string, body: unknown): Promise<ControlResult> {
    assertId(customerId, 'customerId');
    const seed = this.valid<CustomerInput & Pick<Customer, 'resellerId' | 'companyProfile'>>('CustomerSeed', body);
    return this.work(async (tx, now) => {
      await this.reseller(tx, seed.resellerId);
      const customer = await saveCustomer(tx, normalizeCustomer({ ...seed, customerId }, now));
      await ensureGroupOf(tx, customer);
      return ok(customer);
    });
  }

  async patchCustomer(customerId: string, body: unknown): Promise<ControlResult> {
    const { marketSubSegments, ...patch } = this.valid<CustomerInput>('CustomerPatch', body);
    return this.work(async (tx, now) => {
      const current = await this.customer(tx, customerId, now);
      if (patch.resellerId) await this.reseller(tx, patch.resellerId);
      let customer: Customer = { ...current, ...patch };
      if (marketSubSegments) customer = { ...customer, companyProfile: { ...customer.companyProfile, marketSubSegments } };
      if (patch.status && patch.status !== PENDING && patch.activatesAt === undefined) customer = { ...customer, activatesAt: null };
      return ok(await saveCustomer(tx, normalizeCustomer(customer, now)));
    });
  }

  async listAdmins(customerId: string): Promise<ControlResult> {
    return this.work(async (tx, now) => ok((await this.customer(tx, customerId, now)).admins));
  }

  async addAdmin(customerId: string, body: unknown): Promise<ControlResult> {
    const person = this.valid<{ email: string; firstName: string; lastName: string }>('AdminInput', body);
    return this.work(async (tx, now) => {
      const customer = await saveCustomer(tx, addConsoleAdmin(await this.customer(tx, customerId, now), person, now));
      return ok(customer.admins, 201);
    });
  }

  async removeAdmin(customerId: string, email: string): Promise<ControlResult> {
    return this.work(async (tx, now) => {
      const customer = removeConsoleAdmin(await this.customer(tx, customerId, now), email);
      await saveCustomer(tx, customer);
      return ok(customer.admins);
    });
  }

  async answerThreeYearCommit(customerId: string, answer: string, body: unknown): Promise<ControlResult> {
    const { ownsQuantities = false, orderedQuantities } = body === undefined ? {} : this.valid<{ ownsQuantities?: boolean; orderedQuantities?: MinimumQuantity[] }>('ThreeYearCommitAnswer', body);
    return this.work(async (tx, now) => {
      const customer = await this.customer(tx, customerId, now);
      const answered = answer === 'accept' ? acceptRequest(customer, ownsQuantities, now)
        : answer === 'decline' ? declineRequest(customer)
          : answer === 'fulfil' ? fulfilRequest(customer, now, orderedQuantities)
            : (() => { throw errors.notFound([], `Resource not found: 3YC answers are accept, decline and fulfil, not ${answer}`); })();
      if (!answered) {
        const wanted = answer === 'fulfil' ? 'an ACCEPTED commitment request' : 'a REQUESTED commitment or recommitment request';
        throw errors.invalidFields(['threeYearCommit'], `Some fields are invalid: customer ${customerId} has no ${wanted} to ${answer}`);
      }
      return ok(await saveCustomer(tx, answered));
    });
  }

  async listEmails(query: { customerId?: unknown; to?: unknown }): Promise<ControlResult> {
    return this.work(async (tx) => {
      const to = typeof query.to === 'string' ? query.to.toLowerCase() : undefined;
      const emails = (await tx.list('emails'))
        .filter((e) => (query.customerId === undefined || e.customerId === query.customerId) && (to === undefined || e.to.toLowerCase() === to))
        .sort((a, b) => Number(a.emailId) - Number(b.emailId));
      return ok(emails);
    });
  }

  async clearEmails(): Promise<ControlResult> {
    return this.clear('emails');
  }

  private clear(kind: 'emails' | 'faults'): Promise<ControlResult> {
    return this.work(async (tx) => {
      const all = await tx.list(kind);
      for (const record of all) await tx.delete(kind, kind === 'emails' ? (record as { emailId: string }).emailId : (record as Fault).id);
      return ok({ cleared: all.length });
    });
  }

  async listFaults(): Promise<ControlResult> {
    return this.work(async (tx) => ok(sortFaults(await tx.list('faults'))));
  }

  async armFault(body: unknown): Promise<ControlResult> {
    const input = this.valid<FaultInput>('FaultInput', body);
    if (input.action === 'delay' && input.delayMs === undefined) throw errors.missingFields(['delayMs'], 'Request is missing required fields: a delay fault needs delayMs');
    return this.work(async (tx, now) => {
      const fault = newFault(input, now, randomUUID());
      await tx.put('faults', fault.id, fault);
      this.noFaultsArmed = false;
      return ok(fault, 201);
    });
  }

  async clearFaults(): Promise<ControlResult> {
    return this.clear('faults');
  }

  async deleteFault(id: string): Promise<ControlResult> {
    return this.work(async (tx) => {
      if (!await tx.get('faults', id)) throw errors.notFound([id], `Resource not found: no armed fault ${id}`);
      await tx.delete('faults', id);
      return ok({ cleared: 1 });
    });
  }

  /** The first armed fault this request meets, counted as used; undefined when none. */
  async takeFault(method: string, path: string): Promise<Fault | undefined> {
    if (this.noFaultsArmed) return undefined;
    return this.work(async (tx) => {
      const faults = await tx.list('faults');
      if (!faults.length && !this.store.shared) this.noFaultsArmed = true;
      const fault = sortFaults(faults).find((f) => faultMatches(f, method, path));
      if (!fault) return undefined;
      const remaining = fault.remaining - 1;
      if (remaining > 0) await tx.put('faults', fault.id, { ...fault, remaining });
      else await tx.delete('faults', fault.id);
      return fault;
    });
  }
}

/** Oldest first; faults armed in the same millisecond keep the order they were armed in. */
/** Adobe's id rule for customers and resellers. */
const ID = /^[\p{L}\d-]{4,40}$/u;

function assertId(id: string, field: string): void {
  if (!ID.test(id)) throw errors.invalidFields([field], `Some fields are invalid: ${field} "${id}" must be 4 to 40 letters, digits or hyphens`);
}

const sortFaults = (faults: Fault[]) => [...faults].sort((a, b) => a.createdAt.localeCompare(b.createdAt));

export function counts(doc: StateDocument) {
  return { distributors: doc.distributors.length, resellers: doc.resellers.length, customers: doc.customers.length, emails: doc.emails?.length ?? 0 };
}
