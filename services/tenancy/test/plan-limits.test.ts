import { eventually } from '@atrium/testing';
import { newAgency, problem, startHarness, type Harness, type TestAgency } from './support';

// PLAN_CLIENT_LIMIT is only the limit of an agency billing has told nothing about yet.
const DEFAULT_LIMIT = 4;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('tenancy_plan_limits', { PLAN_CLIENT_LIMIT: String(DEFAULT_LIMIT) });
});

afterAll(async () => {
  await harness?.stop();
});

/** billing's subscription.changed for the agency, as its relay publishes it. */
async function subscriptionChanged(
  agency: TestAgency,
  plan: { planId: string; clientLimit: number | null; version: number },
): Promise<void> {
  await harness.publishBillingEvent('atrium.billing.v1.subscription.changed', {
    agencyId: agency.agencyId,
    planId: plan.planId,
    clientLimit: plan.clientLimit ?? 0,
    unlimitedClients: plan.clientLimit === null,
    status: 'active',
    currentPeriodStart: new Date().toISOString(),
    currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    version: String(plan.version),
  });
}

/** The plan limit tenancy holds the agency to, as its home page answers it, once it is `expected`. */
async function limitBecomes(agency: TestAgency, expected: number | null): Promise<void> {
  await eventually(
    async () => {
      const home = await harness.client.GetAgencyHome({}, { actor: agency.owner });
      const limit = home.planClientsUnlimited ? null : home.planClientLimit;
      return limit === expected ? true : undefined;
    },
    10_000,
    `the plan client limit ${expected}`,
  );
}

const create = (agency: TestAgency, name: string) =>
  harness.client.CreateClient({ name }, { actor: agency.owner });

describe("the plan's client limit from billing's subscription events", () => {
  it('holds an agency billing has not told about to PLAN_CLIENT_LIMIT', async () => {
    const agency = await newAgency(harness);
    for (let index = 0; index < DEFAULT_LIMIT; index += 1) await create(agency, `Client ${index}`);
    expect(await problem(create(agency, 'One too many'))).toMatchObject({
      status: 409,
      code: 'plan_limit_reached',
    });
  });

  it("answers plan_limit_reached at the limit of the agency's plan, counting inactive clients", async () => {
    const agency = await newAgency(harness);
    await subscriptionChanged(agency, { planId: 'starter', clientLimit: 2, version: 1 });
    await limitBecomes(agency, 2);
    const { client } = await create(agency, 'First');
    await harness.client.DeactivateClient({ clientId: client!.id }, { actor: agency.owner });
    await create(agency, 'Second');
    expect(await problem(create(agency, 'Third'))).toMatchObject({
      status: 409,
      code: 'plan_limit_reached',
      detail: expect.stringContaining('2 client accounts'),
    });
  });

  it('allows more clients at once after an upgrade, and any number on an unlimited plan', async () => {
    const agency = await newAgency(harness);
    await subscriptionChanged(agency, { planId: 'starter', clientLimit: 1, version: 1 });
    await limitBecomes(agency, 1);
    await create(agency, 'First');
    expect(await problem(create(agency, 'Second'))).toMatchObject({ code: 'plan_limit_reached' });
    await subscriptionChanged(agency, { planId: 'agency-unlimited', clientLimit: null, version: 2 });
    await limitBecomes(agency, null);
    for (let index = 0; index < DEFAULT_LIMIT + 1; index += 1) await create(agency, `More ${index}`);
  });

  it('keeps the newest subscription when an older event arrives after it', async () => {
    const agency = await newAgency(harness);
    await subscriptionChanged(agency, { planId: 'growth', clientLimit: 7, version: 5 });
    await limitBecomes(agency, 7);
    await subscriptionChanged(agency, { planId: 'starter', clientLimit: 1, version: 4 });
    // A later event to know the earlier one was handled: another agency's.
    const other = await newAgency(harness);
    await subscriptionChanged(other, { planId: 'starter', clientLimit: 3, version: 1 });
    await limitBecomes(other, 3);
    const home = await harness.client.GetAgencyHome({}, { actor: agency.owner });
    expect(home.planClientLimit).toBe(7);
  });

  it("does not let one agency's plan change another's limit", async () => {
    const [small, other] = [await newAgency(harness), await newAgency(harness)];
    await subscriptionChanged(small, { planId: 'starter', clientLimit: 1, version: 1 });
    await limitBecomes(small, 1);
    const home = await harness.client.GetAgencyHome({}, { actor: other.owner });
    expect(home).toMatchObject({ planClientLimit: DEFAULT_LIMIT, planClientsUnlimited: false });
  });
});
