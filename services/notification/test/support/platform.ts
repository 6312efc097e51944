import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { jetstream } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { simpleParser, type ParsedMail } from 'mailparser';
import { parseConfig } from '@atrium/config';
import { connectNats, deleteStreams, subjectOf, type NatsConnection } from '@atrium/events';
import { createClient, loadProto, problemFromGrpcError, type PromiseClient } from '@atrium/grpc';
import { createLogger, type Actor } from '@atrium/logger';
import {
  SERVICE_PROTO_FILES,
  type notification,
  type NotificationProto,
  type tenancy,
  type TenancyProto,
} from '@atrium/proto';
import type { RunningBackend } from '@atrium/runtime';
import {
  createTestDatabase,
  eventually,
  freePort,
  getTestServers,
  startBackendProcess,
  testNamespace,
  type BackendProcess,
  type TestDatabase,
} from '@atrium/testing';
import { startNotification } from '../../src/app';
import { notificationConfigShape } from '../../src/config';
import type { Db } from '../../src/store/db';

// Plain CommonJS dev tool; its types are what the tests use of it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSmtpSink } = require('../../../../tools/smtp-sink.js') as {
  startSmtpSink(options: SinkOptions): Promise<SmtpSink>;
};

interface SinkOptions {
  smtpPort: number;
  httpPort: number;
  rejectRecipient?: (address: string) => { code: number; message: string } | undefined;
}

export interface SinkMessage {
  id: string;
  to: string[];
  subject: string;
  raw: Buffer;
  envelope: { mailFrom: string; rcptTo: string[]; user: string | null };
}

export interface SmtpSink {
  smtpPort: number;
  httpPort: number;
  messages(): SinkMessage[];
  stop(): Promise<void>;
}

/** Tenancy's build (make build), run as its own process as it is deployed. */
const TENANCY_MAIN = path.join(path.dirname(require.resolve('@atrium/tenancy/package.json')), 'dist/main.js');

export type TenancyClient = PromiseClient<tenancy.TenancyServiceDefinition> & { close(): void };
export type NotificationClient = PromiseClient<notification.NotificationServiceDefinition> & {
  close(): void;
};

export interface PlatformOptions {
  emailMaxAttempts: number;
  emailRetryBaseMs: number;
  /** Recipients the SMTP sink refuses, with the reply it gives. */
  rejectRecipient?: SinkOptions['rejectRecipient'];
}

/**
 * Notification in this process and a real tenancy in a process of its own, each with its own test
 * database, sharing a NATS namespace of this file's own, and notification sending to a real SMTP sink
 * over TCP.
 */
export interface Platform {
  namespace: string;
  nc: NatsConnection;
  tenancyProcess: BackendProcess;
  notificationBackend: RunningBackend<Db>;
  db: Db;
  tenancy: TenancyClient;
  notification: NotificationClient;
  sink: SmtpSink;
  /** Stops the SMTP sink (an SMTP outage); startSink brings it back on the same port. */
  stopSink(): Promise<void>;
  startSink(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPlatform(label: string, options: PlatformOptions): Promise<Platform> {
  const servers = await getTestServers();
  const namespace = testNamespace();
  const databases: TestDatabase[] = [];
  const [tenancyDb, notificationDb] = await Promise.all([
    createTestDatabase(`${label}_tenancy`),
    createTestDatabase(`${label}_notification`),
  ]);
  databases.push(tenancyDb, notificationDb);
  const common = {
    NATS_URL: servers.natsUrl,
    EVENTS_NAMESPACE: namespace,
    GRPC_HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
  };
  const sinkOptions: SinkOptions = {
    smtpPort: await freePort(),
    httpPort: 0,
    rejectRecipient: options.rejectRecipient,
  };
  const platform = {
    namespace,
    sink: await startSmtpSink(sinkOptions),
  } as Platform;

  const tenancyPort = await freePort();
  const tenancyAddress = `127.0.0.1:${tenancyPort}`;
  const tenancyProto = loadProto<TenancyProto>(SERVICE_PROTO_FILES.tenancy);
  const tenancyClient = createClient<tenancy.TenancyServiceDefinition>(
    tenancyProto.atrium.tenancy.v1.TenancyService,
    tenancyAddress,
    { deadlineMs: 5000 },
  );
  platform.tenancy = tenancyClient;
  // Tenancy's environment as docs/configuration.md lists it; its defaults stand for the rest.
  platform.tenancyProcess = await startBackendProcess({
    entry: TENANCY_MAIN,
    env: {
      ...common,
      LOG_LEVEL: 'warn',
      DATABASE_URL: tenancyDb.url,
      GRPC_PORT: String(tenancyPort),
      METRICS_PORT: '0',
    },
    port: tenancyPort,
    ready: () => tenancyClient.checkHealth(1000),
  }).catch((error: unknown) => {
    tenancyClient.close();
    throw error;
  });
  platform.notificationBackend = await startNotification(
    parseConfig(notificationConfigShape, {
      ...common,
      DATABASE_URL: notificationDb.url,
      GRPC_PORT: '0',
      METRICS_PORT: '0',
      TENANCY_ADDR: tenancyAddress,
      SMTP_URL: `smtp://notification:secret@127.0.0.1:${sinkOptions.smtpPort}`,
      EMAIL_FROM: 'Atrium <no-reply@atrium.test>',
      EMAIL_MAX_ATTEMPTS: String(options.emailMaxAttempts),
      EMAIL_RETRY_BASE_MS: String(options.emailRetryBaseMs),
    }),
    createLogger('notification', 'silent'),
  ).catch(async (error: unknown) => {
    tenancyClient.close();
    await platform.tenancyProcess.stop();
    throw error;
  });
  platform.db = platform.notificationBackend.db;
  platform.nc = await connectNats({
    servers: servers.natsUrl,
    name: `notification-test-${label}`,
    logger: createLogger('test', 'silent'),
  });
  const notificationProto = loadProto<NotificationProto>(SERVICE_PROTO_FILES.notification);
  platform.notification = createClient<notification.NotificationServiceDefinition>(
    notificationProto.atrium.notification.v1.NotificationService,
    `127.0.0.1:${platform.notificationBackend.port}`,
    { deadlineMs: 5000 },
  );
  let sinkRunning = true;
  platform.stopSink = async () => {
    sinkRunning = false;
    await platform.sink.stop();
  };
  platform.startSink = async () => {
    platform.sink = await startSmtpSink(sinkOptions);
    sinkRunning = true;
  };
  platform.stop = async () => {
    platform.tenancy?.close();
    platform.notification?.close();
    await platform.notificationBackend?.stop();
    await platform.tenancyProcess?.stop();
    if (sinkRunning) await platform.sink.stop();
    await deleteStreams(platform.nc, namespace);
    await platform.nc.drain();
    await Promise.all(databases.map((database) => database.drop()));
  };
  return platform;
}

/** An agency created through tenancy, as its owner acts in it. */
export interface TestAgency {
  agencyId: string;
  ownerId: string;
  owner: Actor;
  name: string;
}

/** Creates an agency through tenancy and waits until notification's branding projection knows it. */
export async function createAgency(platform: Platform, name: string): Promise<TestAgency> {
  const agencyId = randomUUID();
  const ownerId = randomUUID();
  await platform.tenancy.CreateAgency({
    agencyId,
    name,
    ownerUserId: ownerId,
    ownerName: 'Olive Owner',
    ownerEmail: `owner-${ownerId}@example.com`,
  });
  await eventually(
    () => platform.db.agencyBranding.findUnique({ where: { agencyId } }).then((row) => row ?? undefined),
    10000,
    `the branding projection of ${name}`,
  );
  return { agencyId, ownerId, owner: { userId: ownerId, agencyId }, name };
}

/**
 * Publishes an event the way libs/events' outbox relay does: JSON body, CloudEvents headers, the
 * event id as Nats-Msg-Id unless msgId says otherwise (a redelivery that JetStream must not drop).
 */
export async function publishEvent(
  platform: Platform,
  type: string,
  data: object,
  options: { id?: string; msgId?: string } = {},
): Promise<string> {
  const id = options.id ?? randomUUID();
  const h = headers();
  h.set('ce-specversion', '1.0');
  h.set('ce-id', id);
  h.set('ce-type', type);
  h.set('ce-source', `/atrium/${type.split('.')[1]}`);
  h.set('ce-time', new Date().toISOString());
  h.set('ce-subject', 'test');
  h.set('content-type', 'application/json');
  await jetstream(platform.nc).publish(subjectOf(type, platform.namespace), JSON.stringify(data), {
    msgID: options.msgId ?? id,
    headers: h,
  });
  return id;
}

/** Every message the sink holds for a recipient, parsed. */
export async function mailTo(platform: Platform, recipient: string): Promise<ParsedMail[]> {
  const raw = platform.sink.messages().filter((message) => message.to.includes(recipient));
  return Promise.all(raw.map((message) => simpleParser(message.raw)));
}

/** Waits for the first message to a recipient and parses it. */
export async function firstMailTo(platform: Platform, recipient: string): Promise<ParsedMail> {
  const [mail] = await eventually(
    async () => {
      const mails = await mailTo(platform, recipient);
      return mails.length > 0 ? mails : undefined;
    },
    15000,
    `an email to ${recipient}`,
  );
  return mail!;
}

/** The problem a failed call answers with, as the gateway would see it. */
export async function problem(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    return problemFromGrpcError(error);
  }
  throw new Error('The call succeeded');
}
