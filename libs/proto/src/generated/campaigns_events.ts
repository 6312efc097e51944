import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ClientCountersChanged as _atrium_campaigns_v1_ClientCountersChanged, ClientCountersChanged__Output as _atrium_campaigns_v1_ClientCountersChanged__Output } from './atrium/campaigns/v1/ClientCountersChanged';
import type { ClientPurged as _atrium_campaigns_v1_ClientPurged, ClientPurged__Output as _atrium_campaigns_v1_ClientPurged__Output } from './atrium/campaigns/v1/ClientPurged';
import type { ProspectCleanupFinished as _atrium_campaigns_v1_ProspectCleanupFinished, ProspectCleanupFinished__Output as _atrium_campaigns_v1_ProspectCleanupFinished__Output } from './atrium/campaigns/v1/ProspectCleanupFinished';
import type { ProspectCleanupProgressed as _atrium_campaigns_v1_ProspectCleanupProgressed, ProspectCleanupProgressed__Output as _atrium_campaigns_v1_ProspectCleanupProgressed__Output } from './atrium/campaigns/v1/ProspectCleanupProgressed';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    campaigns: {
      v1: {
        ClientCountersChanged: MessageTypeDefinition<_atrium_campaigns_v1_ClientCountersChanged, _atrium_campaigns_v1_ClientCountersChanged__Output>
        ClientPurged: MessageTypeDefinition<_atrium_campaigns_v1_ClientPurged, _atrium_campaigns_v1_ClientPurged__Output>
        ProspectCleanupFinished: MessageTypeDefinition<_atrium_campaigns_v1_ProspectCleanupFinished, _atrium_campaigns_v1_ProspectCleanupFinished__Output>
        ProspectCleanupProgressed: MessageTypeDefinition<_atrium_campaigns_v1_ProspectCleanupProgressed, _atrium_campaigns_v1_ProspectCleanupProgressed__Output>
      }
    }
  }
}

