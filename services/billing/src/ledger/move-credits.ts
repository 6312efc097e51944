import { insufficientCredits, mayOverdraw, type AccountHolder } from '../domain/credits';
import { accountIdOf, appendEntries, ensureAccounts, lockAccounts } from '../store/ledger';
import type { Tx } from '../store/transaction';

/** One leg of a movement: `amount` credits out of `debit` into `credit`. */
export interface Leg {
  debit: AccountHolder;
  credit: AccountHolder;
  amount: number;
}

export interface Moved {
  /** When the entries were written. */
  at: Date;
  /** The balance of each holder named by a leg, after the movement, in the order asked for. */
  balanceOf(holder: AccountHolder): number;
}

/**
 * Writes one movement's entries inside the caller's tenant transaction: opens the accounts it needs,
 * locks them in the order of their ids (so movements over the same accounts queue, never deadlock),
 * checks under those locks that no account but `issued` goes below zero, then appends the entries
 * and sets the balances. A movement an account cannot afford answers insufficient_credits with what
 * that account has, and the caller's transaction rolls back having written nothing.
 */
export async function moveCredits(
  tx: Tx,
  agencyId: string,
  movementId: string,
  legs: readonly Leg[],
): Promise<Moved> {
  const ids = await ensureAccounts(
    tx,
    agencyId,
    legs.flatMap((leg) => [leg.debit, leg.credit]),
  );
  const locked = await lockAccounts(tx, [...new Set(ids.values())]);
  const balances = new Map([...locked.values()].map((account) => [account.id, account.balance]));
  const entries = legs
    .filter((leg) => leg.amount > 0)
    .map((leg) => ({
      debitAccountId: accountIdOf(ids, leg.debit),
      creditAccountId: accountIdOf(ids, leg.credit),
      amount: leg.amount,
    }));
  for (const entry of entries) {
    const available = balances.get(entry.debitAccountId)!;
    if (available < entry.amount && !mayOverdraw(locked.get(entry.debitAccountId)!.kind))
      throw insufficientCredits(available, entry.amount);
    balances.set(entry.debitAccountId, available - entry.amount);
    balances.set(entry.creditAccountId, balances.get(entry.creditAccountId)! + entry.amount);
  }
  const at = await appendEntries(tx, agencyId, movementId, entries, balances);
  return { at, balanceOf: (holder) => balances.get(accountIdOf(ids, holder))! };
}
