import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { BillingServiceClient as _atrium_billing_v1_BillingServiceClient, BillingServiceDefinition as _atrium_billing_v1_BillingServiceDefinition } from './atrium/billing/v1/BillingService';
import type { ChangeSubscriptionPlanRequest as _atrium_billing_v1_ChangeSubscriptionPlanRequest, ChangeSubscriptionPlanRequest__Output as _atrium_billing_v1_ChangeSubscriptionPlanRequest__Output } from './atrium/billing/v1/ChangeSubscriptionPlanRequest';
import type { ChangeSubscriptionPlanResponse as _atrium_billing_v1_ChangeSubscriptionPlanResponse, ChangeSubscriptionPlanResponse__Output as _atrium_billing_v1_ChangeSubscriptionPlanResponse__Output } from './atrium/billing/v1/ChangeSubscriptionPlanResponse';
import type { ClientBillingSettings as _atrium_billing_v1_ClientBillingSettings, ClientBillingSettings__Output as _atrium_billing_v1_ClientBillingSettings__Output } from './atrium/billing/v1/ClientBillingSettings';
import type { CommitReservationRequest as _atrium_billing_v1_CommitReservationRequest, CommitReservationRequest__Output as _atrium_billing_v1_CommitReservationRequest__Output } from './atrium/billing/v1/CommitReservationRequest';
import type { CommitReservationResponse as _atrium_billing_v1_CommitReservationResponse, CommitReservationResponse__Output as _atrium_billing_v1_CommitReservationResponse__Output } from './atrium/billing/v1/CommitReservationResponse';
import type { CreditAccountRef as _atrium_billing_v1_CreditAccountRef, CreditAccountRef__Output as _atrium_billing_v1_CreditAccountRef__Output } from './atrium/billing/v1/CreditAccountRef';
import type { CreditLedgerEntry as _atrium_billing_v1_CreditLedgerEntry, CreditLedgerEntry__Output as _atrium_billing_v1_CreditLedgerEntry__Output } from './atrium/billing/v1/CreditLedgerEntry';
import type { CreditPackTier as _atrium_billing_v1_CreditPackTier, CreditPackTier__Output as _atrium_billing_v1_CreditPackTier__Output } from './atrium/billing/v1/CreditPackTier';
import type { GetClientBillingSettingsRequest as _atrium_billing_v1_GetClientBillingSettingsRequest, GetClientBillingSettingsRequest__Output as _atrium_billing_v1_GetClientBillingSettingsRequest__Output } from './atrium/billing/v1/GetClientBillingSettingsRequest';
import type { GetClientBillingSettingsResponse as _atrium_billing_v1_GetClientBillingSettingsResponse, GetClientBillingSettingsResponse__Output as _atrium_billing_v1_GetClientBillingSettingsResponse__Output } from './atrium/billing/v1/GetClientBillingSettingsResponse';
import type { GetClientStatusRequest as _atrium_billing_v1_GetClientStatusRequest, GetClientStatusRequest__Output as _atrium_billing_v1_GetClientStatusRequest__Output } from './atrium/billing/v1/GetClientStatusRequest';
import type { GetClientStatusResponse as _atrium_billing_v1_GetClientStatusResponse, GetClientStatusResponse__Output as _atrium_billing_v1_GetClientStatusResponse__Output } from './atrium/billing/v1/GetClientStatusResponse';
import type { GetCreditsRequest as _atrium_billing_v1_GetCreditsRequest, GetCreditsRequest__Output as _atrium_billing_v1_GetCreditsRequest__Output } from './atrium/billing/v1/GetCreditsRequest';
import type { GetCreditsResponse as _atrium_billing_v1_GetCreditsResponse, GetCreditsResponse__Output as _atrium_billing_v1_GetCreditsResponse__Output } from './atrium/billing/v1/GetCreditsResponse';
import type { GetPaymentMethodRequest as _atrium_billing_v1_GetPaymentMethodRequest, GetPaymentMethodRequest__Output as _atrium_billing_v1_GetPaymentMethodRequest__Output } from './atrium/billing/v1/GetPaymentMethodRequest';
import type { GetPaymentMethodResponse as _atrium_billing_v1_GetPaymentMethodResponse, GetPaymentMethodResponse__Output as _atrium_billing_v1_GetPaymentMethodResponse__Output } from './atrium/billing/v1/GetPaymentMethodResponse';
import type { GetSubscriptionRequest as _atrium_billing_v1_GetSubscriptionRequest, GetSubscriptionRequest__Output as _atrium_billing_v1_GetSubscriptionRequest__Output } from './atrium/billing/v1/GetSubscriptionRequest';
import type { GetSubscriptionResponse as _atrium_billing_v1_GetSubscriptionResponse, GetSubscriptionResponse__Output as _atrium_billing_v1_GetSubscriptionResponse__Output } from './atrium/billing/v1/GetSubscriptionResponse';
import type { HandleProviderWebhookRequest as _atrium_billing_v1_HandleProviderWebhookRequest, HandleProviderWebhookRequest__Output as _atrium_billing_v1_HandleProviderWebhookRequest__Output } from './atrium/billing/v1/HandleProviderWebhookRequest';
import type { HandleProviderWebhookResponse as _atrium_billing_v1_HandleProviderWebhookResponse, HandleProviderWebhookResponse__Output as _atrium_billing_v1_HandleProviderWebhookResponse__Output } from './atrium/billing/v1/HandleProviderWebhookResponse';
import type { ListCreditPacksRequest as _atrium_billing_v1_ListCreditPacksRequest, ListCreditPacksRequest__Output as _atrium_billing_v1_ListCreditPacksRequest__Output } from './atrium/billing/v1/ListCreditPacksRequest';
import type { ListCreditPacksResponse as _atrium_billing_v1_ListCreditPacksResponse, ListCreditPacksResponse__Output as _atrium_billing_v1_ListCreditPacksResponse__Output } from './atrium/billing/v1/ListCreditPacksResponse';
import type { ListPlansRequest as _atrium_billing_v1_ListPlansRequest, ListPlansRequest__Output as _atrium_billing_v1_ListPlansRequest__Output } from './atrium/billing/v1/ListPlansRequest';
import type { ListPlansResponse as _atrium_billing_v1_ListPlansResponse, ListPlansResponse__Output as _atrium_billing_v1_ListPlansResponse__Output } from './atrium/billing/v1/ListPlansResponse';
import type { PaymentMethod as _atrium_billing_v1_PaymentMethod, PaymentMethod__Output as _atrium_billing_v1_PaymentMethod__Output } from './atrium/billing/v1/PaymentMethod';
import type { PaymentMethodOwner as _atrium_billing_v1_PaymentMethodOwner, PaymentMethodOwner__Output as _atrium_billing_v1_PaymentMethodOwner__Output } from './atrium/billing/v1/PaymentMethodOwner';
import type { Plan as _atrium_billing_v1_Plan, Plan__Output as _atrium_billing_v1_Plan__Output } from './atrium/billing/v1/Plan';
import type { PurchaseCreditsRequest as _atrium_billing_v1_PurchaseCreditsRequest, PurchaseCreditsRequest__Output as _atrium_billing_v1_PurchaseCreditsRequest__Output } from './atrium/billing/v1/PurchaseCreditsRequest';
import type { PurchaseCreditsResponse as _atrium_billing_v1_PurchaseCreditsResponse, PurchaseCreditsResponse__Output as _atrium_billing_v1_PurchaseCreditsResponse__Output } from './atrium/billing/v1/PurchaseCreditsResponse';
import type { ReleaseReservationRequest as _atrium_billing_v1_ReleaseReservationRequest, ReleaseReservationRequest__Output as _atrium_billing_v1_ReleaseReservationRequest__Output } from './atrium/billing/v1/ReleaseReservationRequest';
import type { ReleaseReservationResponse as _atrium_billing_v1_ReleaseReservationResponse, ReleaseReservationResponse__Output as _atrium_billing_v1_ReleaseReservationResponse__Output } from './atrium/billing/v1/ReleaseReservationResponse';
import type { RemovePaymentMethodRequest as _atrium_billing_v1_RemovePaymentMethodRequest, RemovePaymentMethodRequest__Output as _atrium_billing_v1_RemovePaymentMethodRequest__Output } from './atrium/billing/v1/RemovePaymentMethodRequest';
import type { RemovePaymentMethodResponse as _atrium_billing_v1_RemovePaymentMethodResponse, RemovePaymentMethodResponse__Output as _atrium_billing_v1_RemovePaymentMethodResponse__Output } from './atrium/billing/v1/RemovePaymentMethodResponse';
import type { Reservation as _atrium_billing_v1_Reservation, Reservation__Output as _atrium_billing_v1_Reservation__Output } from './atrium/billing/v1/Reservation';
import type { ReserveCreditsRequest as _atrium_billing_v1_ReserveCreditsRequest, ReserveCreditsRequest__Output as _atrium_billing_v1_ReserveCreditsRequest__Output } from './atrium/billing/v1/ReserveCreditsRequest';
import type { ReserveCreditsResponse as _atrium_billing_v1_ReserveCreditsResponse, ReserveCreditsResponse__Output as _atrium_billing_v1_ReserveCreditsResponse__Output } from './atrium/billing/v1/ReserveCreditsResponse';
import type { SavePaymentMethodRequest as _atrium_billing_v1_SavePaymentMethodRequest, SavePaymentMethodRequest__Output as _atrium_billing_v1_SavePaymentMethodRequest__Output } from './atrium/billing/v1/SavePaymentMethodRequest';
import type { SavePaymentMethodResponse as _atrium_billing_v1_SavePaymentMethodResponse, SavePaymentMethodResponse__Output as _atrium_billing_v1_SavePaymentMethodResponse__Output } from './atrium/billing/v1/SavePaymentMethodResponse';
import type { Subscription as _atrium_billing_v1_Subscription, Subscription__Output as _atrium_billing_v1_Subscription__Output } from './atrium/billing/v1/Subscription';
import type { TransferCreditsRequest as _atrium_billing_v1_TransferCreditsRequest, TransferCreditsRequest__Output as _atrium_billing_v1_TransferCreditsRequest__Output } from './atrium/billing/v1/TransferCreditsRequest';
import type { TransferCreditsResponse as _atrium_billing_v1_TransferCreditsResponse, TransferCreditsResponse__Output as _atrium_billing_v1_TransferCreditsResponse__Output } from './atrium/billing/v1/TransferCreditsResponse';
import type { UpdateClientBillingSettingsRequest as _atrium_billing_v1_UpdateClientBillingSettingsRequest, UpdateClientBillingSettingsRequest__Output as _atrium_billing_v1_UpdateClientBillingSettingsRequest__Output } from './atrium/billing/v1/UpdateClientBillingSettingsRequest';
import type { UpdateClientBillingSettingsResponse as _atrium_billing_v1_UpdateClientBillingSettingsResponse, UpdateClientBillingSettingsResponse__Output as _atrium_billing_v1_UpdateClientBillingSettingsResponse__Output } from './atrium/billing/v1/UpdateClientBillingSettingsResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    billing: {
      v1: {
        BillingService: SubtypeConstructor<typeof grpc.Client, _atrium_billing_v1_BillingServiceClient> & { service: _atrium_billing_v1_BillingServiceDefinition }
        ChangeSubscriptionPlanRequest: MessageTypeDefinition<_atrium_billing_v1_ChangeSubscriptionPlanRequest, _atrium_billing_v1_ChangeSubscriptionPlanRequest__Output>
        ChangeSubscriptionPlanResponse: MessageTypeDefinition<_atrium_billing_v1_ChangeSubscriptionPlanResponse, _atrium_billing_v1_ChangeSubscriptionPlanResponse__Output>
        ClientBillingSettings: MessageTypeDefinition<_atrium_billing_v1_ClientBillingSettings, _atrium_billing_v1_ClientBillingSettings__Output>
        CommitReservationRequest: MessageTypeDefinition<_atrium_billing_v1_CommitReservationRequest, _atrium_billing_v1_CommitReservationRequest__Output>
        CommitReservationResponse: MessageTypeDefinition<_atrium_billing_v1_CommitReservationResponse, _atrium_billing_v1_CommitReservationResponse__Output>
        CreditAccountKind: EnumTypeDefinition
        CreditAccountRef: MessageTypeDefinition<_atrium_billing_v1_CreditAccountRef, _atrium_billing_v1_CreditAccountRef__Output>
        CreditEntryDirection: EnumTypeDefinition
        CreditLedgerEntry: MessageTypeDefinition<_atrium_billing_v1_CreditLedgerEntry, _atrium_billing_v1_CreditLedgerEntry__Output>
        CreditPackTier: MessageTypeDefinition<_atrium_billing_v1_CreditPackTier, _atrium_billing_v1_CreditPackTier__Output>
        CreditTransferDirection: EnumTypeDefinition
        GetClientBillingSettingsRequest: MessageTypeDefinition<_atrium_billing_v1_GetClientBillingSettingsRequest, _atrium_billing_v1_GetClientBillingSettingsRequest__Output>
        GetClientBillingSettingsResponse: MessageTypeDefinition<_atrium_billing_v1_GetClientBillingSettingsResponse, _atrium_billing_v1_GetClientBillingSettingsResponse__Output>
        GetClientStatusRequest: MessageTypeDefinition<_atrium_billing_v1_GetClientStatusRequest, _atrium_billing_v1_GetClientStatusRequest__Output>
        GetClientStatusResponse: MessageTypeDefinition<_atrium_billing_v1_GetClientStatusResponse, _atrium_billing_v1_GetClientStatusResponse__Output>
        GetCreditsRequest: MessageTypeDefinition<_atrium_billing_v1_GetCreditsRequest, _atrium_billing_v1_GetCreditsRequest__Output>
        GetCreditsResponse: MessageTypeDefinition<_atrium_billing_v1_GetCreditsResponse, _atrium_billing_v1_GetCreditsResponse__Output>
        GetPaymentMethodRequest: MessageTypeDefinition<_atrium_billing_v1_GetPaymentMethodRequest, _atrium_billing_v1_GetPaymentMethodRequest__Output>
        GetPaymentMethodResponse: MessageTypeDefinition<_atrium_billing_v1_GetPaymentMethodResponse, _atrium_billing_v1_GetPaymentMethodResponse__Output>
        GetSubscriptionRequest: MessageTypeDefinition<_atrium_billing_v1_GetSubscriptionRequest, _atrium_billing_v1_GetSubscriptionRequest__Output>
        GetSubscriptionResponse: MessageTypeDefinition<_atrium_billing_v1_GetSubscriptionResponse, _atrium_billing_v1_GetSubscriptionResponse__Output>
        HandleProviderWebhookRequest: MessageTypeDefinition<_atrium_billing_v1_HandleProviderWebhookRequest, _atrium_billing_v1_HandleProviderWebhookRequest__Output>
        HandleProviderWebhookResponse: MessageTypeDefinition<_atrium_billing_v1_HandleProviderWebhookResponse, _atrium_billing_v1_HandleProviderWebhookResponse__Output>
        ListCreditPacksRequest: MessageTypeDefinition<_atrium_billing_v1_ListCreditPacksRequest, _atrium_billing_v1_ListCreditPacksRequest__Output>
        ListCreditPacksResponse: MessageTypeDefinition<_atrium_billing_v1_ListCreditPacksResponse, _atrium_billing_v1_ListCreditPacksResponse__Output>
        ListPlansRequest: MessageTypeDefinition<_atrium_billing_v1_ListPlansRequest, _atrium_billing_v1_ListPlansRequest__Output>
        ListPlansResponse: MessageTypeDefinition<_atrium_billing_v1_ListPlansResponse, _atrium_billing_v1_ListPlansResponse__Output>
        PaymentMethod: MessageTypeDefinition<_atrium_billing_v1_PaymentMethod, _atrium_billing_v1_PaymentMethod__Output>
        PaymentMethodOwner: MessageTypeDefinition<_atrium_billing_v1_PaymentMethodOwner, _atrium_billing_v1_PaymentMethodOwner__Output>
        PaymentMethodStatus: EnumTypeDefinition
        Plan: MessageTypeDefinition<_atrium_billing_v1_Plan, _atrium_billing_v1_Plan__Output>
        ProjectedClientStatus: EnumTypeDefinition
        PurchaseCreditsRequest: MessageTypeDefinition<_atrium_billing_v1_PurchaseCreditsRequest, _atrium_billing_v1_PurchaseCreditsRequest__Output>
        PurchaseCreditsResponse: MessageTypeDefinition<_atrium_billing_v1_PurchaseCreditsResponse, _atrium_billing_v1_PurchaseCreditsResponse__Output>
        ReleaseReservationRequest: MessageTypeDefinition<_atrium_billing_v1_ReleaseReservationRequest, _atrium_billing_v1_ReleaseReservationRequest__Output>
        ReleaseReservationResponse: MessageTypeDefinition<_atrium_billing_v1_ReleaseReservationResponse, _atrium_billing_v1_ReleaseReservationResponse__Output>
        RemovePaymentMethodRequest: MessageTypeDefinition<_atrium_billing_v1_RemovePaymentMethodRequest, _atrium_billing_v1_RemovePaymentMethodRequest__Output>
        RemovePaymentMethodResponse: MessageTypeDefinition<_atrium_billing_v1_RemovePaymentMethodResponse, _atrium_billing_v1_RemovePaymentMethodResponse__Output>
        Reservation: MessageTypeDefinition<_atrium_billing_v1_Reservation, _atrium_billing_v1_Reservation__Output>
        ReservationStatus: EnumTypeDefinition
        ReserveCreditsRequest: MessageTypeDefinition<_atrium_billing_v1_ReserveCreditsRequest, _atrium_billing_v1_ReserveCreditsRequest__Output>
        ReserveCreditsResponse: MessageTypeDefinition<_atrium_billing_v1_ReserveCreditsResponse, _atrium_billing_v1_ReserveCreditsResponse__Output>
        SavePaymentMethodRequest: MessageTypeDefinition<_atrium_billing_v1_SavePaymentMethodRequest, _atrium_billing_v1_SavePaymentMethodRequest__Output>
        SavePaymentMethodResponse: MessageTypeDefinition<_atrium_billing_v1_SavePaymentMethodResponse, _atrium_billing_v1_SavePaymentMethodResponse__Output>
        Subscription: MessageTypeDefinition<_atrium_billing_v1_Subscription, _atrium_billing_v1_Subscription__Output>
        SubscriptionStatus: EnumTypeDefinition
        TransferCreditsRequest: MessageTypeDefinition<_atrium_billing_v1_TransferCreditsRequest, _atrium_billing_v1_TransferCreditsRequest__Output>
        TransferCreditsResponse: MessageTypeDefinition<_atrium_billing_v1_TransferCreditsResponse, _atrium_billing_v1_TransferCreditsResponse__Output>
        UpdateClientBillingSettingsRequest: MessageTypeDefinition<_atrium_billing_v1_UpdateClientBillingSettingsRequest, _atrium_billing_v1_UpdateClientBillingSettingsRequest__Output>
        UpdateClientBillingSettingsResponse: MessageTypeDefinition<_atrium_billing_v1_UpdateClientBillingSettingsResponse, _atrium_billing_v1_UpdateClientBillingSettingsResponse__Output>
      }
    }
  }
}

