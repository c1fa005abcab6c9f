// Which store the behaviour tests run on, and whether the tests' PostgreSQL can be reached. Apart
// from harness.ts so that a check can import it without node:test (which would print a report).
import pg from 'pg';

export type StoreKind = 'memory' | 'sqlite' | 'postgres';
/** The store the HTTP behaviour tests run on: VIPM_SIM_TEST_STORE=memory|sqlite|postgres. */
export const TEST_STORE = (process.env.VIPM_SIM_TEST_STORE ?? 'memory') as StoreKind;
if (!['memory', 'sqlite', 'postgres'].includes(TEST_STORE)) throw new Error(`VIPM_SIM_TEST_STORE=${TEST_STORE}: use memory, sqlite or postgres`);
/** The PostgreSQL server of the tests (VIPM_SIM_TEST_DATABASE_URL; CI and dev: 127.0.0.1:5432/test). */
export const TEST_DATABASE_URL = process.env.VIPM_SIM_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Why PostgreSQL tests cannot run here, or undefined when they can; unreachable in CI throws. */
export async function postgresUnavailable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    const reason = `PostgreSQL at ${TEST_DATABASE_URL} is unreachable (${(error as Error).message})`;
    if (process.env.CI) throw new Error(`${reason}: CI must run the PostgreSQL tests`);
    return `${reason}; start one (trust auth, database test) to run these tests`;
  } finally {
    await client.end().catch(() => undefined);
  }
}
