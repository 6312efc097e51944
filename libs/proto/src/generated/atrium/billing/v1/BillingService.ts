// Original file: protos/atrium/billing/v1/billing_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CommitReservationRequest as _atrium_billing_v1_CommitReservationRequest, CommitReservationRequest__Output as _atrium_billing_v1_CommitReservationRequest__Output } from '../../../atrium/billing/v1/CommitReservationRequest';
import type { CommitReservationResponse as _atrium_billing_v1_CommitReservationResponse, CommitReservationResponse__Output as _atrium_billing_v1_CommitReservationResponse__Output } from '../../../atrium/billing/v1/CommitReservationResponse';
import type { GetClientStatusRequest as _atrium_billing_v1_GetClientStatusRequest, GetClientStatusRequest__Output as _atrium_billing_v1_GetClientStatusRequest__Output } from '../../../atrium/billing/v1/GetClientStatusRequest';
import type { GetClientStatusResponse as _atrium_billing_v1_GetClientStatusResponse, GetClientStatusResponse__Output as _atrium_billing_v1_GetClientStatusResponse__Output } from '../../../atrium/billing/v1/GetClientStatusResponse';
import type { GetCreditsRequest as _atrium_billing_v1_GetCreditsRequest, GetCreditsRequest__Output as _atrium_billing_v1_GetCreditsRequest__Output } from '../../../atrium/billing/v1/GetCreditsRequest';
import type { GetCreditsResponse as _atrium_billing_v1_GetCreditsResponse, GetCreditsResponse__Output as _atrium_billing_v1_GetCreditsResponse__Output } from '../../../atrium/billing/v1/GetCreditsResponse';
import type { ListCreditPacksRequest as _atrium_billing_v1_ListCreditPacksRequest, ListCreditPacksRequest__Output as _atrium_billing_v1_ListCreditPacksRequest__Output } from '../../../atrium/billing/v1/ListCreditPacksRequest';
import type { ListCreditPacksResponse as _atrium_billing_v1_ListCreditPacksResponse, ListCreditPacksResponse__Output as _atrium_billing_v1_ListCreditPacksResponse__Output } from '../../../atrium/billing/v1/ListCreditPacksResponse';
import type { ReleaseReservationRequest as _atrium_billing_v1_ReleaseReservationRequest, ReleaseReservationRequest__Output as _atrium_billing_v1_ReleaseReservationRequest__Output } from '../../../atrium/billing/v1/ReleaseReservationRequest';
import type { ReleaseReservationResponse as _atrium_billing_v1_ReleaseReservationResponse, ReleaseReservationResponse__Output as _atrium_billing_v1_ReleaseReservationResponse__Output } from '../../../atrium/billing/v1/ReleaseReservationResponse';
import type { ReserveCreditsRequest as _atrium_billing_v1_ReserveCreditsRequest, ReserveCreditsRequest__Output as _atrium_billing_v1_ReserveCreditsRequest__Output } from '../../../atrium/billing/v1/ReserveCreditsRequest';
import type { ReserveCreditsResponse as _atrium_billing_v1_ReserveCreditsResponse, ReserveCreditsResponse__Output as _atrium_billing_v1_ReserveCreditsResponse__Output } from '../../../atrium/billing/v1/ReserveCreditsResponse';
import type { TransferCreditsRequest as _atrium_billing_v1_TransferCreditsRequest, TransferCreditsRequest__Output as _atrium_billing_v1_TransferCreditsRequest__Output } from '../../../atrium/billing/v1/TransferCreditsRequest';
import type { TransferCreditsResponse as _atrium_billing_v1_TransferCreditsResponse, TransferCreditsResponse__Output as _atrium_billing_v1_TransferCreditsResponse__Output } from '../../../atrium/billing/v1/TransferCreditsResponse';

export interface BillingServiceClient extends grpc.Client {
  CommitReservation(argument: _atrium_billing_v1_CommitReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  CommitReservation(argument: _atrium_billing_v1_CommitReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  CommitReservation(argument: _atrium_billing_v1_CommitReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  CommitReservation(argument: _atrium_billing_v1_CommitReservationRequest, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  commitReservation(argument: _atrium_billing_v1_CommitReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  commitReservation(argument: _atrium_billing_v1_CommitReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  commitReservation(argument: _atrium_billing_v1_CommitReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  commitReservation(argument: _atrium_billing_v1_CommitReservationRequest, callback: grpc.requestCallback<_atrium_billing_v1_CommitReservationResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  ListCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  ListCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  ListCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  ListCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  listCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  listCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  listCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  listCreditPacks(argument: _atrium_billing_v1_ListCreditPacksRequest, callback: grpc.requestCallback<_atrium_billing_v1_ListCreditPacksResponse__Output>): grpc.ClientUnaryCall;
  
  ReleaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  ReleaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  ReleaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  ReleaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  releaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  releaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  releaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  releaseReservation(argument: _atrium_billing_v1_ReleaseReservationRequest, callback: grpc.requestCallback<_atrium_billing_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  
  ReserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  ReserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  ReserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  ReserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  reserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  reserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  reserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  reserveCredits(argument: _atrium_billing_v1_ReserveCreditsRequest, callback: grpc.requestCallback<_atrium_billing_v1_ReserveCreditsResponse__Output>): grpc.ClientUnaryCall;
  
  TransferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  TransferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  TransferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  TransferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  transferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  transferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  transferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  transferCredits(argument: _atrium_billing_v1_TransferCreditsRequest, callback: grpc.requestCallback<_atrium_billing_v1_TransferCreditsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface BillingServiceHandlers extends grpc.UntypedServiceImplementation {
  CommitReservation: grpc.handleUnaryCall<_atrium_billing_v1_CommitReservationRequest__Output, _atrium_billing_v1_CommitReservationResponse>;
  
  GetClientStatus: grpc.handleUnaryCall<_atrium_billing_v1_GetClientStatusRequest__Output, _atrium_billing_v1_GetClientStatusResponse>;
  
  GetCredits: grpc.handleUnaryCall<_atrium_billing_v1_GetCreditsRequest__Output, _atrium_billing_v1_GetCreditsResponse>;
  
  ListCreditPacks: grpc.handleUnaryCall<_atrium_billing_v1_ListCreditPacksRequest__Output, _atrium_billing_v1_ListCreditPacksResponse>;
  
  ReleaseReservation: grpc.handleUnaryCall<_atrium_billing_v1_ReleaseReservationRequest__Output, _atrium_billing_v1_ReleaseReservationResponse>;
  
  ReserveCredits: grpc.handleUnaryCall<_atrium_billing_v1_ReserveCreditsRequest__Output, _atrium_billing_v1_ReserveCreditsResponse>;
  
  TransferCredits: grpc.handleUnaryCall<_atrium_billing_v1_TransferCreditsRequest__Output, _atrium_billing_v1_TransferCreditsResponse>;
  
}

export interface BillingServiceDefinition extends grpc.ServiceDefinition {
  CommitReservation: MethodDefinition<_atrium_billing_v1_CommitReservationRequest, _atrium_billing_v1_CommitReservationResponse, _atrium_billing_v1_CommitReservationRequest__Output, _atrium_billing_v1_CommitReservationResponse__Output>
  GetClientStatus: MethodDefinition<_atrium_billing_v1_GetClientStatusRequest, _atrium_billing_v1_GetClientStatusResponse, _atrium_billing_v1_GetClientStatusRequest__Output, _atrium_billing_v1_GetClientStatusResponse__Output>
  GetCredits: MethodDefinition<_atrium_billing_v1_GetCreditsRequest, _atrium_billing_v1_GetCreditsResponse, _atrium_billing_v1_GetCreditsRequest__Output, _atrium_billing_v1_GetCreditsResponse__Output>
  ListCreditPacks: MethodDefinition<_atrium_billing_v1_ListCreditPacksRequest, _atrium_billing_v1_ListCreditPacksResponse, _atrium_billing_v1_ListCreditPacksRequest__Output, _atrium_billing_v1_ListCreditPacksResponse__Output>
  ReleaseReservation: MethodDefinition<_atrium_billing_v1_ReleaseReservationRequest, _atrium_billing_v1_ReleaseReservationResponse, _atrium_billing_v1_ReleaseReservationRequest__Output, _atrium_billing_v1_ReleaseReservationResponse__Output>
  ReserveCredits: MethodDefinition<_atrium_billing_v1_ReserveCreditsRequest, _atrium_billing_v1_ReserveCreditsResponse, _atrium_billing_v1_ReserveCreditsRequest__Output, _atrium_billing_v1_ReserveCreditsResponse__Output>
  TransferCredits: MethodDefinition<_atrium_billing_v1_TransferCreditsRequest, _atrium_billing_v1_TransferCreditsResponse, _atrium_billing_v1_TransferCreditsRequest__Output, _atrium_billing_v1_TransferCreditsResponse__Output>
}
