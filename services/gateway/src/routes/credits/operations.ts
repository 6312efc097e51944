import { CREDIT_ACCOUNT_KINDS, CREDIT_ENTRY_DIRECTIONS } from '@atrium/proto';
import type { billing } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { orNull } from '../shared/contract';
import { cursorParam, dateTime, limitParam, nextCursor } from '../shared/fields';

/**
 * Billing's credit routes (docs/billing.md "Credits and the ledger"). The routes inside a client
 * (`/v1/clients/{id}/credits…`) wait for the gateway's access resolution: until then tenancy, which
 * answers a deleting client's routes with 410, would not be asked first.
 */

const CreditPackTierSchema = z
  .object({
    id: z.string(),
    minQuantity: z.number().int(),
    maxQuantity: z.number().int().nullable().openapi({ description: 'null: no upper end.' }),
    unitPriceMinor: z.number().int().openapi({ description: 'Per credit, in minor units of `currency`.' }),
    currency: z.string().openapi({ example: 'USD' }),
  })
  .openapi('CreditPackTier');

const CreditEntrySchema = z
  .object({
    id: z.string(),
    occurredAt: dateTime,
    amount: z.number().int(),
    direction: z.enum(CREDIT_ENTRY_DIRECTIONS),
    counterAccount: z.object({
      kind: z.enum(CREDIT_ACCOUNT_KINDS),
      clientId: z.string().nullable(),
    }),
    reason: z.string().nullable(),
    actorId: z.string().nullable().openapi({ description: 'The user or API key; null for the platform.' }),
    idempotencyKey: z.string().nullable(),
    movementId: z.string(),
  })
  .openapi('CreditEntry');

const CreditsSchema = z
  .object({
    available: z.number().int(),
    reserved: z.number().int().openapi({ description: 'Set aside by open reservations.' }),
    entries: z.array(CreditEntrySchema).openapi({ description: 'Newest first; they sum to `available`.' }),
    nextCursor,
  })
  .openapi('Credits');

const KIND_PREFIX = 'CREDIT_ACCOUNT_KIND_';

function creditsJsonOf(credits: billing.GetCreditsResponse__Output): z.input<typeof CreditsSchema> {
  return {
    available: Number(credits.available),
    reserved: Number(credits.reserved),
    nextCursor: orNull(credits.nextCursor),
    entries: credits.entries.map((entry) => ({
      id: entry.id,
      occurredAt: entry.occurredAt,
      amount: Number(entry.amount),
      direction: entry.direction === 'CREDIT_ENTRY_DIRECTION_IN' ? 'in' : 'out',
      counterAccount: {
        kind:
          CREDIT_ACCOUNT_KINDS.find(
            (kind) => `${KIND_PREFIX}${kind.toUpperCase()}` === entry.counterAccount?.kind,
          ) ?? 'agency',
        clientId: orNull(entry.counterAccount?.clientId ?? ''),
      },
      reason: orNull(entry.reason),
      actorId: orNull(entry.actorId),
      idempotencyKey: orNull(entry.idempotencyKey),
      movementId: entry.movementId,
    })),
  };
}

export function addCreditRoutes(operations: OperationRouter, backends: Pick<Backends, 'billing'>): void {
  operations.add(
    {
      method: 'get',
      path: '/v1/billing/credit-packs',
      operationId: 'listCreditPacks',
      tag: 'billing',
      summary: 'The credit packs on sale',
      description:
        'Volume tiers: buying a quantity within a tier costs that many credits at its unit price, in ' +
        'integer minor units of the currency.',
      authenticated: true,
      response: {
        status: 200,
        description: 'Every tier, by currency and size.',
        schema: z.object({ tiers: z.array(CreditPackTierSchema) }).openapi('CreditPacks'),
      },
    },
    async () => {
      const { tiers } = await backends.billing.ListCreditPacks({});
      return {
        tiers: tiers.map((tier) => ({
          id: tier.id,
          minQuantity: Number(tier.minQuantity),
          maxQuantity: tier.maxQuantity === '0' ? null : Number(tier.maxQuantity),
          unitPriceMinor: Number(tier.unitPriceMinor),
          currency: tier.currency,
        })),
      };
    },
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/agency/credits',
      operationId: 'getAgencyCredits',
      tag: 'billing',
      summary: "The agency's credits and ledger",
      description:
        "The agency's available credits and its ledger, newest first: each entry's time, amount, direction, " +
        'counter-account, reason, actor and idempotency key. Needs `billing:read`.',
      authenticated: true,
      query: z.strictObject({ limit: limitParam, cursor: cursorParam }),
      response: { status: 200, description: 'The balance and one page of entries.', schema: CreditsSchema },
      problems: { 403: 'The caller lacks `billing:read` (`forbidden`).' },
    },
    async ({ query }) =>
      creditsJsonOf(
        await backends.billing.GetCredits({ clientId: '', limit: query.limit, cursor: query.cursor ?? '' }),
      ),
  );
}
