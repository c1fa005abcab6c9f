// The customer operations of the simulated API: load what the rules need from the store,
// apply the domain rules, and write the result. The pipeline around them does auth,
// headers and idempotency.
import { personKey } from '../domain/customers/contacts.js';
import { customerAt, customerView } from '../domain/customers/customer.js';
import { createCustomer } from '../domain/customers/customer-create.js';
import { listCustomers } from '../domain/customers/customer-list.js';
import { updateCustomer } from '../domain/customers/customer-update.js';
import type { Contact, Customer, Sequences, WelcomeEmail } from '../domain/types.js';
import { listBy, SINGLETON, type Tx } from '../store/store.js';
import { customersWithAccount, saveCustomer } from './account-index.js';
import type { SimulatorSettings } from '../settings.js';
import { freeGroupId } from './linked-membership-groups.js';
import type { PartnerHandlers } from './call-context.js';

export async function sequencesOf(tx: Tx): Promise<Sequences> {
  return (await tx.get('sequences', SINGLETON))!;
}

/** The sequences with the next customer id moved past any id already taken (state may be imported). */
export async function freeCustomerId(tx: Tx, sequences: Sequences): Promise<Sequences> {
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

export function customerHandlers(settings: SimulatorSettings): PartnerHandlers<'createCustomer' | 'getCustomer' | 'updateCustomer' | 'listCustomers'> {
  return {
    async createCustomer(ctx) {
      const request = ctx.input.body();
      const sameAccount = await customersWithAccount(ctx.tx, request.companyProfile);
      const created = createCustomer(request, {
        reseller: await ctx.scope.reseller(request.resellerId),
        distributor: await ctx.tx.get('distributors', ctx.scope.distributorId),
        sameAccount,
        distributorResellers: await ctx.scope.ownResellerIds(sameAccount.map((c) => c.resellerId)),
        now: ctx.now,
        activationDelayMs: settings.activationDelayMs,
        sequences: await freeCustomerId(ctx.tx, await sequencesOf(ctx.tx)),
        email: { requestId: ctx.requestId, correlationId: ctx.correlationId },
      });
      return saveAndEcho(ctx.tx, created.customer, request.companyProfile.contacts, created.emails, created.sequences);
    },

    async getCustomer(ctx) {
      return customerView((await ctx.scope.customer(ctx.input.path['customer-id'])).customer);
    },

    async updateCustomer(ctx) {
      const { customer, reseller } = await ctx.scope.customer(ctx.input.path['customer-id']);
      const request = ctx.input.body();
      const sequences = await sequencesOf(ctx.tx);
      const updated = updateCustomer(customer, request, {
        // Only a linked membership in the request can create a group: only then is a free group id looked for.
        reseller, distributor: await ctx.scope.distributor(), now: ctx.now, sequences: request.linkedMembership ? await freeGroupId(ctx.tx, sequences) : sequences,
        email: { requestId: ctx.requestId, correlationId: ctx.correlationId },
      });
      if (updated.group) await ctx.tx.put('linkedMembershipGroups', updated.group.id, updated.group);
      return saveAndEcho(ctx.tx, updated.customer, request.companyProfile.contacts, updated.emails, updated.sequences);
    },

    async listCustomers(ctx) {
      const resellerId = ctx.input.path['reseller-id'];
      await ctx.scope.resellerOrFail(resellerId);
      const q = ctx.input.query();
      const customers = (await listBy(ctx.tx, 'customers', 'resellerId', resellerId)).map((c) => customerAt(c, ctx.now, settings));
      return listCustomers(customers, {
        customerId: q['customer-id'], status: q.status, fromCreatedDate: q['from-created-date'], toCreatedDate: q['to-created-date'],
        companyName: q['company-name'], limit: q.limit, offset: q.offset, sortBy: q['sort-by'], orderBy: q['order-by'],
      });
    },
  };
}
