// Chooses the store: memory (default), SQLite (--data FILE) or PostgreSQL (--database-url).
// The database drivers load only when their store is chosen: a memory simulator starts fast and
// needs neither installed.
import { loadPeer } from '../platform/optional-peer.js';
import { MemoryStore } from './memory-store.js';
import type { PostgresOptions } from './postgres-store.js';
import type { Store } from './store.js';

export interface StoreChoice {
  /** A SQLite file, created when absent. */
  data?: string;
  /** A postgres:// URL. */
  databaseUrl?: string;
  /** Memory only: the newest records it keeps of the collections that grow with traffic. */
  maxRecords?: number;
  /** Memory only: the bytes each of those collections may hold (replay records keep whole answers). */
  maxRecordBytes?: number;
  /** PostgreSQL only: pool size, schema, attempts. */
  postgres?: PostgresOptions;
}

export const isPersistent = (choice: StoreChoice) => !!(choice.data || choice.databaseUrl);

export async function openStore(choice: StoreChoice = {}): Promise<Store> {
  if (choice.data && choice.databaseUrl) throw new Error('--data and --database-url exclude each other: choose SQLite or PostgreSQL');
  if (choice.data) {
    const { SqliteStore } = await import('./sqlite-store.js');
    return SqliteStore.open(choice.data);
  }
  if (choice.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(choice.databaseUrl)) throw new Error('--database-url must be a postgres:// or postgresql:// URL');
    const { PostgresStore } = await loadPeer('pg', '--database-url', 'pg@8', () => import('./postgres-store.js'));
    return PostgresStore.open(choice.databaseUrl, choice.postgres);
  }
  return new MemoryStore(choice.maxRecords, choice.maxRecordBytes);
}

/** memory, sqlite or postgres (or the name a custom store gives itself). */
export function storeName(store: Store): string {
  if (store instanceof MemoryStore) return 'memory';
  return store.name ?? 'custom';
}

/** One line for start-up output, without secrets. */
export function describeStore(store: Store): string {
  return store.description ?? (storeName(store) === 'memory' ? 'in memory' : storeName(store));
}
