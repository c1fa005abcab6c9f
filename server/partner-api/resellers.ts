// The reseller-account operations of the simulated API (domain/partners/reseller-account.ts).
import { personKey } from '../domain/customers/contacts.js';
import { createReseller, resellerAt, resellerView, updateReseller, withKnownNames } from '../domain/partners/reseller-account.js';
import { listResellers } from '../domain/partners/reseller-list.js';
import type { Contact, Reseller } from '../domain/types.js';
import type { SimulatorSettings } from '../settings.js';
import { nextResellerId } from '../domain/partners/reseller.js';
import { listBy, SINGLETON, type Tx } from '../store/store.js';
import type { PartnerHandlers } from './call-context.js';

/** The next reseller id, from the sequences; a store written before they kept it finds it from every reseller, once. */
async function takeResellerId(tx: Tx): Promise<string> {
  const sequences = (await tx.get('sequences', SINGLETON))!;
  const next = sequences.reseller ?? nextResellerId((await tx.list('resellers')).map((r) => r.resellerId));
  await tx.put('sequences', SINGLETON, { ...sequences, reseller: next + 1 });
  return String(next);
}

/** The names already known for the contacts' emails: the reseller's own contacts, then the people of the customers. */
async function knownNames(tx: Tx, contacts: Contact[], current: Reseller | undefined) {
  const known = new Map((current?.contacts ?? []).map((c) => [personKey(c.email), c]));
  for (const contact of contacts) {
    const key = personKey(contact.email);
    const person = known.has(key) ? undefined : await tx.get('people', key);
    if (person) known.set(key, person);
  }
  return known;
}

/** Writes the reseller with the names that persist and answers it with the names sent. */
async function save(tx: Tx, reseller: Reseller, current?: Reseller) {
  const sent = reseller.contacts ?? [];
  await tx.put('resellers', reseller.resellerId, { ...reseller, contacts: withKnownNames(sent, await knownNames(tx, sent, current)) });
  return resellerView(reseller);
}

export function resellerHandlers(settings: SimulatorSettings): PartnerHandlers<'createReseller' | 'getReseller' | 'updateReseller' | 'getResellerList'> {
  return {
    async createReseller(ctx) {
      const request = ctx.input.body();
      const created = createReseller(request, {
        distributorId: ctx.scope.distributorId,
        resellerId: await takeResellerId(ctx.tx),
        now: ctx.now,
        activationDelayMs: settings.activationDelayMs,
      });
      return save(ctx.tx, created);
    },

    async getReseller(ctx) {
      return resellerView(await ctx.scope.resellerOrFail(ctx.input.path['reseller-id']));
    },

    async updateReseller(ctx) {
      const reseller = await ctx.scope.resellerOrFail(ctx.input.path['reseller-id']);
      return save(ctx.tx, updateReseller(reseller, ctx.input.body()), reseller);
    },

    async getResellerList(ctx) {
      const q = ctx.input.query();
      const own = (await listBy(ctx.tx, 'resellers', 'distributorId', ctx.scope.distributorId)).map((r) => resellerAt(r, ctx.now));
      return listResellers(own, {
        status: q.status, companyName: q['company-name'], limit: q.limit, offset: q.offset, sortBy: q['sort-by'], orderBy: q['order-by'],
      });
    },
  };
}
