import { createHash, randomBytes } from 'node:crypto';

/** Invitation links live 7 days (docs/product.md "People, roles and permissions"). */
export const INVITATION_TTL_MS = 7 * 86_400_000;

/** A 256-bit random token for the link; only its hash is stored. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
