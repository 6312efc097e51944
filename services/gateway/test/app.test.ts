import type { GrpcServer } from '@atrium/grpc';
import { traceIdOf } from '@atrium/logger';
import { eventually } from '@atrium/testing';
import {
  capturingLogger,
  fieldsOf,
  request,
  startGateway,
  startStubServer,
  type RunningGateway,
} from './support/gateway';
import {
  emptyStubs,
  identityStub,
  MEMBER_USER_ID,
  NOTIFICATION_ID,
  notificationStub,
  session,
  sessionUserJson,
  tenancyStub,
  UNKNOWN_ID,
} from './support/stubs';
import { accessToken, newSigningKey, type SigningKey } from './support/tokens';

let key: SigningKey;
let gateway: RunningGateway;
let servers: GrpcServer[];
let token: string;
const identity = identityStub(() => JSON.stringify({ keys: [key.publicJwk] }));
const tenancy = tenancyStub();
const notification = notificationStub();
const log = capturingLogger();

const PARENT_TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

function authorized(extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${token}`, ...extra };
}

beforeAll(async () => {
  key = await newSigningKey('key-1');
  token = await accessToken(key, { sub: 'user-1', agency: 'agency-1' });
  const { billing, campaigns } = emptyStubs();
  const started = await Promise.all(
    [identity.registration, tenancy.registration, notification.registration, billing, campaigns].map(
      startStubServer,
    ),
  );
  servers = started.map((stub) => stub.server);
  const [identityAt, tenancyAt, notificationAt, billingAt, campaignsAt] = started.map(
    (stub) => stub.address,
  ) as [string, string, string, string, string];
  gateway = await startGateway(
    {
      identity: identityAt,
      tenancy: tenancyAt,
      notification: notificationAt,
      billing: billingAt,
      campaigns: campaignsAt,
    },
    // As behind an ingress on loopback, whose X-Forwarded-For names the caller.
    { TRUST_PROXY: 'loopback' },
    log.logger,
  );
});

afterAll(async () => {
  await gateway.stop();
  await Promise.all(servers.map((server) => server.shutdown(1000)));
});

describe('sign-up and login', () => {
  test('sign-up creates the agency through identity and answers 201 with the session', async () => {
    const answer = await request(`${gateway.url}/v1/auth/signup`, {
      body: {
        agencyName: ' Northwind ',
        name: 'Ada',
        email: '  Ada@Example.COM ',
        password: 'a long password',
      },
      headers: { 'user-agent': 'atrium-test/1.0', 'x-forwarded-for': '203.0.113.9' },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      accessToken: 'access-token',
      refreshToken: 'refresh-token',
      expiresIn: 900,
      user: sessionUserJson,
      agency: { id: 'agency-1', name: 'Northwind' },
    });
    expect(identity.signUps.at(-1)?.request).toEqual({
      agencyName: 'Northwind',
      name: 'Ada',
      email: 'ada@example.com',
      password: 'a long password',
      userAgent: 'atrium-test/1.0',
      ip: '203.0.113.9',
    });
  });

  test("an email that already has an identity answers 409 email_in_use with identity's detail", async () => {
    const answer = await request(`${gateway.url}/v1/auth/signup`, {
      body: { agencyName: 'Northwind', name: 'Ada', email: 'taken@example.com', password: 'a long password' },
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: 'email_in_use', detail: 'That email already has an account.' });
  });

  test('login answers 200 with the session', async () => {
    const answer = await request(`${gateway.url}/v1/auth/login`, {
      body: { email: 'ada@example.com', password: 'right password' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ accessToken: session.tokens.accessToken, user: { id: 'user-1' } });
  });

  test('a wrong password answers 401 invalid_credentials with WWW-Authenticate', async () => {
    const answer = await request(`${gateway.url}/v1/auth/login`, {
      body: { email: 'ada@example.com', password: 'wrong password' },
    });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    expect(answer.body).toMatchObject({ code: 'invalid_credentials' });
  });

  test('a locked account answers 429 with Retry-After', async () => {
    const answer = await request(`${gateway.url}/v1/auth/login`, {
      body: { email: 'ada@example.com', password: 'locked' },
    });
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('900');
    expect(answer.body).toMatchObject({ code: 'account_locked', retryAfterSeconds: 900 });
  });
});

describe('me', () => {
  test('answers the profile and the access in the agency, asked as the caller with the request and trace', async () => {
    const answer = await request(`${gateway.url}/v1/me`, {
      headers: authorized({ 'x-request-id': 'me-request-1', traceparent: PARENT_TRACEPARENT }),
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      user: sessionUserJson,
      agency: { id: 'agency-1', name: 'Northwind' },
      role: 'owner',
      customRole: null,
      permissions: ['clients:create', 'clients:read_all'],
      clients: [],
    });
    const asked = tenancy.accessChecks.at(-1)!;
    expect(asked.request).toEqual({ userId: 'user-1', agencyId: 'agency-1' });
    expect(asked.call.actor).toEqual({ userId: 'user-1', agencyId: 'agency-1', sessionId: 'session-1' });
    expect(asked.call.requestId).toBe('me-request-1');
    const [traceparent] = asked.call.metadata.get('traceparent');
    expect(traceIdOf(String(traceparent))).toBe(traceIdOf(PARENT_TRACEPARENT));
  });

  test('an expired token answers 401 token_expired', async () => {
    const expired = await accessToken(key, {}, { expiresIn: Math.floor(Date.now() / 1000) - 60 });
    const answer = await request(`${gateway.url}/v1/me`, { headers: { authorization: `Bearer ${expired}` } });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    expect(answer.body).toMatchObject({ code: 'token_expired' });
  });
});

describe('clients', () => {
  test('creating a client sends the defaults to tenancy and answers 201 with the client', async () => {
    const answer = await request(`${gateway.url}/v1/clients`, {
      headers: authorized(),
      body: { name: '  Contoso Dental ' },
    });
    expect(answer.status).toBe(201);
    expect(tenancy.creations.at(-1)?.request).toMatchObject({
      name: 'Contoso Dental',
      description: '',
      website: '',
      tags: [],
      accountType: 'full',
      region: 'OTHER',
      isMaster: false,
      ownerId: '',
      accountManagerId: '',
    });
    expect(tenancy.creations.at(-1)?.call.actor).toEqual({
      userId: 'user-1',
      agencyId: 'agency-1',
      sessionId: 'session-1',
    });
    expect(answer.body).toEqual({
      id: 'client-1',
      name: 'Contoso Dental',
      description: null,
      website: 'https://contoso.example',
      tags: ['dental'],
      status: 'active',
      accountType: 'full',
      region: 'EU',
      isMaster: false,
      ownerId: 'user-1',
      ownerName: 'Ada',
      accountManagerId: null,
      customProperties: { crm_id: 'CRM-0042' },
      companyProfile: {
        legalName: 'Contoso Dental GmbH',
        street: null,
        city: 'Berlin',
        postalCode: null,
        country: 'DE',
      },
      companyProfileComplete: false,
      profileContact: { name: 'Carla', email: 'carla@contoso.example', phone: null },
      billingContact: { name: null, email: null, phone: null },
      billingMode: 'agency_managed',
      renewalDate: '2026-03-01',
      settings: {
        adsEnabled: true,
        clientMayRebrand: true,
        directSupport: true,
        emailSendLimitPerMonth: null,
        engagementSuppression: true,
      },
      createdAt: '2026-02-01T10:00:00.000Z',
      updatedAt: '2026-02-02T10:00:00.000Z',
      lastActivityAt: null,
      renewalDueSoon: true,
      counters: {
        storedProspects: 120,
        connectedProspects: 80,
        runningCampaigns: 2,
        toBeContacted: 10,
        progress: { total: 100, percent: 90, colour: 'red' },
      },
    });
  });

  test('every field of a new client reaches tenancy', async () => {
    const body = {
      name: 'Fabrikam',
      description: 'Paper goods',
      website: 'https://fabrikam.example',
      tags: ['paper', 'b2b'],
      accountType: 'ads_only',
      region: 'AU_CA_NZ',
      isMaster: true,
      ownerId: '0b9f4a56-2d5e-4c1b-9a57-1f0e6f7f1a11',
      accountManagerId: '5d2c8e0a-7f3b-4e1d-8c6a-2b9e4f0a3c22',
    };
    const answer = await request(`${gateway.url}/v1/clients`, { headers: authorized(), body });
    expect(answer.status).toBe(201);
    expect(tenancy.creations.at(-1)?.request).toMatchObject(body);
  });

  test('an invalid element of a list is named by its dotted path', async () => {
    const answer = await request(`${gateway.url}/v1/clients`, {
      headers: authorized(),
      body: { name: 'Contoso', tags: ['fine', ''], website: 'javascript:alert(1)' },
    });
    expect(answer.status).toBe(400);
    const fields = (answer.body as { fields: { field: string }[] }).fields.map((problem) => problem.field);
    expect(fields.sort()).toEqual(['tags.1', 'website']);
  });

  test("a full plan answers 409 plan_limit_reached with tenancy's detail", async () => {
    const answer = await request(`${gateway.url}/v1/clients`, {
      headers: authorized(),
      body: { name: 'Over The Limit' },
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: 'plan_limit_reached', detail: 'Your plan allows 10 clients.' });
  });

  test('listing passes the filters to tenancy and answers a page with a signed cursor', async () => {
    const filters = 'limit=1&status=active&q=contoso';
    const first = await request(`${gateway.url}/v1/clients?${filters}`, { headers: authorized() });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      // A row of the list, not the whole client (GET /v1/clients/{id} has every field).
      items: [{ id: 'client-1', name: 'Contoso Dental', accountManagerId: null }],
      nextCursor: expect.stringMatching(/^cursor-2\.[A-Za-z0-9_-]{22}$/),
    });
    const { nextCursor } = first.body as { nextCursor: string };
    const answer = await request(`${gateway.url}/v1/clients?${filters}&cursor=${nextCursor}`, {
      headers: authorized(),
    });
    expect(answer.status).toBe(200);
    expect(tenancy.listings.at(-1)?.request).toMatchObject({
      limit: 1,
      cursor: 'cursor-2',
      status: 'active',
      query: 'contoso',
    });
  });

  test('a cursor the gateway did not sign, or one of other filters, answers 400 naming cursor', async () => {
    const first = await request(`${gateway.url}/v1/clients?limit=1&status=active`, { headers: authorized() });
    const { nextCursor } = first.body as { nextCursor: string };
    const calls = tenancy.listings.length;
    // The MAC's first character carries six whole bits: changing it always changes the MAC.
    const mac = nextCursor.slice(nextCursor.lastIndexOf('.') + 1);
    const otherMac = `${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
    const alteredMac = `${nextCursor.slice(0, nextCursor.lastIndexOf('.'))}.${otherMac}`;
    for (const cursor of ['cursor-2', alteredMac, 'eyJ4IjoxfQ', `x${nextCursor}`, `${nextCursor}.x`]) {
      const forged = await request(`${gateway.url}/v1/clients?limit=1&status=active&cursor=${cursor}`, {
        headers: authorized(),
      });
      expect(forged.status).toBe(400);
      expect(fieldsOf(forged.body)).toEqual(['cursor']);
    }
    const otherFilter = await request(
      `${gateway.url}/v1/clients?limit=1&status=inactive&cursor=${nextCursor}`,
      {
        headers: authorized(),
      },
    );
    expect(otherFilter.status).toBe(400);
    expect(fieldsOf(otherFilter.body)).toEqual(['cursor']);
    expect(tenancy.listings.length).toBe(calls);
  });

  test('the first page defaults to 25 clients and the last page has a null cursor', async () => {
    const answer = await request(`${gateway.url}/v1/clients`, { headers: authorized() });
    expect(tenancy.listings.at(-1)?.request).toMatchObject({
      limit: 25,
      cursor: '',
      status: '',
      query: '',
      tag: '',
      ownerId: '',
      accountManagerId: '',
      sort: 'createdAt',
      order: '',
    });
    expect(answer.body).toMatchObject({ nextCursor: null });
  });

  test('an out-of-range limit and an unknown parameter are both named', async () => {
    const answer = await request(`${gateway.url}/v1/clients?limit=500&sorted=name`, {
      headers: authorized(),
    });
    expect(answer.status).toBe(400);
    const fields = (answer.body as { fields: { field: string }[] }).fields.map((problem) => problem.field);
    expect(fields.sort()).toEqual(['limit', 'sorted']);
  });

  test('an answer that breaks the contract is a 500 that reveals nothing but is logged in full', async () => {
    const answer = await request(`${gateway.url}/v1/clients?q=broken`, {
      headers: authorized({ 'x-request-id': 'broken-1' }),
    });
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({
      type: 'https://atrium.dev/problems/internal',
      title: 'Something went wrong on our side.',
      status: 500,
      code: 'internal',
      detail: 'The request could not be completed.',
      instance: '/v1/clients',
    });
    const logged = log.lines.find(
      (line) => line.requestId === 'broken-1' && line.level === 'error' && line.err,
    );
    expect(JSON.stringify(logged?.err)).toContain('archived');
  });
});

describe('notifications', () => {
  test('lists notifications with empty proto strings as null', async () => {
    const answer = await request(`${gateway.url}/v1/notifications?unread=true&limit=2`, {
      headers: authorized(),
    });
    expect(answer.status).toBe(200);
    expect(notification.listings.at(-1)?.request).toMatchObject({ limit: 2, cursor: '', unreadOnly: true });
    expect(answer.body).toEqual({
      items: [
        {
          id: 'n-1',
          kind: 'client.created',
          title: 'New client',
          body: 'Contoso Dental was added.',
          clientId: 'client-1',
          createdAt: '2026-02-01T10:00:00.000Z',
          readAt: null,
        },
        {
          id: 'n-2',
          kind: 'agency.created',
          title: 'Welcome',
          body: 'Your agency is ready.',
          clientId: null,
          createdAt: '2026-01-01T00:00:00.000Z',
          readAt: '2026-01-02T00:00:00.000Z',
        },
      ],
      nextCursor: expect.stringMatching(/^cursor-n\./),
    });
  });

  test('all notifications are listed unless unread=true', async () => {
    await request(`${gateway.url}/v1/notifications`, { headers: authorized() });
    expect(notification.listings.at(-1)?.request).toMatchObject({
      limit: 25,
      cursor: '',
      unreadOnly: false,
    });
  });

  test("the unread count is the caller's, asked of the notification service as the caller", async () => {
    const answer = await request(`${gateway.url}/v1/notifications/unread-count`, { headers: authorized() });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ count: 1 });
    expect(notification.calls('GetUnreadCount').at(-1)?.call.actor).toMatchObject({
      userId: 'user-1',
      agencyId: 'agency-1',
    });
  });

  test('marking a notification read answers it with its read time', async () => {
    const answer = await request(`${gateway.url}/v1/notifications/${NOTIFICATION_ID}/read`, {
      method: 'POST',
      headers: authorized(),
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      id: NOTIFICATION_ID,
      kind: 'client.created',
      title: 'New client',
      body: 'Contoso Dental was added.',
      clientId: null,
      createdAt: '2026-02-01T10:00:00.000Z',
      readAt: '2026-02-01T11:00:00.000Z',
    });
    expect(notification.calls('MarkNotificationRead').at(-1)?.request).toEqual({
      notificationId: NOTIFICATION_ID,
    });
  });

  test("another person's notification answers 404", async () => {
    const answer = await request(`${gateway.url}/v1/notifications/${UNKNOWN_ID}/read`, {
      method: 'POST',
      headers: authorized(),
    });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ code: 'not_found' });
  });

  test('a malformed notification id answers 400 naming it, without asking the service', async () => {
    const before = notification.calls('MarkNotificationRead').length;
    const answer = await request(`${gateway.url}/v1/notifications/n-1/read`, {
      method: 'POST',
      headers: authorized(),
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'id', message: expect.any(String) }],
    });
    expect(notification.calls('MarkNotificationRead')).toHaveLength(before);
  });

  test('read-all answers how many it marked', async () => {
    const answer = await request(`${gateway.url}/v1/notifications/read-all`, {
      method: 'POST',
      headers: authorized(),
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ marked: 3 });
  });

  test('email deliveries are listed with empty times and errors as null, never a body', async () => {
    const answer = await request(`${gateway.url}/v1/notifications/deliveries?status=pending&limit=10`, {
      headers: authorized(),
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      items: [
        {
          id: 'd-1',
          kind: 'invitation',
          recipient: 'grace@example.com',
          subject: 'Northwind invited you to Atrium',
          status: 'pending',
          attempts: 2,
          lastError: 'Connection refused',
          clientId: null,
          createdAt: '2026-02-01T10:00:00.000Z',
          nextAttemptAt: '2026-02-01T10:05:00.000Z',
          sentAt: null,
          failedAt: null,
        },
      ],
      nextCursor: expect.stringMatching(/^cursor-d\./),
    });
    expect(notification.calls('ListEmailDeliveries').at(-1)?.request).toEqual({
      limit: 10,
      cursor: '',
      status: 'pending',
    });
  });

  test('an unknown delivery status answers 400 naming it', async () => {
    const answer = await request(`${gateway.url}/v1/notifications/deliveries?status=bounced`, {
      headers: authorized(),
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ fields: [{ field: 'status', message: expect.any(String) }] });
  });

  test('an agency member may not see email deliveries: 403', async () => {
    const member = await accessToken(key, { sub: MEMBER_USER_ID, agency: 'agency-1' });
    const answer = await request(`${gateway.url}/v1/notifications/deliveries`, {
      headers: { authorization: `Bearer ${member}` },
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 'forbidden' });
  });
});

describe('logging', () => {
  test('the access log carries the request id and trace id, and never the access token', async () => {
    await request(`${gateway.url}/v1/me`, {
      headers: authorized({ 'x-request-id': 'logged-1', traceparent: PARENT_TRACEPARENT }),
    });
    const access = await eventually(async () =>
      log.lines.find((line) => line.requestId === 'logged-1' && line.msg === 'request completed'),
    );
    expect(access.traceId).toBe(traceIdOf(PARENT_TRACEPARENT));
    expect(JSON.stringify(log.lines)).not.toContain(token);
  });
});

describe('system', () => {
  test('the JWKS is served publicly and cacheable for a minute', async () => {
    const answer = await request(`${gateway.url}/.well-known/jwks.json`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('public, max-age=60');
    expect(answer.body).toEqual({ keys: [key.publicJwk] });
  });

  test('the docs page is served at /docs/ with its assets', async () => {
    const redirect = await fetch(`${gateway.url}/docs`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/docs/');
    const page = await request(`${gateway.url}/docs/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('swagger-ui');
    const stylesheet = await fetch(`${gateway.url}/docs/swagger-ui.css`);
    expect(stylesheet.status).toBe(200);
    await stylesheet.text();
  });

  test('readiness is 200 when every backend answers its health check', async () => {
    const answer = await eventually(async () => {
      const probe = await request(`${gateway.url}/readyz`);
      return probe.status === 200 ? probe : undefined;
    });
    expect(answer.body).toEqual({
      status: 'ready',
      services: { identity: 'up', tenancy: 'up', billing: 'up', campaigns: 'up', notification: 'up' },
    });
  });

  test('readiness is 503 once shutdown begins, and connections are closed after each answer', async () => {
    gateway.lifecycle.beginShutdown();
    const answer = await request(`${gateway.url}/readyz`);
    expect(answer.status).toBe(503);
    expect(answer.headers.get('connection')).toBe('close');
    expect(answer.body).toMatchObject({ status: 'shutting_down' });
  });
});
