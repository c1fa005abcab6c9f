// A fresh PostgreSQL schema for the PostgreSQL-store simulator, dropped at the end of the run.
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export const BENCH_DATABASE_URL = process.env.VIPM_SIM_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface PostgresSchema {
  name: string;
  /** The database URL with search_path set to the schema. */
  url: string;
  drop(): Promise<void>;
}

export async function openPostgresSchema(base = BENCH_DATABASE_URL): Promise<PostgresSchema> {
  const name = `vipm_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: base, connectionTimeoutMillis: 3000 });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  try {
    await admin(`CREATE SCHEMA ${name}`);
  } catch (error) {
    throw new Error(`PostgreSQL at ${base} is unavailable (${(error as Error).message})`);
  }
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${name}`);
  return { name, url: url.toString(), drop: () => admin(`DROP SCHEMA IF EXISTS ${name} CASCADE`) };
}
