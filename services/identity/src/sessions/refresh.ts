import { DomainError } from '@atrium/errors';
import { enqueueEvent } from '@atrium/events';
import { isNotFound } from '@atrium/grpc';
import type { IdentityDeps } from '../accounts/deps';
import type { SignedIn } from '../accounts/signed-in';
import { EVENT_SOURCE } from '../events/source';
import {
  deleteExpiredRefreshTokens,
  findRefreshToken,
  findSessionWithPerson,
  renewSession,
  spendRefreshToken,
} from '../store/sessions';
import { inTransaction } from '../store/transaction';
import { findUserById } from '../store/users';
import { agencyRef } from '../tenancy/agency-access';
import {
  clientHints,
  hashToken,
  issueRefreshToken,
  refreshTokenExpiry,
  signAccessToken,
} from '../tokens/session-tokens';
import { revokeSessions } from './revoke-sessions';

export interface RefreshInput {
  refreshToken: string;
  userAgent: string;
  ip: string;
}

const INVALID = 'The refresh token is not valid; sign in again.';

function unauthenticated(detail = INVALID): DomainError {
  return new DomainError('unauthenticated', detail);
}

/**
 * Exchanges a refresh token for a new pair in the same session. The presented token is spent
 * atomically; presenting a spent one means two parties hold the family, so it is revoked.
 */
export async function refresh(deps: IdentityDeps, input: RefreshInput): Promise<SignedIn> {
  const tokenHash = hashToken(input.refreshToken);
  const found = await findRefreshToken(deps.db, tokenHash);
  if (!found) throw unauthenticated();
  if (found.usedAt) return reuseDetected(deps, found.session.id, input);
  const { session } = found;
  const now = new Date();
  if (found.expiresAt <= now || session.revokedAt || session.expiresAt <= now) throw unauthenticated();
  const user = await findUserById(deps.db, session.userId);
  if (!user) throw unauthenticated();
  // Asked before the token is spent, so a tenancy failure leaves the client its token to retry with.
  const agency = await agencyRef(deps, user.id, session.agencyId).catch((error: unknown) => {
    throw isNotFound(error)
      ? unauthenticated('You are no longer a member of this agency; sign in again.')
      : error;
  });
  const refreshToken = await inTransaction(deps.db, async (tx) => {
    if (!(await spendRefreshToken(tx, tokenHash))) return undefined;
    const expiresAt = refreshTokenExpiry(deps.tokens);
    await renewSession(tx, session.id, { expiresAt, ...clientHints(input) });
    // Tokens past their expiry can no longer be presented, spent or not.
    await deleteExpiredRefreshTokens(tx, session.id);
    return issueRefreshToken(tx, session.id, expiresAt);
  });
  // Another request spent the token between our read and our update.
  if (!refreshToken) return reuseDetected(deps, session.id, input);
  const accessToken = await signAccessToken(deps.keys, deps.tokens, user.id, session.agencyId, session.id);
  return {
    tokens: { accessToken, refreshToken, expiresIn: deps.tokens.accessTokenTtlSeconds },
    user,
    agency,
  };
}

/** Revokes the family the spent token belongs to (once), reports the theft, and refuses. */
async function reuseDetected(deps: IdentityDeps, sessionId: string, input: RefreshInput): Promise<never> {
  await inTransaction(deps.db, async (tx) => {
    const session = await findSessionWithPerson(tx, sessionId);
    const revoked = await revokeSessions(tx, session.userId, { only: sessionId }, 'reuse_detected');
    if (revoked.length === 0) return;
    await enqueueEvent(
      tx,
      {
        type: 'atrium.identity.v1.session.reuse_detected',
        subject: `users/${session.userId}`,
        data: {
          userId: session.userId,
          email: session.user.email,
          name: session.user.name,
          familyId: sessionId,
          ...clientHints(input),
          detectedAt: new Date().toISOString(),
        },
      },
      EVENT_SOURCE,
    );
  });
  throw unauthenticated('The refresh token was already used; the session has been ended for safety.');
}
