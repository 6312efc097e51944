import { randomUUID } from 'node:crypto';
import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import { checkName, checkNewPassword, normaliseEmail } from '../domain/credentials';
import { EVENT_SOURCE } from '../events/source';
import { openSession, type TokenPair } from '../tokens/session-tokens';
import type { IdentityDeps } from './deps';
import { hashPassword } from './password-hashing';

export interface SignUpInput {
  agencyName: string;
  name: string;
  email: string;
  password: string;
  userAgent: string;
  ip: string;
}

export interface SignedUp {
  tokens: TokenPair;
  user: { id: string; email: string; name: string; createdAt: Date };
  agency: { id: string; name: string };
}

/**
 * Creates the identity and, through tenancy, the agency it owns. The agency
 * is created first (idempotent on its id) so a failure never leaves an
 * identity without an agency holding the email hostage.
 */
export async function signUp(deps: IdentityDeps, input: SignUpInput): Promise<SignedUp> {
  const email = normaliseEmail(input.email);
  const name = checkName(input.name);
  checkNewPassword(input.password);
  if (await deps.db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new DomainError('email_in_use', 'An account with this email already exists; log in instead.', {
      fields: [{ field: 'email', message: 'is already registered' }],
    });
  }
  const passwordHash = await hashPassword(input.password);
  const userId = randomUUID();
  const { agency } = await deps.tenancy.CreateAgency(
    {
      agencyId: randomUUID(),
      name: input.agencyName,
      ownerUserId: userId,
      ownerName: name,
      ownerEmail: email,
    },
    { actor: { userId } },
  );
  if (!agency) throw new Error('tenancy answered CreateAgency without an agency');
  try {
    return await deps.db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { id: userId, email, name, passwordHash, defaultAgencyId: agency.id },
      });
      await enqueueEvent(
        tx,
        {
          type: 'atrium.identity.v1.user.registered',
          subject: `users/${user.id}`,
          data: { userId: user.id, email, name, agencyId: agency.id },
        },
        EVENT_SOURCE,
      );
      const tokens = await openSession(tx, deps.keys, deps.tokens, {
        userId: user.id,
        agencyId: agency.id,
        userAgent: input.userAgent,
        ip: input.ip,
      });
      return { tokens, user, agency: { id: agency.id, name: agency.name } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('email_in_use', 'An account with this email already exists; log in instead.', {
        fields: [{ field: 'email', message: 'is already registered' }],
      });
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}
