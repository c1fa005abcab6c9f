// Which values of an exchange are ids: fields Adobe fills with ids it generates (and the
// partner's own reseller and distributor ids), and the path segments after a collection name.
// The replay maps the generated ones to the simulator's; `record --anonymise` replaces them all.

/** Fields whose values Adobe generates: they differ between Adobe and the simulator by nature. */
export const GENERATED_ID_FIELDS = new Set([
  'customerId', 'orderId', 'referenceOrderId', 'subscriptionId', 'transferId', 'deploymentId',
  'membershipId', 'linkedMembershipId', 'groupId', 'id',
]);

/** Ids that name the partner: anonymised with the generated ones, never mapped by the replay. */
const PARTNER_ID_FIELDS = new Set(['resellerId', 'distributorId']);

export const isIdField = (key: string) => GENERATED_ID_FIELDS.has(key) || PARTNER_ID_FIELDS.has(key);

/** Collections whose next path segment is an id (`/v3/customers/{id}`). */
const COLLECTIONS = new Set(['customers', 'resellers', 'orders', 'subscriptions', 'transfers', 'deployments', 'enroll', 'distributors']);

/** Ids in a path: the segments that follow a collection name. */
export function pathIds(path: string): string[] {
  const segments = path.split('/');
  return segments.filter((s, i) => i > 0 && COLLECTIONS.has(segments[i - 1]) && s !== '');
}

/** Short values are not worth substituting: they would match inside unrelated text. */
export const MIN_ID_LENGTH = 4;

/** Every string value of an id field, at any depth (bounded: bodies are held to the recording's limits). */
export function bodyIds(value: unknown, fields: (key: string) => boolean = isIdField): string[] {
  const found: string[] = [];
  const pending: unknown[] = [value];
  while (pending.length) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (typeof child === 'string' && fields(key) && child.length >= MIN_ID_LENGTH) found.push(child);
        else if (child && typeof child === 'object') pending.push(child);
      }
    }
  }
  return found;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Ids and what replaces them, substituted as whole ids in text and JSON. */
export class IdTable {
  private readonly ids = new Map<string, string>();
  private pattern: RegExp | undefined;

  get size(): number {
    return this.ids.size;
  }

  get(id: string): string | undefined {
    return this.ids.get(id);
  }

  set(id: string, replacement: string): void {
    if (id.length < MIN_ID_LENGTH || this.ids.has(id)) return;
    this.ids.set(id, replacement);
    this.pattern = undefined;
  }

  entries(): Array<[string, string]> {
    return [...this.ids.entries()];
  }

  /**
   * Text with every known id replaced (an id inside a longer run of letters and digits is not
   * one), longest first so that an id inside another is not cut.
   */
  substitute(text: string): string {
    if (!this.ids.size || text.length < MIN_ID_LENGTH) return text;
    this.pattern ??= new RegExp(`(?<![A-Za-z0-9])(?:${[...this.ids.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![A-Za-z0-9])`, 'g');
    return text.replace(this.pattern, (id) => this.ids.get(id)!);
  }

  /** A copy of a JSON value with ids replaced in every string (keys stay). */
  substituteInJson<T>(value: T): T {
    if (!this.ids.size) return value;
    if (typeof value === 'string') return this.substitute(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.substituteInJson(v)) as T;
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.substituteInJson(v)])) as T;
    return value;
  }
}
