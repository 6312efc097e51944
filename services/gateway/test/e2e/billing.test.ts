import { randomBytes, randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { eventually } from '@atrium/testing';
import { platformForTests, type Answer } from './platform';
import {
  agencyFixture,
  createClient,
  expectStatus,
  joinAsMember,
  signUpAgency,
  type AgencyFixture,
  type ClientOfAgency,
  type NewAgency,
  type Person,
} from './fixture';

// Billing's credits and cards through the real gateway, identity, tenancy and billing (sandbox
// provider, docs/billing.md): who may do what, the ledger, the sandbox's test tokens and Stripe's
// signed webhooks.
jest.setTimeout(240_000);

const WEBHOOK_SECRET = `whsec_${randomBytes(16).toString('hex')}`;
// The sandbox verifies Stripe-signed webhooks when given the secret, as Stripe's test mode sends them.
// The fixture hashes a password per person (Argon2id): a longer deadline keeps a busy machine from
// failing the set-up, which is not what this file tests.
const e2e = platformForTests({
  env: { STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, GRPC_DEADLINE_MS: '20000' },
});
const { call } = e2e;

let ledger: AgencyFixture;
let stranger: NewAgency & { client: ClientOfAgency };
/** A client whose team the member is on: the member enters it as an agency user. */
let teamClient: ClientOfAgency;
let finance: Person;
let managingKey: string;
let readingKey: string;

const key = () => randomUUID();

async function apiKey(owner: Person, name: string, permissions: string[]): Promise<string> {
  const created = await expectStatus(
    call('POST', '/v1/agency/api-keys', { token: owner.accessToken, body: { name, permissions } }),
    201,
    `the API key ${name}`,
  );
  return created.secret as string;
}

function transfer(token: string, clientId: string, body: object, idempotencyKey = key()): Promise<Answer> {
  return call('POST', `/v1/clients/${clientId}/credits/transfers`, {
    token,
    body,
    headers: { 'idempotency-key': idempotencyKey },
  });
}

beforeAll(async () => {
  ledger = await agencyFixture(e2e.platform, { label: 'ledger', agencyName: 'Ledger Agency' });
  const elsewhere = await signUpAgency(e2e.platform, { label: 'stranger', agencyName: 'Stranger Agency' });
  stranger = { ...elsewhere, client: await createClient(e2e.platform, elsewhere, { name: 'Their Co' }) };
  const { owner } = ledger;
  teamClient = await createClient(e2e.platform, ledger, { name: 'Team Co' });
  await expectStatus(
    call('PUT', `/v1/clients/${teamClient.id}/team`, {
      token: owner.accessToken,
      body: { ownerId: owner.user.id, memberIds: [ledger.member.user.id] },
    }),
    200,
    'the team of Team Co',
  );
  const role = await expectStatus(
    call('POST', '/v1/agency/roles', {
      token: owner.accessToken,
      body: { name: 'Finance reader', permissions: ['billing:read'] },
    }),
    201,
    'the finance role',
  );
  finance = await joinAsMember(e2e.platform, ledger, { name: 'Fina Finance', roleId: role.id });
  managingKey = await apiKey(owner, 'Distributor', ['billing:manage', 'clients:read_all']);
  readingKey = await apiKey(owner, 'Reporter', ['clients:read_all']);
});

describe('the agency credits and the ledger', () => {
  it("shows the agency's credits to billing:read and refuses a member without it", async () => {
    const owned = await call('GET', '/v1/agency/credits', { token: ledger.owner.accessToken });
    expect(owned).toMatchObject({ status: 200, body: { available: 0, reserved: 0, entries: [] } });
    expect((await call('GET', '/v1/agency/credits', { token: finance.accessToken })).status).toBe(200);
    expect(
      (await call('GET', '/v1/agency/credits', { token: ledger.member.accessToken })).body,
    ).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await call('GET', '/v1/agency/credits', { token: readingKey })).body).toMatchObject({
      status: 403,
      code: 'forbidden',
    });
  });

  it('answers a client user on the agency route as a non-member: 404', async () => {
    const answer = await call('GET', '/v1/agency/credits', {
      token: ledger.clientUsers.primary.accessToken,
    });
    expect(answer.body).toMatchObject({ status: 404, code: 'not_found' });
  });

  it("shows a client's credits to whoever enters it, and hides another agency's client", async () => {
    const { client } = ledger;
    for (const token of [
      ledger.owner.accessToken,
      ledger.clientUsers.read_only.accessToken,
      managingKey,
      readingKey,
    ]) {
      const answer = await call('GET', `/v1/clients/${client.id}/credits`, { token });
      expect([answer.status, answer.body.available, answer.body.reserved]).toEqual([200, 0, 0]);
    }
    const foreign = await call('GET', `/v1/clients/${stranger.client.id}/credits`, {
      token: ledger.owner.accessToken,
    });
    expect(foreign.body).toMatchObject({ status: 404, code: 'not_found' });
    const notOnTeam = await call('GET', `/v1/clients/${client.id}/credits`, {
      token: ledger.member.accessToken,
    });
    expect(notOnTeam.body).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('refuses a transfer the agency cannot afford with 409 naming what is available, and writes nothing', async () => {
    const answer = await transfer(ledger.owner.accessToken, ledger.client.id, {
      amount: 5,
      direction: 'to_client',
    });
    expect(answer.body).toMatchObject({
      status: 409,
      code: 'insufficient_credits',
      fields: [{ field: 'amount', message: expect.stringContaining('0 credits available') }],
    });
    const after = await call('GET', `/v1/clients/${ledger.client.id}/credits`, {
      token: ledger.owner.accessToken,
    });
    expect(after.body.entries).toEqual([]);
  });

  it('needs an Idempotency-Key, a positive whole amount and a known direction: 400 naming each', async () => {
    const { client, owner } = ledger;
    const missing = await call('POST', `/v1/clients/${client.id}/credits/transfers`, {
      token: owner.accessToken,
      body: { amount: 1, direction: 'to_client' },
    });
    expect(missing.body).toMatchObject({ status: 400, fields: [{ field: 'Idempotency-Key' }] });
    for (const [body, field] of [
      [{ amount: 0, direction: 'to_client' }, 'amount'],
      [{ amount: 1.5, direction: 'to_client' }, 'amount'],
      [{ amount: '7', direction: 'to_client' }, 'amount'],
      [{ amount: 1, direction: 'sideways' }, 'direction'],
    ] as const) {
      const answer = await transfer(owner.accessToken, client.id, body);
      expect([answer.status, answer.body.fields?.[0]?.field]).toEqual([400, field]);
    }
  });

  it('refuses transfers to callers without billing:manage, API keys included', async () => {
    const body = { amount: 1, direction: 'to_client' };
    expect((await transfer(readingKey, ledger.client.id, body)).body).toMatchObject({
      status: 403,
      code: 'forbidden',
    });
    expect((await transfer(ledger.member.accessToken, teamClient.id, body)).body).toMatchObject({
      status: 403,
      code: 'forbidden',
    });
    expect(
      (await transfer(ledger.clientUsers.primary.accessToken, ledger.client.id, body)).body,
    ).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await transfer(ledger.owner.accessToken, stranger.client.id, body)).body).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });
});

describe('payment methods', () => {
  const card = (clientId?: string) =>
    clientId ? `/v1/clients/${clientId}/payment-method` : '/v1/agency/payment-method';

  it('saves, shows and removes the agency card with billing:manage; the sandbox decides by token', async () => {
    const token = ledger.owner.accessToken;
    const saved = await call('PUT', card(), { token, body: { token: 'pm_card_visa' } });
    expect(saved).toMatchObject({
      status: 200,
      body: { brand: 'visa', last4: '4242', expMonth: 12, status: 'active' },
    });
    expect(saved.body.expYear).toBeGreaterThan(new Date().getUTCFullYear());
    expect((await call('GET', card(), { token })).body).toEqual(saved.body);
    expect((await call('GET', card(), { token: finance.accessToken })).body).toMatchObject({
      status: 403,
      code: 'forbidden',
    });
    const declining = await call('PUT', card(), { token, body: { token: 'pm_card_chargeDeclined' } });
    expect(declining.body).toMatchObject({ brand: 'visa', last4: '0002', status: 'active' });
    expect((await call('DELETE', card(), { token })).status).toBe(204);
    expect((await call('GET', card(), { token })).body).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('answers a token the provider refuses with 400 naming token', async () => {
    for (const body of [{ token: 'pm_card_nonexistent' }, { token: '' }, {}]) {
      const answer = await call('PUT', card(), { token: ledger.owner.accessToken, body });
      expect([answer.status, answer.body.fields?.[0]?.field]).toEqual([400, 'token']);
    }
  });

  it("lets the client's primary user and agency users with billing:manage manage the client's card", async () => {
    const { client } = ledger;
    const primary = ledger.clientUsers.primary.accessToken;
    const saved = await call('PUT', card(client.id), {
      token: primary,
      body: { token: 'pm_card_mastercard' },
    });
    expect(saved).toMatchObject({ status: 200, body: { brand: 'mastercard', last4: '4444' } });
    expect((await call('GET', card(client.id), { token: ledger.owner.accessToken })).body).toEqual(
      saved.body,
    );
    const byKey = await call('PUT', card(client.id), { token: managingKey, body: { token: 'pm_card_visa' } });
    expect(byKey.body).toMatchObject({ brand: 'visa' });
    expect((await call('GET', card(client.id), { token: primary })).body.brand).toBe('visa');
  });

  it("refuses the client's card to its administrator, to a member on its team, and hides another agency's", async () => {
    const body = { token: 'pm_card_visa' };
    const administrator = await call('PUT', card(ledger.client.id), {
      token: ledger.clientUsers.administrator.accessToken,
      body,
    });
    expect(administrator.body).toMatchObject({ status: 403, code: 'forbidden' });
    // A member holds every client permission inside a team client, but no billing:manage.
    const member = await call('PUT', card(teamClient.id), { token: ledger.member.accessToken, body });
    expect(member.body).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await call('PUT', card(teamClient.id), { token: readingKey, body })).body).toMatchObject({
      status: 403,
      code: 'forbidden',
    });
    const foreign = await call('GET', card(stranger.client.id), { token: ledger.owner.accessToken });
    expect(foreign.body).toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('buying credits and handing them to clients', () => {
  const buy = (token: string, body: object, idempotencyKey = key(), clientId?: string) =>
    call('POST', clientId ? `/v1/clients/${clientId}/credits/purchases` : '/v1/agency/credits/purchases', {
      token,
      body,
      headers: { 'idempotency-key': idempotencyKey },
    });

  it('answers 402 without a card, then charges the card and credits the agency once per key', async () => {
    const token = ledger.owner.accessToken;
    await call('DELETE', '/v1/agency/payment-method', { token });
    expect((await buy(token, { quantity: 10 })).body).toMatchObject({
      status: 402,
      code: 'payment_method_required',
    });
    await expectStatus(
      call('PUT', '/v1/agency/payment-method', { token, body: { token: 'pm_card_visa' } }),
      200,
      'saving the agency card',
    );
    const purchaseKey = key();
    const bought = await buy(token, { quantity: 1200 }, purchaseKey);
    expect(bought).toMatchObject({
      status: 201,
      body: { quantity: 1200, tierId: 'usd-volume', amountMinor: 102000, currency: 'USD', available: 1200 },
    });
    const replayed = await buy(token, { quantity: 1200 }, purchaseKey);
    expect([replayed.status, replayed.body]).toEqual([201, bought.body]);
    expect((await buy(token, { quantity: 1 }, purchaseKey)).body).toMatchObject({ status: 422 });
    const credits = await call('GET', '/v1/agency/credits', { token });
    expect(credits.body).toMatchObject({
      available: 1200,
      entries: [
        {
          amount: 1200,
          direction: 'in',
          counterAccount: { kind: 'issued' },
          reason: 'purchase',
          actorId: ledger.owner.user.id,
        },
      ],
    });
  });

  it('answers 402 payment_declined naming the reason for a declining card, crediting nothing', async () => {
    const agency = await signUpAgency(e2e.platform, { label: 'declined' });
    const token = agency.owner.accessToken;
    await call('PUT', '/v1/agency/payment-method', { token, body: { token: 'pm_card_chargeDeclined' } });
    const answer = await buy(token, { quantity: 10 });
    expect(answer.body).toMatchObject({ status: 402, code: 'payment_declined' });
    expect(answer.body.detail).toContain('card_declined');
    expect((await call('GET', '/v1/agency/credits', { token })).body.available).toBe(0);
  });

  it('refuses a quantity that is no positive whole number, and a purchase without billing:manage', async () => {
    for (const quantity of [0, -1, 1.5, '7', 1_000_000_000_001]) {
      const answer = await buy(ledger.owner.accessToken, { quantity });
      expect([answer.status, answer.body.fields?.[0]?.field]).toEqual([400, 'quantity']);
    }
    expect((await buy(finance.accessToken, { quantity: 1 })).body).toMatchObject({ status: 403 });
  });

  it('moves credits to a client and back, by a person or an API key, and shows both ledgers', async () => {
    const { client, owner } = ledger;
    const given = await transfer(owner.accessToken, client.id, { amount: 300, direction: 'to_client' });
    expect(given).toMatchObject({ status: 201, body: { agencyAvailable: 900, clientAvailable: 300 } });
    const back = await transfer(managingKey, client.id, { amount: 50, direction: 'to_agency' });
    expect(back.body).toMatchObject({ agencyAvailable: 950, clientAvailable: 250 });
    const transferKey = key();
    const once = await transfer(
      owner.accessToken,
      client.id,
      { amount: 5, direction: 'to_client' },
      transferKey,
    );
    const again = await transfer(
      owner.accessToken,
      client.id,
      { amount: 5, direction: 'to_client' },
      transferKey,
    );
    expect(again.body).toEqual(once.body);
    const reused = await transfer(
      owner.accessToken,
      client.id,
      { amount: 6, direction: 'to_client' },
      transferKey,
    );
    expect(reused.body).toMatchObject({ status: 422, code: 'idempotency_key_reused' });
    const overdraw = await transfer(owner.accessToken, client.id, { amount: 10_000, direction: 'to_client' });
    expect(overdraw.body).toMatchObject({
      status: 409,
      code: 'insufficient_credits',
      detail: expect.stringContaining('945'),
    });
    const clientLedger = await call('GET', `/v1/clients/${client.id}/credits?limit=2`, {
      token: ledger.clientUsers.read_only.accessToken,
    });
    expect(clientLedger.body).toMatchObject({ available: 255, reserved: 0 });
    expect(clientLedger.body.entries).toHaveLength(2);
    expect(clientLedger.body.entries[0]).toMatchObject({
      amount: 5,
      direction: 'in',
      counterAccount: { kind: 'agency', clientId: null },
      idempotencyKey: transferKey,
    });
    const next = await call(
      'GET',
      `/v1/clients/${client.id}/credits?limit=2&cursor=${clientLedger.body.nextCursor}`,
      {
        token: ledger.clientUsers.read_only.accessToken,
      },
    );
    expect(next.body.entries.map((entry: { amount: number }) => entry.amount)).toEqual([300]);
  });

  it("lets the client's primary user and billing:manage buy for the client with the client's card", async () => {
    const { client } = ledger;
    const primary = ledger.clientUsers.primary.accessToken;
    await expectStatus(
      call('PUT', `/v1/clients/${client.id}/payment-method`, {
        token: primary,
        body: { token: 'pm_card_visa' },
      }),
      200,
      "saving the client's card",
    );
    const bought = await buy(primary, { quantity: 20 }, key(), client.id);
    expect(bought).toMatchObject({ status: 201, body: { quantity: 20, amountMinor: 2000, available: 275 } });
    expect((await buy(managingKey, { quantity: 5 }, key(), client.id)).body.available).toBe(280);
    for (const token of [ledger.clientUsers.administrator.accessToken, ledger.member.accessToken]) {
      const clientId = token === ledger.member.accessToken ? teamClient.id : client.id;
      expect((await buy(token, { quantity: 5 }, key(), clientId)).body).toMatchObject({
        status: 403,
        code: 'forbidden',
      });
    }
    expect(
      (await call('GET', '/v1/agency/credits', { token: ledger.owner.accessToken })).body.available,
    ).toBe(945);
  });
});

describe("a client's money settings", () => {
  const settings = (clientId: string) => `/v1/clients/${clientId}/billing-settings`;

  it('shows and changes the license price and spending limit in minor units, for billing:manage only', async () => {
    const client = await createClient(e2e.platform, ledger, { name: 'Limited Co' });
    const token = ledger.owner.accessToken;
    expect((await call('GET', settings(client.id), { token })).body).toEqual({
      licensePrice: 0,
      spendingLimit: null,
      currency: 'USD',
      spentThisMonth: 0,
      updatedAt: null,
    });
    const changed = await call('PATCH', settings(client.id), {
      token,
      body: { licensePrice: 4900, spendingLimit: 2500 },
    });
    expect(changed.body).toMatchObject({ licensePrice: 4900, spendingLimit: 2500, currency: 'USD' });
    expect(
      (await call('PATCH', settings(client.id), { token, body: { currency: 'EUR' } })).body,
    ).toMatchObject({
      licensePrice: 4900,
      spendingLimit: 2500,
      currency: 'EUR',
    });
    await call('PATCH', settings(client.id), { token, body: { currency: 'USD' } });
    for (const [body, field] of [
      [{ licensePrice: -1 }, 'licensePrice'],
      [{ spendingLimit: 12.5 }, 'spendingLimit'],
      [{ currency: 'usd' }, 'currency'],
      [{ discount: 5 }, 'discount'],
    ] as const) {
      const answer = await call('PATCH', settings(client.id), { token, body });
      expect([answer.status, answer.body.fields?.[0]?.field]).toEqual([400, field]);
    }
    expect(
      (await call('GET', settings(teamClient.id), { token: ledger.member.accessToken })).body,
    ).toMatchObject({
      status: 403,
    });
    expect(
      (await call('GET', settings(ledger.client.id), { token: ledger.clientUsers.primary.accessToken })).body,
    ).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await call('GET', settings(stranger.client.id), { token })).body).toMatchObject({ status: 404 });
  });

  it("refuses with 402 spending_limit_reached a purchase that would pass this month's limit", async () => {
    const client = await createClient(e2e.platform, ledger, { name: 'Capped Co' });
    const token = ledger.owner.accessToken;
    await expectStatus(
      call('PUT', `/v1/clients/${client.id}/payment-method`, { token, body: { token: 'pm_card_visa' } }),
      200,
      "the capped client's card",
    );
    await call('PATCH', settings(client.id), { token, body: { spendingLimit: 2500 } });
    const buy = (quantity: number, idempotencyKey = key()) =>
      call('POST', `/v1/clients/${client.id}/credits/purchases`, {
        token,
        body: { quantity },
        headers: { 'idempotency-key': idempotencyKey },
      });
    // Billing credits a client once tenancy's client.created reached it: until then 404, writing nothing.
    const first = key();
    const bought = await eventually(
      async () => {
        const answer = await buy(20, first);
        return answer.status === 404 ? undefined : answer;
      },
      10_000,
      'billing to hear of the new client',
    );
    expect(bought.status).toBe(201);
    expect((await buy(10)).body).toMatchObject({ status: 402, code: 'spending_limit_reached' });
    expect((await buy(5)).body).toMatchObject({ available: 25 });
    expect((await call('GET', settings(client.id), { token })).body.spentThisMonth).toBe(2500);
  });
});

describe("Stripe's webhook", () => {
  const stripe = new Stripe('sk_test_e2e');
  const event = (id: string) =>
    JSON.stringify({
      id,
      object: 'event',
      type: 'payment_method.updated',
      data: {
        object: {
          id: `pm_${id}`,
          object: 'payment_method',
          card: { brand: 'visa', last4: '4242', exp_month: 1, exp_year: 2031 },
        },
      },
    });
  const send = (payload: string, signature?: string) =>
    fetch(`${e2e.platform.url}/v1/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature && { 'stripe-signature': signature }) },
      body: payload,
    });

  it('refuses a missing, wrong or stale signature with 400 invalid_signature', async () => {
    const payload = event(`evt_${randomBytes(6).toString('hex')}`);
    const wrong = stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_not_ours' });
    const stale = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: WEBHOOK_SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    for (const signature of [undefined, wrong, stale]) {
      const answer = await send(payload, signature);
      expect([answer.status, ((await answer.json()) as { code: string }).code]).toEqual([
        400,
        'invalid_signature',
      ]);
    }
  });

  it('verifies the raw bytes: a signed event is applied once, its replay changes nothing', async () => {
    // Spacing JSON.parse would drop: only the bytes as sent carry the signature.
    const payload = event(`evt_${randomBytes(6).toString('hex')}`).replace('{', '{  ');
    const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const first = await send(payload, signature);
    expect([first.status, await first.json()]).toEqual([200, { applied: true }]);
    const replay = await send(payload, signature);
    expect([replay.status, await replay.json()]).toEqual([200, { applied: false }]);
    const tampered = await send(payload.replace('2031', '2032'), signature);
    expect(tampered.status).toBe(400);
  });
});
