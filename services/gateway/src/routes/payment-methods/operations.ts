import { PAYMENT_METHOD_STATUSES } from '@atrium/proto';
import type { billing } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { CLIENT_ACCESS_PROBLEMS, present } from '../shared/contract';
import { ClientParamsSchema, dateTime } from '../shared/fields';

/**
 * The agency's card and each client's (docs/billing.md "Payment methods and providers"). Card data
 * never reaches Atrium: the body carries the provider's token and the answers what may be shown.
 * Billing decides who may manage which card on the access resolved here.
 */

const PaymentMethodSchema = z
  .object({
    brand: z.string().openapi({ example: 'visa' }),
    last4: z.string().openapi({ example: '4242' }),
    expMonth: z.number().int(),
    expYear: z.number().int(),
    status: z.enum(PAYMENT_METHOD_STATUSES).openapi({
      description: '`declined`: its last charge was; `expiring`: within 30 days.',
    }),
    updatedAt: dateTime,
  })
  .openapi('PaymentMethod');

const SavePaymentMethodSchema = z
  .strictObject({
    token: z
      .string()
      .min(1)
      .max(255)
      .openapi({
        description:
          "The provider's token of the card (a PaymentMethod id from Stripe.js, or a test token such as " +
          '`pm_card_visa`). Never a card number.',
      }),
  })
  .openapi('SavePaymentMethodRequest');

const STATUS_PREFIX = 'PAYMENT_METHOD_STATUS_';

function paymentMethodJsonOf(
  method: billing.PaymentMethod__Output | null | undefined,
): z.input<typeof PaymentMethodSchema> {
  const card = present(method, 'paymentMethod');
  const status = PAYMENT_METHOD_STATUSES.find(
    (name) => `${STATUS_PREFIX}${name.toUpperCase()}` === card.status,
  );
  if (!status)
    throw new Error(`backend answered the card status "${card.status}", which the API does not know`);
  return {
    brand: card.brand,
    last4: card.last4,
    expMonth: card.expMonth,
    expYear: card.expYear,
    status,
    updatedAt: card.updatedAt,
  };
}

const CARD_PROBLEMS = {
  400: 'The provider refused the token (`validation_failed` naming `token`).',
  422: 'The card needs its holder to authenticate before it can be saved (`payment_authentication_required`).',
  503: 'The payment provider did not answer in time (`payment_provider_unavailable`); nothing was saved.',
};

export function addPaymentMethodRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'billing'>,
): void {
  const owners = [
    {
      path: '/v1/agency/payment-method',
      whose: "the agency's",
      id: 'Agency',
      access: 'agency' as const,
      needs: 'Needs `billing:manage`.',
      problems: { 403: 'The caller lacks `billing:manage` (`forbidden`).' },
    },
    {
      path: '/v1/clients/{id}/payment-method',
      whose: "the client's",
      id: 'Client',
      access: { client: 'id' } as const,
      needs:
        'Needs entry to the client and, for an agency user or API key, `billing:manage`; for a user of the ' +
        'client, `payment_methods:manage` (the primary user).',
      problems: {
        ...CLIENT_ACCESS_PROBLEMS,
        403: 'The caller lacks `billing:manage`, or as a client user `payment_methods:manage` (`forbidden`).',
      },
    },
  ];
  for (const owner of owners) {
    const params = owner.access === 'agency' ? undefined : ClientParamsSchema;
    const clientIdOf = (input: { params: unknown }) =>
      owner.access === 'agency' ? '' : (input.params as { id: string }).id;
    operations.add(
      {
        method: 'put',
        path: owner.path,
        operationId: `save${owner.id}PaymentMethod`,
        tag: 'billing',
        summary: `Save ${owner.whose} card`,
        description: `Saves the card a provider token names as ${owner.whose} payment method, replacing the one before. ${owner.needs}`,
        authenticated: true,
        access: owner.access,
        ...(params && { params }),
        body: SavePaymentMethodSchema,
        response: { status: 200, description: 'The card saved.', schema: PaymentMethodSchema },
        problems: { ...owner.problems, ...CARD_PROBLEMS },
      },
      async (input) => {
        const answer = await backends.billing.SavePaymentMethod({
          owner: { clientId: clientIdOf(input) },
          token: input.body.token,
        });
        return paymentMethodJsonOf(answer.paymentMethod);
      },
    );
    operations.add(
      {
        method: 'get',
        path: owner.path,
        operationId: `get${owner.id}PaymentMethod`,
        tag: 'billing',
        summary: `${owner.whose[0]!.toUpperCase()}${owner.whose.slice(1)} card`,
        description: `Brand, last four digits, expiry and status of ${owner.whose} card. ${owner.needs}`,
        authenticated: true,
        access: owner.access,
        ...(params && { params }),
        response: { status: 200, description: 'The card.', schema: PaymentMethodSchema },
        problems: { ...owner.problems, 404: 'No card is saved, or no such client (`not_found`).' },
      },
      async (input) =>
        paymentMethodJsonOf(
          (await backends.billing.GetPaymentMethod({ owner: { clientId: clientIdOf(input) } })).paymentMethod,
        ),
    );
    operations.add(
      {
        method: 'delete',
        path: owner.path,
        operationId: `remove${owner.id}PaymentMethod`,
        tag: 'billing',
        summary: `Remove ${owner.whose} card`,
        description: `Forgets ${owner.whose} card and detaches it at the provider. ${owner.needs}`,
        authenticated: true,
        access: owner.access,
        ...(params && { params }),
        response: { status: 204, description: 'Removed.' },
        problems: { ...owner.problems, 404: 'No card is saved, or no such client (`not_found`).' },
      },
      async (input) => {
        await backends.billing.RemovePaymentMethod({ owner: { clientId: clientIdOf(input) } });
      },
    );
  }

  operations.add(
    {
      method: 'post',
      path: '/v1/webhooks/stripe',
      operationId: 'receiveStripeWebhook',
      tag: 'billing',
      summary: "Stripe's webhook",
      description:
        'Where Stripe sends its events. Unauthenticated: billing verifies the `Stripe-Signature` header ' +
        'over the raw body (5 minutes of tolerance), which the gateway forwards untouched, and applies ' +
        'each event once; a replay answers 200 and changes nothing.',
      authenticated: false,
      upload: {
        contentTypes: ['application/json'],
        maxBytes: 512 * 1024,
        description: 'The event exactly as Stripe sent it: the signature covers these bytes.',
      },
      headers: z.object({
        'stripe-signature': z
          .string()
          .max(4096)
          .default('')
          .openapi({ description: "Stripe's signature of the body; an absent one is refused." }),
      }),
      response: {
        status: 200,
        description: 'Verified; `applied` is false for an event handled before.',
        schema: z.object({ applied: z.boolean() }).openapi('WebhookReceipt'),
      },
      problems: { 400: 'The signature is absent, wrong or too old (`invalid_signature`).' },
    },
    async ({ upload, headers }) =>
      backends.billing.HandleProviderWebhook({
        provider: 'stripe',
        payload: upload.data,
        signature: headers['stripe-signature'],
      }),
  );
}
