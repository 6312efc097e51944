import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { createClient, loadProto, type ServiceClient } from '@atrium/grpc';
import { SERVICE_PROTO_FILES, type identity, type IdentityProto, type tenancy } from '@atrium/proto';
import {
  createTestDatabase,
  freePort,
  startBackendProcess,
  type BackendProcess,
  type TestDatabase,
} from '@atrium/testing';
import { newAgency, problem, startHarness, type Harness, type TestAgency } from './support';

/** Identity's build (make build), run as its own process as it is deployed. */
const IDENTITY_MAIN = path.join(
  path.dirname(require.resolve('@atrium/identity/package.json')),
  'dist/main.js',
);

type IdentityClient = ServiceClient<identity.IdentityServiceDefinition>;

interface WithIdentity {
  harness: Harness;
  identity: IdentityClient;
  stop(): Promise<void>;
}

/** Tenancy in this process and the real identity in a process of its own, each calling the other. */
async function startWithIdentity(label: string): Promise<WithIdentity> {
  const identityPort = await freePort();
  const harness = await startHarness(label, { IDENTITY_ADDR: `127.0.0.1:${identityPort}` });
  const database: TestDatabase = await createTestDatabase(`${label}_identity`);
  const proto = loadProto<IdentityProto>(SERVICE_PROTO_FILES.identity);
  const identityClient = createClient<identity.IdentityServiceDefinition>(
    proto.atrium.identity.v1.IdentityService,
    `127.0.0.1:${identityPort}`,
    { deadlineMs: 10_000 },
  );
  let process: BackendProcess;
  try {
    // Identity's environment as docs/configuration.md lists it; its defaults stand for the rest.
    process = await startBackendProcess({
      entry: IDENTITY_MAIN,
      env: {
        LOG_LEVEL: 'warn',
        GRPC_HOST: '127.0.0.1',
        GRPC_PORT: String(identityPort),
        DATABASE_URL: database.url,
        NATS_URL: harness.natsUrl,
        EVENTS_NAMESPACE: harness.namespace,
        TENANCY_ADDR: `127.0.0.1:${harness.backend.port}`,
        IDENTITY_KEK: randomBytes(32).toString('base64'),
        SHUTDOWN_GRACE_MS: '1000',
      },
      port: identityPort,
      ready: () => identityClient.checkHealth(1000),
    });
  } catch (error) {
    identityClient.close();
    await harness.stop();
    await database.drop();
    throw error;
  }
  return {
    harness,
    identity: identityClient,
    stop: async () => {
      identityClient.close();
      await process.stop();
      await harness.stop();
      await database.drop();
    },
  };
}

function addClientUser(
  harness: Harness,
  agency: TestAgency,
  clientId: string,
  fields: { email: string; password: string; role?: string },
) {
  return harness.client.CreateClientUser(
    {
      clientId,
      name: 'Petra Primary',
      email: fields.email,
      role: fields.role ?? 'primary',
      position: '',
      phone: '',
      password: fields.password,
    },
    { actor: agency.owner },
  );
}

async function newClient(harness: Harness, agency: TestAgency): Promise<tenancy.Client__Output> {
  const { client } = await harness.client.CreateClient({ name: 'Contoso Dental' }, { actor: agency.owner });
  if (!client) throw new Error('CreateClient answered without a client');
  return client;
}

async function usersOf(harness: Harness, agency: TestAgency, clientId: string) {
  return (await harness.client.ListClientUsers({ clientId }, { actor: agency.owner })).clientUsers;
}

function email(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@dental.example`;
}

describe('a client user added with the initial password the agency sets', () => {
  let platform: WithIdentity;

  beforeAll(async () => {
    platform = await startWithIdentity('tenancy_client_user_password');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('is active with an identity at once, and signs in with that password', async () => {
    const { harness } = platform;
    const agency = await newAgency(harness);
    const client = await newClient(harness, agency);
    const person = { email: email('petra'), password: 'Molar-Lighthouse-58' };
    const created = await addClientUser(harness, agency, client.id, person);
    expect(created.clientUser).toMatchObject({ role: 'primary', status: 'active', email: person.email });
    expect(created.clientUser!.identityUserId).not.toBe('');
    expect(created.invitationToken).toBe('');
    const signedIn = await platform.identity.Login({ ...person, userAgent: 'jest', ip: '' });
    expect(signedIn.user?.id).toBe(created.clientUser!.identityUserId);
  });

  it('leaves no client user behind when identity refuses the password', async () => {
    const { harness } = platform;
    const agency = await newAgency(harness);
    const client = await newClient(harness, agency);
    const weak = { email: email('walt'), password: 'password123' };
    expect(await problem(addClientUser(harness, agency, client.id, weak))).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'password' }],
    });
    expect(await usersOf(harness, agency, client.id)).toEqual([]);
    await harness.nextEvent('atrium.tenancy.v1.client_user.removed', (data) => data.clientId === client.id);
    // Nothing holds the email or the primary role: the same request with a sound password succeeds.
    const retried = await addClientUser(harness, agency, client.id, {
      ...weak,
      password: 'Sturdy-Walnut-Bridge-4',
    });
    expect(retried.clientUser).toMatchObject({ status: 'active', email: weak.email });
  });

  it('answers tenancy’s own refusals before identity is asked', async () => {
    const { harness } = platform;
    const agency = await newAgency(harness);
    const client = await newClient(harness, agency);
    expect(
      await problem(
        harness.client.CreateClientUser(
          {
            clientId: client.id,
            name: 'Petra Primary',
            email: email('petra'),
            role: 'primary',
            position: '',
            phone: '',
            password: 'Molar-Lighthouse-58',
            sendInvitation: true,
          },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'sendInvitation' }] });
    expect(await usersOf(harness, agency, client.id)).toEqual([]);
  });
});

describe('a client user added with a password while identity does not answer', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness('tenancy_client_user_no_identity', {
      IDENTITY_ADDR: `127.0.0.1:${await freePort()}`,
      GRPC_DEADLINE_MS: '1000',
    });
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('is not kept: the call fails as service_unavailable and the client has no user', async () => {
    const agency = await newAgency(harness);
    const client = await newClient(harness, agency);
    const answer = await problem(
      addClientUser(harness, agency, client.id, { email: email('uma'), password: 'Molar-Lighthouse-58' }),
    );
    expect(answer.code).toBe('service_unavailable');
    expect(await usersOf(harness, agency, client.id)).toEqual([]);
  });
});
