// The customer acting in Adobe Admin Console: admins added there never reach the API's contacts,
// and removing an admin there is the only way one goes away.
import { errors } from '../protocol/errors.js';
import type { ConsoleAdmin, Customer } from '../types.js';

const sameEmail = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function addConsoleAdmin(customer: Customer, person: { email: string; firstName: string; lastName: string }, now: Date): Customer {
  if (customer.admins.some((a) => sameEmail(a.email, person.email))) {
    throw errors.invalidFields(['email'], `Some fields are invalid: ${person.email} is already an admin of customer ${customer.customerId}`);
  }
  const admin: ConsoleAdmin = { ...person, role: 'SYSTEM_ADMIN', source: 'CONSOLE', addedAt: now.toISOString() };
  return { ...customer, admins: [...customer.admins, admin] };
}

export function removeConsoleAdmin(customer: Customer, email: string): Customer {
  const admins = customer.admins.filter((a) => !sameEmail(a.email, email));
  if (admins.length === customer.admins.length) {
    throw errors.notFound(['email'], `Resource not found: ${email} is not an admin of customer ${customer.customerId}`);
  }
  return { ...customer, admins };
}
