import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AgencyCreated as _atrium_tenancy_v1_AgencyCreated, AgencyCreated__Output as _atrium_tenancy_v1_AgencyCreated__Output } from './atrium/tenancy/v1/AgencyCreated';
import type { ClientCreated as _atrium_tenancy_v1_ClientCreated, ClientCreated__Output as _atrium_tenancy_v1_ClientCreated__Output } from './atrium/tenancy/v1/ClientCreated';
import type { InvitationAccepted as _atrium_tenancy_v1_InvitationAccepted, InvitationAccepted__Output as _atrium_tenancy_v1_InvitationAccepted__Output } from './atrium/tenancy/v1/InvitationAccepted';
import type { InvitationCreated as _atrium_tenancy_v1_InvitationCreated, InvitationCreated__Output as _atrium_tenancy_v1_InvitationCreated__Output } from './atrium/tenancy/v1/InvitationCreated';
import type { MemberAdded as _atrium_tenancy_v1_MemberAdded, MemberAdded__Output as _atrium_tenancy_v1_MemberAdded__Output } from './atrium/tenancy/v1/MemberAdded';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    tenancy: {
      v1: {
        AgencyCreated: MessageTypeDefinition<_atrium_tenancy_v1_AgencyCreated, _atrium_tenancy_v1_AgencyCreated__Output>
        ClientCreated: MessageTypeDefinition<_atrium_tenancy_v1_ClientCreated, _atrium_tenancy_v1_ClientCreated__Output>
        InvitationAccepted: MessageTypeDefinition<_atrium_tenancy_v1_InvitationAccepted, _atrium_tenancy_v1_InvitationAccepted__Output>
        InvitationCreated: MessageTypeDefinition<_atrium_tenancy_v1_InvitationCreated, _atrium_tenancy_v1_InvitationCreated__Output>
        MemberAdded: MessageTypeDefinition<_atrium_tenancy_v1_MemberAdded, _atrium_tenancy_v1_MemberAdded__Output>
      }
    }
  }
}

