// Original file: protos/atrium/billing/v1/billing_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ChangeSubscriptionPlanRequest as _atrium_billing_v1_ChangeSubscriptionPlanRequest, ChangeSubscriptionPlanRequest__Output as _atrium_billing_v1_ChangeSubscriptionPlanRequest__Output } from '../../../atrium/billing/v1/ChangeSubscriptionPlanRequest';
import type { ChangeSubscriptionPlanResponse as _atrium_billing_v1_ChangeSubscriptionPlanResponse, ChangeSubscriptionPlanResponse__Output as _atrium_billing_v1_ChangeSubscriptionPlanResponse__Output } from '../../../atrium/billing/v1/ChangeSubscriptionPlanResponse';
import type { CommitReservationRequest as _atrium_billing_v1_CommitReservationRequest, CommitReservationRequest__Output as _atrium_billing_v1_CommitReservationRequest__Output } from '../../../atrium/billing/v1/CommitReservationRequest';
import type { CommitReservationResponse as _atrium_billing_v1_CommitReservationResponse, CommitReservationResponse__Output as _atrium_billing_v1_CommitReservationResponse__Output } from '../../../atrium/billing/v1/CommitReservationResponse';
import type { GetClientBillingSettingsRequest as _atrium_billing_v1_GetClientBillingSettingsRequest, GetClientBillingSettingsRequest__Output as _atrium_billing_v1_GetClientBillingSettingsRequest__Output } from '../../../atrium/billing/v1/GetClientBillingSettingsRequest';
import type { GetClientBillingSettingsResponse as _atrium_billing_v1_GetClientBillingSettingsResponse, GetClientBillingSettingsResponse__Output as _atrium_billing_v1_GetClientBillingSettingsResponse__Output } from '../../../atrium/billing/v1/GetClientBillingSettingsResponse';
import type { GetClientStatusRequest as _atrium_billing_v1_GetClientStatusRequest, GetClientStatusRequest__Output as _atrium_billing_v1_GetClientStatusRequest__Output } from '../../../atrium/billing/v1/GetClientStatusRequest';
import type { GetClientStatusResponse as _atrium_billing_v1_GetClientStatusResponse, GetClientStatusResponse__Output as _atrium_billing_v1_GetClientStatusResponse__Output } from '../../../atrium/billing/v1/GetClientStatusResponse';
import type { GetCreditsRequest as _atrium_billing_v1_GetCreditsRequest, GetCreditsRequest__Output as _atrium_billing_v1_GetCreditsRequest__Output } from '../../../atrium/billing/v1/GetCreditsRequest';
import type { GetCreditsResponse as _atrium_billing_v1_GetCreditsResponse, GetCreditsResponse__Output as _atrium_billing_v1_GetCreditsResponse__Output } from '../../../atrium/billing/v1/GetCreditsResponse';
import type { GetPaymentMethodRequest as _atrium_billing_v1_GetPaymentMethodRequest, GetPaymentMethodRequest__Output as _atrium_billing_v1_GetPaymentMethodRequest__Output } from '../../../atrium/billing/v1/GetPaymentMethodRequest';
import type { GetPaymentMethodResponse as _atrium_billing_v1_GetPaymentMethodResponse, GetPaymentMethodResponse__Output as _atrium_billing_v1_GetPaymentMethodResponse__Output } from '../../../atrium/billing/v1/GetPaymentMethodResponse';
import type { GetSubscriptionRequest as _atrium_billing_v1_GetSubscriptionRequest, GetSubscriptionRequest__Output as _atrium_billing_v1_GetSubscriptionRequest__Output } from '../../../atrium/billing/v1/GetSubscriptionRequest';
import type { GetSubscriptionResponse as _atrium_billing_v1_GetSubscriptionResponse, GetSubscriptionResponse__Output as _atrium_billing_v1_GetSubscriptionResponse__Output } from '../../../atrium/billing/v1/GetSubscriptionResponse';
import type { HandleProviderWebhookRequest as _atrium_billing_v1_HandleProviderWebhookRequest, HandleProviderWebhookRequest__Output as _atrium_billing_v1_HandleProviderWebhookRequest__Output } from '../../../atrium/billing/v1/HandleProviderWebhookRequest';
import type { HandleProviderWebhookResponse as _atrium_billing_v1_HandleProviderWebhookResponse, HandleProviderWebhookResponse__Output as _atrium_billing_v1_HandleProviderWebhookResponse__Output } from '../../../atrium/billing/v1/HandleProviderWebhookResponse';
import type { ListCreditPacksRequest as _atrium_billing_v1_ListCreditPacksRequest, ListCreditPacksRequest__Output as _atrium_billing_v1_ListCreditPacksRequest__Output } from '../../../atrium/billing/v1/ListCreditPacksRequest';
import type { ListCreditPacksResponse as _atrium_billing_v1_ListCreditPacksResponse, ListCreditPacksResponse__Output as _atrium_billing_v1_ListCreditPacksResponse__Output } from '../../../atrium/billing/v1/ListCreditPacksResponse';
import type { ListPlansRequest as _atrium_billing_v1_ListPlansRequest, ListPlansRequest__Output as _atrium_billing_v1_ListPlansRequest__Output } from '../../../atrium/billing/v1/ListPlansRequest';
import type { ListPlansResponse as _atrium_billing_v1_ListPlansResponse, ListPlansResponse__Output as _atrium_billing_v1_ListPlansResponse__Output } from '../../../atrium/billing/v1/ListPlansResponse';
import type { PurchaseCreditsRequest as _atrium_billing_v1_PurchaseCreditsRequest, PurchaseCreditsRequest__Output as _atrium_billing_v1_PurchaseCreditsRequest__Output } from '../../../atrium/billing/v1/PurchaseCreditsRequest';
import type { PurchaseCreditsResponse as _atrium_billing_v1_PurchaseCreditsResponse, PurchaseCreditsResponse__Output as _atrium_billing_v1_PurchaseCreditsResponse__Output } from '../../../atrium/billing/v1/PurchaseCreditsResponse';
import type { ReleaseReservationRequest as _atrium_billing_v1_ReleaseReservationRequest, ReleaseReservationRequest__Output as _atrium_billing_v1_ReleaseReservationRequest__Output } from '../../../atrium/billing/v1/ReleaseReservationRequest';
import type { ReleaseReservationResponse as _atrium_billing_v1_ReleaseReservationResponse, ReleaseReservationResponse__Output as _atrium_billing_v1_ReleaseReservationResponse__Output } from '../../../atrium/billing/v1/ReleaseReservationResponse';
import type { RemovePaymentMethodRequest as _atrium_billing_v1_RemovePaymentMethodRequest, RemovePaymentMethodRequest__Output as _atrium_billing_v1_RemovePaymentMethodRequest__Output } from '../../../atrium/billing/v1/RemovePaymentMethodRequest';
import type { RemovePaymentMethodResponse as _atrium_billing_v1_RemovePaymentMethodResponse, RemovePaymentMethodResponse__Output as _atrium_billing_v1_RemovePaymentMethodResponse__Output } from '../../../atrium/billing/v1/RemovePaymentMethodResponse';
import type { ReserveCreditsRequest as _atrium_billing_v1_ReserveCreditsRequest, ReserveCreditsRequest__Output as _atrium_billing_v1_ReserveCreditsRequest__Output } from '../../../atrium/billing/v1/ReserveCreditsRequest';
import type { ReserveCreditsResponse as _atrium_billing_v1_ReserveCreditsResponse, ReserveCreditsResponse__Output as _atrium_billing_v1_ReserveCreditsResponse__Output } from '../../../atrium/billing/v1/ReserveCreditsResponse';
import type { SavePaymentMethodRequest as _atrium_billing_v1_SavePaymentMethodRequest, SavePaymentMethodRequest__Output as _atrium_billing_v1_SavePaymentMethodRequest__Output } from '../../../atrium/billing/v1/SavePaymentMethodRequest';
import type { SavePaymentMethodResponse as _atrium_billing_v1_SavePaymentMethodResponse, SavePaymentMethodResponse__Output as _atrium_billing_v1_SavePaymentMethodResponse__Output } from '../../../atrium/billing/v1/SavePaymentMethodResponse';
import type { TransferCreditsRequest as _atrium_billing_v1_TransferCreditsRequest, TransferCreditsRequest__Output as _atrium_billing_v1_TransferCreditsRequest__Output } from '../../../atrium/billing/v1/TransferCreditsRequest';
import type { TransferCreditsResponse as _atrium_billing_v1_TransferCreditsResponse, TransferCreditsResponse__Output as _atrium_billing_v1_TransferCreditsResponse__Output } from '../../../atrium/billing/v1/TransferCreditsResponse';
import type { UpdateClientBillingSettingsRequest as _atrium_billing_v1_UpdateClientBillingSettingsRequest, UpdateClientBillingSettingsRequest__Output as _atrium_billing_v1_UpdateClientBillingSettingsRequest__Output } from '../../../atrium/billing/v1/UpdateClientBillingSettingsRequest';
import type { UpdateClientBillingSettingsResponse as _atrium_billing_v1_UpdateClientBillingSettingsResponse, UpdateClientBillingSettingsResponse__Output as _atrium_billing_v1_UpdateClientBillingSettingsResponse__Output } from '../../../atrium/billing/v1/UpdateClientBillingSettingsResponse';

export interface BillingServiceClient extends grpc.Client {
  ChangeSubscriptionPlan(argument: _atrium_billing_v1_ChangeSubscriptionPlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ChangeSubscriptionPlanResponse__Output>): grpc.ClientUnaryCall;
  ChangeSubscriptionPlan(argument: _atrium_billing_v1_ChangeSubscriptionPlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ChangeSubscriptionPlanResponse__Output>): grpc.ClientUnaryCall;
  ChangeSubscriptionPlan(argument: _atrium_billing_v1_ChangeSubscriptionPlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ChangeSubscriptionPlanResponse__Output>): grpc.ClientUnaryCall;
  ChangeSubscriptionPlan(argument: _atrium_billing_v1_ChangeSubscriptionPlanRequest, callback: grpc.requestCallback<_atrium_billing_v1_ChangeSubscriptionPlanResponse__Output>): grpc.ClientUnaryCall;
  changeSubscriptionPlan(argument: _atrium_billing_v1_ChangeSubscriptionPlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ChangeSubscriptionPlanResponse__Output>): grpc.ClientUnaryCall;
  changeSubscriptionPlan(argument: _atrium_billing_v1_ChangeSubscriptionPlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ChangeSubscriptionPlanResponse__Output>): grpc.ClientUnaryCall;
  changeSubscriptionPlan(argument: _atrium_billing_v1_ChangeSubscriptionPlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ChangeSubscriptionPlanResponse__Output>): grpc.ClientUnaryCall;
  changeSubscriptionPlan(argument: _atrium_billing_v1_ChangeSubscriptionPlanRequest, callback: grpc.requestCallback<_atrium_billing_v1_ChangeSubscriptionPlanResponse__Output>): grpc.ClientUnaryCall;
  
  CommitReservation(argument: _atrium_billing_v1_CommitReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  CommitReservation(argument: _atrium_billing_v1_CommitReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  CommitReservation(argument: _atrium_billing_v1_CommitReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  CommitReservation(argument: _atrium_billing_v1_CommitReservationRequest, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  commitReservation(argument: _atrium_billing_v1_CommitReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  commitReservation(argument: _atrium_billing_v1_CommitReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  commitReservation(argument: _atrium_billing_v1_CommitReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  commitReservation(argument: _atrium_billing_v1_CommitReservationRequest, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  
  GetClientBillingSettings(argument: _atrium_billing_v1_GetClientBillingSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  GetClientBillingSettings(argument: _atrium_billing_v1_GetClientBillingSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  GetClientBillingSettings(argument: _atrium_billing_v1_GetClientBillingSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  GetClientBillingSettings(argument: _atrium_billing_v1_GetClientBillingSettingsRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  getClientBillingSettings(argument: _atrium_billing_v1_GetClientBillingSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  getClientBillingSettings(argument: _atrium_billing_v1_GetClientBillingSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  getClientBillingSettings(argument: _atrium_billing_v1_GetClientBillingSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  getClientBillingSettings(argument: _atrium_billing_v1_GetClientBillingSettingsRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  
  GetClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  GetClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  GetClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  GetClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  
  GetCredits(argument: _atrium_billing_v1_GetCreditsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetCreditsResponse__Output>): grpc.ClientUnaryCall;
  GetCredits(argument: _atrium_billing_v1_GetCreditsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetCreditsResponse__Output>): grpc.ClientUnaryCall;
  GetCredits(argument: _atrium_billing_v1_GetCreditsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetCreditsResponse__Output>): grpc.ClientUnaryCall;
  GetCredits(argument: _atrium_billing_v1_GetCreditsRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetCreditsResponse__Output>): grpc.ClientUnaryCall;
  getCredits(argument: _atrium_billing_v1_GetCreditsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetCreditsResponse__Output>): grpc.ClientUnaryCall;
  getCredits(argument: _atrium_billing_v1_GetCreditsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetCreditsResponse__Output>): grpc.ClientUnaryCall;
  getCredits(argument: _atrium_billing_v1_GetCreditsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetCreditsResponse__Output>): grpc.ClientUnaryCall;
  getCredits(argument: _atrium_billing_v1_GetCreditsRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetCreditsResponse__Output>): grpc.ClientUnaryCall;
  
  GetPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  GetPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  GetPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  GetPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  getPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  getPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  getPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  getPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  
  GetSubscription(argument: _atrium_billing_v1_GetSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  GetSubscription(argument: _atrium_billing_v1_GetSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  GetSubscription(argument: _atrium_billing_v1_GetSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  GetSubscription(argument: _atrium_billing_v1_GetSubscriptionRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  getSubscription(argument: _atrium_billing_v1_GetSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  getSubscription(argument: _atrium_billing_v1_GetSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  getSubscription(argument: _atrium_billing_v1_GetSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  getSubscription(argument: _atrium_billing_v1_GetSubscriptionRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetSubscriptionResponse__Output>): grpc.ClientUnaryCall;
  
  HandleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  HandleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  HandleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  HandleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  
  ListCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  ListCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  ListCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  ListCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  listCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  listCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  listCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  listCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  
  ListPlans(argument: _atrium_billing_v1_ListPlansRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ListPlansResponse__Output>): grpc.ClientUnaryCall;
  ListPlans(argument: _atrium_billing_v1_ListPlansRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ListPlansResponse__Output>): grpc.ClientUnaryCall;
  ListPlans(argument: _atrium_billing_v1_ListPlansRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ListPlansResponse__Output>): grpc.ClientUnaryCall;
  ListPlans(argument: _atrium_billing_v1_ListPlansRequest, callback: grpc.requestCallback<_atrium_billing_v1_ListPlansResponse__Output>): grpc.ClientUnaryCall;
  listPlans(argument: _atrium_billing_v1_ListPlansRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ListPlansResponse__Output>): grpc.ClientUnaryCall;
  listPlans(argument: _atrium_billing_v1_ListPlansRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ListPlansResponse__Output>): grpc.ClientUnaryCall;
  listPlans(argument: _atrium_billing_v1_ListPlansRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ListPlansResponse__Output>): grpc.ClientUnaryCall;
  listPlans(argument: _atrium_billing_v1_ListPlansRequest, callback: grpc.requestCallback<_atrium_billing_v1_ListPlansResponse__Output>): grpc.ClientUnaryCall;
  
  PurchaseCredits(argument: _atrium_billing_v1_PurchaseCreditsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_PurchaseCreditsResponse__Output>): grpc.ClientUnaryCall;
  PurchaseCredits(argument: _atrium_billing_v1_PurchaseCreditsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_PurchaseCreditsResponse__Output>): grpc.ClientUnaryCall;
  PurchaseCredits(argument: _atrium_billing_v1_PurchaseCreditsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_PurchaseCreditsResponse__Output>): grpc.ClientUnaryCall;
  PurchaseCredits(argument: _atrium_billing_v1_PurchaseCreditsRequest, callback: grpc.requestCallback<_atrium_billing_v1_PurchaseCreditsResponse__Output>): grpc.ClientUnaryCall;
  purchaseCredits(argument: _atrium_billing_v1_PurchaseCreditsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_PurchaseCreditsResponse__Output>): grpc.ClientUnaryCall;
  purchaseCredits(argument: _atrium_billing_v1_PurchaseCreditsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_PurchaseCreditsResponse__Output>): grpc.ClientUnaryCall;
  purchaseCredits(argument: _atrium_billing_v1_PurchaseCreditsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_PurchaseCreditsResponse__Output>): grpc.ClientUnaryCall;
  purchaseCredits(argument: _atrium_billing_v1_PurchaseCreditsRequest, callback: grpc.requestCallback<_atrium_billing_v1_PurchaseCreditsResponse__Output>): grpc.ClientUnaryCall;
  
  ReleaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  ReleaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  ReleaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  ReleaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  releaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  releaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  releaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  releaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  
  RemovePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  RemovePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  RemovePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  RemovePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  removePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  removePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  removePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  removePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  
  ReserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  ReserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  ReserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  ReserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  reserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  reserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  reserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  reserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  
  SavePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  SavePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  SavePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  SavePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  savePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  savePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  savePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  savePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  
  TransferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  TransferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  TransferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  TransferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  transferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  transferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  transferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  transferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateClientBillingSettings(argument: _atrium_billing_v1_UpdateClientBillingSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_UpdateClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  UpdateClientBillingSettings(argument: _atrium_billing_v1_UpdateClientBillingSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_UpdateClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  UpdateClientBillingSettings(argument: _atrium_billing_v1_UpdateClientBillingSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_UpdateClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  UpdateClientBillingSettings(argument: _atrium_billing_v1_UpdateClientBillingSettingsRequest, callback: grpc.requestCallback<_atrium_billing_v1_UpdateClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  updateClientBillingSettings(argument: _atrium_billing_v1_UpdateClientBillingSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_UpdateClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  updateClientBillingSettings(argument: _atrium_billing_v1_UpdateClientBillingSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_UpdateClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  updateClientBillingSettings(argument: _atrium_billing_v1_UpdateClientBillingSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_UpdateClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  updateClientBillingSettings(argument: _atrium_billing_v1_UpdateClientBillingSettingsRequest, callback: grpc.requestCallback<_atrium_billing_v1_UpdateClientBillingSettingsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface BillingServiceHandlers extends grpc.UntypedServiceImplementation {
  ChangeSubscriptionPlan: grpc.handleUnaryCall<_atrium_billing_v1_ChangeSubscriptionPlanRequest__Output, _atrium_billing_v1_ChangeSubscriptionPlanResponse>;
  
  CommitReservation: grpc.handleUnaryCall<_atrium_billing_v1_CommitReservationRequest__Output, _atrium_billing_v1_CommitReservationResponse>;
  
  GetClientBillingSettings: grpc.handleUnaryCall<_atrium_billing_v1_GetClientBillingSettingsRequest__Output, _atrium_billing_v1_GetClientBillingSettingsResponse>;
  
  GetClientStatus: grpc.handleUnaryCall<_atrium_billing_v1_GetClientStatusRequest__Output, _atrium_billing_v1_GetClientStatusResponse>;
  
  GetCredits: grpc.handleUnaryCall<_atrium_billing_v1_GetCreditsRequest__Output, _atrium_billing_v1_GetCreditsResponse>;
  
  GetPaymentMethod: grpc.handleUnaryCall<_atrium_billing_v1_GetPaymentMethodRequest__Output, _atrium_billing_v1_GetPaymentMethodResponse>;
  
  GetSubscription: grpc.handleUnaryCall<_atrium_billing_v1_GetSubscriptionRequest__Output, _atrium_billing_v1_GetSubscriptionResponse>;
  
  HandleProviderWebhook: grpc.handleUnaryCall<_atrium_billing_v1_HandleProviderWebhookRequest__Output, _atrium_billing_v1_HandleProviderWebhookResponse>;
  
  ListCreditPacks: grpc.handleUnaryCall<_atrium_billing_v1_ListCreditPacksRequest__Output, _atrium_billing_v1_ListCreditPacksResponse>;
  
  ListPlans: grpc.handleUnaryCall<_atrium_billing_v1_ListPlansRequest__Output, _atrium_billing_v1_ListPlansResponse>;
  
  PurchaseCredits: grpc.handleUnaryCall<_atrium_billing_v1_PurchaseCreditsRequest__Output, _atrium_billing_v1_PurchaseCreditsResponse>;
  
  ReleaseReservation: grpc.handleUnaryCall<_atrium_billing_v1_ReleaseReservationRequest__Output, _atrium_billing_v1_ReleaseReservationResponse>;
  
  RemovePaymentMethod: grpc.handleUnaryCall<_atrium_billing_v1_RemovePaymentMethodRequest__Output, _atrium_billing_v1_RemovePaymentMethodResponse>;
  
  ReserveCredits: grpc.handleUnaryCall<_atrium_billing_v1_ReserveCreditsRequest__Output, _atrium_billing_v1_ReserveCreditsResponse>;
  
  SavePaymentMethod: grpc.handleUnaryCall<_atrium_billing_v1_SavePaymentMethodRequest__Output, _atrium_billing_v1_SavePaymentMethodResponse>;
  
  TransferCredits: grpc.handleUnaryCall<_atrium_billing_v1_TransferCreditsRequest__Output, _atrium_billing_v1_TransferCreditsResponse>;
  
  UpdateClientBillingSettings: grpc.handleUnaryCall<_atrium_billing_v1_UpdateClientBillingSettingsRequest__Output, _atrium_billing_v1_UpdateClientBillingSettingsResponse>;
  
}

export interface BillingServiceDefinition extends grpc.ServiceDefinition {
  ChangeSubscriptionPlan: MethodDefinition<_atrium_billing_v1_ChangeSubscriptionPlanRequest, _atrium_billing_v1_ChangeSubscriptionPlanResponse, _atrium_billing_v1_ChangeSubscriptionPlanRequest__Output, _atrium_billing_v1_ChangeSubscriptionPlanResponse__Output>
  CommitReservation: MethodDefinition<_atrium_billing_v1_CommitReservationRequest, _atrium_billing_v1_CommitReservationResponse, _atrium_billing_v1_CommitReservationRequest__Output, _atrium_billing_v1_CommitReservationResponse__Output>
  GetClientBillingSettings: MethodDefinition<_atrium_billing_v1_GetClientBillingSettingsRequest, _atrium_billing_v1_GetClientBillingSettingsResponse, _atrium_billing_v1_GetClientBillingSettingsRequest__Output, _atrium_billing_v1_GetClientBillingSettingsResponse__Output>
  GetClientStatus: MethodDefinition<_atrium_billing_v1_GetClientStatusRequest, _atrium_billing_v1_GetClientStatusResponse, _atrium_billing_v1_GetClientStatusRequest__Output, _atrium_billing_v1_GetClientStatusResponse__Output>
  GetCredits: MethodDefinition<_atrium_billing_v1_GetCreditsRequest, _atrium_billing_v1_GetCreditsResponse, _atrium_billing_v1_GetCreditsRequest__Output, _atrium_billing_v1_GetCreditsResponse__Output>
  GetPaymentMethod: MethodDefinition<_atrium_billing_v1_GetPaymentMethodRequest, _atrium_billing_v1_GetPaymentMethodResponse, _atrium_billing_v1_GetPaymentMethodRequest__Output, _atrium_billing_v1_GetPaymentMethodResponse__Output>
  GetSubscription: MethodDefinition<_atrium_billing_v1_GetSubscriptionRequest, _atrium_billing_v1_GetSubscriptionResponse, _atrium_billing_v1_GetSubscriptionRequest__Output, _atrium_billing_v1_GetSubscriptionResponse__Output>
  HandleProviderWebhook: MethodDefinition<_atrium_billing_v1_HandleProviderWebhookRequest, _atrium_billing_v1_HandleProviderWebhookResponse, _atrium_billing_v1_HandleProviderWebhookRequest__Output, _atrium_billing_v1_HandleProviderWebhookResponse__Output>
  ListCreditPacks: MethodDefinition<_atrium_billing_v1_ListCreditPacksRequest, _atrium_billing_v1_ListCreditPacksResponse, _atrium_billing_v1_ListCreditPacksRequest__Output, _atrium_billing_v1_ListCreditPacksResponse__Output>
  ListPlans: MethodDefinition<_atrium_billing_v1_ListPlansRequest, _atrium_billing_v1_ListPlansResponse, _atrium_billing_v1_ListPlansRequest__Output, _atrium_billing_v1_ListPlansResponse__Output>
  PurchaseCredits: MethodDefinition<_atrium_billing_v1_PurchaseCreditsRequest, _atrium_billing_v1_PurchaseCreditsResponse, _atrium_billing_v1_PurchaseCreditsRequest__Output, _atrium_billing_v1_PurchaseCreditsResponse__Output>
  ReleaseReservation: MethodDefinition<_atrium_billing_v1_ReleaseReservationRequest, _atrium_billing_v1_ReleaseReservationResponse, _atrium_billing_v1_ReleaseReservationRequest__Output, _atrium_billing_v1_ReleaseReservationResponse__Output>
  RemovePaymentMethod: MethodDefinition<_atrium_billing_v1_RemovePaymentMethodRequest, _atrium_billing_v1_RemovePaymentMethodResponse, _atrium_billing_v1_RemovePaymentMethodRequest__Output, _atrium_billing_v1_RemovePaymentMethodResponse__Output>
  ReserveCredits: MethodDefinition<_atrium_billing_v1_ReserveCreditsRequest, _atrium_billing_v1_ReserveCreditsResponse, _atrium_billing_v1_ReserveCreditsRequest__Output, _atrium_billing_v1_ReserveCreditsResponse__Output>
  SavePaymentMethod: MethodDefinition<_atrium_billing_v1_SavePaymentMethodRequest, _atrium_billing_v1_SavePaymentMethodResponse, _atrium_billing_v1_SavePaymentMethodRequest__Output, _atrium_billing_v1_SavePaymentMethodResponse__Output>
  TransferCredits: MethodDefinition<_atrium_billing_v1_TransferCreditsRequest, _atrium_billing_v1_TransferCreditsResponse, _atrium_billing_v1_TransferCreditsRequest__Output, _atrium_billing_v1_TransferCreditsResponse__Output>
  UpdateClientBillingSettings: MethodDefinition<_atrium_billing_v1_UpdateClientBillingSettingsRequest, _atrium_billing_v1_UpdateClientBillingSettingsResponse, _atrium_billing_v1_UpdateClientBillingSettingsRequest__Output, _atrium_billing_v1_UpdateClientBillingSettingsResponse__Output>
}
