import { ConfigError } from '@atrium/config';
import type { BillingConfig } from '../config';
import type { PaymentProvider } from './port';
import { sandboxProvider } from './sandbox';
import { stripeProvider } from './stripe';

/** The provider the configuration selects; a choice that cannot work stops the start, naming its variable. */
export function paymentProviderOf(config: BillingConfig): PaymentProvider {
  if (config.PAYMENT_PROVIDER === 'sandbox') {
    if (config.NODE_ENV === 'production')
      throw new ConfigError([
        { variable: 'PAYMENT_PROVIDER', message: 'sandbox is refused when NODE_ENV=production; use stripe' },
      ]);
    return sandboxProvider({ webhookSecret: config.STRIPE_WEBHOOK_SECRET ?? '' });
  }
  if (!config.STRIPE_SECRET_KEY)
    throw new ConfigError([
      { variable: 'STRIPE_SECRET_KEY', message: 'is required when PAYMENT_PROVIDER=stripe' },
    ]);
  return stripeProvider({
    secretKey: config.STRIPE_SECRET_KEY,
    webhookSecret: config.STRIPE_WEBHOOK_SECRET ?? '',
    ...(config.STRIPE_API_URL && { apiUrl: config.STRIPE_API_URL }),
    timeoutMs: config.PAYMENT_PROVIDER_TIMEOUT_MS,
  });
}
