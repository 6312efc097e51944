import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import { requireAgencyPermission } from '@atrium/grpc';
import type { Actor } from '@atrium/logger';
import { randomUUID } from 'node:crypto';
import {
  creditAmount,
  idempotencyKey,
  keyReused,
  requestHash,
  transferAccounts,
  type TransferDirection,
} from '../domain/credits';
import { EVENT_SOURCE } from '../events/source';
import { moveCredits } from '../ledger/move-credits';
import { claimMovement, saveMovementResult } from '../store/ledger';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { clientIdOf, requireMovableClient } from './client-account';
import { LEDGER_TRANSACTION } from './ledger-transaction';

export interface TransferRequest {
  clientId: string;
  amount: string | number;
  direction: TransferDirection | undefined;
  idempotencyKey: string;
}

export interface TransferResult {
  movementId: string;
  agencyAvailable: number;
  clientAvailable: number;
  occurredAt: string;
}

/**
 * Moves credits between the agency and one of its clients (docs/billing.md), once per idempotency
 * key: the same key and request answer the first result, another request under it
 * idempotency_key_reused. Needs billing:manage, which an agency API key may hold too.
 */
export async function transferCredits(
  db: Db,
  actor: Actor | undefined,
  request: TransferRequest,
): Promise<TransferResult> {
  const { agencyId, userId, apiKeyId } = requireAgencyPermission(actor, 'billing:manage');
  const clientId = clientIdOf(request.clientId);
  const amount = creditAmount(request.amount, 'amount');
  const direction = request.direction;
  if (direction !== 'to_client' && direction !== 'to_agency')
    throw new DomainError('validation_failed', 'direction must be to_client or to_agency.', {
      fields: [{ field: 'direction', message: 'must be to_client or to_agency' }],
    });
  const key = idempotencyKey(request.idempotencyKey);
  const hash = requestHash({ operation: 'transfer', clientId, amount, direction });
  return inTenant(
    db,
    { agencyId },
    async (tx) => {
      await requireMovableClient(tx, clientId);
      const movementId = randomUUID();
      const claim = await claimMovement(tx, {
        id: movementId,
        agencyId,
        clientId,
        kind: 'transfer',
        idempotencyKey: key,
        requestHash: hash,
        reason: 'transfer',
        actorId: apiKeyId ?? userId,
      });
      if (!claim.claimed) {
        if (claim.requestHash !== hash) throw keyReused();
        return claim.result as TransferResult;
      }
      const { debit, credit } = transferAccounts(direction, clientId);
      const moved = await moveCredits(tx, agencyId, movementId, [{ debit, credit, amount }]);
      const result: TransferResult = {
        movementId,
        agencyAvailable: moved.balanceOf({ kind: 'agency' }),
        clientAvailable: moved.balanceOf({ kind: 'client', clientId }),
        occurredAt: moved.at.toISOString(),
      };
      await saveMovementResult(tx, movementId, result);
      await enqueueEvent(
        tx,
        {
          type: 'atrium.billing.v1.credits.transferred',
          subject: `agencies/${agencyId}/clients/${clientId}`,
          data: {
            agencyId,
            clientId,
            movementId,
            amount,
            direction,
            agencyAvailable: result.agencyAvailable,
            clientAvailable: result.clientAvailable,
            actorId: apiKeyId ?? userId,
          },
        },
        EVENT_SOURCE,
      );
      return result;
    },
    LEDGER_TRANSACTION,
  );
}
