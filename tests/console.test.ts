// The web console in real Chromium: the worked scenario of docs/sandbox.md clicked in the console,
// the partner's calls included (its Partner API panel), except the PATCH that drops a contact and
// the one a fault fails, which the test sends as a partner's client would; what the page shows is
// checked against what the API answers.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { connectSimulator, startSimulator, type ControlPlane, type RunningSimulator } from '../server/index.js';
import { openBrowser, type Browser } from './support/browser.js';

const ADMIN_TOKEN = 'console-demo-token';
/** Set to a folder (docs/images) to keep the screenshots the docs show. */
const DOC_SHOTS = process.env.VIPM_SIM_CONSOLE_SCREENSHOTS;
const PROFILE = {
  companyName: 'Duckburg Widgets', preferredLanguage: 'en-US', marketSegment: 'COM',
  address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '1 Main St', postalCode: '95110' },
};
const DONALD = { firstName: 'Donald', lastName: 'Duck', email: 'donald@duckburg.example' };
const SCROOGE = { firstName: 'Scrooge', lastName: 'McDuck', email: 'scrooge@duckburg.example' };

/** The partner's side: the simulated Partner API, called as a partner's client would. */
function partner(url: string) {
  let token: string | undefined;
  const fetchToken = async () => {
    const res = await fetch(`${url}/ims/token/v3`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'vipm-sim-client', client_secret: 'vipm-sim-secret' }) });
    token = (await res.json()).access_token;
  };
  return {
    fetchToken,
    async call(method: string, path: string, body?: unknown, correlationId = randomUUID()) {
      if (!token) await fetchToken();
      const res = await fetch(`${url}${path}`, {
        method, body: body === undefined ? undefined : JSON.stringify(body),
        headers: { authorization: `Bearer ${token}`, 'x-api-key': 'vipm-sim-client', 'content-type': 'application/json', 'x-correlation-id': correlationId, 'x-request-id': randomUUID() },
      });
      return { status: res.status, body: await res.json().catch(() => undefined) };
    },
  };
}

describe('web console in Chromium', () => {
  let sim: RunningSimulator;
  let api: ControlPlane;
  let browser: Browser;
  let customerId: string;
  const console$ = () => `${sim.url}/__sandbox/console/`;

  before(async () => {
    sim = await startSimulator({ adminToken: ADMIN_TOKEN });
    api = connectSimulator(sim.url, { adminToken: ADMIN_TOKEN });
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
    await sim?.stop();
  });

  /** Runs one step; on failure a screenshot is left in tests/screenshots/. */
  const step = (name: string, work: () => Promise<void>) => it(name, async () => {
    try {
      await work();
    } catch (error) {
      const shot = await browser.shootFailure(name.replace(/\W+/g, '-').slice(0, 80));
      throw Object.assign(error as Error, { message: `${(error as Error).message}\n(screenshot: ${shot})` });
    }
  });
  const page = () => browser.page;
  /** The page as shown, or scrolled to the card holding the element of `testid`. */
  const docShot = async (name: string, testid?: string) => {
    if (!DOC_SHOTS) return;
    mkdirSync(DOC_SHOTS, { recursive: true });
    if (testid) await page().getByTestId(testid).evaluate((el) => el.closest('section')!.scrollIntoView({ block: 'start' }));
    await page().screenshot({ path: join(DOC_SHOTS, name) });
  };
  const clockShown = () => page().getByTestId('clock-now').textContent();
  const sameClock = async () => {
    const shown = await clockShown();
    const { now, frozen } = await api.clock();
    if (frozen) assert.equal(shown, `${now.slice(0, 19)}Z`);
    else assert.ok(Math.abs(Date.parse(shown!) - Date.parse(now)) < 5_000, `clock shown ${shown}, API ${now}`);
  };

  step('the console asks for the admin token and keeps it for the session only', async () => {
    await page().goto(console$());
    await page().getByLabel('Token').fill(ADMIN_TOKEN);
    await page().getByRole('button', { name: 'Open the console' }).click();
    await page().getByTestId('customer-list').waitFor();
    assert.equal(await page().evaluate(() => sessionStorage.getItem('vipm-sim-admin-token')), ADMIN_TOKEN);
    assert.equal(await page().evaluate(() => localStorage.getItem('vipm-sim-admin-token')), null);
  });

  step('the customer list shows every customer the state holds', async () => {
    const state = await api.state();
    const rows = page().getByTestId('customer-list').locator('tbody tr');
    await assert.doesNotReject(rows.first().waitFor());
    assert.equal(await rows.count(), state.customers.length);
    for (const c of state.customers) assert.ok(await rows.filter({ hasText: c.customerId }).count(), `${c.customerId} listed`);
    await docShot('console-customers.png');
  });

  step('the partner creates a customer from the console; it appears pending and activates a simulated minute later', async () => {
    await page().locator('nav').getByRole('link', { name: 'Partner API' }).click();
    const create = page().getByRole('form', { name: 'Create a customer' });
    await create.locator('textarea[name=create-contacts]').fill(`${DONALD.firstName} ${DONALD.lastName} ${DONALD.email}\n${SCROOGE.firstName} ${SCROOGE.lastName} ${SCROOGE.email}`);
    await create.getByRole('button', { name: 'Create customer' }).click();
    const answer = page().locator('section', { has: create }).getByTestId('partner-answer');
    await answer.filter({ hasText: '→ 201' }).waitFor();
    const body = JSON.parse((await answer.getByTestId('partner-answer-body').textContent())!);
    customerId = body.customerId;
    const record = await api.customer(customerId);
    assert.equal(record.companyProfile.companyName, PROFILE.companyName);
    assert.deepEqual(body.companyProfile.contacts.map((c: { email: string }) => c.email), [DONALD.email, SCROOGE.email]);
    const [entry] = await api.journal({ correlationId: (await answer.getAttribute('data-correlation-id'))! });
    assert.equal(entry.status, 201, 'the call is in the journal under the correlation id shown');
    assert.match(JSON.stringify(entry.requestHeaders), /x-api-key/i);
    await answer.scrollIntoViewIfNeeded();
    await docShot('console-partner.png');

    await page().getByRole('link', { name: 'Customers', exact: true }).click();
    await page().getByLabel('Search').fill('Duckburg');
    await page().getByRole('link', { name: customerId }).click();
    await page().getByTestId('customer-status').filter({ hasText: '1002 pending' }).waitFor();
    await page().getByRole('button', { name: '+1 minute' }).click();
    await page().getByTestId('customer-status').filter({ hasText: '1000 active' }).waitFor();
    assert.equal((await api.customer(customerId)).status, '1000');
    await sameClock();
  });

  step('the partner API panel shows an Adobe error as the API gives it', async () => {
    await page().locator('nav').getByRole('link', { name: 'Partner API' }).click();
    const any = page().getByRole('form', { name: 'Any Partner API request' });
    await any.getByLabel('Path').fill('/v3/linked_membership_groups?name=group');
    await any.getByRole('button', { name: 'Send' }).click();
    const answer = page().locator('section', { has: any }).getByTestId('partner-answer');
    await answer.filter({ hasText: '→ 400' }).waitFor();
    const body = JSON.parse((await answer.getByTestId('partner-answer-body').textContent())!);
    const shown = await answer.getByTestId('api-error').textContent();
    for (const part of ['400', `code ${body.code}`, body.message]) assert.ok(shown!.includes(part), `"${part}" shown in "${shown}"`);
    await page().goBack();
    await page().getByTestId('customer-status').waitFor();
  });

  step('a contact dropped by PATCH stays an admin in the console, beside a console admin the API never shows', async () => {
    await page().getByLabel('First name').fill('Daisy');
    await page().getByLabel('Last name').fill('Duck');
    await page().getByLabel('Email', { exact: true }).fill('daisy@duckburg.example');
    await page().getByRole('button', { name: 'Add console admin' }).click();
    await page().locator('[data-testid=admins] tr[data-email="daisy@duckburg.example"]').filter({ hasText: 'CONSOLE' }).waitFor();

    const patched = await partner(sim.url).call('PATCH', `/v3/customers/${customerId}`, { companyProfile: { ...PROFILE, contacts: [DONALD] } });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    const contacts = page().getByTestId('contacts');
    await contacts.filter({ hasNotText: SCROOGE.email }).waitFor();
    const record = await api.customer(customerId);
    assert.deepEqual(record.companyProfile.contacts.map((c) => c.email), [DONALD.email]);
    const admins = page().getByTestId('admins');
    for (const a of record.admins) {
      await admins.locator(`tr[data-email="${a.email}"]`).filter({ hasText: a.source }).waitFor();
    }
    assert.ok(record.admins.some((a) => a.email === SCROOGE.email && a.source === 'API'), 'Scrooge stays an admin');
    assert.equal(await admins.locator('tbody tr').count(), record.admins.length);
    await admins.locator(`tr[data-email="${SCROOGE.email}"]`).getByTestId('not-a-contact').waitFor();
    await docShot('console-customer.png');
  });

  /** The partner's PATCH from the customer's page: a 3YC request of `quantity` licences. */
  const requestFromPage = async (kind: 'commitmentRequest' | 'recommitmentRequest', quantity: number) => {
    const form = page().getByRole('form', { name: 'Update a customer as the partner' });
    await form.locator('textarea[name=partner-contacts]').filter({ hasNotText: SCROOGE.email }).waitFor();
    await form.locator('select[name=partner-3yc-request]').selectOption(kind);
    await form.locator('input[name=partner-3yc-LICENSE]').fill(String(quantity));
    const answer = form.getByTestId('partner-answer');
    const before = await answer.getAttribute('data-correlation-id', { timeout: 100 }).catch(() => null);
    await form.getByRole('button', { name: 'PATCH customer' }).click();
    await form.locator(`[data-testid=partner-answer]:not([data-correlation-id="${before}"])`).filter({ hasText: `PATCH /v3/customers/${customerId}` }).waitFor();
    assert.equal(await answer.getAttribute('data-status'), '200', (await answer.textContent())!);
    const inView = await answer.evaluate((el) => { const box = el.getBoundingClientRect(); return box.top >= 0 && box.top < window.innerHeight; });
    assert.ok(inView, 'the answer is scrolled into view, not left below the fold');
    const body = JSON.parse((await answer.getByTestId('partner-answer-body').textContent())!);
    assert.deepEqual(body.companyProfile.contacts.map((c: { email: string }) => c.email), [DONALD.email], 'the PATCH sent the contacts the API holds');
    return answer;
  };

  step('a 3YC the partner requests from the console is accepted there: COMMITTED', async () => {
    await requestFromPage('commitmentRequest', 20);
    await page().locator('[data-testid=three-year-commit] tr[data-term=commitmentRequest][data-status=REQUESTED]').waitFor();
    assert.equal((await api.customer(customerId)).threeYearCommit?.commitmentRequest?.status, 'REQUESTED');
    await page().getByRole('button', { name: 'Accept, owning the quantities' }).click();
    await page().locator('[data-testid=three-year-commit] tr[data-term=commitment][data-status=COMMITTED]').waitFor();
    assert.equal((await api.customer(customerId)).threeYearCommit?.commitment?.status, 'COMMITTED');
    await docShot('console-3yc.png', 'three-year-commit');
    await page().evaluate(() => scrollTo(0, 0));
  });

  step('the clock moves to the recommitment window; a recommitment accepted there is the term after the end', async () => {
    const end = (await api.customer(customerId)).threeYearCommit!.commitment!.endDate;
    await page().getByRole('button', { name: /Clock to 20 days before the end/ }).click();
    const target = new Date(Date.parse(`${end}T12:00:00Z`) - 20 * 86_400_000).toISOString();
    await page().getByTestId('clock-now').filter({ hasText: target.slice(0, 13) }).waitFor();
    await sameClock();

    const answer = await requestFromPage('recommitmentRequest', 25);
    assert.match((await answer.textContent())!, /the token had expired/, 'tokens live 24 simulated hours: the console fetched a new one');
    await page().locator('[data-testid=three-year-commit] tr[data-term=recommitmentRequest][data-status=REQUESTED]').waitFor();
    await page().getByRole('button', { name: 'Accept', exact: true }).click();
    await page().locator('[data-testid=three-year-commit] tr[data-term=recommitmentRequest][data-status=ACCEPTED]').waitFor();
    for (let i = 0; i < 3; i++) await page().getByRole('button', { name: '+7 days' }).click();
    const after = (await api.customer(customerId)).threeYearCommit!;
    assert.equal(after.commitment?.status, 'COMMITTED');
    assert.equal(after.commitment?.minimumQuantities[0].quantity, 25);
    await page().locator('[data-testid=three-year-commit] tr[data-term=commitment][data-status=COMMITTED]').filter({ hasText: '25 LICENSE' }).waitFor();
    assert.equal(await page().locator('[data-testid=three-year-commit] tr[data-term=recommitmentRequest]').count(), after.recommitmentRequest ? 1 : 0);
    await sameClock();
  });

  step('an API error is shown as the API gives it: status, code, message, details', async () => {
    await page().getByRole('button', { name: 'Decline' }).click();
    const shown = page().getByTestId('api-error').first();
    await shown.waitFor();
    const error = await api.declineThreeYearCommit(customerId).then(() => undefined, (e) => e);
    assert.ok(error, 'decline fails through the API too');
    const text = await shown.textContent();
    for (const part of [String(error.status), error.code, error.message, ...error.additionalDetails]) assert.ok(text!.includes(part), `"${part}" shown in "${text}"`);
  });

  step('a fault armed in the console fails the next partner call, and the live journal shows it', async () => {
    await page().getByRole('link', { name: 'Faults' }).click();
    await page().getByLabel('Method').selectOption('PATCH');
    await page().getByLabel('Path pattern').fill('/v3/customers/*');
    await page().getByLabel('Status').fill('500');
    await page().getByRole('button', { name: 'Arm fault' }).click();
    await page().getByTestId('faults').locator('tbody tr').filter({ hasText: '/v3/customers/*' }).waitFor();
    assert.equal((await api.faults()).length, 1);

    await page().getByRole('link', { name: 'Journal' }).click();
    await page().getByTestId('journal').waitFor();
    const correlationId = randomUUID();
    const failed = await partner(sim.url).call('PATCH', `/v3/customers/${customerId}`, { companyProfile: { ...PROFILE, contacts: [DONALD] } }, correlationId);
    assert.equal(failed.status, 500);
    const row = page().getByTestId('journal').locator(`tbody tr[data-correlation-id="${correlationId}"]`);
    await row.waitFor(); // no reload: the journal polls
    assert.equal(await row.getAttribute('data-status'), '500');
    await row.getByRole('button').click();
    const [entry] = await api.journal({ correlationId });
    const response = await page().getByTestId('journal-response').textContent();
    assert.deepEqual(JSON.parse(response!), entry.responseBody);
    assert.ok((await page().getByTestId('journal-entry').textContent())!.includes('Bearer'), 'request headers shown (token masked by the server)');
    await docShot('console-journal.png');

    await page().getByLabel('status').fill('500');
    const rows = page().getByTestId('journal').locator('tbody tr');
    await page().waitForFunction(() => [...document.querySelectorAll('[data-testid=journal] tbody tr')].every((r) => r.getAttribute('data-status') === '500'));
    assert.equal(await rows.count(), (await api.journal({ status: 500 })).length);
    await page().getByLabel('status').fill('');
    await page().getByLabel('customerId').fill(customerId);
    await page().waitForFunction((n) => document.querySelectorAll('[data-testid=journal] tbody tr').length === n, (await api.journal({ customerId })).length);
  });

  step('the outbox shows every welcome email, newest first', async () => {
    await page().getByRole('link', { name: 'Emails' }).click();
    const emails = await api.emails();
    const cards = page().getByTestId('email');
    await cards.first().waitFor();
    assert.equal(await cards.count(), emails.length);
    assert.ok((await cards.first().textContent())!.includes(emails.at(-1)!.to));
  });

  step('state exported as a file loads back after a reset to empty', async () => {
    await page().getByRole('link', { name: 'State' }).click();
    const [download] = await Promise.all([page().waitForEvent('download'), page().getByRole('button', { name: 'Export state' }).click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    const now = await api.state();
    assert.deepEqual(exported.customers.map((c: { customerId: string }) => c.customerId), now.customers.map((c) => c.customerId));

    await page().getByRole('button', { name: 'Reset to empty' }).click();
    await page().getByTestId('state-done').filter({ hasText: 'empty' }).waitFor();
    assert.equal((await api.state()).customers.length, 0);
    await page().locator('input[name=state-file]').setInputFiles(file);
    await page().getByTestId('state-done').filter({ hasText: 'Imported' }).waitFor();
    const back = await api.state();
    assert.equal(back.customers.length, exported.customers.length);
    assert.deepEqual((await api.customer(customerId)).admins.map((a) => a.email).sort(), exported.customers.find((c: { customerId: string }) => c.customerId === customerId).admins.map((a: { email: string }) => a.email).sort());
  });

  step('the owner of a linked membership issues a code in the console, and a customer joins with it there', async () => {
    const owner = '1005000006';
    const groupId = (await api.customer(owner)).linkedMembership!.id;
    await page().goto(`${console$()}#/customers/${owner}`);
    const group = page().getByTestId('linked-membership-group');
    await group.getByTestId('group-terms').filter({ hasText: (await api.linkedMembershipGroup(groupId)).termsAcceptanceStatus }).waitFor();
    await group.getByRole('button', { name: 'Issue an authorization code' }).click();
    await group.getByTestId('authorization-code').first().waitFor();
    const code = (await group.getByTestId('authorization-code').first().textContent())!;
    assert.equal((await api.linkedMembershipGroup(groupId)).authorizationCodes.at(-1)!.code, code);
    await group.getByRole('button', { name: 'Reject the terms' }).click();
    const refused = await api.answerLinkedMembershipTerms(groupId, 'REJECTED').then(() => undefined, (e) => e);
    assert.ok((await group.getByTestId('api-error').textContent())!.includes(refused.message), 'terms answered once: the API error is shown');

    await page().goto(`${console$()}#/customers/9876543210`);
    await page().getByLabel('Authorization code').fill(code);
    await page().getByRole('button', { name: 'Join with the code' }).click();
    await page().getByTestId('linked-membership').filter({ hasText: 'MEMBER' }).waitFor();
    assert.equal((await api.customer('9876543210')).linkedMembership?.linkedMembershipType, 'MEMBER');
    await page().getByTestId('group-members').locator('tr[data-customer-id="9876543210"]').waitFor();
    assert.ok((await api.linkedMembershipGroup(groupId)).members.some((m) => m.customerId === '9876543210'));
    await docShot('console-linked-membership.png', 'linked-membership-group');
  });

  step('licences the customer adds in the console are its open acquisitions', async () => {
    const form = page().getByRole('form', { name: 'Add licences as the customer' });
    await form.getByLabel('Quantity').fill('2');
    await form.getByRole('button', { name: 'Add licences' }).click();
    const [added] = (await api.customer('9876543210')).openAcquisitions;
    await page().getByTestId('open-acquisitions').locator('tbody tr').filter({ hasText: added?.productName ?? 'none' }).waitFor();
    assert.equal(added.quantity, 2);
    assert.ok((await page().getByTestId('open-acquisitions').textContent())!.includes(added.expiryDate.slice(0, 10)));
  });

  step('a global customer\'s deployments are shown in the console and deactivated there', async () => {
    const address = { country: 'GB', region: 'LND', city: 'London', addressLine1: '1 Fleet Street', postalCode: 'EC4Y 1AA' };
    await api.updateCustomer('9876543210', { globalSalesEnabled: true, deployments: [{ deploymentId: '3454000900', companyProfile: { address }, creationDate: '2026-10-01T00:00:00Z', status: '1000' }] });
    const row = page().getByTestId('deployments').locator('tr[data-deployment="3454000900"]');
    await row.filter({ hasText: 'London' }).waitFor();
    await row.getByRole('button', { name: 'Deactivate' }).click();
    await page().getByTestId('deployments').locator('tr[data-deployment="3454000900"][data-status="1004"]').waitFor();
    assert.equal((await api.customer('9876543210')).deployments?.[0].status, '1004');
    await api.updateCustomer('9876543210', { globalSalesEnabled: false, deployments: [] });
  });

  step('the LGA benefit, its pending upgrade and the subscription facts are edited in the console', async () => {
    await page().getByText('Edit the LGA benefit and the subscriptions').click();
    const lga = page().getByRole('form', { name: 'Edit the LGA benefit' });
    await lga.getByLabel('LGA status').selectOption('PENDING_UPGRADE');
    await lga.getByLabel('Upgrade date').fill('2030-01-01');
    await lga.getByRole('button', { name: 'Save LGA' }).click();
    await page().getByTestId('lga-upgrade').filter({ hasText: '2030-01-01' }).waitFor();
    const record = await api.customer('9876543210');
    assert.deepEqual([record.lga?.status, record.lga?.upgradeDate], ['PENDING_UPGRADE', '2030-01-01']);
    const subs = page().getByRole('form', { name: 'Edit the subscriptions' });
    await subs.getByLabel('Renewal quantity').fill('150');
    await subs.getByRole('button', { name: 'Save subscriptions' }).click();
    await page().getByText('renews 150 licences').waitFor();
    assert.equal((await api.customer('9876543210')).subscriptions.renewalQuantity, 150);
  });

  step('the partner places an order from the customer page; completed in the console, it shows a subscription, its switch paths and a switch preview, and the console deactivates it', async () => {
    const form = page().getByRole('form', { name: 'Place an order as the partner' });
    await form.getByLabel('Type').selectOption('NEW');
    await form.getByLabel('Quantity').fill('3');
    await form.getByRole('button', { name: 'Send order' }).click();
    const answer = page().locator('section', { has: form }).getByTestId('partner-answer');
    await answer.filter({ hasText: '→ 201' }).waitFor();
    const orders = page().getByTestId('orders');
    await orders.getByTestId('order-status').filter({ hasText: '1002 open' }).waitFor();
    await orders.getByRole('button', { name: 'Complete now' }).click();
    await orders.getByTestId('order-status').filter({ hasText: '1000 complete' }).waitFor();
    const [order] = await api.orders('9876543210');
    assert.deepEqual([order.status, order.lineItems[0].quantity], ['1000', 3]);
    const subscriptions = page().getByTestId('subscriptions');
    await subscriptions.getByTestId('subscription-status').filter({ hasText: '1000' }).waitFor();
    // Its mid-term upgrade paths, as the partner reads them, and a priced preview of switching all 3.
    await subscriptions.getByRole('button', { name: 'Switch paths' }).click();
    await subscriptions.getByTestId('switch-paths').getByText('FULL_ONLY').waitFor();
    await subscriptions.getByRole('button', { name: 'Preview switch of 3' }).click();
    await subscriptions.getByTestId('partner-answer').filter({ hasText: '→ 201' }).waitFor();
    await subscriptions.getByRole('button', { name: 'Deactivate' }).click();
    await subscriptions.getByTestId('subscription-status').filter({ hasText: '1004' }).waitFor();
    assert.deepEqual((await api.subscriptions('9876543210')).map((x) => [x.currentQuantity, x.status]), [[3, '1004']]);
  });

  step('the renewal card shows the next renewal date and what happens on it; "Renew today" runs the anniversary (a RENEWAL order by Adobe)', async () => {
    await api.seedSubscription('9876543210', { offerId: '65304921CA01A12', currentQuantity: 4 });
    const outlook = page().getByTestId('renewal-outlook');
    await outlook.filter({ hasText: 'renews at 4' }).waitFor();
    await page().getByRole('button', { name: 'Renew today' }).click();
    await page().getByTestId('orders').getByText('RENEWAL').first().waitFor();
    // Earlier steps gave the customer other subscriptions and moved the clock: find the seeded one's renewal.
    const renewed = (await api.orders('9876543210')).filter((o) => o.orderType === 'RENEWAL' && o.source === 'System').flatMap((o) => o.lineItems);
    assert.ok(renewed.some((l) => l.offerId.startsWith('65304921') && l.quantity === 4), JSON.stringify(renewed));
  });

  step('distributor settings and resellers are edited in the console', async () => {
    await page().getByRole('link', { name: 'Resellers' }).click();
    const other = page().getByTestId('distributors').locator('tr[data-distributor-id="5000000002"]');
    await other.locator('input[name=lgaEnabled-5000000002]').click();
    await page().locator('tr[data-distributor-id="5000000002"][data-lga-enabled=true]').waitFor();
    assert.equal((await api.distributors()).find((d) => d.distributorId === '5000000002')?.lgaEnabled, true);
    await other.getByLabel('Country of 5000000002').fill('CA');
    await other.getByRole('button', { name: 'Set' }).click();
    await page().locator('tr[data-distributor-id="5000000002"][data-country=CA]').waitFor();
    const create = page().getByRole('form', { name: 'Create a reseller' });
    await create.getByLabel('Reseller id').fill('7778889990');
    await create.getByLabel('Company').fill('Gyro Resellers');
    await create.locator('input[name=reseller-segment-EDU]').check();
    await create.getByRole('button', { name: 'Create reseller' }).click();
    await page().getByTestId('resellers').locator('tr[data-reseller-id="7778889990"]').waitFor();
    const made = (await api.resellers()).find((r) => r.resellerId === '7778889990');
    assert.deepEqual([made?.companyName, made?.marketSegments], ['Gyro Resellers', ['COM', 'EDU']]);
    assert.equal((await api.distributors()).find((d) => d.distributorId === '5000000002')?.country, 'CA');
  });

  step('the customer generates a reseller-change code in the console, and the partner commits the transfer with it there', async () => {
    await page().goto(`${console$()}#/customers/9876543210`);
    await page().getByRole('button', { name: 'Generate approval code' }).click();
    await page().locator('[data-testid=reseller-change-code][data-state=VALID]').waitFor();
    const { code } = await api.invoke('getResellerChange', { path: { 'customer-id': '9876543210' } });
    assert.ok((await page().getByTestId('reseller-change-code').textContent())!.includes(code!.code));
    const form = page().getByRole('form', { name: 'Transfer the customer as the partner' });
    await form.getByLabel('New reseller').fill('5556667779');
    await form.getByLabel('Action').selectOption('COMMIT');
    await form.getByRole('button', { name: 'Send transfer' }).click();
    await page().locator('section', { has: form }).getByTestId('partner-answer').filter({ hasText: '→ 201' }).waitFor();
    await page().getByTestId('transfers').locator('tbody tr').first().waitFor();
    await page().locator('[data-testid=reseller-change-code][data-state=USED]').waitFor();
    const after = await api.invoke('getResellerChange', { path: { 'customer-id': '9876543210' } });
    assert.deepEqual([after.resellerId, after.transfers.length, after.transfers[0].previousResellerId], ['5556667779', 1, '5556667778']);
    await page().getByRole('link', { name: 'Resellers' }).click();
    await page().getByTestId('all-transfers').locator(`tr[data-transfer-id="${after.transfers[0].transferId}"]`).waitFor();
  });

  step('a customer seeded in the console, and its other fields edited as JSON, are what the API holds', async () => {
    await page().goto(`${console$()}#/customers`);
    await page().getByText('Seed a customer (any state)').click();
    await page().getByLabel('Customer id').fill('3000000042');
    await page().getByRole('button', { name: 'Seed customer' }).click();
    await page().getByTestId('customer-status').filter({ hasText: '1002 pending' }).waitFor();
    assert.equal((await api.customer('3000000042')).status, '1002');

    await page().getByText('Other fields (linked membership').click();
    const raw = page().locator('textarea[name=raw-fields]');
    const fields = JSON.parse(await raw.inputValue());
    await raw.fill(JSON.stringify({ ...fields, tags: ['demo'] }));
    await page().getByRole('button', { name: 'Save fields' }).click();
    await page().waitForFunction(() => (document.querySelector('textarea[name=raw-fields]') as HTMLTextAreaElement | null)?.value.includes('"demo"'));
    assert.deepEqual((await api.customer('3000000042')).tags, ['demo']);

    await page().getByText('Edit the 3YC terms').click();
    const request = page().getByRole('form', { name: 'Edit the commitment request' });
    await request.locator('select[name=commitmentRequest-status]').selectOption('ACCEPTED');
    await request.locator('input[name=commitmentRequest-start]').fill('2026-11-01');
    await request.locator('input[name=commitmentRequest-end]').fill('2029-11-01');
    await request.locator('input[name=commitmentRequest-quantity-LICENSE]').fill('20');
    await request.locator('input[name=commitmentRequest-quantity-CONSUMABLES]').fill('100');
    await request.getByRole('button', { name: 'Save commitment request' }).click();
    await page().locator('[data-testid=three-year-commit] tr[data-term=commitmentRequest][data-status=ACCEPTED]').filter({ hasText: '20 LICENSE, 100 CONSUMABLES' }).waitFor();
    const fulfil = page().getByRole('form', { name: 'Fulfil the 3YC request' });
    await fulfil.locator('input[name=fulfil-LICENSE]').fill('20');
    await fulfil.getByRole('button', { name: 'Fulfil' }).click();
    await page().getByTestId('three-year-commit-facts').filter({ hasText: 'ordered 20 LICENSE' }).waitFor();
    assert.deepEqual((await api.customer('3000000042')).threeYearCommit?.orderedQuantities, [{ offerType: 'LICENSE', quantity: 20 }]);

    await raw.fill(JSON.stringify({ ...fields, activeSubscriptions: -1 }));
    await page().getByRole('button', { name: 'Save fields' }).click();
    const expected = await api.updateCustomer('3000000042', { activeSubscriptions: -1 }).then(() => undefined, (e) => e);
    const shown = await page().getByTestId('api-error').first().textContent();
    assert.ok(shown!.includes(`code ${expected.code}`) && shown!.includes(expected.message), `${shown} vs ${expected.message}`);
  });

  step('a VIP membership seeded in the console is previewed and transferred as the partner, and its customer appears', async () => {
    await page().goto(`${console$()}#/memberships`);
    const seed = page().getByRole('form', { name: 'Seed a VIP membership' });
    await seed.getByLabel('Membership id').fill('12345678');
    await seed.locator('input[name=membership-3yc]').check();
    await seed.getByRole('button', { name: 'Seed membership' }).click();
    const row = page().getByTestId('vip-memberships').locator('tr[data-membership-id="12345678"]');
    await row.waitFor();
    assert.equal((await api.invoke('getVipMembership', { path: { 'membership-id': '12345678' } })).threeYearCommit?.commitment.minimumQuantities[0].quantity, 10);
    const actions = page().getByTestId('vip-memberships').locator('tr.actions').first();
    await actions.getByRole('button', { name: 'Preview offers' }).click();
    await actions.getByTestId('partner-answer').filter({ hasText: '→ 200' }).waitFor();
    await actions.getByRole('button', { name: 'Transfer', exact: true }).click();
    await actions.getByTestId('partner-answer').filter({ hasText: '→ 202' }).waitFor();
    await page().locator('tr[data-membership-id="12345678"][data-transferred=true]').waitFor();
    await api.advanceClock('PT1M');
    await actions.getByRole('button', { name: 'Transfer details' }).click();
    await actions.getByTestId('partner-answer').filter({ hasText: '→ 200' }).waitFor();
    const details = JSON.parse((await actions.getByTestId('partner-answer-body').textContent())!);
    assert.equal(details.status, '1000');
    assert.equal((await api.customer(details.customerId)).threeYearCommit?.commitment?.status, 'COMMITTED');
  });

  step('a flexible discount defined in the console is one the control plane keeps, and removed from it again', async () => {
    await page().goto(`${console$()}#/discounts`);
    const form = page().getByRole('form', { name: 'Define a discount' });
    await form.locator('input[name=discount-code]').fill('CONSOLE-10');
    await form.locator('input[name=discount-name]').fill('Console ten');
    await form.locator('input[name=discount-one-time]').check();
    await form.getByRole('button', { name: 'Save discount' }).click();
    const row = page().getByTestId('discounts').locator('tr', { hasText: 'CONSOLE-10' });
    await row.waitFor();
    const kept = (await api.invoke('listSandboxFlexDiscounts')).find((d) => d.code === 'CONSOLE-10');
    assert.deepEqual([kept?.name, kept?.values, kept?.oneTime], ['Console ten', [{ value: 10 }], true]);
    await row.getByRole('button', { name: 'Remove' }).click();
    await row.waitFor({ state: 'detached' });
    assert.equal((await api.invoke('listSandboxFlexDiscounts')).some((d) => d.code === 'CONSOLE-10'), false);
  });

  step('large type reads on a projector and no view is wider than 1280 px; the views are reachable by keyboard', async () => {
    const overflow = () => page().evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page().getByLabel('Large type').check();
    assert.equal(await page().evaluate(() => getComputedStyle(document.documentElement).fontSize), '20px');
    for (const view of ['customers', `customers/${customerId}`, 'partner', 'journal', 'faults', 'emails', 'resellers', 'memberships', 'discounts', 'state']) {
      await page().goto(`${console$()}#/${view}`);
      await page().locator('main section, main .title-row').first().waitFor();
      assert.ok(await overflow() <= 0, `#/${view} is ${await overflow()} px too wide in large type`);
      if (view === `customers/${customerId}`) await docShot('console-large-type.png');
    }
    await page().getByLabel('Large type').uncheck();
    await page().goto(`${console$()}#/customers`);
    await page().getByTestId('customer-list').waitFor();
    await page().locator('nav a', { hasText: 'Faults' }).focus();
    await page().keyboard.press('Enter');
    await page().getByTestId('faults').waitFor();
  });
});
