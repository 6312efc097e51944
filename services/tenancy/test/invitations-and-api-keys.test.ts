import { randomUUID } from 'node:crypto';
import { connect, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { deleteStreams, subjectOf } from '@atrium/events';
import { createClient, loadProto, problemFromGrpcError, type PromiseClient } from '@atrium/grpc';
import { createLogger, type Actor } from '@atrium/logger';
import { SERVICE_PROTO_FILES, type tenancy, type TenancyProto } from '@atrium/proto';
import type { RunningBackend } from '@atrium/runtime';
import {
  createTestDatabase,
  eventually,
  freePort,
  getTestServers,
  testNamespace,
  type TestDatabase,
} from '@atrium/testing';
import { startTenancy } from '../src/app';
import { parseConfig } from '@atrium/config';
import { tenancyConfigShape } from '../src/config';
import type { Db } from '../src/store/db';
import { inTenant } from '../src/store/tenant';

type Tenancy = PromiseClient<tenancy.TenancyServiceDefinition>;

let database: TestDatabase;
let backend: RunningBackend<Db>;
let client: Tenancy & { close(): void };
let nc: NatsConnection;
let namespace: string;
let invitationEvents: Subscription;
const received: Array<Record<string, string>> = [];

beforeAll(async () => {
  const servers = await getTestServers();
  database = await createTestDatabase('tenancy_invitations');
  namespace = testNamespace();
  const port = await freePort();
  const config = parseConfig(tenancyConfigShape, {
    DATABASE_URL: database.url,
    NATS_URL: servers.natsUrl,
    EVENTS_NAMESPACE: namespace,
    GRPC_HOST: '127.0.0.1',
    GRPC_PORT: String(port),
    METRICS_PORT: '0',
    LOG_LEVEL: 'silent',
  });
  nc = await connect({ servers: servers.natsUrl });
  invitationEvents = nc.subscribe(subjectOf('atrium.tenancy.v1.invitation.created', namespace));
  void (async () => {
    for await (const message of invitationEvents) received.push(message.json<Record<string, string>>());
  })();
  backend = await startTenancy(config, createLogger('tenancy', 'silent'));
  const proto = loadProto<TenancyProto>(SERVICE_PROTO_FILES.tenancy);
  client = createClient<tenancy.TenancyServiceDefinition>(
    proto.atrium.tenancy.v1.TenancyService,
    `127.0.0.1:${backend.port}`,
    { deadlineMs: 5000 },
  );
});

afterAll(async () => {
  client?.close();
  await backend?.stop();
  if (nc) {
    await deleteStreams(nc, namespace);
    await nc.drain();
  }
  await database?.drop();
});

/** The problem a failed call answers with, as the gateway would see it. */
async function problem(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    return problemFromGrpcError(error);
  }
  throw new Error('The call succeeded');
}

async function newAgency(): Promise<{ agencyId: string; ownerId: string; owner: Actor }> {
  const agencyId = randomUUID();
  const ownerId = randomUUID();
  await client.CreateAgency({
    agencyId,
    name: 'Northwind Marketing',
    ownerUserId: ownerId,
    ownerName: 'Olive Owner',
    ownerEmail: `owner-${ownerId}@example.com`,
  });
  return { agencyId, ownerId, owner: { userId: ownerId, agencyId } };
}

/** The token the invitation.created event carried for this invitation. */
function tokenOf(invitationId: string): Promise<string> {
  return eventually(
    async () => received.find((event) => event.invitationId === invitationId)?.token,
    10000,
    `the invitation.created event of ${invitationId}`,
  );
}

async function invite(actor: Actor, email: string, role = 'member') {
  const { invitation } = await client.InviteAgencyMember({ email, name: 'Ivy Invitee', role }, { actor });
  if (!invitation) throw new Error('InviteAgencyMember answered without an invitation');
  return invitation;
}

describe('agency member invitations', () => {
  it('mints a pending 7-day invitation whose token travels only in the event, and claims it once', async () => {
    const { agencyId, owner } = await newAgency();
    const invitation = await invite(owner, 'Ivy@Example.com');
    expect(invitation).toMatchObject({
      agencyId,
      email: 'ivy@example.com',
      role: 'member',
      status: 'pending',
    });
    const days = (Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(7, 5);
    expect(JSON.stringify(invitation)).not.toMatch(/token/i);

    const token = await tokenOf(invitation.id);
    const resolved = await client.ResolveInvitation({ token });
    expect(resolved.invitation?.id).toBe(invitation.id);
    expect(resolved.agency?.id).toBe(agencyId);

    const userId = randomUUID();
    const claimed = await client.ClaimInvitation({
      token,
      userId,
      userName: 'Ivy Invitee',
      userEmail: 'ivy@example.com',
    });
    expect(claimed.invitation?.status).toBe('accepted');
    const access = await client.GetAccess({ userId, agencyId }, { actor: { userId, agencyId } });
    expect(access.role).toBe('member');

    expect(
      await problem(
        client.ClaimInvitation({ token, userId: randomUUID(), userName: 'X', userEmail: 'ivy@example.com' }),
      ),
    ).toMatchObject({ code: 'not_found' });
    expect(await problem(client.ResolveInvitation({ token }))).toMatchObject({ code: 'not_found' });
  });

  it('lets only one of two concurrent claims of the same token win', async () => {
    const { owner } = await newAgency();
    const token = await tokenOf((await invite(owner, 'race@example.com')).id);
    const claims = await Promise.allSettled(
      [randomUUID(), randomUUID()].map((userId) =>
        client.ClaimInvitation({ token, userId, userName: 'R', userEmail: 'race@example.com' }),
      ),
    );
    expect(claims.filter((claim) => claim.status === 'fulfilled')).toHaveLength(1);
  });

  it('kills the older link when the same email is invited again', async () => {
    const { owner } = await newAgency();
    const first = await tokenOf((await invite(owner, 'twice@example.com')).id);
    const second = await tokenOf((await invite(owner, 'twice@example.com', 'admin')).id);
    expect(await problem(client.ResolveInvitation({ token: first }))).toMatchObject({ code: 'not_found' });
    expect((await client.ResolveInvitation({ token: second })).invitation?.role).toBe('admin');
  });

  it('refuses an expired link and a token claimed for another email', async () => {
    const { owner } = await newAgency();
    const invitation = await invite(owner, 'late@example.com');
    const token = await tokenOf(invitation.id);
    expect(
      await problem(
        client.ClaimInvitation({
          token,
          userId: randomUUID(),
          userName: 'M',
          userEmail: 'mallory@example.com',
        }),
      ),
    ).toMatchObject({ code: 'not_found' });
    await inTenant(backend.db, { agencyId: invitation.agencyId }, (tx) =>
      tx.invitation.update({
        where: { id: invitation.id },
        data: { expiresAt: new Date(Date.now() - 1000) },
      }),
    );
    expect(await problem(client.ResolveInvitation({ token }))).toMatchObject({ code: 'not_found' });
    expect(
      await problem(
        client.ClaimInvitation({ token, userId: randomUUID(), userName: 'L', userEmail: 'late@example.com' }),
      ),
    ).toMatchObject({ code: 'not_found' });
  });

  it('needs members:manage, a valid email, name and role, and a person not yet a member', async () => {
    const { agencyId, owner } = await newAgency();
    const token = await tokenOf((await invite(owner, 'plain@example.com', 'member')).id);
    const memberId = randomUUID();
    await client.ClaimInvitation({ token, userId: memberId, userName: 'P', userEmail: 'plain@example.com' });

    expect(await problem(invite({ userId: memberId, agencyId }, 'other@example.com'))).toMatchObject({
      code: 'forbidden',
    });
    expect(await problem(invite(owner, 'plain@example.com'))).toMatchObject({ code: 'email_in_use' });
    expect(
      await problem(
        client.InviteAgencyMember({ email: 'not-an-email', name: '', role: 'owner' }, { actor: owner }),
      ),
    ).toMatchObject({
      code: 'validation_failed',
      fields: [
        { field: 'email', message: 'must be an email' },
        { field: 'name', message: 'must be 1 to 120 characters' },
        { field: 'role', message: 'must be one of admin, member' },
      ],
    });
  });

  it('answers not_found to a person of another agency', async () => {
    const { agencyId } = await newAgency();
    const stranger = await newAgency();
    expect(
      await problem(invite({ userId: stranger.ownerId, agencyId }, 'someone@example.com')),
    ).toMatchObject({ code: 'not_found' });
  });
});

describe('API key actors', () => {
  function keyActor(agencyId: string, permissions: string[]): Actor {
    const keyId = randomUUID();
    return { userId: keyId, apiKeyId: keyId, agencyId, apiKeyPermissions: permissions };
  }

  it('act with exactly the permissions of the key', async () => {
    const { agencyId, ownerId, owner } = await newAgency();
    await client.CreateClient({ name: 'Contoso' }, { actor: owner });

    const reader = keyActor(agencyId, ['clients:read_all']);
    const listed = await client.ListClients({ limit: 10 }, { actor: reader });
    expect(listed.items.map((row) => row.name)).toEqual(['Contoso']);
    expect(
      await problem(client.CreateClient({ name: 'Fabrikam', ownerId }, { actor: reader })),
    ).toMatchObject({
      code: 'forbidden',
    });

    const creator = keyActor(agencyId, ['clients:create', 'not:a_permission']);
    expect(await problem(client.CreateClient({ name: 'Fabrikam' }, { actor: creator }))).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'ownerId', message: 'is required when an API key creates a client' }],
    });
    const created = await client.CreateClient({ name: 'Fabrikam', ownerId }, { actor: creator });
    expect(created.client?.ownerId).toBe(ownerId);
    // Without clients:read_all a key sees nothing: it owns no client and is on no team.
    expect((await client.ListClients({ limit: 10 }, { actor: creator })).items).toEqual([]);
  });

  it('never reach into another agency, and are not members', async () => {
    const { agencyId } = await newAgency();
    const key = keyActor(randomUUID(), ['clients:read_all']);
    expect(await problem(client.ListClients({ limit: 10 }, { actor: key }))).toMatchObject({
      code: 'not_found',
    });
    const inAgency = keyActor(agencyId, ['clients:read_all']);
    expect(
      await problem(client.GetAccess({ userId: inAgency.userId, agencyId }, { actor: inAgency })),
    ).toMatchObject({ code: 'not_found' });
  });
});
