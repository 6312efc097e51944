import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { eventually } from '@atrium/testing';
import { platformForTests } from './platform';
import { expectStatus, joinAsMember, signUpAgency, type NewAgency, type Person } from './fixture';

// Plans and the agency's subscription through the real gateway, billing and tenancy: the routes resolve
// the caller's agency permissions (`access: 'agency'`) for billing to check, and tenancy holds client
// creation to the plan billing announces.
jest.setTimeout(180_000);

const e2e = platformForTests();
const { call } = e2e;

const DAY_MS = 86_400_000;

async function memberWith(agency: NewAgency, permissions: string[]): Promise<Person> {
  const role = await expectStatus(
    call('POST', '/v1/agency/roles', {
      token: agency.owner.accessToken,
      body: {
        name: `Holds ${permissions.join(' ') || 'nothing'} ${randomBytes(2).toString('hex')}`,
        permissions,
      },
    }),
    201,
    'a custom role',
  );
  return joinAsMember(e2e.platform, agency, {
    name: `Member ${randomBytes(2).toString('hex')}`,
    roleId: role.id,
  });
}

const changePlan = (token: string, planId: string, key: string | null = randomUUID()) =>
  call('PUT', '/v1/agency/subscription', {
    token,
    body: { planId },
    ...(key !== null && { headers: { 'Idempotency-Key': key } }),
  });

/** Waits until tenancy holds the agency to `limit` clients (null: unlimited), as its home page says. */
async function tenancyLimitBecomes(agency: NewAgency, limit: number | null): Promise<void> {
  await eventually(
    async () => {
      const home = await call('GET', '/v1/agency/home', { token: agency.owner.accessToken });
      return home.status === 200 && home.body.planClientLimit === limit ? true : undefined;
    },
    20_000,
    `tenancy's plan client limit ${limit}`,
  );
}

/** Saves a sandbox Visa as the agency's card straight in billing's database, as PUT payment-method would. */
async function saveVisa(agency: NewAgency): Promise<void> {
  const billing = new pg.Client({ connectionString: e2e.platform.databaseUrl('billing') });
  await billing.connect();
  try {
    await billing.query(
      `INSERT INTO payment_methods (id, agency_id, provider, provider_customer_id, provider_payment_method_id,
         brand, last4, exp_month, exp_year, status, saved_by)
       VALUES ($1, $2, 'sandbox', 'cus_sandbox_e2e', $3, 'visa', '4242', 12, 2035, 'active', $4)`,
      [
        randomUUID(),
        agency.agency.id,
        `pm_sandbox_pm_card_visa_${randomBytes(6).toString('hex')}`,
        agency.owner.user.id,
      ],
    );
  } finally {
    await billing.end();
  }
}

let harbour: NewAgency;

beforeAll(async () => {
  harbour = await signUpAgency(e2e.platform, { label: 'harbour' });
});

test('any signed-in person sees the plans, with fees in minor units and growth as the default', async () => {
  const member = await memberWith(harbour, []);
  const answer = await call('GET', '/v1/billing/plans', { token: member.accessToken });
  expect(answer.status).toBe(200);
  expect(answer.body.plans).toEqual([
    expect.objectContaining({
      id: 'starter',
      monthlyFeeMinor: 4900,
      currency: 'USD',
      clientLimit: 10,
      isDefault: false,
    }),
    expect.objectContaining({ id: 'growth', monthlyFeeMinor: 14900, clientLimit: 100, isDefault: true }),
    expect.objectContaining({ id: 'agency-unlimited', monthlyFeeMinor: 39900, clientLimit: null }),
  ]);
  expect((await call('GET', '/v1/billing/plans')).status).toBe(401);
});

test('sign-up puts the agency on the default plan, which billing:read may see and only billing:manage change', async () => {
  const answer = await call('GET', '/v1/agency/subscription', { token: harbour.owner.accessToken });
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({
    plan: { id: 'growth' },
    status: 'active',
    nextCharge: { amountMinor: 14900, currency: 'USD', at: answer.body.currentPeriod.end },
    pastDueSince: null,
  });
  const { start, end } = answer.body.currentPeriod;
  expect(Date.parse(end) - Date.parse(start)).toBeGreaterThanOrEqual(28 * DAY_MS);
  await e2e.platform.eventOf(
    'atrium.billing.v1.subscription.changed',
    (data) => data.agencyId === harbour.agency.id && data.planId === 'growth',
  );

  const [reader, nobody] = await Promise.all([
    memberWith(harbour, ['billing:read']),
    memberWith(harbour, []),
  ]);
  expect((await call('GET', '/v1/agency/subscription', { token: reader.accessToken })).status).toBe(200);
  expect((await call('GET', '/v1/agency/subscription', { token: nobody.accessToken })).status).toBe(403);
  const refused = await changePlan(reader.accessToken, 'starter');
  expect(refused.status).toBe(403);
  expect(refused.body.code).toBe('forbidden');
});

test('a change of plan names what is wrong with it: no Idempotency-Key, an unknown plan', async () => {
  const token = harbour.owner.accessToken;
  const keyless = await changePlan(token, 'starter', null);
  expect(keyless.status).toBe(400);
  expect(JSON.stringify(keyless.body.errors ?? keyless.body)).toContain('idempotency-key');
  const unknown = await changePlan(token, 'platinum');
  expect(unknown.status).toBe(400);
  expect(unknown.body).toMatchObject({ code: 'validation_failed' });
  expect(JSON.stringify(unknown.body)).toContain('planId');
  expect((await changePlan(token, '')).status).toBe(400);
});

test('a downgrade takes effect at once and tenancy then stops client creation at its limit', async () => {
  const lantern = await signUpAgency(e2e.platform, { label: 'lantern' });
  const token = lantern.owner.accessToken;
  const key = randomUUID();
  const downgraded = await changePlan(token, 'starter', key);
  expect(downgraded.status).toBe(200);
  expect(downgraded.body).toMatchObject({
    subscription: { plan: { id: 'starter', clientLimit: 10 } },
    chargedAmountMinor: 0,
  });
  // The same key answers the same; another plan under it is refused.
  expect((await changePlan(token, 'starter', key)).status).toBe(200);
  expect((await changePlan(token, 'growth', key)).body).toMatchObject({ code: 'idempotency_key_reused' });
  await tenancyLimitBecomes(lantern, 10);
  for (let index = 0; index < 10; index += 1)
    await expectStatus(
      call('POST', '/v1/clients', { token, body: { name: `Client ${index}` } }),
      201,
      `client ${index}`,
    );
  const full = await call('POST', '/v1/clients', { token, body: { name: 'One too many' } });
  expect(full.status).toBe(409);
  expect(full.body.code).toBe('plan_limit_reached');
  // The other agency keeps its own plan.
  const other = await call('GET', '/v1/agency/subscription', { token: harbour.owner.accessToken });
  expect(other.body.plan.id).not.toBe('starter');
});

test('a downgrade below the clients the agency has answers 409 plan_client_limit_below_usage', async () => {
  const beacon = await signUpAgency(e2e.platform, { label: 'beacon' });
  const token = beacon.owner.accessToken;
  const clients = [];
  for (let index = 0; index < 11; index += 1)
    clients.push(
      await expectStatus(
        call('POST', '/v1/clients', { token, body: { name: `Client ${index}` } }),
        201,
        `client ${index}`,
      ),
    );
  await expectStatus(call('POST', `/v1/clients/${clients[0].id}/deactivate`, { token }), 200, 'deactivating');
  // Billing counts the clients from tenancy's events: once it has all 11, the starter plan is refused.
  const refused = await eventually(
    async () => {
      const answer = await changePlan(token, 'starter');
      return answer.status === 409 ? answer : undefined;
    },
    20_000,
    'the downgrade to be refused',
  );
  expect(refused.body).toMatchObject({ code: 'plan_client_limit_below_usage' });
  expect(refused.body.detail).toContain('11');
  expect((await call('GET', '/v1/agency/subscription', { token })).body.plan.id).toBe('growth');
});

test('an upgrade is charged the prorated difference to the agency card at once, and lifts the limit', async () => {
  const quay = await signUpAgency(e2e.platform, { label: 'quay' });
  const token = quay.owner.accessToken;
  const noCard = await changePlan(token, 'agency-unlimited');
  expect(noCard.status).toBe(402);
  expect(noCard.body).toMatchObject({ code: 'payment_declined' });
  expect(noCard.body.detail).toContain('no_payment_method');
  await saveVisa(quay);
  const before = (await call('GET', '/v1/agency/subscription', { token })).body;
  const upgraded = await changePlan(token, 'agency-unlimited');
  expect(upgraded.status).toBe(200);
  // Signed up moments ago, so every day of the period is left: the whole difference, 39900 − 14900.
  expect(upgraded.body.chargedAmountMinor).toBe(25000);
  expect(upgraded.body.subscription).toMatchObject({
    plan: { id: 'agency-unlimited', clientLimit: null },
    currentPeriod: before.currentPeriod,
    nextCharge: { amountMinor: 39900 },
  });
  await tenancyLimitBecomes(quay, null);
});
