import { defineService, loadProto, type ServiceRegistration } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import { SERVICE_PROTO_FILES, type billing, type BillingProto } from '@atrium/proto';
import { getClientStatus } from '../clients/get-client-status';
import { handleProviderWebhook } from '../payments/handle-webhook';
import { getPaymentMethod, removePaymentMethod, savePaymentMethod } from '../payments/manage-payment-method';
import type { PaymentProvider } from '../payments/port';
import type { Db } from '../store/transaction';
import { clientStatusToProto, paymentMethodToProto } from './to-proto';

/** gRPC handlers: proto in, one use case, proto out. */
export function billingService(db: Db, provider: PaymentProvider, logger: Logger): ServiceRegistration {
  const proto = loadProto<BillingProto>(SERVICE_PROTO_FILES.billing);
  return defineService<billing.BillingServiceDefinition>(
    'atrium.billing.v1.BillingService',
    proto.atrium.billing.v1.BillingService.service,
    {
      GetClientStatus: async (request) => clientStatusToProto(await getClientStatus(db, request)),
      SavePaymentMethod: async (request, call) => ({
        paymentMethod: paymentMethodToProto(
          await savePaymentMethod(db, provider, call.actor, {
            clientId: request.owner?.clientId ?? '',
            token: request.token,
          }),
        ),
      }),
      GetPaymentMethod: async (request, call) => ({
        paymentMethod: paymentMethodToProto(
          await getPaymentMethod(db, call.actor, { clientId: request.owner?.clientId ?? '' }),
        ),
      }),
      RemovePaymentMethod: async (request, call) => {
        await removePaymentMethod(db, provider, call.actor, { clientId: request.owner?.clientId ?? '' });
        return {};
      },
      HandleProviderWebhook: async (request) => ({
        applied: await handleProviderWebhook(db, provider, logger, {
          provider: request.provider,
          payload: Buffer.from(request.payload),
          signature: request.signature,
        }),
      }),
    },
  );
}
