import { DomainError } from '@atrium/errors';
import { hashPassword } from '../accounts/password-hashing';
import { checkNewPassword } from '../domain/credentials';
import { revokeSessions } from '../sessions/revoke-sessions';
import { clearLoginThrottles } from '../store/login-throttles';
import { deleteUnusedPasswordResets, findPasswordReset, spendPasswordReset } from '../store/password-resets';
import { inTransaction, type Db } from '../store/transaction';
import { findUserById, updateUser } from '../store/users';
import { hashToken } from '../tokens/session-tokens';
import { passwordChanged } from './password-changed';
import { IDENTITY_ERRORS } from '../domain/errors';

export interface ConfirmPasswordResetInput {
  token: string;
  newPassword: string;
}

function invalidToken(): DomainError {
  return new DomainError(
    IDENTITY_ERRORS.invalid_token,
    'The reset link is invalid, already used or expired; ask for a new one.',
  );
}

/**
 * Spends a reset token exactly once, sets the password, ends every session and lifts the login
 * lock (the person has just proven they own the mailbox).
 */
export async function confirmPasswordReset(db: Db, input: ConfirmPasswordResetInput): Promise<void> {
  const tokenHash = hashToken(input.token);
  // Read first so a weak password is refused without spending the link, and is judged against the person.
  const pending = await findPasswordReset(db, tokenHash);
  if (!pending || pending.usedAt || pending.expiresAt <= new Date()) throw invalidToken();
  const owner = await findUserById(db, pending.userId);
  if (!owner) throw invalidToken();
  checkNewPassword(input.newPassword, 'newPassword', [owner.email, owner.name]);
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(db, async (tx) => {
    // Of two concurrent uses only one spends the token (store/password-resets.ts).
    if (!(await spendPasswordReset(tx, tokenHash))) throw invalidToken();
    const user = await updateUser(tx, owner.id, { passwordHash });
    await deleteUnusedPasswordResets(tx, user.id);
    await clearLoginThrottles(tx, user.email);
    await revokeSessions(tx, user.id, 'all', 'password_reset');
    await passwordChanged(tx, user, 'reset');
  });
}
