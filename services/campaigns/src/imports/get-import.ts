import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/grpc';
import { inClient } from '../clients/client-scope';
import { findImport, type ImportRecord } from '../store/imports';
import type { Db } from '../store/transaction';
import { importIdOf } from './import-ids';

/** One import job of the client (entry to the client is all a read needs); else not_found. */
export function getImport(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; importId: string },
): Promise<ImportRecord> {
  return inClient(db, actor, request.clientId, undefined, async (tx, scope) => {
    const id = importIdOf(scope.clientId, request.importId);
    const job = id ? await findImport(tx, scope.clientId, id) : null;
    if (!job) throw new DomainError('not_found', 'No such job.');
    return job;
  });
}
