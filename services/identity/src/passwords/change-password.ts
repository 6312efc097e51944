import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { admitPasswordCheck, passwordCheckFailed, passwordCheckSucceeded } from '../accounts/login-attempts';
import { hashPassword, verifyPassword } from '../accounts/password-hashing';
import { requirePerson } from '../accounts/require-person';
import { checkNewPassword } from '../domain/credentials';
import { revokeSessions } from '../sessions/revoke-sessions';
import { deleteUnusedPasswordResets } from '../store/password-resets';
import { inTransaction, type Db } from '../store/transaction';
import { findUserById, updateUser } from '../store/users';
import { passwordChanged } from './password-changed';
import { IDENTITY_ERRORS } from '../domain/errors';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/**
 * Sets a new password after checking the current one, and ends every other session: whoever
 * else was signed in must prove the new password. A wrong current password counts toward the
 * login limits, under the session as its address, so a stolen access token cannot be used to guess
 * it faster than from one address (and every guess counts toward the email's ceiling).
 */
export async function changePassword(
  db: Db,
  actorOrNone: Actor | undefined,
  input: ChangePasswordInput,
): Promise<void> {
  const actor = requirePerson(actorOrNone);
  const user = await findUserById(db, actor.userId);
  if (!user) throw new DomainError('unauthenticated', 'The identity no longer exists.');
  checkNewPassword(input.newPassword, 'newPassword', [user.email, user.name]);
  const attempt = await admitPasswordCheck(db, user.email, `session:${actor.sessionId ?? ''}`);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await passwordCheckFailed(db, attempt, user);
    throw new DomainError(IDENTITY_ERRORS.invalid_credentials, 'The current password is not correct.', {
      fields: [{ field: 'currentPassword', message: 'is not correct' }],
    });
  }
  await passwordCheckSucceeded(db, attempt);
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(db, async (tx) => {
    await updateUser(tx, user.id, { passwordHash });
    // A reset link mailed earlier must not undo this change.
    await deleteUnusedPasswordResets(tx, user.id);
    await revokeSessions(tx, user.id, { allExcept: actor.sessionId }, 'password_changed');
    await passwordChanged(tx, user, 'changed');
  });
}
