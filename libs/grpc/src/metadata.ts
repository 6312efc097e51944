import { Metadata } from '@grpc/grpc-js';
import { traceIdOf, type Actor, type RequestContext } from '@atrium/logger';

const REQUEST_ID_KEY = 'x-request-id';
const TRACEPARENT_KEY = 'traceparent';
const ACTOR_KEY = 'x-atrium-actor';

const OPTIONAL_ACTOR_FIELDS = ['agencyId', 'clientId', 'actingAsClientId', 'apiKeyId', 'sessionId'] as const;

/** The metadata a call carries so the next service knows who acts and which request and trace it serves. */
export function contextToMetadata(context: RequestContext | undefined): Metadata {
  const metadata = new Metadata();
  if (context?.requestId) metadata.set(REQUEST_ID_KEY, context.requestId);
  if (context?.traceparent) metadata.set(TRACEPARENT_KEY, context.traceparent);
  if (context?.actor) metadata.set(ACTOR_KEY, JSON.stringify(context.actor));
  return metadata;
}

function firstString(metadata: Metadata, key: string): string | undefined {
  const [value] = metadata.get(key);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** An actor only when the JSON has the right shape: a half-read identity is worse than none. */
function parseActor(json: string | undefined): Actor | undefined {
  if (json === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  if (typeof record.userId !== 'string' || record.userId === '') return undefined;
  const actor: Actor = { userId: record.userId };
  for (const field of OPTIONAL_ACTOR_FIELDS) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return undefined;
    actor[field] = value;
  }
  for (const field of ['apiKeyPermissions', 'agencyPermissions'] as const) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (!isStringList(value)) return undefined;
    actor[field] = value;
  }
  const access = record.clientAccess;
  if (access !== undefined && access !== null) {
    if (typeof access !== 'object') return undefined;
    const { clientId, permissions, clientUser } = access as Record<string, unknown>;
    if (typeof clientId !== 'string' || clientId === '' || !isStringList(permissions)) return undefined;
    if (clientUser !== undefined && typeof clientUser !== 'boolean') return undefined;
    actor.clientAccess = { clientId, permissions, ...(clientUser === true && { clientUser }) };
  }
  return actor;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

/** The request context a call's metadata describes; malformed entries are left out. */
export function contextFromMetadata(metadata: Metadata): RequestContext {
  const context: RequestContext = {};
  const requestId = firstString(metadata, REQUEST_ID_KEY);
  const traceparent = firstString(metadata, TRACEPARENT_KEY);
  const actor = parseActor(firstString(metadata, ACTOR_KEY));
  if (requestId) context.requestId = requestId;
  if (traceIdOf(traceparent)) context.traceparent = traceparent;
  if (actor) context.actor = actor;
  return context;
}
