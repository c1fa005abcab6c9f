// Run before the store-dependent suites (npm run test:behaviour): with VIPM_SIM_TEST_STORE=postgres
// and no PostgreSQL to reach, says so once and exits 1, rather than every test failing on its own.
import { postgresUnavailable, TEST_STORE } from './test-database.js';

if (TEST_STORE === 'postgres') {
  const reason = await postgresUnavailable().catch((error: Error) => error.message);
  if (reason) {
    console.error(`the PostgreSQL pass cannot run: ${reason} (or set VIPM_SIM_TEST_DATABASE_URL)`);
    process.exit(1);
  }
}
