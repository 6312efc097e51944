import { DomainError } from '@atrium/errors';
import { requireAgencyPermission, requireClientPermission } from '@atrium/grpc';
import type { Actor } from '@atrium/logger';
import { BILLING_ERRORS } from '../domain/errors';
import { monthStart } from '../domain/spending';
import { clientIdOf } from '../credits/client-account';
import { findClientStatus } from '../store/clients';
import {
  DEFAULT_SETTINGS,
  findBillingSettings,
  saveBillingSettings,
  spentOnClientCard,
} from '../store/billing-settings';
import { inTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';

export interface ClientBillingSettings {
  clientId: string;
  licensePriceMinor: number;
  spendingLimitMinor: number | null;
  currency: string;
  spentThisMonthMinor: number;
  updatedAt: Date | null;
}

export interface SettingsChange {
  clientId: string;
  licensePriceMinor?: string | number | null;
  spendingLimitMinor?: string | number | null;
  clearSpendingLimit?: boolean;
  currency?: string | null;
}

/** Money is a whole number of minor units; 10¹⁵ is far above any monthly price or limit. */
const MAX_MINOR = 1_000_000_000_000_000;

function minorUnits(value: string | number, field: string): number {
  const text = String(value);
  const amount = /^(0|[1-9][0-9]{0,15})$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(amount) || amount > MAX_MINOR)
    throw new DomainError('validation_failed', `${field} must be a whole number of minor units from 0.`, {
      fields: [{ field, message: 'must be a whole number of minor units from 0' }],
    });
  return amount;
}

function currencyOf(value: string): string {
  if (!/^[A-Z]{3}$/.test(value))
    throw new DomainError('validation_failed', 'currency must be an ISO 4217 code such as USD.', {
      fields: [{ field: 'currency', message: 'must be three upper-case letters (ISO 4217)' }],
    });
  return value;
}

/** Who may see or change a client's money settings: entry and billing:manage, never the client's users. */
function authorize(actor: Actor | undefined, clientId: string): { agencyId: string; userId: string } {
  requireClientPermission(actor, clientId);
  const entered = requireAgencyPermission(actor, 'billing:manage');
  return { agencyId: entered.agencyId, userId: entered.apiKeyId ?? entered.userId };
}

/**
 * The gateway let the caller into the client through tenancy, so a client billing's projection has not
 * heard of yet (its created event is on the way) still has settings; a deleted one has none.
 */
async function requireLiveClient(tx: Tx, clientId: string): Promise<void> {
  const known = await findClientStatus(tx, clientId);
  if (known?.status === 'deleted')
    throw new DomainError(BILLING_ERRORS.client_deleted, 'The client is deleted.');
}

async function settingsOf(tx: Tx, clientId: string): Promise<ClientBillingSettings> {
  const saved = await findBillingSettings(tx, clientId);
  const settings = saved ?? { clientId, ...DEFAULT_SETTINGS, updatedAt: null };
  return {
    ...settings,
    spentThisMonthMinor: await spentOnClientCard(tx, clientId, monthStart(new Date()), settings.currency),
  };
}

/** A client's license price, spending limit, currency and this month's charges to its card. */
export async function getClientBillingSettings(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string },
): Promise<ClientBillingSettings> {
  const clientId = clientIdOf(request.clientId);
  const { agencyId } = authorize(actor, clientId);
  return inTenant(db, { agencyId }, async (tx) => {
    await requireLiveClient(tx, clientId);
    return settingsOf(tx, clientId);
  });
}

/**
 * Changes the settings named in the request and keeps the rest. A lower limit never undoes what was
 * charged; it refuses the next charge that would pass it.
 */
export async function updateClientBillingSettings(
  db: Db,
  actor: Actor | undefined,
  change: SettingsChange,
): Promise<ClientBillingSettings> {
  const clientId = clientIdOf(change.clientId);
  const { agencyId, userId } = authorize(actor, clientId);
  if (change.clearSpendingLimit && change.spendingLimitMinor != null)
    throw new DomainError('validation_failed', 'Set a spending limit or clear it, not both.', {
      fields: [{ field: 'spendingLimitMinor', message: 'must be unset when clearing the limit' }],
    });
  const licensePriceMinor =
    change.licensePriceMinor == null ? undefined : minorUnits(change.licensePriceMinor, 'licensePriceMinor');
  const spendingLimitMinor =
    change.spendingLimitMinor == null
      ? undefined
      : minorUnits(change.spendingLimitMinor, 'spendingLimitMinor');
  const currency = change.currency == null ? undefined : currencyOf(change.currency);
  return inTenant(db, { agencyId }, async (tx) => {
    await requireLiveClient(tx, clientId);
    const before = (await findBillingSettings(tx, clientId, { lock: true })) ?? {
      clientId,
      ...DEFAULT_SETTINGS,
    };
    await saveBillingSettings(
      tx,
      agencyId,
      {
        clientId,
        licensePriceMinor: licensePriceMinor ?? before.licensePriceMinor,
        spendingLimitMinor: change.clearSpendingLimit
          ? null
          : (spendingLimitMinor ?? before.spendingLimitMinor),
        currency: currency ?? before.currency,
      },
      userId,
    );
    return settingsOf(tx, clientId);
  });
}
