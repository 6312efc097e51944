import type { billing } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { CLIENT_ACCESS_PROBLEMS, orNull, present } from '../shared/contract';
import { ClientParamsSchema, dateTime } from '../shared/fields';

/**
 * A client's money settings (docs/billing.md "Per-client money settings"): license price per month
 * and spending limit per calendar month, in integer minor units of its currency. Billing keeps them
 * and refuses a charge to the client's card that would pass the limit.
 */

const minorUnits = z
  .number({ error: 'must be a whole number of minor units' })
  .int({ error: 'must be a whole number of minor units' })
  .min(0, { error: 'must be 0 or more' })
  .max(1_000_000_000_000_000, { error: 'must be at most 10^15' });

const BillingSettingsSchema = z
  .object({
    licensePrice: z
      .number()
      .int()
      .openapi({ description: 'Per month, in minor units of `currency`; 0: none.' }),
    spendingLimit: z.number().int().nullable().openapi({
      description: "The most the client's card may be charged per calendar month (UTC); null: none.",
    }),
    currency: z.string().openapi({ example: 'USD' }),
    spentThisMonth: z
      .number()
      .int()
      .openapi({ description: "Charged to (or being charged to) the client's card this calendar month." }),
    updatedAt: dateTime.nullable().openapi({ description: 'null: never set.' }),
  })
  .openapi('ClientBillingSettings');

const BillingSettingsChangeSchema = z
  .strictObject({
    licensePrice: minorUnits.optional(),
    spendingLimit: minorUnits.nullable().optional().openapi({ description: 'null removes the limit.' }),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code such as USD' })
      .optional(),
  })
  .openapi('ClientBillingSettingsChange');

function settingsJsonOf(
  settings: billing.ClientBillingSettings__Output | null | undefined,
): z.input<typeof BillingSettingsSchema> {
  const answer = present(settings, 'settings');
  return {
    licensePrice: Number(answer.licensePriceMinor),
    spendingLimit: answer.hasSpendingLimit ? Number(answer.spendingLimitMinor) : null,
    currency: answer.currency,
    spentThisMonth: Number(answer.spentThisMonthMinor),
    updatedAt: orNull(answer.updatedAt),
  };
}

const PROBLEMS = {
  ...CLIENT_ACCESS_PROBLEMS,
  403: 'The caller lacks `billing:manage` (`forbidden`); a client user never holds it.',
};

export function addBillingSettingsRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'billing'>,
): void {
  operations.add(
    {
      method: 'get',
      path: '/v1/clients/{id}/billing-settings',
      operationId: 'getClientBillingSettings',
      tag: 'billing',
      summary: "A client's license price and spending limit",
      description:
        "The client's license price, its spending limit and what its card was charged this calendar month, " +
        'in minor units of its currency. Needs `billing:manage`.',
      authenticated: true,
      access: { client: 'id' },
      params: ClientParamsSchema,
      response: { status: 200, description: 'The settings.', schema: BillingSettingsSchema },
      problems: PROBLEMS,
    },
    async ({ params }) =>
      settingsJsonOf((await backends.billing.GetClientBillingSettings({ clientId: params.id })).settings),
  );

  operations.add(
    {
      method: 'patch',
      path: '/v1/clients/{id}/billing-settings',
      operationId: 'updateClientBillingSettings',
      tag: 'billing',
      summary: "Change a client's license price or spending limit",
      description:
        "Changes the fields sent and keeps the rest. A charge to the client's card that would take this " +
        "month's charges past `spendingLimit` then answers `402 spending_limit_reached` and charges nothing. " +
        'Needs `billing:manage`.',
      authenticated: true,
      access: { client: 'id' },
      params: ClientParamsSchema,
      body: BillingSettingsChangeSchema,
      response: { status: 200, description: 'The settings now.', schema: BillingSettingsSchema },
      problems: PROBLEMS,
    },
    async ({ params, body }) =>
      settingsJsonOf(
        (
          await backends.billing.UpdateClientBillingSettings({
            clientId: params.id,
            ...(body.licensePrice !== undefined && { licensePriceMinor: body.licensePrice }),
            ...(body.spendingLimit !== undefined &&
              (body.spendingLimit === null
                ? { clearSpendingLimit: true }
                : { spendingLimitMinor: body.spendingLimit })),
            ...(body.currency !== undefined && { currency: body.currency }),
          })
        ).settings,
      ),
  );
}
