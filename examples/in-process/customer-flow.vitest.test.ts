// The same kind of test with vitest (jest is alike). In this repository run it with
// `npx vitest run --config examples/in-process/vitest.config.ts` (see README.md here).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from 'vipm-sim';

let sim: RunningSimulator;
let token: string;

const headers = () => ({ Authorization: `Bearer ${token}`, 'X-Api-Key': 'vipm-sim-client', 'X-Correlation-Id': crypto.randomUUID() });

describe('Admin Console sync (vitest)', () => {
  beforeAll(async () => {
    sim = await startSimulator();
    const res = await fetch(`${sim.url}/ims/token/v3`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'vipm-sim-client', client_secret: 'vipm-sim-secret' }) });
    token = (await res.json()).access_token;
  });
  beforeEach(() => sim.sandbox.reset());
  afterAll(() => sim.stop());

  it('keeps a dropped contact as an admin until the customer removes it', async () => {
    const { companyProfile } = await sim.sandbox.customer('9876543210');
    const mickey = { firstName: 'Mickey', lastName: 'Mouse', email: 'mickey@mouse.com' };
    const res = await fetch(`${sim.url}/v3/customers/9876543210`, {
      method: 'PATCH',
      headers: { ...headers(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ companyProfile: { ...companyProfile, marketSubSegments: undefined, contacts: [mickey] } }),
    });
    expect(res.status).toBe(200);
    expect((await sim.sandbox.admins('9876543210')).map((a) => a.email)).toEqual(['minnie@mouse.com', 'mickey@mouse.com']);
    await sim.sandbox.removeConsoleAdmin('9876543210', 'minnie@mouse.com');
    expect((await sim.sandbox.admins('9876543210')).map((a) => a.email)).toEqual(['mickey@mouse.com']);
  });

  it('answers 429 while a fault is armed', async () => {
    await sim.sandbox.armFault({ path: '/v3/**', action: 'respond', status: 429, count: 1 });
    const res = await fetch(`${sim.url}/v3/customers/9876543210`, { headers: headers() });
    expect(res.status).toBe(429);
    expect((await res.json()).code).toBe('4118');
  });
});
