// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { CustomProperty as _atrium_tenancy_v1_CustomProperty, CustomProperty__Output as _atrium_tenancy_v1_CustomProperty__Output } from '../../../atrium/tenancy/v1/CustomProperty';

export interface CustomProperties {
  'properties'?: (_atrium_tenancy_v1_CustomProperty)[];
}

export interface CustomProperties__Output {
  'properties': (_atrium_tenancy_v1_CustomProperty__Output)[];
}
