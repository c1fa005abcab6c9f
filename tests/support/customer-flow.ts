// A partner's flow through the recording proxy: a token, a read, a create that is pending until
// the activation delay has passed, an update of the address, a list, two errors and a route the simulator does
// not simulate. Recorded against a simulator standing in for Adobe (the sandbox is not reachable
// from here); examples/recordings/record-customer-flow.ts writes the repository's recording with it.
import { randomUUID } from 'node:crypto';
import { readFixtures } from '../../server/startup/fixtures.js';
import { startSimulator } from '../../server/index.js';
import { startRecordingProxy } from '../../server/record/proxy.js';

export const FLOW_NOTE = 'Recorded by vipm-sim against a second vipm-sim standing in for Adobe\'s sandbox (not against Adobe): a token, a read, a create, activation after the delay, an update of the address, a list, two errors and an order read the simulator does not simulate.';

const NEW_CUSTOMER = {
  externalReferenceId: 'flow-1',
  companyProfile: {
    companyName: 'Duckburg Widgets', preferredLanguage: 'en-US',
    address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '1 Main St', postalCode: '95110' },
    contacts: [{ firstName: 'Donald', lastName: 'Duck', email: 'donald@duckburg.example' }],
  },
};

async function call(base: string, token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const answer = await fetch(`${base}${path}`, {
    method, body: body === undefined ? undefined : JSON.stringify(body),
    headers: { authorization: `Bearer ${token}`, 'x-api-key': 'vipm-sim-client', 'x-correlation-id': randomUUID(), 'content-type': 'application/json', accept: 'application/json' },
  });
  return { status: answer.status, body: await answer.json().catch(() => undefined) };
}

/**
 * Runs the flow through `proxyUrl`. `later` lets the activation delay pass between the create
 * and the second read: the simulator behind the proxy's clock moved on, or a real wait.
 */
export async function customerFlow(proxyUrl: string, later: () => Promise<unknown>): Promise<void> {
  const tokenAnswer = await fetch(`${proxyUrl}/ims/token/v3`, {
    method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'vipm-sim-client', client_secret: 'vipm-sim-secret', scope: 'openid,AdobeID,read_organizations' }),
  });
  const token = ((await tokenAnswer.json()) as { access_token: string }).access_token;
  await call(proxyUrl, token, 'GET', '/v3/customers/9876543210');
  const created = await call(proxyUrl, token, 'POST', '/v3/customers', { resellerId: '5556667778', ...NEW_CUSTOMER });
  const id = created.body.customerId as string;
  await call(proxyUrl, token, 'GET', `/v3/customers/${id}`);
  await later();
  await call(proxyUrl, token, 'GET', `/v3/customers/${id}`);
  await call(proxyUrl, token, 'PATCH', `/v3/customers/${id}`, { ...NEW_CUSTOMER, companyProfile: { ...NEW_CUSTOMER.companyProfile, address: { ...NEW_CUSTOMER.companyProfile.address, addressLine1: '2 Main St' } } });
  await call(proxyUrl, token, 'GET', '/v3/resellers/5556667778/customers?limit=3&offset=0&sort-by=companyName&order-by=asc');
  await call(proxyUrl, token, 'GET', '/v3/customers/1000000000');
  await call(proxyUrl, token, 'POST', '/v3/customers', { resellerId: '5556667778', companyProfile: { companyName: 'No Address Inc', preferredLanguage: 'en-US', contacts: [] } });
  await call(proxyUrl, token, 'GET', `/v3/customers/${id}/invoices`);
}

/** Records the flow into `out`: a simulator on its own port stands in for Adobe, behind the proxy. */
export async function recordCustomerFlow(out: string): Promise<void> {
  // Its own fixtures: the default ones, numbering new customers elsewhere, as Adobe's would differ from the simulator's.
  const upstream = await startSimulator({ fixtures: { ...readFixtures(), sequences: { customer: 1123400001 } } });
  const proxy = await startRecordingProxy({
    out, upstream: upstream.url, note: FLOW_NOTE,
    now: async () => new Date((await upstream.sandbox.clock()).now),
  });
  try {
    await customerFlow(proxy.url, () => upstream.sandbox.advanceClock('PT2M'));
  } finally {
    await proxy.stop();
    await upstream.stop();
  }
}
