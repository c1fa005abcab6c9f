// Contacts of a customer and their Admin Console: how the contacts of a request are matched
// to the people the customer already has, what becomes a System Admin, and who is emailed.
import { errorFor, errors, type Problem } from './errors.js';
import type { ConsoleAdmin, Contact, Sequences, WelcomeEmail } from './types.js';

/** Case-insensitive, accent-sensitive; one collator (building one per comparison is slow). */
const collator = new Intl.Collator(undefined, { sensitivity: 'accent' });
const sameText = (a: string, b: string) => a === b || collator.compare(a, b) === 0;
const sameEmail = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Checks the requested contacts against the people the customer has. A contact is the same person
 * as an existing contact or admin with its email (any case); a contact whose email is new but whose
 * name is that of a current API contact is that contact with a changed email. Names never change
 * through the API: a known email sent with another name is refused (1119).
 */
export function contactProblems(requested: Contact[], admins: ConsoleAdmin[]): { invalid: Problem[]; renamed: Problem[] } {
  const invalid: Problem[] = [];
  const renamed: Problem[] = [];
  requested.forEach((contact, i) => {
    const path = `companyProfile.contacts[${i}]`;
    const twin = requested.findIndex((other) => sameEmail(other.email, contact.email));
    if (twin !== i) invalid.push({ path: `${path}.email`, reason: `repeats the email of contacts[${twin}]` });
    const known = admins.find((a) => sameEmail(a.email, contact.email));
    if (known && !(sameText(known.firstName, contact.firstName) && sameText(known.lastName, contact.lastName))) {
      for (const field of ['firstName', 'lastName'] as const) {
        if (!sameText(known[field], contact[field])) {
          renamed.push({ path: `${path}.${field}`, reason: `cannot be changed through the API (${contact.email} is ${known.firstName} ${known.lastName}; names change through Adobe support)` });
        }
      }
    }
  });
  return { invalid, renamed };
}

export function assertContacts(requested: Contact[], admins: ConsoleAdmin[]): void {
  const { invalid, renamed } = contactProblems(requested, admins);
  if (invalid.length) throw errorFor(errors.invalidFields, invalid);
  if (renamed.length) throw errorFor(errors.notEditable, renamed);
}

/** Every contact of the request becomes (or stays) a System Admin; nothing the API does removes one. */
export function syncAdmins(admins: ConsoleAdmin[], requested: Contact[], now: Date): ConsoleAdmin[] {
  const added = requested
    .filter((c) => !admins.some((a) => sameEmail(a.email, c.email)))
    .map((c): ConsoleAdmin => ({
      email: c.email, firstName: c.firstName, lastName: c.lastName, role: 'SYSTEM_ADMIN', source: 'API', addedAt: now.toISOString(),
    }));
  return added.length ? [...admins, ...added] : admins;
}

export interface EmailContext {
  customerId: string;
  requestId: string;
  correlationId: string;
}

/** The admin welcome email every contact of a create or update request receives. */
export function welcomeEmails(requested: Contact[], ctx: EmailContext, now: Date, sequences: Sequences): { emails: WelcomeEmail[]; sequences: Sequences } {
  let next = sequences.email;
  const emails = requested.map((c): WelcomeEmail => ({
    emailId: String(next++), to: c.email, customerId: ctx.customerId, firstName: c.firstName, lastName: c.lastName,
    template: 'ADMIN_WELCOME', sentAt: now.toISOString(), requestId: ctx.requestId, correlationId: ctx.correlationId,
  }));
  return { emails, sequences: { ...sequences, email: next } };
}
