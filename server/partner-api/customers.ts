// The customer operations of the simulated API: load what the rules need from the store,
// apply the domain rules, and write the result. The pipeline around them does auth,
// headers and idempotency.
import { personKey } from '../domain/customers/contacts.js';
import { customerAt, customerView } from '../domain/customers/customer.js';
import { createCustomer } from '../domain/customers/customer-create.js';
import { listCustomers } from '../domain/customers/customer-list.js';
import { updateCustomer } from '../domain/customers/customer-update.js';
import type { Contact, Customer, WelcomeEmail } from '../domain/types.js';
import { listBy, type Tx } from '../store/store.js';
import { customersWithAccount, saveCustomer } from './account-index.js';
import { groupIdTaken } from './linked-membership-groups.js';
import { withNewIds } from './new-ids.js';
import type { SimulatorSettings } from '../settings.js';
import type { PartnerHandlers } from './call-context.js';

/** A customer id is free when no customer holds it (a state may be imported with ids of its own). */
export const customerIdTaken = (tx: Tx) => async (id: string) => !!(await tx.get('customers', id));

/**
 * Saves the customer (its contacts take the names that persist: see saveCustomer) and answers it
 * as Adobe's synchronous response does, with the contacts' names as the request sent them.
 */
async function saveAndEcho(tx: Tx, customer: Customer, sent: Contact[], emails: WelcomeEmail[]) {
  const saved = await saveCustomer(tx, customer);
  const names = new Map(saved.companyProfile.contacts.map((c) => [personKey(c.email), c]));
  for (const email of emails) {
    const person = names.get(personKey(email.to));
    await tx.put('emails', email.emailId, person ? { ...email, firstName: person.firstName, lastName: person.lastName } : email);
  }
  return customerView({ ...saved, companyProfile: { ...saved.companyProfile, contacts: sent } });
}

export function customerHandlers(settings: SimulatorSettings): PartnerHandlers<'createCustomer' | 'getCustomer' | 'updateCustomer' | 'listCustomers'> {
  return {
    async createCustomer(ctx) {
      const request = ctx.input.body();
      const sameAccount = await customersWithAccount(ctx.tx, request.companyProfile);
      const context = {
        reseller: await ctx.scope.reseller(request.resellerId),
        distributor: await ctx.tx.get('distributors', ctx.scope.distributorId),
        sameAccount,
        distributorResellers: await ctx.scope.ownResellerIds(sameAccount.map((c) => c.resellerId)),
        now: ctx.now,
        activationDelayMs: settings.activationDelayMs,
        email: { requestId: ctx.requestId, correlationId: ctx.correlationId },
      };
      const needs = { customer: { count: 1, taken: customerIdTaken(ctx.tx) }, email: { count: request.companyProfile.contacts.length } };
      const created = await withNewIds(ctx.tx, needs, (sequences) => createCustomer(request, { ...context, sequences }));
      return saveAndEcho(ctx.tx, created.customer, request.companyProfile.contacts, created.emails);
    },

    async getCustomer(ctx) {
      return customerView((await ctx.scope.customer(ctx.input.path['customer-id'])).customer);
    },

    async updateCustomer(ctx) {
      const { customer, reseller } = await ctx.scope.customer(ctx.input.path['customer-id']);
      const request = ctx.input.body();
      const context = { reseller, distributor: await ctx.scope.distributor(), now: ctx.now, email: { requestId: ctx.requestId, correlationId: ctx.correlationId } };
      // Only a linked membership in the request, for a customer in none, creates a group: only then is a group id taken.
      const createsGroup = !!request.linkedMembership && !customer.linkedMembership;
      const needs = { linkedMembership: { count: createsGroup ? 1 : 0, taken: groupIdTaken(ctx.tx) }, email: { count: request.companyProfile.contacts.length } };
      const updated = await withNewIds(ctx.tx, needs, (sequences) => updateCustomer(customer, request, { ...context, sequences }));
      if (updated.group) await ctx.tx.put('linkedMembershipGroups', updated.group.id, updated.group);
      return saveAndEcho(ctx.tx, updated.customer, request.companyProfile.contacts, updated.emails);
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
