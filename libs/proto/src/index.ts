import path from 'node:path';
import * as protobuf from 'protobufjs';

import { readMessageData, type EventOutput, type EventType } from './events';

export {
  EVENT_TYPES,
  EventDataError,
  isEventType,
  type EventInput,
  type EventMap,
  type EventOutput,
  type EventPayload,
  type EventType,
} from './events';

export type * as identity from './generated/by-service/identity';
export type * as tenancy from './generated/by-service/tenancy';
export type * as notification from './generated/by-service/notification';
export type * as billing from './generated/by-service/billing';
export type * as campaigns from './generated/by-service/campaigns';
export type { ProtoGrpcType as IdentityProto } from './generated/identity_service';
export type { ProtoGrpcType as TenancyProto } from './generated/tenancy_service';
export type { ProtoGrpcType as NotificationProto } from './generated/notification_service';
export type { ProtoGrpcType as BillingProto } from './generated/billing_service';
export type { ProtoGrpcType as CampaignsProto } from './generated/campaigns_service';

/** Where the .proto sources live: the repository's protos/ unless ATRIUM_PROTO_DIR says otherwise (images). */
export const PROTO_DIR = process.env.ATRIUM_PROTO_DIR ?? path.resolve(__dirname, '../../../protos');

export const SERVICE_PROTO_FILES = {
  identity: 'atrium/identity/v1/identity_service.proto',
  tenancy: 'atrium/tenancy/v1/tenancy_service.proto',
  notification: 'atrium/notification/v1/notification_service.proto',
  billing: 'atrium/billing/v1/billing_service.proto',
  campaigns: 'atrium/campaigns/v1/campaigns_service.proto',
} as const;

export type ServiceName = keyof typeof SERVICE_PROTO_FILES;

/** Files that declare event payloads; one per publishing service. */
export const EVENT_PROTO_FILES = [
  'atrium/identity/v1/identity_events.proto',
  'atrium/tenancy/v1/tenancy_events.proto',
  'atrium/notification/v1/notification_events.proto',
  'atrium/campaigns/v1/campaigns_events.proto',
  'atrium/billing/v1/billing_events.proto',
];

/**
 * The options every proto is loaded with, at run time by libs/grpc and at
 * generation time by tools/gen-proto.sh: camelCase fields, 64-bit integers and
 * enums as strings, defaults filled in.
 */
export const LOADER_OPTIONS = {
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_DIR],
};

let eventRoot: protobuf.Root | undefined;

/** The protobuf root holding every event message, loaded once. */
export function eventSchemas(): protobuf.Root {
  if (!eventRoot) {
    const root = new protobuf.Root();
    root.resolvePath = (_origin, target) => path.join(PROTO_DIR, target);
    eventRoot = root.loadSync(EVENT_PROTO_FILES, { keepCase: false });
    eventRoot.resolveAll();
  }
  return eventRoot;
}

/**
 * The proto message that carries an event type, by naming convention:
 * `atrium.tenancy.v1.client.created` → `atrium.tenancy.v1.ClientCreated`.
 */
export function eventMessageName(eventType: string): string {
  const match = /^atrium\.([a-z]+)\.v1\.([a-z_]+)\.([a-z_]+)$/.exec(eventType);
  if (!match)
    throw new Error(`"${eventType}" is not an event type of the form atrium.<service>.v1.<entity>.<event>`);
  const pascal = (part: string) =>
    part
      .split('_')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join('');
  return `atrium.${match[1]}.v1.${pascal(match[2]!)}${pascal(match[3]!)}`;
}

/** The protobuf type of an event's payload; throws when the proto does not declare it. */
export function eventMessageType(eventType: string): protobuf.Type {
  return eventSchemas().lookupType(eventMessageName(eventType));
}

/**
 * Reads an event's payload from the wire by its proto message (the one enqueueEvent wrote it from):
 * every field of the right type, or EventDataError; absent fields get their defaults, as enqueueEvent
 * fills them in. The generated types and this check come from the same .proto files, so no consumer
 * keeps a copy of a payload's shape.
 */
export function readEventData<T extends EventType>(eventType: T, data: unknown): EventOutput<T> {
  return readMessageData(eventMessageType(eventType), eventType, data);
}

/** The closed sets the protos' enums define, as lists of the values their string fields carry. */
export * from './generated/closed-sets';
export { PHONE_PATTERN } from './field-shapes';
