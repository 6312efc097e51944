import { randomBytes } from 'node:crypto';
import { eventually } from '@atrium/testing';
import { platformForTests } from './platform';
import { agencyFixture, signUpAgency, type AgencyFixture } from './fixture';

// Real processes, real gRPC, real Postgres and a real NATS server: the README's curl walk-through, as
// a test. Each step stands on its own: sign-up signs up, and every later step starts from the
// fixture's agency, as a reader of the README starts from the token sign-up gave them.
jest.setTimeout(120_000);

const e2e = platformForTests();
const { call } = e2e;
let harbour: AgencyFixture;

beforeAll(async () => {
  harbour = await agencyFixture(e2e.platform, {
    label: 'harbour',
    agencyName: 'Harbour Lights Agency',
    ownerName: 'Hana Owner',
  });
});

describe('the walking skeleton', () => {
  it('signs an agency up and returns tokens, the user and the agency', async () => {
    const owner = {
      agencyName: 'Harbour Lights Agency',
      name: 'Hana Owner',
      email: `hana-${randomBytes(3).toString('hex')}@harbour.test`,
      password: 'Lantern-Harbour-42',
    };
    const response = await call('POST', '/v1/auth/signup', { body: owner });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
      user: { id: expect.any(String), email: owner.email, name: owner.name },
      agency: { id: expect.any(String), name: owner.agencyName },
    });
  });

  it('refuses a second sign-up with the same email', async () => {
    const { user, password } = harbour.owner;
    const response = await call('POST', '/v1/auth/signup', {
      body: {
        agencyName: harbour.agency.name,
        name: user.name,
        email: `${user.email.toUpperCase()} `,
        password,
      },
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('email_in_use');
  });

  it('logs in with the password and answers the same error for a wrong password and an unknown email', async () => {
    const { email } = harbour.owner.user;
    const login = await call('POST', '/v1/auth/login', { body: { email, password: harbour.owner.password } });
    expect(login.status).toBe(200);
    expect(login.body.agency.name).toBe(harbour.agency.name);
    const wrongPassword = await call('POST', '/v1/auth/login', {
      body: { email, password: 'not-the-password' },
    });
    const unknownEmail = await call('POST', '/v1/auth/login', {
      body: { email: 'nobody@harbour.test', password: 'whatever-12' },
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(unknownEmail.body.code).toBe(wrongPassword.body.code);
    expect(unknownEmail.body.detail).toBe(wrongPassword.body.detail);
  });

  it('tells the signed-in owner who they are, in which agency, with which role', async () => {
    const me = await call('GET', '/v1/me', { token: harbour.owner.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      user: { email: harbour.owner.user.email },
      agency: { name: harbour.agency.name },
      role: 'owner',
    });
    expect(me.body.permissions).toContain('clients:create');
  });

  it('creates a client that the list shows and that the bell announces through NATS', async () => {
    const token = harbour.owner.accessToken;
    const created = await call('POST', '/v1/clients', {
      token,
      body: { name: 'Lighthouse Bakery', tags: ['food'] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      name: 'Lighthouse Bakery',
      status: 'active',
    });

    const list = await call('GET', '/v1/clients', { token });
    expect(list.status).toBe(200);
    expect(list.body.nextCursor).toBeNull();
    expect(list.body.items.map((client: { id: string }) => client.id)).toContain(created.body.id);

    const notification = await eventually(
      async () => {
        const bell = await call('GET', '/v1/notifications', { token });
        return bell.body.items.find((item: { clientId: string }) => item.clientId === created.body.id);
      },
      15_000,
      'the client.created notification',
    );
    expect(notification.title).toBe('Client "Lighthouse Bakery" created');
  });

  it('keeps another agency from seeing the first agency’s clients', async () => {
    const other = await signUpAgency(e2e.platform, { label: 'elsewhere', agencyName: 'Elsewhere' });
    const list = await call('GET', '/v1/clients', { token: other.owner.accessToken });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
  });

  it('rejects requests without a valid token', async () => {
    const token = harbour.owner.accessToken;
    const missing = await call('GET', '/v1/me');
    const tampered = await call('GET', '/v1/me', { token: `${token.slice(0, -4)}AAAA` });
    expect(missing.status).toBe(401);
    expect(tampered.status).toBe(401);
  });
});

describe('failures', () => {
  it('still creates a client while NATS is down and announces it once NATS is back', async () => {
    const token = harbour.owner.accessToken;
    await e2e.platform.stopNats();
    const created = await call('POST', '/v1/clients', { token, body: { name: 'Stormy Weather Co' } });
    expect(created.status).toBe(201);
    await e2e.platform.startNats();
    const notification = await eventually(
      async () => {
        const bell = await call('GET', '/v1/notifications', { token });
        return bell.body.items.find((item: { clientId: string }) => item.clientId === created.body.id);
      },
      60_000,
      'the notification published from the outbox after NATS returned',
    );
    expect(notification.kind).toBe('client.created');
  });

  it('answers 503 service_unavailable when a backend is down, and /readyz names it', async () => {
    const token = harbour.owner.accessToken;
    await e2e.platform.stop('tenancy');
    const started = Date.now();
    const list = await call('GET', '/v1/clients', { token });
    expect(list.status).toBe(503);
    expect(list.body.code).toBe('service_unavailable');
    // Bounded by the 5 s deadline the test platform sets, with room for a slow machine.
    expect(Date.now() - started).toBeLessThan(10_000);
    const ready = await call('GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.services.tenancy).not.toBe('up');
    await e2e.platform.start('tenancy');
    await eventually(
      async () => ((await call('GET', '/readyz')).status === 200 ? true : undefined),
      20_000,
      'ready again',
    );
  });
});
