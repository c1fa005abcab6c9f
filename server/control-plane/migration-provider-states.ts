// Pact provider states of the VIP to VIP Marketplace migration: a VIP membership as the sandbox
// portal's Quick Create makes it (eligible), with 3YC if asked, and one already transferred.
import { transferIdOf } from '../domain/migration/migration-transfer.js';
import { partnerCall, type Params, type ProviderState, type Sim } from './provider-states.js';

const MEMBERSHIP_PARAMS = {
  membershipId: 'the VIP membership id (default 12345678)',
  companyName: 'default Migrating Corp',
  threeYearCommit: '"true": a COMMITTED 3YC of 10 licences running three years from today (default none)',
  quantity: 'the Creative Cloud All Apps licences of its one subscription (default 10)',
};

const membershipOf = (p: Params) => p.membershipId ?? '12345678';

async function seedMembership(sim: Sim, p: Params) {
  const today = (await sim.controlPlane.clock()).now.slice(0, 10);
  const end = `${Number(today.slice(0, 4)) + 3}${today.slice(4)}`;
  const threeYearCommit = p.threeYearCommit === 'true'
    ? { commitment: { startDate: today, endDate: end, status: 'COMMITTED' as const, minimumQuantities: [{ offerType: 'LICENSE' as const, quantity: 10 }] } }
    : null;
  await sim.controlPlane.invoke('putVipMembership', {
    path: { 'membership-id': membershipOf(p) },
    body: { companyName: p.companyName ?? 'Migrating Corp', subscriptions: [{ offerId: '65304479CA01A12', quantity: Number(p.quantity ?? 10) }], threeYearCommit },
  });
}

export function migrationProviderStates(): ProviderState[] {
  return [
    {
      state: 'a VIP membership eligible to migrate',
      description: 'A VIP membership (Quick Create) with one subscription of Creative Cloud All Apps, one admin contact, eligible to transfer to any active COM reseller of distributor 5000000001.',
      params: MEMBERSHIP_PARAMS,
      setup: (sim, p) => seedMembership(sim, p),
    },
    {
      state: 'a VIP membership transferred to VIP Marketplace',
      description: `That membership transferred to reseller 5556667778 (resellerId param) an hour ago: the transfer (id ${transferIdOf('12345678')} for 12345678) is complete (1000) and the customer exists.`,
      params: { ...MEMBERSHIP_PARAMS, resellerId: 'the reseller it transferred to (default 5556667778)' },
      setup: async (sim, p) => {
        await seedMembership(sim, p);
        const id = membershipOf(p);
        const response = await partnerCall(sim, 'vipm-sim-client', {
          operationId: 'createMembershipTransfer', method: 'POST', path: `/v3/memberships/${id}/transfers`, params: { 'membership-id': id },
          headers: { 'x-correlation-id': `provider-state-transfer-${id}-${Date.now()}`, 'content-type': 'application/json' },
          body: Buffer.from(JSON.stringify({ resellerId: p.resellerId ?? '5556667778' })),
        });
        if (response.status !== 202) throw new Error(`the state's transfer failed: ${response.body}`);
        await sim.controlPlane.advanceClock('PT1H');
      },
    },
  ];
}
