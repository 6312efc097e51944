import { CREDIT_ACCOUNT_KINDS, CREDIT_ENTRY_DIRECTIONS, CREDIT_TRANSFER_DIRECTIONS } from '@atrium/proto';
import type { billing } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { CLIENT_ACCESS_PROBLEMS, orNull } from '../shared/contract';
import { ClientParamsSchema, cursorParam, dateTime, limitParam, nextCursor } from '../shared/fields';

/**
 * Billing's credit routes (docs/billing.md "Credits and the ledger"). Each declares the access the
 * gateway resolves before its one billing call (docs/authorization.md): billing compares, and a client
 * the caller may not enter, or one being deleted, answers 404 or 410 from the gateway itself.
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

/** A whole number of credits in one movement (docs/billing.md "Credits and the ledger"). */
const creditAmount = z
  .number({ error: 'must be a whole number of credits' })
  .int({ error: 'must be a whole number of credits' })
  .min(1, { error: 'must be at least 1' })
  .max(1_000_000_000_000, { error: 'must be at most 10^12' });

const TransferBodySchema = z
  .strictObject({
    amount: creditAmount.openapi({ description: 'Credits to move, 1 to 10¹².' }),
    direction: z.enum(CREDIT_TRANSFER_DIRECTIONS).openapi({
      description: '`to_client` moves agency credits to the client, `to_agency` back.',
    }),
  })
  .openapi('CreditTransferRequest');

const TransferSchema = z
  .object({
    movementId: z.string(),
    agencyAvailable: z.number().int().openapi({ description: "The agency's credits right after it." }),
    clientAvailable: z.number().int().openapi({ description: "The client's credits right after it." }),
    occurredAt: dateTime,
  })
  .openapi('CreditTransfer');

const PurchaseBodySchema = z
  .strictObject({
    quantity: creditAmount.openapi({
      description: 'Credits to buy: a whole number that a tier of `GET /v1/billing/credit-packs` covers.',
    }),
  })
  .openapi('CreditPurchaseRequest');

const PurchaseSchema = z
  .object({
    purchaseId: z.string(),
    movementId: z.string().openapi({ description: 'The ledger movement that credited it.' }),
    quantity: z.number().int(),
    tierId: z.string(),
    unitPriceMinor: z.number().int(),
    amountMinor: z.number().int().openapi({ description: 'Charged: quantity × unit price, minor units.' }),
    currency: z.string().openapi({ example: 'USD' }),
    available: z.number().int().openapi({ description: "The buyer's available credits right after it." }),
    occurredAt: dateTime,
  })
  .openapi('CreditPurchase');

const PURCHASE_PROBLEMS = {
  400: '`quantity` is not a whole number from 1 that a tier covers (`validation_failed` naming it).',
  402:
    'No card is saved to charge (`payment_method_required`), or the provider declined the charge ' +
    '(`payment_declined`, the reason in `detail`); nothing was charged or credited.',
  422:
    'The Idempotency-Key was used with another request (`idempotency_key_reused`), or the card holder must ' +
    'authenticate the charge (`payment_authentication_required`).',
  503:
    'The payment provider did not answer in time (`payment_provider_unavailable`): nothing was credited ' +
    'yet; retry with the same Idempotency-Key, which finishes the purchase and never charges twice.',
};

function purchaseJsonOf(answer: billing.PurchaseCreditsResponse__Output): z.input<typeof PurchaseSchema> {
  return {
    purchaseId: answer.purchaseId,
    movementId: answer.movementId,
    quantity: Number(answer.quantity),
    tierId: answer.tierId,
    unitPriceMinor: Number(answer.unitPriceMinor),
    amountMinor: Number(answer.amountMinor),
    currency: answer.currency,
    available: Number(answer.available),
    occurredAt: answer.occurredAt,
  };
}

const TRANSFER_DIRECTIONS = {
  to_client: 'CREDIT_TRANSFER_DIRECTION_TO_CLIENT',
  to_agency: 'CREDIT_TRANSFER_DIRECTION_TO_AGENCY',
} as const satisfies Record<(typeof CREDIT_TRANSFER_DIRECTIONS)[number], billing.CreditTransferDirection>;

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
      access: 'agency',
      query: z.strictObject({ limit: limitParam, cursor: cursorParam }),
      response: { status: 200, description: 'The balance and one page of entries.', schema: CreditsSchema },
      problems: {
        403: 'The caller lacks `billing:read` (`forbidden`).',
        404: 'The caller is no member of an agency (a client user) (`not_found`).',
      },
    },
    async ({ query }) =>
      creditsJsonOf(
        await backends.billing.GetCredits({ clientId: '', limit: query.limit, cursor: query.cursor ?? '' }),
      ),
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/clients/{id}/credits',
      operationId: 'getClientCredits',
      tag: 'billing',
      summary: "A client's credits and ledger",
      description:
        "The client's available credits, what open reservations hold, and its ledger newest first. Needs " +
        'entry to the client: an agency user who may enter it, or a user of the client.',
      authenticated: true,
      access: { client: 'id' },
      params: ClientParamsSchema,
      query: z.strictObject({ limit: limitParam, cursor: cursorParam }),
      response: { status: 200, description: 'The balances and one page of entries.', schema: CreditsSchema },
      problems: CLIENT_ACCESS_PROBLEMS,
    },
    async ({ params, query }) =>
      creditsJsonOf(
        await backends.billing.GetCredits({
          clientId: params.id,
          limit: query.limit,
          cursor: query.cursor ?? '',
        }),
      ),
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/credits/transfers',
      operationId: 'transferCredits',
      tag: 'billing',
      summary: 'Move credits between the agency and a client',
      description:
        'Moves `amount` credits from the agency to the client (`to_client`) or back (`to_agency`), in one ' +
        'ledger transaction that never lets a balance go below zero. Needs `billing:manage`, which an ' +
        'agency API key may hold (it enters clients with `clients:read_all`). The Idempotency-Key is ' +
        'required and kept by billing itself: the same key and body answer the first result.',
      authenticated: true,
      access: { client: 'id' },
      requiresIdempotencyKey: true,
      params: ClientParamsSchema,
      body: TransferBodySchema,
      response: {
        status: 201,
        description: 'The transfer, with both balances after it.',
        schema: TransferSchema,
      },
      problems: {
        ...CLIENT_ACCESS_PROBLEMS,
        403: 'The caller lacks `billing:manage` (`forbidden`).',
        409: 'The giving account holds fewer credits than `amount` (`insufficient_credits`; `detail` and `fields` name what is available).',
        410: 'The client is being deleted or is deleted (`client_deleted`).',
        422: 'The Idempotency-Key was used with another request (`idempotency_key_reused`).',
      },
    },
    async ({ params, body, req }) => {
      const answer = await backends.billing.TransferCredits({
        clientId: params.id,
        amount: body.amount,
        direction: TRANSFER_DIRECTIONS[body.direction],
        idempotencyKey: req.get('idempotency-key') ?? '',
      });
      return {
        movementId: answer.movementId,
        agencyAvailable: Number(answer.agencyAvailable),
        clientAvailable: Number(answer.clientAvailable),
        occurredAt: answer.occurredAt,
      };
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/agency/credits/purchases',
      operationId: 'purchaseAgencyCredits',
      tag: 'billing',
      summary: 'Buy credits for the agency',
      description:
        "Prices `quantity` by its volume tier, charges the agency's card through the payment provider and, " +
        "once the charge succeeded, credits the agency's balance. Needs `billing:manage`. The " +
        "Idempotency-Key is required and is also the charge's key at the provider.",
      authenticated: true,
      access: 'agency',
      requiresIdempotencyKey: true,
      body: PurchaseBodySchema,
      response: { status: 201, description: 'Charged and credited.', schema: PurchaseSchema },
      problems: {
        ...PURCHASE_PROBLEMS,
        403: 'The caller lacks `billing:manage` (`forbidden`).',
        404: 'The caller is no member of an agency (`not_found`).',
      },
    },
    async ({ body, req }) =>
      purchaseJsonOf(
        await backends.billing.PurchaseCredits({
          clientId: '',
          quantity: body.quantity,
          idempotencyKey: req.get('idempotency-key') ?? '',
        }),
      ),
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/credits/purchases',
      operationId: 'purchaseClientCredits',
      tag: 'billing',
      summary: 'Buy credits for a client, charged to its card',
      description:
        "Prices `quantity` by its volume tier, charges the client's own card and, once the charge " +
        "succeeded, credits the client's balance. Needs `billing:manage` of an agency user or API key, or " +
        '`credits:manage` of a user of the client (the primary user). The Idempotency-Key is required.',
      authenticated: true,
      access: { client: 'id' },
      requiresIdempotencyKey: true,
      params: ClientParamsSchema,
      body: PurchaseBodySchema,
      response: { status: 201, description: 'Charged and credited.', schema: PurchaseSchema },
      problems: {
        ...CLIENT_ACCESS_PROBLEMS,
        ...PURCHASE_PROBLEMS,
        403: 'The caller lacks `billing:manage`, or as a client user `credits:manage` (`forbidden`).',
      },
    },
    async ({ params, body, req }) =>
      purchaseJsonOf(
        await backends.billing.PurchaseCredits({
          clientId: params.id,
          quantity: body.quantity,
          idempotencyKey: req.get('idempotency-key') ?? '',
        }),
      ),
  );
}
