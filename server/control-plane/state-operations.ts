// The control plane's operations on the state, without HTTP: resellers, customers as the
// simulator keeps them, the customer's Admin Console, its answers to 3YC requests, the
// welcome-email outbox and faults. Input arrives valid for its contracts/sandbox.yaml operation
// (the HTTP router and the in-process control plane check it); each operation is one
// transaction and answers domain values or throws an AdobeError.
import { resellerAt } from '../domain/partners/reseller-account.js';
import { randomUUID } from 'node:crypto';
import { addConsoleAdmin, removeConsoleAdmin } from '../domain/customers/admin-console.js';
import { customerAt, editedCustomer } from '../domain/customers/customer.js';
import { errors } from '../domain/protocol/errors.js';
import { newFault, sortFaults, type Fault, type FaultInput } from '../domain/control/faults.js';
import { assertId } from '../domain/control/ids.js';
import { afterResellerId, normalizeReseller } from '../domain/partners/reseller.js';
import { normalizeCustomer } from '../domain/control/state.js';
import { acceptRequest, declineRequest, fulfilRequest } from '../domain/commitments/three-year-commit.js';
import type { ConsoleAdmin, Customer, Reseller, WelcomeEmail } from '../domain/types.js';
import { SINGLETON, type Store, type Tx } from '../store/store.js';
import { saveCustomer } from '../partner-api/account-index.js';
import type { ArmedFaults } from '../partner-api/armed-faults.js';
import type { SimulatorSettings } from '../settings.js';
import { settledHoldings } from '../partner-api/holdings.js';
import { ensureGroupOf, withGroup } from '../partner-api/linked-membership-groups.js';
import { simulatedNow } from '../store/simulated-now.js';
import type { AdminInput, CustomerPatch, CustomerSeed, EmailFilter, ResellerSeed, ThreeYearCommitAnswer } from './control-plane.js';

export class StateOperations {
  constructor(
    private readonly store: Store,
    private readonly settings: SimulatorSettings,
    private readonly realNow: () => number,
    private readonly armed: ArmedFaults,
  ) {}

  /** One transaction at the simulated now (the other control-plane parts run their work through it too). */
  async work<T>(fn: (tx: Tx, now: Date) => Promise<T>): Promise<T> {
    const realNow = this.realNow();
    return this.store.transaction(async (tx) => fn(tx, await simulatedNow(tx, realNow)));
  }

  /** The customer as it is now (its orders settled), with its group's level; 404/1116 when there is none. */
  async customerIn(tx: Tx, customerId: string, now: Date): Promise<Customer> {
    const stored = await tx.get('customers', customerId);
    if (!stored) throw errors.invalidCustomer([customerId], `Invalid Customer: ${customerId}`);
    const { customer } = await settledHoldings(tx, customerAt(stored, now, this.settings), await tx.get('resellers', stored.resellerId), now);
    return withGroup(tx, customer, now, this.settings);
  }

  private async resellerIn(tx: Tx, resellerId: string, field = 'resellerId'): Promise<Reseller> {
    const reseller = await tx.get('resellers', resellerId);
    if (!reseller) throw errors.invalidReseller([field], `Invalid Reseller: ${resellerId}`);
    return reseller;
  }

  /** Every reseller as it is now: a pending one whose activation time has come reads active. */
  private async settledResellers(tx: Tx, now: Date): Promise<Reseller[]> {
    return (await tx.list('resellers')).map((r) => resellerAt(r, now));
  }

  private async distributorExists(tx: Tx, distributorId: string): Promise<void> {
    if (!await tx.get('distributors', distributorId)) {
      throw errors.invalidFields(['distributorId'], `Some fields are invalid: distributorId ${distributorId} is not a distributor of the state`);
    }
  }

  resellers(): Promise<Reseller[]> {
    return this.work((tx, now) => this.settledResellers(tx, now));
  }

  seedReseller(resellerId: string, seed: ResellerSeed): Promise<Reseller> {
    assertId(resellerId, 'resellerId');
    return this.work(async (tx) => {
      await this.distributorExists(tx, seed.distributorId);
      const reseller = normalizeReseller({ ...seed, resellerId });
      await tx.put('resellers', resellerId, reseller);
      // The partner API gives ids above every one taken, seeded ones included.
      const sequences = await tx.get('sequences', SINGLETON);
      const next = afterResellerId(sequences?.reseller, resellerId);
      if (sequences && next !== sequences.reseller) await tx.put('sequences', SINGLETON, { ...sequences, reseller: next });
      return reseller;
    });
  }

  updateReseller(resellerId: string, patch: Partial<Reseller>): Promise<Reseller> {
    return this.work(async (tx) => {
      if (patch.distributorId) await this.distributorExists(tx, patch.distributorId);
      const reseller = { ...await this.resellerIn(tx, resellerId, resellerId), ...patch };
      await tx.put('resellers', resellerId, reseller);
      return reseller;
    });
  }

  customer(customerId: string): Promise<Customer> {
    return this.work((tx, now) => this.customerIn(tx, customerId, now));
  }

  seedCustomer(customerId: string, seed: CustomerSeed): Promise<Customer> {
    assertId(customerId, 'customerId');
    return this.work(async (tx, now) => {
      await this.resellerIn(tx, seed.resellerId);
      const customer = await saveCustomer(tx, normalizeCustomer({ ...seed, customerId } as Customer, now));
      await ensureGroupOf(tx, customer);
      return customer;
    });
  }

  /** Answers the customer as saved (saving settles contact names: see saveCustomer). */
  updateCustomer(customerId: string, input: CustomerPatch): Promise<Customer> {
    const { marketSubSegments, ...patch } = input;
    return this.work(async (tx, now) => {
      const current = await this.customerIn(tx, customerId, now);
      if (patch.resellerId) await this.resellerIn(tx, patch.resellerId);
      return saveCustomer(tx, normalizeCustomer(editedCustomer(current, patch as Partial<Customer>, marketSubSegments), now));
    });
  }

  admins(customerId: string): Promise<ConsoleAdmin[]> {
    return this.work(async (tx, now) => (await this.customerIn(tx, customerId, now)).admins);
  }

  addConsoleAdmin(customerId: string, person: AdminInput): Promise<ConsoleAdmin[]> {
    return this.work(async (tx, now) => (await saveCustomer(tx, addConsoleAdmin(await this.customerIn(tx, customerId, now), person, now))).admins);
  }

  removeConsoleAdmin(customerId: string, email: string): Promise<ConsoleAdmin[]> {
    return this.work(async (tx, now) => (await saveCustomer(tx, removeConsoleAdmin(await this.customerIn(tx, customerId, now), email))).admins);
  }

  answerThreeYearCommit(customerId: string, answer: string, options: ThreeYearCommitAnswer = {}): Promise<Customer> {
    const { ownsQuantities = false, orderedQuantities } = options;
    return this.work(async (tx, now) => {
      const customer = await this.customerIn(tx, customerId, now);
      const answered = answer === 'accept' ? acceptRequest(customer, ownsQuantities, now)
        : answer === 'decline' ? declineRequest(customer)
          : answer === 'fulfil' ? fulfilRequest(customer, now, orderedQuantities)
            : (() => { throw errors.notFound([], `Resource not found: 3YC answers are accept, decline and fulfil, not ${answer}`); })();
      if (!answered) {
        const wanted = answer === 'fulfil' ? 'an ACCEPTED commitment request' : 'a REQUESTED commitment or recommitment request';
        throw errors.invalidFields(['threeYearCommit'], `Some fields are invalid: customer ${customerId} has no ${wanted} to ${answer}`);
      }
      return saveCustomer(tx, answered);
    });
  }

  emails(filter: EmailFilter = {}): Promise<WelcomeEmail[]> {
    return this.work(async (tx) => {
      const to = filter.to?.toLowerCase();
      return (await tx.list('emails'))
        .filter((e) => (filter.customerId === undefined || e.customerId === filter.customerId) && (to === undefined || e.to.toLowerCase() === to))
        .sort((a, b) => Number(a.emailId) - Number(b.emailId));
    });
  }

  clearEmails(): Promise<number> {
    return this.work(async (tx) => {
      const all = await tx.list('emails');
      for (const email of all) await tx.delete('emails', email.emailId);
      return all.length;
    });
  }

  faults(): Promise<Fault[]> {
    return this.work(async (tx) => sortFaults(await tx.list('faults')));
  }

  armFault(input: FaultInput): Promise<Fault> {
    if (input.action === 'delay' && input.delayMs === undefined) throw errors.missingFields(['delayMs'], 'Request is missing required fields: a delay fault needs delayMs');
    return this.work(async (tx, now) => {
      const fault = newFault(input, now, randomUUID());
      await tx.put('faults', fault.id, fault);
      this.armed.noteArmed();
      return fault;
    });
  }

  deleteFault(faultId: string): Promise<number> {
    return this.work(async (tx) => {
      if (!await tx.get('faults', faultId)) throw errors.notFound([faultId], `Resource not found: no armed fault ${faultId}`);
      await tx.delete('faults', faultId);
      return 1;
    });
  }

  clearFaults(): Promise<number> {
    return this.work(async (tx) => {
      const all = await tx.list('faults');
      for (const fault of all) await tx.delete('faults', fault.id);
      return all.length;
    });
  }
}
