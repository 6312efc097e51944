import type { Logger } from '@atrium/logger';
import { z } from 'zod';
import type { NatsLink } from './nats-link';
import { readMessage, StreamFollower } from './stream-follower';

export const MEMBER_ROLE_CHANGED = 'atrium.tenancy.v1.member.role_changed';
export const MEMBER_REMOVED = 'atrium.tenancy.v1.member.removed';
export const AGENCY_OWNERSHIP_TRANSFERRED = 'atrium.tenancy.v1.agency.ownership_transferred';
export const AGENCY_UPDATED = 'atrium.tenancy.v1.agency.updated';
export const ROLE_UPDATED = 'atrium.tenancy.v1.role.updated';
export const ROLE_DELETED = 'atrium.tenancy.v1.role.deleted';
export const CLIENT_USER_UPDATED = 'atrium.tenancy.v1.client_user.updated';
export const CLIENT_USER_REMOVED = 'atrium.tenancy.v1.client_user.removed';
export const CLIENT_USER_PRIMARY_CHANGED = 'atrium.tenancy.v1.client_user.primary_changed';

/** What the gateway does with the tenancy events it follows. */
export interface TenancyEventHandlers {
  /** What these people may do in the agency changed. */
  accessChanged(agencyId: string, userIds: string[]): void;
  /** The agency's name or branding changed. */
  agencyUpdated(agencyId: string): void;
  /** What any member of the agency may do may have changed (a custom role was edited or deleted). */
  agencyAccessChanged(agencyId: string): void;
}

// proto3 JSON with defaults filled in (libs/events enqueueEvent); only what is used is read.
const id = z.string().min(1);
const MemberData = z.object({ agencyId: id, userId: id });
const OwnershipData = z.object({ agencyId: id, previousOwnerId: id, newOwnerId: id });
const AgencyData = z.object({ agencyId: id });
// A client user's identity is empty until they join; only then is anything of theirs cached.
const ClientUserRef = z.object({ identityUserId: z.string() });
const ClientUserUpdatedData = z.object({ agencyId: id, clientUser: ClientUserRef });
const ClientUserRemovedData = z.object({ agencyId: id, identityUserId: z.string() });
const PrimaryChangedData = z.object({
  agencyId: id,
  primary: ClientUserRef,
  formerPrimary: ClientUserRef.nullish(),
});

function joined(...identityUserIds: Array<string | undefined>): string[] {
  return identityUserIds.filter((userId): userId is string => Boolean(userId));
}

/** Applies one event: `ignored` when the gateway does not follow its type. */
export function applyTenancyEvent(
  type: string,
  data: unknown,
  handlers: TenancyEventHandlers,
): 'applied' | 'ignored' | 'malformed' {
  switch (type) {
    case MEMBER_ROLE_CHANGED:
    case MEMBER_REMOVED: {
      const parsed = MemberData.safeParse(data);
      if (!parsed.success) return 'malformed';
      handlers.accessChanged(parsed.data.agencyId, [parsed.data.userId]);
      return 'applied';
    }
    case AGENCY_OWNERSHIP_TRANSFERRED: {
      const parsed = OwnershipData.safeParse(data);
      if (!parsed.success) return 'malformed';
      const { agencyId, previousOwnerId, newOwnerId } = parsed.data;
      handlers.accessChanged(agencyId, [previousOwnerId, newOwnerId]);
      return 'applied';
    }
    case AGENCY_UPDATED: {
      const parsed = AgencyData.safeParse(data);
      if (!parsed.success) return 'malformed';
      handlers.agencyUpdated(parsed.data.agencyId);
      return 'applied';
    }
    case ROLE_UPDATED:
    case ROLE_DELETED: {
      // The event names the role, not its holders: every cached member of the agency is forgotten.
      const parsed = AgencyData.safeParse(data);
      if (!parsed.success) return 'malformed';
      handlers.agencyAccessChanged(parsed.data.agencyId);
      return 'applied';
    }
    case CLIENT_USER_UPDATED: {
      const parsed = ClientUserUpdatedData.safeParse(data);
      if (!parsed.success) return 'malformed';
      handlers.accessChanged(parsed.data.agencyId, joined(parsed.data.clientUser.identityUserId));
      return 'applied';
    }
    case CLIENT_USER_REMOVED: {
      const parsed = ClientUserRemovedData.safeParse(data);
      if (!parsed.success) return 'malformed';
      handlers.accessChanged(parsed.data.agencyId, joined(parsed.data.identityUserId));
      return 'applied';
    }
    case CLIENT_USER_PRIMARY_CHANGED: {
      const parsed = PrimaryChangedData.safeParse(data);
      if (!parsed.success) return 'malformed';
      const { agencyId, primary, formerPrimary } = parsed.data;
      handlers.accessChanged(agencyId, joined(primary.identityUserId, formerPrimary?.identityUserId));
      return 'applied';
    }
    default:
      return 'ignored';
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
 * ownership or a new agency name shows on every replica within a second or so. The first consumer starts when the follower was made
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
