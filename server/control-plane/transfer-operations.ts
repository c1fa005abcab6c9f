// The control plane of reseller change: the customer's administrator generates the approval code
// in Admin Console (as Adobe's sandbox portal does with "Generate Approval Code"), and what the
// customer sees there: its latest code and the transfers that moved it.
import { randomInt } from 'node:crypto';
import { codeState, issueResellerChangeCode, type ResellerChangeCode } from '../domain/partners/reseller-change.js';
import type { Tx } from '../store/store.js';
import type { StateOperations } from './state-operations.js';

const randomCode = () => String(randomInt(10_000_000, 100_000_000));

/** The customer's codes, newest first. */
async function codesOf(tx: Tx, customerId: string): Promise<ResellerChangeCode[]> {
  return (await tx.list('resellerChangeCodes')).filter((c) => c.customerId === customerId).reverse();
}

export class TransferOperations {
  constructor(private readonly state: StateOperations) {}

  /** A new code replaces the customer's unused ones; a used one stays (a retry with it answers 1131). */
  generateResellerChangeCode(customerId: string, chosen?: string): Promise<ResellerChangeCode> {
    return this.state.work(async (tx, now) => {
      const customer = await this.state.customerIn(tx, customerId, now);
      let code = chosen ?? randomCode();
      while (!chosen && await tx.get('resellerChangeCodes', code)) code = randomCode();
      const issued = issueResellerChangeCode(customer, code, await tx.get('resellerChangeCodes', code), now);
      for (const old of await codesOf(tx, customerId)) if (!old.transferId) await tx.delete('resellerChangeCodes', old.code);
      await tx.put('resellerChangeCodes', issued.code, issued);
      return issued;
    });
  }

  resellerChange(customerId: string) {
    return this.state.work(async (tx, now) => {
      const customer = await this.state.customerIn(tx, customerId, now);
      const [latest] = (await codesOf(tx, customerId)).sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
      const transfers = (await tx.list('transfers')).filter((t) => t.customerId === customerId).reverse();
      return {
        customerId, resellerId: customer.resellerId,
        code: latest ? { ...latest, state: codeState(latest, now) } : null,
        transfers,
      };
    });
  }
}
