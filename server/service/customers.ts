// The customer operations of the simulated API: load what the rules need from the store,
// apply the domain rules, and write the result. The pipeline around them does auth,
// headers and idempotency.
import { personKey } from '../domain/contacts.js';
import { customerAt, customerView, type LifecycleSettings } from '../domain/customer.js';
import { createCustomer } from '../domain/customer-create.js';
import { listCustomers } from '../domain/customer-list.js';
import { updateCustomer } from '../domain/customer-update.js';
import { errors } from '../domain/errors.js';
import type { CreateCustomerRequest, ListCustomersQuery, UpdateCustomerRequest } from '../domain/requests.js';
import { API_BODY_LIMITS } from '../domain/limits.js';
import { schemaError } from '../domain/schema-violations.js';
import { normalizeDistributor } from '../domain/state.js';
import type { Contact, Customer, Reseller, Sequences, WelcomeEmail } from '../domain/types.js';
import type { Contract } from '../contract/contract.js';
import { SINGLETON, type Tx } from '../store/store.js';
import { customersWithAccount, saveCustomer } from './account-index.js';
import type { CallContext, Operation } from './pipeline.js';
import type { SimulatorSettings } from './config.js';
import { readJson } from './json-body.js';
import { freeGroupId, groupOperations, withGroup } from './linked-membership-groups.js';

/** The reseller, if it exists and belongs to the caller's distributor. */
async function resellerOf(tx: Tx, resellerId: string, distributorId: string): Promise<Reseller | undefined> {
  const reseller = await tx.get('resellers', resellerId);
  return reseller?.distributorId === distributorId ? reseller : undefined;
}

/** The customer as it is now, if it exists and belongs to the caller's distributor (404/1116 otherwise). */
export async function visibleCustomer(ctx: CallContext, customerId: string, settings: LifecycleSettings): Promise<{ customer: Customer; reseller: Reseller }> {
  const stored = await ctx.tx.get('customers', customerId);
  const reseller = stored && await resellerOf(ctx.tx, stored.resellerId, ctx.client.distributorId);
  if (!stored || !reseller) throw errors.invalidCustomer([customerId], `Invalid Customer: ${customerId}`);
  return { customer: await withGroup(ctx.tx, customerAt(stored, ctx.now, settings), ctx.now, settings), reseller };
}

function parseJsonBody(ctx: CallContext): unknown {
  const body = readJson(ctx.call.body, API_BODY_LIMITS);
  if (body === undefined) throw errors.missingFields([], 'Request is missing required fields: the request body is empty');
  return body;
}

function validBody<T>(contract: Contract, operationId: string, ctx: CallContext): T {
  const result = contract.validateBody<T>(operationId, parseJsonBody(ctx));
  if (result.violations.length) throw schemaError(result.violations);
  return result.value!;
}

async function sequencesOf(tx: Tx): Promise<Sequences> {
  return (await tx.get('sequences', SINGLETON))!;
}

/** The sequences with the next customer id moved past any id already taken (state may be imported). */
async function freeCustomerId(tx: Tx, sequences: Sequences): Promise<Sequences> {
  let next = sequences.customer;
  while (await tx.get('customers', String(next))) next++;
  return { ...sequences, customer: next };
}

/**
 * Saves the customer (its contacts take the names that persist: see saveCustomer) and answers it
 * as Adobe's synchronous response does, with the contacts' names as the request sent them.
 */
async function saveAndEcho(tx: Tx, customer: Customer, sent: Contact[], emails: WelcomeEmail[], sequences: Sequences) {
  const saved = await saveCustomer(tx, customer);
  const names = new Map(saved.companyProfile.contacts.map((c) => [personKey(c.email), c]));
  for (const email of emails) {
    const person = names.get(personKey(email.to));
    await tx.put('emails', email.emailId, person ? { ...email, firstName: person.firstName, lastName: person.lastName } : email);
  }
  await tx.put('sequences', SINGLETON, sequences);
  return customerView({ ...saved, companyProfile: { ...saved.companyProfile, contacts: sent } });
}

export function customerOperations(contract: Contract, settings: SimulatorSettings): Record<string, Operation> {
  return {
    ...groupOperations(contract, settings, (ctx, id) => visibleCustomer(ctx, id, settings)),
    async createCustomer(ctx) {
      const request = validBody<CreateCustomerRequest>(contract, 'createCustomer', ctx);
      const distributorId = ctx.client.distributorId;
      const resellers = new Set((await ctx.tx.list('resellers')).filter((r) => r.distributorId === distributorId).map((r) => r.resellerId));
      const created = createCustomer(request, {
        reseller: await resellerOf(ctx.tx, request.resellerId, distributorId),
        distributor: await ctx.tx.get('distributors', distributorId),
        sameAccount: await customersWithAccount(ctx.tx, request.companyProfile),
        distributorResellers: resellers,
        now: ctx.now,
        activationDelayMs: settings.activationDelayMs,
        sequences: await freeCustomerId(ctx.tx, await sequencesOf(ctx.tx)),
        email: { requestId: ctx.requestId, correlationId: ctx.correlationId },
      });
      return { status: 201, body: await saveAndEcho(ctx.tx, created.customer, request.companyProfile.contacts, created.emails, created.sequences) };
    },

    async getCustomer(ctx) {
      const { customer } = await visibleCustomer(ctx, ctx.call.params.customerId, settings);
      return { status: 200, body: customerView(customer) };
    },

    async updateCustomer(ctx) {
      const { customer, reseller } = await visibleCustomer(ctx, ctx.call.params.customerId, settings);
      const request = validBody<UpdateCustomerRequest>(contract, 'updateCustomer', ctx);
      const distributor = await ctx.tx.get('distributors', reseller.distributorId)
        ?? normalizeDistributor({ distributorId: reseller.distributorId, name: '' });
      const updated = updateCustomer(customer, request, {
        reseller, distributor, now: ctx.now, sequences: await freeGroupId(ctx.tx, await sequencesOf(ctx.tx)),
        email: { requestId: ctx.requestId, correlationId: ctx.correlationId },
      });
      if (updated.group) await ctx.tx.put('linkedMembershipGroups', updated.group.id, updated.group);
      return { status: 200, body: await saveAndEcho(ctx.tx, updated.customer, request.companyProfile.contacts, updated.emails, updated.sequences) };
    },

    async listCustomers(ctx) {
      const resellerId = ctx.call.params.resellerId;
      if (!await resellerOf(ctx.tx, resellerId, ctx.client.distributorId)) throw errors.invalidReseller([resellerId], `Invalid Reseller: ${resellerId}`);
      const query = contract.validateQuery<Record<string, string | number>>('listCustomers', ctx.call.query);
      if (query.violations.length) throw schemaError(query.violations);
      const q = query.value!;
      const customers = (await ctx.tx.list('customers')).filter((c) => c.resellerId === resellerId).map((c) => customerAt(c, ctx.now, settings));
      const page = listCustomers(customers, {
        customerId: q['customer-id'] as string | undefined, status: String(q.status), fromCreatedDate: q['from-created-date'] as string | undefined,
        toCreatedDate: q['to-created-date'] as string | undefined, companyName: q['company-name'] as string | undefined,
        limit: Number(q.limit), offset: Number(q.offset),
        sortBy: q['sort-by'] as ListCustomersQuery['sortBy'], orderBy: q['order-by'] as ListCustomersQuery['orderBy'],
      });
      return { status: 200, body: page };
    },
  };
}
