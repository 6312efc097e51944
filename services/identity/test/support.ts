import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseConfig } from '@atrium/config';
import { connectNats, deleteStreams } from '@atrium/events';
import {
  createClient,
  loadProto,
  problemFromGrpcError,
  type Actor,
  type Problem,
  type ServiceClient,
} from '@atrium/grpc';
import { createLogger } from '@atrium/logger';
import {
  SERVICE_PROTO_FILES,
  type identity,
  type IdentityProto,
  type tenancy,
  type TenancyProto,
} from '@atrium/proto';
import {
  createTestDatabase,
  eventually,
  freePort,
  getTestServers,
  startBackendProcess,
  testNamespace,
  type TestDatabase,
  recordEvents,
  type RecordedEvent,
} from '@atrium/testing';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JWTPayload } from 'jose';
import { startIdentity } from '../src/app';
import { identityConfigShape, type IdentityConfig } from '../src/config';
import type { Db } from '../src/store/db';

export type IdentityClient = ServiceClient<identity.IdentityServiceDefinition>;
export type TenancyClient = ServiceClient<tenancy.TenancyServiceDefinition>;

export type PublishedEvent = RecordedEvent;

/** Tenancy's build (make build), run as its own process as it is deployed. */
const TENANCY_MAIN = path.join(path.dirname(require.resolve('@atrium/tenancy/package.json')), 'dist/main.js');

/**
 * Identity in this process and a real tenancy in a process of its own, each with a test database of
 * its own, on free ports, publishing into a NATS namespace of this file's own; the events they
 * publish are collected.
 */
export interface Harness {
  identity: IdentityClient;
  tenancy: TenancyClient;
  /** identity's own database, to look at rows and to age them. */
  db: Db;
  config: IdentityConfig;
  /** tenancy's database, for tests that must hold its rows still. */
  tenancyDatabaseUrl: string;
  namespace: string;
  events: PublishedEvent[];
  /** The first event of the type published since `since` (an index into events) that matches. */
  nextEvent(
    type: string,
    match?: (data: Record<string, unknown>) => boolean,
    since?: number,
  ): Promise<PublishedEvent>;
  stop(): Promise<void>;
}

export async function startHarness(label: string): Promise<Harness> {
  const { natsUrl } = await getTestServers();
  const namespace = testNamespace();
  const logger = createLogger(`${label}-test`, 'silent');
  const databases: TestDatabase[] = [
    await createTestDatabase(`${label}_identity`),
    await createTestDatabase(`${label}_tenancy`),
  ];
  const [identityDatabase, tenancyDatabase] = databases as [TestDatabase, TestDatabase];
  const common = {
    GRPC_HOST: '127.0.0.1',
    NATS_URL: natsUrl,
    EVENTS_NAMESPACE: namespace,
    GRPC_DEADLINE_MS: '5000',
    SHUTDOWN_GRACE_MS: '1000',
    DATABASE_POOL_SIZE: '4',
  };
  const collector = await connectNats({ servers: natsUrl, name: `${label}-events`, logger });
  const recorder = recordEvents(collector, `${namespace}.atrium.>`);
  const { events } = recorder;
  const tenancyPort = await freePort();
  const tenancyAddress = `127.0.0.1:${tenancyPort}`;
  const tenancyProto = loadProto<TenancyProto>(SERVICE_PROTO_FILES.tenancy);
  const tenancyClient = createClient<tenancy.TenancyServiceDefinition>(
    tenancyProto.atrium.tenancy.v1.TenancyService,
    tenancyAddress,
    { deadlineMs: 10_000 },
  );
  // Tenancy's environment as docs/configuration.md lists it; its defaults stand for the rest.
  const tenancyProcess = await startBackendProcess({
    entry: TENANCY_MAIN,
    env: {
      ...common,
      LOG_LEVEL: 'warn',
      GRPC_PORT: String(tenancyPort),
      METRICS_PORT: '0',
      DATABASE_URL: tenancyDatabase.url,
    },
    port: tenancyPort,
    ready: () => tenancyClient.checkHealth(1000),
  }).catch((error: unknown) => {
    tenancyClient.close();
    throw error;
  });
  const config = parseConfig(identityConfigShape, {
    ...common,
    GRPC_PORT: '0',
    METRICS_PORT: '0',
    DATABASE_URL: identityDatabase.url,
    TENANCY_ADDR: tenancyAddress,
    IDENTITY_KEK: randomBytes(32).toString('base64'),
  });
  const identityRunning = await startIdentity(config, logger).catch(async (error: unknown) => {
    tenancyClient.close();
    await tenancyProcess.stop();
    throw error;
  });
  const identityProto = loadProto<IdentityProto>(SERVICE_PROTO_FILES.identity);
  const identityClient = createClient<identity.IdentityServiceDefinition>(
    identityProto.atrium.identity.v1.IdentityService,
    `127.0.0.1:${identityRunning.port}`,
    { deadlineMs: 10_000 },
  );
  return {
    identity: identityClient,
    tenancy: tenancyClient,
    db: identityRunning.db,
    config,
    tenancyDatabaseUrl: tenancyDatabase.url,
    namespace,
    events,
    nextEvent: (type, match = () => true, since = 0) =>
      eventually(
        async () => events.slice(since).find((event) => event.type === type && match(event.data)),
        10_000,
        `a ${type} event`,
      ),
    stop: async () => {
      identityClient.close();
      tenancyClient.close();
      await identityRunning.stop();
      await tenancyProcess.stop();
      recorder.stop();
      await deleteStreams(collector, namespace);
      await collector.drain();
      await Promise.all(databases.map((database) => database.drop()));
    },
  };
}

/** The problem a rejected call answers with (code, detail, fields, retryAfterSeconds). */
export async function problemOf(call: Promise<unknown>): Promise<Problem> {
  try {
    await call;
  } catch (error) {
    return problemFromGrpcError(error);
  }
  throw new Error('expected the call to fail, but it succeeded');
}

export async function fieldsOf(call: Promise<unknown>): Promise<string[]> {
  const problem = await problemOf(call);
  expect(problem.code).toBe('validation_failed');
  return (problem.fields ?? []).map((field) => field.field);
}

let people = 0;

/** A distinct strong password and email for each person a test signs up. */
export function newPerson(name = 'Ada Lovelace') {
  people += 1;
  const tag = `${Date.now().toString(36)}${people}`;
  return {
    agencyName: `Agency ${tag}`,
    name,
    email: `person-${tag}@example.test`,
    password: `Copper-Lantern-${tag}-Orbit`,
    userAgent: 'jest',
    ip: '203.0.113.7',
  };
}

export interface SignedUpPerson {
  userId: string;
  agencyId: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  sessionId: string;
  /** The actor the gateway would send for this person's access token. */
  actor: Actor;
}

export async function signUp(harness: Harness, person = newPerson()): Promise<SignedUpPerson> {
  const answer = await harness.identity.SignUp(person);
  return signedIn(answer, person);
}

export function signedIn(
  answer: {
    tokens: identity.TokenPair__Output | null;
    user: identity.User__Output | null;
    agency: identity.AgencyRef__Output | null;
  },
  person: { email: string; password: string },
): SignedUpPerson {
  const accessToken = answer.tokens!.accessToken;
  const claims = decodeJwt(accessToken) as JWTPayload & { sid: string; agency?: string };
  return {
    userId: answer.user!.id,
    agencyId: answer.agency!.id,
    email: person.email,
    password: person.password,
    accessToken,
    refreshToken: answer.tokens!.refreshToken,
    sessionId: claims.sid,
    actor: { userId: answer.user!.id, agencyId: answer.agency!.id, sessionId: claims.sid },
  };
}

/** Verifies an access token the way the gateway does: against identity's JWKS. */
export async function verifyAccessToken(harness: Harness, token: string) {
  const { jwksJson } = await harness.identity.GetJwks({});
  const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(JSON.parse(jwksJson)), {
    issuer: harness.config.JWT_ISSUER,
    audience: harness.config.JWT_AUDIENCE,
  });
  return { payload, protectedHeader };
}

/** Invites an email into the owner's agency through tenancy and returns the token the invitation mails. */
export async function invite(
  harness: Harness,
  owner: SignedUpPerson,
  invitee: { email: string; name: string },
  role: 'admin' | 'member',
): Promise<string> {
  const since = harness.events.length;
  const { invitation } = await harness.tenancy.InviteAgencyMember(
    { ...invitee, role },
    { actor: owner.actor },
  );
  const created = await harness.nextEvent(
    'atrium.tenancy.v1.invitation.created',
    (data) => data.invitationId === invitation?.id,
    since,
  );
  return created.data.token as string;
}

/** A new person in the owner's agency with the role, signed in there. */
export async function joinAgency(
  harness: Harness,
  owner: SignedUpPerson,
  role: 'admin' | 'member',
): Promise<SignedUpPerson> {
  const person = newPerson('Grace Hopper');
  const token = await invite(harness, owner, person, role);
  const accepted = await harness.identity.AcceptInvitation({
    token,
    name: '',
    password: person.password,
    userAgent: 'jest',
    ip: '',
  });
  return signedIn(accepted, person);
}
