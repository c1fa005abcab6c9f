// `record --anonymise`: every id of the partner's traffic (customers, orders, subscriptions, …,
// their resellers and distributor) becomes a pseudonym of the same length and kind, the same one
// wherever the id appears, so that the recording still replays. The key is random and never
// written: the pseudonyms cannot be turned back into the ids.
import { createHmac, randomBytes } from 'node:crypto';
import { bodyIds, IdTable, pathIds } from './ids.js';
import type { Exchange, RecordedBody } from './recording.js';

const DIGITS = '0123456789';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export class Anonymiser {
  private readonly key = randomBytes(32);
  private readonly table = new IdTable();

  /** A pseudonym keeping each character's kind (digit, letter, case) and every other character. */
  pseudonym(id: string): string {
    const hash = createHmac('sha256', this.key).update(id).digest();
    return [...id].map((c, i) => {
      const n = hash[i % hash.length] + i;
      if (/\d/.test(c)) return DIGITS[n % 10];
      if (/[a-z]/.test(c)) return LETTERS[n % 26];
      if (/[A-Z]/.test(c)) return LETTERS[n % 26].toUpperCase();
      return c;
    }).join('');
  }

  private learn(ids: string[]): void {
    for (const id of ids) if (this.table.get(id) === undefined) this.table.set(id, this.pseudonym(id));
  }

  private body(body: RecordedBody | undefined): RecordedBody | undefined {
    if (!body) return body;
    if (body.form) return { ...body, form: this.table.substituteInJson(body.form) };
    if (body.text !== undefined) return { ...body, text: this.table.substitute(body.text) };
    return { ...body, json: this.table.substituteInJson(body.json) };
  }

  /** The exchange with its ids, and every id seen before, replaced. */
  apply(exchange: Exchange): Exchange {
    const { request, response } = exchange;
    this.learn([...pathIds(request.path), ...bodyIds(request.body?.json), ...bodyIds(request.body?.form), ...bodyIds(response.body?.json)]);
    return {
      ...exchange,
      request: { ...request, path: this.table.substitute(request.path), query: this.table.substitute(request.query), headers: this.table.substituteInJson(request.headers), body: this.body(request.body) },
      response: { ...response, headers: this.table.substituteInJson(response.headers), body: this.body(response.body) },
      contract: exchange.contract && this.table.substituteInJson(exchange.contract),
    };
  }
}
