import type { AccountHolder, AccountKind } from '../domain/credits';
import type { Tx } from './db';

/**
 * The ledger's SQL (docs/billing.md "Credits and the ledger"). Accounts are locked with SELECT … FOR
 * UPDATE in the order of their ids, so two movements over the same accounts always queue in the same
 * order and never deadlock; every function runs inside the caller's tenant transaction.
 */

export interface LockedAccount {
  id: string;
  kind: AccountKind;
  clientId: string | null;
  balance: number;
}

function clientIdsOf(holders: readonly AccountHolder[]): string[] {
  return holders.flatMap((holder) => (holder.clientId ? [holder.clientId] : []));
}

function holderKey(holder: AccountHolder): string {
  return `${holder.kind}/${holder.clientId ?? ''}`;
}

/** The ids of the holders' accounts, opening those that do not exist yet. */
export async function ensureAccounts(
  tx: Tx,
  agencyId: string,
  holders: readonly AccountHolder[],
): Promise<Map<string, string>> {
  const wanted = [...new Map(holders.map((holder) => [holderKey(holder), holder])).values()].sort((a, b) =>
    holderKey(a).localeCompare(holderKey(b)),
  );
  let found = await findAccountIds(tx, agencyId, wanted);
  const missing = wanted.filter((holder) => !found.has(holderKey(holder)));
  if (missing.length === 0) return found;
  // In one fixed order too: two first movements of one client wait for each other's insert, not in a cycle.
  for (const holder of missing)
    await tx.$executeRaw`
      INSERT INTO credit_accounts (id, agency_id, kind, client_id)
      VALUES (gen_random_uuid(), ${agencyId}::uuid, ${holder.kind}, ${holder.clientId ?? null}::uuid)
      ON CONFLICT (agency_id, kind, COALESCE(client_id, agency_id)) DO NOTHING`;
  found = await findAccountIds(tx, agencyId, wanted);
  return found;
}

async function findAccountIds(
  tx: Tx,
  agencyId: string,
  holders: readonly AccountHolder[],
): Promise<Map<string, string>> {
  const rows = await tx.$queryRaw<{ id: string; kind: AccountKind; client_id: string | null }[]>`
    SELECT id::text, kind, client_id::text FROM credit_accounts
     WHERE agency_id = ${agencyId}::uuid AND kind = ANY(${holders.map((holder) => holder.kind)}::text[])
       AND (client_id IS NULL OR client_id = ANY(${clientIdsOf(holders)}::uuid[]))`;
  const ids = new Map<string, string>();
  for (const row of rows) ids.set(`${row.kind}/${row.client_id ?? ''}`, row.id);
  return ids;
}

export function accountIdOf(ids: Map<string, string>, holder: AccountHolder): string {
  const id = ids.get(holderKey(holder));
  if (!id) throw new Error(`no credit account for ${holderKey(holder)}`);
  return id;
}

/** Locks the accounts in the order of their ids and answers their balances as of the lock. */
export async function lockAccounts(tx: Tx, ids: readonly string[]): Promise<Map<string, LockedAccount>> {
  const rows = await tx.$queryRaw<
    { id: string; kind: AccountKind; client_id: string | null; balance: bigint }[]
  >`
    SELECT id::text, kind, client_id::text, balance FROM credit_accounts
     WHERE id = ANY(${[...ids]}::uuid[]) ORDER BY id FOR UPDATE`;
  return new Map(
    rows.map((row) => [
      row.id,
      { id: row.id, kind: row.kind, clientId: row.client_id, balance: Number(row.balance) },
    ]),
  );
}

export interface EntryToWrite {
  debitAccountId: string;
  creditAccountId: string;
  amount: number;
}

/** Appends the entries of one movement and sets the balances they lead to, under the locks held. */
export async function appendEntries(
  tx: Tx,
  agencyId: string,
  movementId: string,
  entries: readonly EntryToWrite[],
  balances: ReadonlyMap<string, number>,
): Promise<Date> {
  let at = new Date();
  for (const entry of entries) {
    const [row] = await tx.$queryRaw<{ created_at: Date }[]>`
      INSERT INTO credit_entries (id, agency_id, movement_id, debit_account_id, credit_account_id, amount)
      VALUES (gen_random_uuid(), ${agencyId}::uuid, ${movementId}::uuid, ${entry.debitAccountId}::uuid,
              ${entry.creditAccountId}::uuid, ${entry.amount})
      RETURNING created_at`;
    at = row!.created_at;
  }
  for (const [id, balance] of balances)
    await tx.$executeRaw`UPDATE credit_accounts SET balance = ${balance} WHERE id = ${id}::uuid`;
  return at;
}

/** The balance of each holder's account; 0 for an account not opened yet. */
export async function findBalances(
  tx: Tx,
  agencyId: string,
  holders: readonly AccountHolder[],
): Promise<number[]> {
  const rows = await tx.$queryRaw<{ kind: AccountKind; client_id: string | null; balance: bigint }[]>`
    SELECT kind, client_id::text, balance FROM credit_accounts
     WHERE agency_id = ${agencyId}::uuid AND kind = ANY(${holders.map((holder) => holder.kind)}::text[])
       AND (client_id IS NULL OR client_id = ANY(${clientIdsOf(holders)}::uuid[]))`;
  return holders.map((holder) => {
    const row = rows.find((r) => r.kind === holder.kind && (r.client_id ?? undefined) === holder.clientId);
    return row ? Number(row.balance) : 0;
  });
}

export interface ListedEntry {
  id: string;
  seq: string;
  occurredAt: Date;
  amount: number;
  direction: 'in' | 'out';
  counterKind: AccountKind;
  counterClientId: string | null;
  reason: string | null;
  actorId: string | null;
  idempotencyKey: string | null;
  movementId: string;
}

/** One page of the entries of a holder's account, newest first, before the entry `beforeSeq`. */
export async function listEntries(
  tx: Tx,
  agencyId: string,
  holder: AccountHolder,
  page: { limit: number; beforeSeq: string | null },
): Promise<ListedEntry[]> {
  const [account] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM credit_accounts
     WHERE agency_id = ${agencyId}::uuid AND kind = ${holder.kind}
       AND COALESCE(client_id, agency_id) = ${holder.clientId ?? agencyId}::uuid`;
  if (!account) return [];
  const rows = await tx.$queryRaw<
    {
      id: string;
      seq: bigint;
      created_at: Date;
      amount: bigint;
      incoming: boolean;
      counter_kind: AccountKind;
      counter_client_id: string | null;
      reason: string | null;
      actor_id: string | null;
      idempotency_key: string | null;
      movement_id: string;
    }[]
  >`
    SELECT e.id::text, e.seq, e.created_at, e.amount, e.credit_account_id = ${account.id}::uuid AS incoming,
           counter.kind AS counter_kind, counter.client_id::text AS counter_client_id,
           m.reason, m.actor_id, m.idempotency_key, e.movement_id::text
      FROM credit_entries e
      JOIN credit_accounts counter ON counter.id = CASE WHEN e.credit_account_id = ${account.id}::uuid
                                                        THEN e.debit_account_id ELSE e.credit_account_id END
      LEFT JOIN credit_movements m ON m.id = e.movement_id
     WHERE (e.debit_account_id = ${account.id}::uuid OR e.credit_account_id = ${account.id}::uuid)
       AND (${page.beforeSeq}::bigint IS NULL OR e.seq < ${page.beforeSeq}::bigint)
     ORDER BY e.seq DESC
     LIMIT ${page.limit}`;
  return rows.map((row) => ({
    id: row.id,
    seq: String(row.seq),
    occurredAt: row.created_at,
    amount: Number(row.amount),
    direction: row.incoming ? 'in' : 'out',
    counterKind: row.counter_kind,
    counterClientId: row.counter_client_id,
    reason: row.reason,
    actorId: row.actor_id,
    idempotencyKey: row.idempotency_key,
    movementId: row.movement_id,
  }));
}

export interface MovementToClaim {
  id: string;
  agencyId: string;
  clientId: string | null;
  kind: 'transfer' | 'reserve' | 'commit' | 'release' | 'purchase';
  idempotencyKey: string;
  requestHash: string;
  reason: string;
  actorId: string | null;
}

/**
 * Takes the movement's idempotency key, or answers the movement that holds it. A concurrent holder
 * of the key makes the INSERT wait until it commits (then its row is answered) or rolls back (then
 * the key is ours), so one key makes one movement however many ask at once.
 */
export async function claimMovement(
  tx: Tx,
  movement: MovementToClaim,
): Promise<{ claimed: true } | { claimed: false; requestHash: string; result: unknown }> {
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO credit_movements (id, agency_id, client_id, kind, idempotency_key, request_hash, reason, actor_id)
    VALUES (${movement.id}::uuid, ${movement.agencyId}::uuid, ${movement.clientId}::uuid, ${movement.kind},
            ${movement.idempotencyKey}, ${movement.requestHash}, ${movement.reason}, ${movement.actorId})
    ON CONFLICT (agency_id, idempotency_key) DO NOTHING
    RETURNING id::text`;
  if (inserted.length > 0) return { claimed: true };
  const [held] = await tx.$queryRaw<{ request_hash: string; result: unknown }[]>`
    SELECT request_hash, result FROM credit_movements
     WHERE agency_id = ${movement.agencyId}::uuid AND idempotency_key = ${movement.idempotencyKey}`;
  if (!held) throw new Error('an idempotency key conflicted with no visible movement');
  return { claimed: false, requestHash: held.request_hash, result: held.result };
}

/** What the movement answered, kept for replays of its key. */
export async function saveMovementResult(tx: Tx, movementId: string, result: object): Promise<void> {
  await tx.$executeRaw`UPDATE credit_movements SET result = ${JSON.stringify(result)}::jsonb WHERE id = ${movementId}::uuid`;
}

/**
 * The client purge's part in the ledger: the movements made for the client (the idempotency keys,
 * actors, reasons and answers) go; its accounts and entries stay as ids and amounts, which the
 * agency's own balance is the sum of (docs/billing.md "When a client is deleted").
 */
export async function deleteClientMovements(tx: Tx, clientId: string): Promise<number> {
  return tx.$executeRaw`DELETE FROM credit_movements WHERE client_id = ${clientId}::uuid`;
}
