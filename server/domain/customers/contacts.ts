// Contacts of a customer and their Admin Console: a contact is a person identified by email across
// all customers, whose first name seen persists (a different name sent later is only echoed in that
// response); what becomes a System Admin, and who is emailed.
import { errorFor, errors, type Problem } from '../protocol/errors.js';
import type { ConsoleAdmin, Contact, Customer, Sequences, WelcomeEmail } from '../types.js';

/** One person, whatever customers they are a contact or admin of: the email (any case) is the identity. */
export interface Person {
  /** The lower-cased email. */
  key: string;
  email: string;
  firstName: string;
  lastName: string;
}

export const personKey = (email: string) => email.toLowerCase();

/** Two contacts of one request with the same email (any case) are refused (1117). Linear in the contacts. */
export function assertContacts(requested: Contact[]): void {
  const first = new Map<string, number>();
  const invalid: Problem[] = [];
  requested.forEach((contact, i) => {
    const key = personKey(contact.email);
    const twin = first.get(key);
    if (twin === undefined) first.set(key, i);
    else invalid.push({ path: `companyProfile.contacts[${i}].email`, reason: `repeats the email of contacts[${twin}]` });
  });
  if (invalid.length) throw errorFor(errors.invalidFields, invalid);
}

/**
 * Names never change through the API: a person keeps the first name seen for their email, on every
 * customer. The customer's contacts and admins take the names of the people already `known` (by
 * personKey); the people seen for the first time are returned as `added`. Linear in the contacts.
 */
export function withPersonNames(customer: Customer, known: ReadonlyMap<string, Person>): { customer: Customer; added: Person[] } {
  const added = new Map<string, Person>();
  const personOf = (p: { email: string; firstName: string; lastName: string }): Person => {
    const key = personKey(p.email);
    const person = known.get(key) ?? added.get(key);
    if (person) return person;
    const fresh = { key, email: p.email, firstName: p.firstName, lastName: p.lastName };
    added.set(key, fresh);
    return fresh;
  };
  const named = <T extends { email: string; firstName: string; lastName: string }>(p: T): T => {
    const { firstName, lastName } = personOf(p);
    return p.firstName === firstName && p.lastName === lastName ? p : { ...p, firstName, lastName };
  };
  const contacts = customer.companyProfile.contacts.map(named);
  const admins = customer.admins.map(named);
  const same = contacts.every((c, i) => c === customer.companyProfile.contacts[i]) && admins.every((a, i) => a === customer.admins[i]);
  return { customer: same ? customer : { ...customer, companyProfile: { ...customer.companyProfile, contacts }, admins }, added: [...added.values()] };
}

/** The people of a set of customers, the first name seen for each email winning (state load). */
export function peopleOf(customers: Customer[]): { customers: Customer[]; people: Map<string, Person> } {
  const people = new Map<string, Person>();
  const named = customers.map((c) => {
    const result = withPersonNames(c, people);
    for (const p of result.added) people.set(p.key, p);
    return result.customer;
  });
  return { customers: named, people };
}

/** The emails of a customer's contacts and admins, once each (what withPersonNames needs to know). */
export function personKeys(customer: Customer): string[] {
  return [...new Set([...customer.companyProfile.contacts, ...customer.admins].map((p) => personKey(p.email)))];
}

/** Every contact of the request becomes (or stays) a System Admin; nothing the API does removes one. */
export function syncAdmins(admins: ConsoleAdmin[], requested: Contact[], now: Date): ConsoleAdmin[] {
  const present = new Set(admins.map((a) => personKey(a.email)));
  const added: ConsoleAdmin[] = [];
  for (const c of requested) {
    const key = personKey(c.email);
    if (present.has(key)) continue;
    present.add(key);
    added.push({ email: c.email, firstName: c.firstName, lastName: c.lastName, role: 'SYSTEM_ADMIN', source: 'API', addedAt: now.toISOString() });
  }
  return added.length ? [...admins, ...added] : admins;
}

export interface EmailContext {
  customerId: string;
  requestId: string;
  correlationId: string;
}

/** The admin welcome email every contact of a create or update request receives. */
export function welcomeEmails(requested: Contact[], ctx: EmailContext, now: Date, sequences: Pick<Sequences, 'email'>): { emails: WelcomeEmail[]; sequences: Pick<Sequences, 'email'> } {
  let next = sequences.email;
  const emails = requested.map((c): WelcomeEmail => ({
    emailId: String(next++), to: c.email, customerId: ctx.customerId, firstName: c.firstName, lastName: c.lastName,
    template: 'ADMIN_WELCOME', sentAt: now.toISOString(), requestId: ctx.requestId, correlationId: ctx.correlationId,
  }));
  return { emails, sequences: { ...sequences, email: next } };
}
