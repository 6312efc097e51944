import { defineService, loadProto, type ServiceRegistration } from '@atrium/grpc';
import { SERVICE_PROTO_FILES, type billing, type BillingProto } from '@atrium/proto';
import { getClientStatus } from '../clients/get-client-status';
import { commitReservation } from '../credits/commit-reservation';
import { getCredits } from '../credits/get-credits';
import { listCreditPacks } from '../credits/list-credit-packs';
import { releaseReservation } from '../credits/release-reservation';
import { reserveCredits } from '../credits/reserve-credits';
import { transferCredits } from '../credits/transfer-credits';
import type { Db } from '../store/transaction';
import {
  creditPacksToProto,
  creditsToProto,
  directionFromProto,
  reservationToProto,
} from './credits-to-proto';
import { clientStatusToProto } from './to-proto';

/** gRPC handlers: proto in, one use case, proto out. */
export function billingService(db: Db): ServiceRegistration {
  const proto = loadProto<BillingProto>(SERVICE_PROTO_FILES.billing);
  return defineService<billing.BillingServiceDefinition>(
    'atrium.billing.v1.BillingService',
    proto.atrium.billing.v1.BillingService.service,
    {
      GetClientStatus: async (request) => clientStatusToProto(await getClientStatus(db, request)),
      ListCreditPacks: async (_request, { actor }) => creditPacksToProto(await listCreditPacks(db, actor)),
      TransferCredits: async (request, { actor }) =>
        transferCredits(db, actor, { ...request, direction: directionFromProto(request.direction) }),
      GetCredits: async (request, { actor }) => creditsToProto(await getCredits(db, actor, request)),
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
    },
  );
}
