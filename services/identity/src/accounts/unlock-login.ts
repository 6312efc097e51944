import { DomainError } from '@atrium/errors';
import { IDENTITY_ERRORS } from '../domain/errors';
import { clearLoginThrottles } from '../store/login-throttles';
import { deleteUnusedLoginUnlocks, spendLoginUnlock } from '../store/login-unlocks';
import { inTransaction, type Db } from '../store/transaction';
import { findUserById } from '../store/users';
import { hashToken } from '../tokens/session-tokens';

function invalidToken(): DomainError {
  return new DomainError(
    IDENTITY_ERRORS.invalid_token,
    'The unlock link is invalid, already used or expired; sign in, or reset the password.',
  );
}

/**
 * Spends an unlock link exactly once and lifts every login limit of its person's email: they have
 * just proven they own the mailbox the link went to.
 */
export async function unlockLogin(db: Db, input: { token: string }): Promise<void> {
  await inTransaction(db, async (tx) => {
    const userId = await spendLoginUnlock(tx, hashToken(input.token));
    if (!userId) throw invalidToken();
    const user = await findUserById(tx, userId);
    if (!user) throw invalidToken();
    await deleteUnusedLoginUnlocks(tx, user.id);
    await clearLoginThrottles(tx, user.email);
  });
}
