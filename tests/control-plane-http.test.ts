// connectSimulator(url) and startSimulator().sandbox are the same control plane: one scenario
// run through each, on two simulators started alike, gives the same results and the same errors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AdobeError, connectSimulator, startSimulator, type ControlPlane, type CustomerSeed } from '../server/index.js';

type Shared = ControlPlane;

const PROFILE: CustomerSeed['companyProfile'] = {
  companyName: 'Duckburg Widgets', preferredLanguage: 'en-US', marketSegment: 'COM' as const,
  address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '1 Main St', postalCode: '95110' },
  contacts: [{ firstName: 'Donald', lastName: 'Duck', email: 'donald@duckburg.example' }, { firstName: 'Scrooge', lastName: 'McDuck', email: 'scrooge@duckburg.example' }],
};

/** The error a call failed with (called inside async: an in-process call may throw before it returns a promise). */
const failure = async (work: () => Promise<unknown>) => {
  try {
    await work();
  } catch (e) {
    assert.ok(e instanceof AdobeError, `an AdobeError, not ${e}`);
    return { status: e.status, code: e.code, message: e.message, additionalDetails: e.additionalDetails };
  }
  assert.fail('expected a failure');
};

/** Every result, in order; fault ids and creation times are random or real-time, so they are left out. */
async function scenario(c: Shared) {
  const out: unknown[] = [];
  const step = (v: unknown) => out.push(v);
  step(await c.providerState('a customer with a COMMITTED 3YC exists', { customerId: '1234567890' }));
  await c.reset();
  step(await c.setClock('2026-11-01T09:00:00Z', { frozen: true }));
  step(await c.seedReseller('7778889990', { distributorId: '5000000001', marketSegments: ['COM', 'EDU'] }));
  step(await c.updateReseller('7778889990', { status: '1004' }));
  step(await c.resellers());
  step(await c.seedCustomer('3000000001', { resellerId: '5556667778', status: '1000', cotermDate: '2027-01-31', companyProfile: PROFILE }));
  step(await c.addConsoleAdmin('3000000001', { firstName: 'Daisy', lastName: 'Duck', email: 'daisy@duckburg.example' }));
  step(await c.updateCustomer('3000000001', { companyProfile: { ...PROFILE, contacts: PROFILE.contacts.slice(0, 1) } }));
  step(await c.admins('3000000001'));
  step(await c.removeConsoleAdmin('3000000001', 'daisy@duckburg.example'));
  step(await c.advanceClock('P1D'));
  step(await c.customer('3000000001'));
  step(await c.emails({ customerId: '3000000001' }));
  step(await c.clearEmails());
  const fault = await c.armFault({ method: 'PATCH', path: '/v3/customers/*', action: 'respond', status: 500, count: 2 });
  step({ ...fault, id: undefined, createdAt: undefined });
  step((await c.faults()).length);
  step(await c.clearFaults());
  step(await c.distributors());
  step(await c.updateDistributor('5000000002', { lgaEnabled: true, country: 'CA' }));
  step(await failure(() => c.updateDistributor('5000000404', { lgaEnabled: true })));
  step(await c.linkedMembershipGroup('51001315'));
  step(await failure(() => c.answerLinkedMembershipTerms('51001315', 'REJECTED')));
  step(await c.refreshLinkedMembershipLevel('51001315'));
  const code = await c.issueLinkedMembershipCode('51001315');
  step({ ...code, code: code.code.length });
  step(await failure(() => c.joinLinkedMembership('3000000001', 'NOT-A-CODE')));
  step(await c.joinLinkedMembership('3000000001', code.code));
  step((await c.linkedMembershipGroup('51001315')).members);
  step(await failure(() => c.refreshLinkedMembershipLevel('51009999')));
  step(await c.addOpenAcquisition('3000000001', { productName: 'Acrobat Pro', baseOfferId: '65304921CA01A12', quantity: 2, referenceId: 'PO-CP-1' }));
  step(await failure(() => c.addOpenAcquisition('3000000001', { productName: 'Acrobat Pro', baseOfferId: '65304921CA01A12', quantity: 0 })));
  step(await c.updateCustomer('3000000001', { threeYearCommit: { commitment: null, recommitmentRequest: null, commitmentRequest: { status: 'ACCEPTED', startDate: '2026-11-01', endDate: '2029-11-01', minimumQuantities: [{ offerType: 'LICENSE', quantity: 20 }, { offerType: 'CONSUMABLES', quantity: 100 }] } } }));
  step(await c.fulfilThreeYearCommit('3000000001', { orderedQuantities: [{ offerType: 'LICENSE', quantity: 20 }] }));
  step(await failure(() => c.customer('0000000404')));
  step(await failure(() => c.addConsoleAdmin('9876543210', { firstName: 'No', lastName: 'Email' } as never)));
  step(await failure(() => c.acceptThreeYearCommit('9876543210')));
  step(await failure(() => c.advanceClock('thirty days')));
  const doc = await c.state();
  await c.importState(doc);
  // The authorization code is random: the state is compared without it.
  step(JSON.parse(JSON.stringify(await c.state()).replaceAll(code.code, '<code>')));
  step(await c.clock());
  step(await c.putApiClient('5000000002', 'cp-client', 'cp-secret'));
  step(await failure(() => c.putApiClient('5000000001', 'cp-client', 'x')));
  step(await c.invoke('listAdmins', { path: { 'customer-id': '3000000001' } }));
  step(await failure(() => c.invoke('changeClock', { body: { advance: 'soon' } })));
  return out;
}

describe('the control plane over HTTP', () => {
  let inProcess: Awaited<ReturnType<typeof startSimulator>>;
  let overHttp: Awaited<ReturnType<typeof startSimulator>>;
  before(async () => {
    [inProcess, overHttp] = await Promise.all([startSimulator(), startSimulator({ adminToken: 'adm1n' })]);
  });
  after(async () => {
    await Promise.all([inProcess.stop(), overHttp.stop()]);
  });

  it('CPL-01 connectSimulator(url) gives the same results and errors as startSimulator().sandbox', async () => {
    const http = connectSimulator(overHttp.url, { adminToken: 'adm1n' });
    const [direct, remote] = [await scenario(inProcess.sandbox), await scenario(http)];
    assert.equal(remote.length, direct.length);
    // As JSON: an in-process fault keeps keys whose value is undefined, which JSON leaves out.
    const json = (v: unknown) => JSON.parse(JSON.stringify(v ?? null));
    remote.forEach((r, i) => assert.deepEqual(json(r), json(direct[i]), `step ${i + 1}`));
  });

  it('CPL-02 connectSimulator reports the journal, faults it armed and a missing admin token as the API answers them', async () => {
    const http = connectSimulator(overHttp.url, { adminToken: 'adm1n' });
    await http.reset();
    const fault = await http.armFault({ method: 'GET', path: '/v3/customers/*', action: 'respond', status: 503 });
    const res = await fetch(`${overHttp.url}/v3/customers/9876543210`, { headers: { 'x-correlation-id': 'cp-http-1' } });
    assert.equal(res.status, 503);
    const [entry] = await http.journal({ correlationId: 'cp-http-1' });
    assert.equal(entry.status, 503);
    assert.equal(entry.fault, 'respond');
    assert.equal(await http.clearJournal(), 1);
    assert.equal((await failure(() => http.deleteFault(fault.id))).code, '4040', 'the fault was used up');
    const armed = await http.armFault({ path: '/v3/**', action: 'drop' });
    assert.equal(await http.deleteFault(armed.id), 1);
    const frozen = await http.freezeClock(true);
    assert.equal(frozen.frozen, true);
    assert.deepEqual(await failure(() => connectSimulator(overHttp.url).clock()), {
      status: 401, code: '4010', message: 'The control plane needs Authorization: Bearer <admin token>', additionalDetails: ['Authorization'],
    });
  });
});
