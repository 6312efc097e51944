import type { identity } from '@atrium/proto';
import type { SignedIn } from '../accounts/signed-in';
import { avatarUrl } from '../domain/avatar';
import type { SessionView } from '../sessions/list-sessions';
import type { ApiKey } from '../store/api-keys';
import type { UserRow } from '../store/users';

export function userToProto(user: UserRow): identity.User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    position: user.position,
    avatarUrl: avatarUrl(user.id, user.avatarEtag),
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

export function signedInToProto(result: SignedIn) {
  return { tokens: result.tokens, user: userToProto(result.user), agency: result.agency };
}

export function sessionToProto(session: SessionView): identity.Session {
  return {
    id: session.id,
    userAgent: session.userAgent,
    ip: session.ip,
    createdAt: session.createdAt.toISOString(),
    lastUsedAt: session.lastUsedAt.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
    current: session.current,
  };
}

export function apiKeyToProto(key: ApiKey): identity.ApiKey {
  return {
    id: key.id,
    agencyId: key.agencyId,
    name: key.name,
    prefix: key.prefix,
    permissions: key.permissions,
    createdByUserId: key.createdByUserId,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? '',
  };
}
