import type { Logger } from '@atrium/logger';
import type { EventType } from '@atrium/proto';
import type { NatsLink } from './nats-link';
import { payloadOf, readMessage, StreamFollower } from './stream-follower';

export const MEMBER_ROLE_CHANGED = 'atrium.tenancy.v1.member.role_changed' satisfies EventType;
export const MEMBER_REMOVED = 'atrium.tenancy.v1.member.removed' satisfies EventType;
export const AGENCY_OWNERSHIP_TRANSFERRED =
  'atrium.tenancy.v1.agency.ownership_transferred' satisfies EventType;
export const AGENCY_UPDATED = 'atrium.tenancy.v1.agency.updated' satisfies EventType;
export const ROLE_UPDATED = 'atrium.tenancy.v1.role.updated' satisfies EventType;
export const ROLE_DELETED = 'atrium.tenancy.v1.role.deleted' satisfies EventType;
export const CLIENT_USER_UPDATED = 'atrium.tenancy.v1.client_user.updated' satisfies EventType;
export const CLIENT_USER_REMOVED = 'atrium.tenancy.v1.client_user.removed' satisfies EventType;
export const CLIENT_USER_PRIMARY_CHANGED =
  'atrium.tenancy.v1.client_user.primary_changed' satisfies EventType;
export const CLIENT_USER_CREATED = 'atrium.tenancy.v1.client_user.created' satisfies EventType;
export const MEMBER_ADDED = 'atrium.tenancy.v1.member.added' satisfies EventType;
export const CLIENT_CREATED = 'atrium.tenancy.v1.client.created' satisfies EventType;
export const CLIENT_UPDATED = 'atrium.tenancy.v1.client.updated' satisfies EventType;
export const CLIENT_TEAM_CHANGED = 'atrium.tenancy.v1.client.team_changed' satisfies EventType;
export const CLIENT_DEACTIVATED = 'atrium.tenancy.v1.client.deactivated' satisfies EventType;
export const CLIENT_REACTIVATED = 'atrium.tenancy.v1.client.reactivated' satisfies EventType;
export const CLIENT_DELETION_REQUESTED = 'atrium.tenancy.v1.client.deletion_requested' satisfies EventType;
export const CLIENT_DELETED = 'atrium.tenancy.v1.client.deleted' satisfies EventType;

/** Events about one client that may change who enters it, with what, or its status. */
const CLIENT_ACCESS_EVENTS: ReadonlySet<string> = new Set([
  CLIENT_CREATED,
  // The owner may have changed (UpdateClient's ownerId, or a removed member's clients handed over).
  CLIENT_UPDATED,
  CLIENT_TEAM_CHANGED,
  CLIENT_DEACTIVATED,
  CLIENT_REACTIVATED,
  CLIENT_DELETION_REQUESTED,
  CLIENT_DELETED,
] as const);
type ClientAccessEvent =
  | typeof CLIENT_CREATED
  | typeof CLIENT_UPDATED
  | typeof CLIENT_TEAM_CHANGED
  | typeof CLIENT_DEACTIVATED
  | typeof CLIENT_REACTIVATED
  | typeof CLIENT_DELETION_REQUESTED
  | typeof CLIENT_DELETED;

function isClientAccessEvent(type: string): type is ClientAccessEvent {
  return CLIENT_ACCESS_EVENTS.has(type);
}

/** What the gateway does with the tenancy events it follows. */
export interface TenancyEventHandlers {
  /** What these people may do in the agency changed. */
  accessChanged(agencyId: string, userIds: string[]): void;
  /** The agency's name or branding changed. */
  agencyUpdated(agencyId: string): void;
  /** What any member of the agency may do may have changed (a custom role was edited or deleted). */
  agencyAccessChanged(agencyId: string): void;
  /** Who may enter this client, or its status, may have changed (its owner, team or lifecycle). */
  clientAccessChanged(agencyId: string, clientId: string): void;
}

// A client user's identity is empty until they join; only then is anything of theirs cached.
function joined(...identityUserIds: Array<string | undefined>): string[] {
  return identityUserIds.filter((userId): userId is string => Boolean(userId));
}

/**
 * Applies one event: `ignored` when the gateway does not follow its type, `malformed` when its payload
 * is not what its proto promises (payloadOf) or lacks what the gateway acts on.
 */
export function applyTenancyEvent(
  type: string,
  data: unknown,
  handlers: TenancyEventHandlers,
): 'applied' | 'ignored' | 'malformed' {
  switch (type) {
    case MEMBER_ADDED:
    case MEMBER_ROLE_CHANGED:
    case MEMBER_REMOVED: {
      const member = payloadOf(type, data);
      if (!member?.agencyId || !member.userId) return 'malformed';
      handlers.accessChanged(member.agencyId, [member.userId]);
      return 'applied';
    }
    case AGENCY_OWNERSHIP_TRANSFERRED: {
      const transfer = payloadOf(type, data);
      if (!transfer?.agencyId || !transfer.previousOwnerId || !transfer.newOwnerId) return 'malformed';
      handlers.accessChanged(transfer.agencyId, [transfer.previousOwnerId, transfer.newOwnerId]);
      return 'applied';
    }
    case AGENCY_UPDATED: {
      const agency = payloadOf(type, data);
      if (!agency?.agencyId) return 'malformed';
      handlers.agencyUpdated(agency.agencyId);
      return 'applied';
    }
    case ROLE_UPDATED:
    case ROLE_DELETED: {
      // The event names the role, not its holders: every cached member of the agency is forgotten.
      const role = payloadOf(type, data);
      if (!role?.agencyId) return 'malformed';
      handlers.agencyAccessChanged(role.agencyId);
      return 'applied';
    }
    case CLIENT_USER_CREATED: {
      // Created active at once when identity provisions a password or the person already has an identity.
      const created = payloadOf(type, data);
      if (!created?.agencyId || !created.clientUser) return 'malformed';
      handlers.accessChanged(created.agencyId, joined(created.clientUser.identityUserId));
      return 'applied';
    }
    case CLIENT_USER_UPDATED: {
      const updated = payloadOf(type, data);
      if (!updated?.agencyId || !updated.clientUser) return 'malformed';
      handlers.accessChanged(updated.agencyId, joined(updated.clientUser.identityUserId));
      return 'applied';
    }
    case CLIENT_USER_REMOVED: {
      const removed = payloadOf(type, data);
      if (!removed?.agencyId) return 'malformed';
      handlers.accessChanged(removed.agencyId, joined(removed.identityUserId));
      return 'applied';
    }
    case CLIENT_USER_PRIMARY_CHANGED: {
      const handover = payloadOf(type, data);
      if (!handover?.agencyId || !handover.primary) return 'malformed';
      const { agencyId, primary, formerPrimary } = handover;
      handlers.accessChanged(agencyId, joined(primary.identityUserId, formerPrimary?.identityUserId));
      return 'applied';
    }
    default: {
      if (!isClientAccessEvent(type)) return 'ignored';
      const client = payloadOf(type, data);
      if (!client?.agencyId || !client.clientId) return 'malformed';
      handlers.clientAccessChanged(client.agencyId, client.clientId);
      return 'applied';
    }
  }
}

export interface TenancyEventFollowerOptions {
  nats: NatsLink;
  namespace: string;
  logger: Logger;
  /** How long the caches these events invalidate keep an entry: reading further back changes nothing. */
  cacheTtlMs: number;
  handlers: TenancyEventHandlers;
}

/**
 * Follows tenancy's stream so a change of role, an edited custom role, a removal, a transfer of
 * ownership, a new agency name, or a client's new team, owner or status shows on every replica within a
 * second or so. The first consumer starts when the follower was made
 * (nothing was cached before); a replacement starts where the last one got to, but never earlier than
 * the cache lifetime, as older entries have expired anyway.
 *
 * While NATS is unreachable, such changes show once the access cache entry expires (ACCESS_TTL_MS).
 */
export function tenancyEventFollower(options: TenancyEventFollowerOptions): StreamFollower {
  const { logger, handlers } = options;
  const madeAt = new Date();
  return new StreamFollower({
    nats: options.nats,
    service: 'tenancy',
    namespace: options.namespace,
    logger,
    startTime: (lastSeen) => {
      const earliest = new Date(Date.now() - options.cacheTtlMs);
      const from = lastSeen ?? madeAt;
      return from > earliest ? from : earliest;
    },
    handle: (message) => {
      const { type, data } = readMessage(message);
      if (applyTenancyEvent(type, data, handlers) === 'malformed')
        logger.warn({ type, streamSequence: message.seq }, 'unreadable tenancy event skipped');
    },
    unavailableWarning:
      'cannot follow tenancy events; role changes show only once cached access answers expire',
  });
}
