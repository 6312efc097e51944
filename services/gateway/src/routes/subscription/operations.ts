import { SUBSCRIPTION_STATUSES } from '@atrium/proto';
import type { billing } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { orNull, present } from '../shared/contract';
import { dateTime } from '../shared/fields';

/**
 * Billing's plans and the agency's subscription to one (docs/billing.md "Plans and subscriptions").
 * Billing checks billing:read and billing:manage itself on the agency permissions the gateway resolves
 * (`access: 'agency'`).
 */

const PlanSchema = z
  .object({
    id: z.string().openapi({ example: 'growth' }),
    name: z.string(),
    monthlyFeeMinor: z
      .number()
      .int()
      .openapi({ description: 'Per monthly period, in minor units of `currency`.' }),
    currency: z.string().openapi({ example: 'USD' }),
    clientLimit: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Client accounts allowed, active and inactive together; null: unlimited.' }),
    features: z.array(z.string()),
    isDefault: z.boolean().openapi({ description: 'Where sign-up puts a new agency.' }),
  })
  .openapi('Plan');

const SubscriptionSchema = z
  .object({
    plan: PlanSchema,
    status: z.enum(SUBSCRIPTION_STATUSES),
    currentPeriod: z
      .object({ start: dateTime, end: dateTime })
      .openapi({ description: 'The monthly period paid for, from `start` up to `end`.' }),
    nextCharge: z
      .object({
        amountMinor: z.number().int(),
        currency: z.string(),
        at: dateTime
          .nullable()
          .openapi({ description: 'The period end, or the next retry while `past_due`.' }),
      })
      .openapi({ description: 'The next monthly fee charged to the agency card.' }),
    pastDueSince: dateTime.nullable(),
  })
  .openapi('Subscription');

const ChangePlanRequestSchema = z
  .strictObject({ planId: z.string().min(1).max(64).openapi({ example: 'agency-unlimited' }) })
  .openapi('ChangePlanRequest');

const ChangePlanHeadersSchema = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/)
    .openapi({
      description:
        'Required: the same key and plan answer what the first request did without charging again, another ' +
        'plan under it answers 422. 1 to 255 visible ASCII characters.',
    }),
});

const STATUS_PREFIX = 'SUBSCRIPTION_STATUS_';

function planJsonOf(plan: billing.Plan__Output): z.input<typeof PlanSchema> {
  return {
    id: plan.id,
    name: plan.name,
    monthlyFeeMinor: Number(plan.monthlyFeeMinor),
    currency: plan.currency,
    clientLimit: plan.unlimitedClients ? null : plan.clientLimit,
    features: plan.features,
    isDefault: plan.isDefault,
  };
}

function subscriptionJsonOf(answer: billing.Subscription__Output | null): z.input<typeof SubscriptionSchema> {
  const subscription = present(answer, 'subscription');
  return {
    plan: planJsonOf(present(subscription.plan, 'subscription.plan')),
    status:
      SUBSCRIPTION_STATUSES.find(
        (status) => `${STATUS_PREFIX}${status.toUpperCase()}` === subscription.status,
      ) ?? 'active',
    currentPeriod: { start: subscription.currentPeriodStart, end: subscription.currentPeriodEnd },
    nextCharge: {
      amountMinor: Number(subscription.nextChargeAmountMinor),
      currency: subscription.nextChargeCurrency,
      at: orNull(subscription.nextChargeAt),
    },
    pastDueSince: orNull(subscription.pastDueSince),
  };
}

export function addSubscriptionRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'billing'>,
): void {
  operations.add(
    {
      method: 'get',
      path: '/v1/billing/plans',
      operationId: 'listPlans',
      tag: 'billing',
      summary: 'The plans an agency may be on',
      description:
        'Each plan with its monthly fee in integer minor units, its client limit and what it includes.',
      authenticated: true,
      response: {
        status: 200,
        description: 'Every plan, cheapest first.',
        schema: z.object({ plans: z.array(PlanSchema) }).openapi('Plans'),
      },
    },
    async () => {
      const { plans } = await backends.billing.ListPlans({});
      return { plans: plans.map(planJsonOf) };
    },
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/agency/subscription',
      operationId: 'getSubscription',
      tag: 'billing',
      summary: "The agency's plan and subscription",
      description:
        'The plan, `active` or `past_due`, the current period and the next charge of the monthly fee. Needs ' +
        '`billing:read`.',
      authenticated: true,
      access: 'agency',
      response: { status: 200, description: 'The subscription.', schema: SubscriptionSchema },
      problems: { 403: 'The caller lacks `billing:read` (`forbidden`).' },
    },
    async () => subscriptionJsonOf((await backends.billing.GetSubscription({})).subscription),
  );

  operations.add(
    {
      method: 'put',
      path: '/v1/agency/subscription',
      operationId: 'changeSubscriptionPlan',
      tag: 'billing',
      summary: 'Move the agency to another plan',
      description:
        'Takes effect at once. An upgrade charges the agency card the fee difference for the days left in the ' +
        'period (docs/billing.md "Plans and subscriptions"); a cheaper plan refunds nothing. Needs ' +
        '`billing:manage` and an `Idempotency-Key`.',
      authenticated: true,
      access: 'agency',
      headers: ChangePlanHeadersSchema,
      body: ChangePlanRequestSchema,
      response: {
        status: 200,
        description: 'The subscription on its new plan, and what the change charged.',
        schema: z
          .object({
            subscription: SubscriptionSchema,
            chargedAmountMinor: z
              .number()
              .int()
              .openapi({ description: 'The proration charged now; 0 for none.' }),
          })
          .openapi('SubscriptionChange'),
      },
      problems: {
        400: 'An unknown `planId`, or no `Idempotency-Key` (`validation_failed`).',
        403: 'The caller lacks `billing:manage` (`forbidden`).',
        409: 'The agency has more clients, active and inactive together, than the plan allows (`plan_client_limit_below_usage`).',
        402: 'The upgrade was declined by the card, or there is none (`payment_declined`): the plan did not change.',
        422: 'The `Idempotency-Key` was first used with another plan (`idempotency_key_reused`).',
        503: 'The payment provider did not answer (`payment_provider_unavailable`): send the same request again.',
      },
    },
    async ({ body, headers }) => {
      const answer = await backends.billing.ChangeSubscriptionPlan({
        planId: body.planId,
        idempotencyKey: headers['idempotency-key'],
      });
      return {
        subscription: subscriptionJsonOf(answer.subscription),
        chargedAmountMinor: Number(answer.chargedAmountMinor),
      };
    },
  );
}
