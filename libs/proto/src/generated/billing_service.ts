import type * as grpc from '@grpc/grpc-js';

import type { BillingServiceClient as _atrium_billing_v1_BillingServiceClient, BillingServiceDefinition as _atrium_billing_v1_BillingServiceDefinition } from './atrium/billing/v1/BillingService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    billing: {
      v1: {
        BillingService: SubtypeConstructor<typeof grpc.Client, _atrium_billing_v1_BillingServiceClient> & { service: _atrium_billing_v1_BillingServiceDefinition }
      }
    }
  }
}

