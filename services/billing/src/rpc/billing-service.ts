import { defineService, loadProto, type ServiceRegistration } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import { SERVICE_PROTO_FILES, type billing, type BillingProto } from '@atrium/proto';
import { getClientStatus } from '../clients/get-client-status';
import { commitReservation } from '../credits/commit-reservation';
import { getCredits } from '../credits/get-credits';
import { listCreditPacks } from '../credits/list-credit-packs';
import { purchaseCredits } from '../credits/purchase-credits';
import { releaseReservation } from '../credits/release-reservation';
import { reserveCredits } from '../credits/reserve-credits';
import { transferCredits } from '../credits/transfer-credits';
import {
  creditPacksToProto,
  creditsToProto,
  directionFromProto,
  reservationToProto,
} from './credits-to-proto';
import { handleProviderWebhook } from '../payments/handle-webhook';
import { getPaymentMethod, removePaymentMethod, savePaymentMethod } from '../payments/manage-payment-method';
import type { PaymentProvider } from '../payments/port';
import { listPlans } from '../plans/list-plans';
import { getClientBillingSettings, updateClientBillingSettings } from '../settings/client-billing-settings';
import type { Db } from '../store/transaction';
import { changePlan } from '../subscriptions/change-plan';
import { getSubscription } from '../subscriptions/get-subscription';
import { planToProto, subscriptionToProto } from './subscriptions-to-proto';
import { billingSettingsToProto, clientStatusToProto, paymentMethodToProto } from './to-proto';

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
      ListCreditPacks: async (_request, { actor }) => creditPacksToProto(await listCreditPacks(db, actor)),
      TransferCredits: async (request, { actor }) =>
        transferCredits(db, actor, { ...request, direction: directionFromProto(request.direction) }),
      GetCredits: async (request, { actor }) => creditsToProto(await getCredits(db, actor, request)),
      PurchaseCredits: async (request, { actor, deadline }) =>
        purchaseCredits(db, provider, logger, actor, request, deadline),
      GetClientBillingSettings: async (request, { actor }) => ({
        settings: billingSettingsToProto(await getClientBillingSettings(db, actor, request)),
      }),
      UpdateClientBillingSettings: async (request, { actor }) => ({
        settings: billingSettingsToProto(await updateClientBillingSettings(db, actor, request)),
      }),
      ReserveCredits: async ({ agencyId, ...request }) => {
        const answer = await reserveCredits(db, { agencyId }, request);
        return { reservation: reservationToProto(answer), clientAvailable: answer.clientAvailable };
      },
      CommitReservation: async ({ agencyId, ...request }) => ({
        reservation: reservationToProto(await commitReservation(db, { agencyId }, request)),
      }),
      ReleaseReservation: async ({ agencyId, ...request }) => ({
        reservation: reservationToProto(await releaseReservation(db, { agencyId }, request)),
      }),
      ListPlans: async (_request, { actor }) => ({ plans: (await listPlans(db, actor)).map(planToProto) }),
      GetSubscription: async (_request, { actor }) => ({
        subscription: subscriptionToProto(await getSubscription(db, actor)),
      }),
      ChangeSubscriptionPlan: async (request, { actor }) => {
        const { chargedAmountMinor, ...view } = await changePlan(db, provider, actor, request);
        return { subscription: subscriptionToProto(view), chargedAmountMinor };
      },
    },
  );
}
