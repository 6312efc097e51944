// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { CustomField as _atrium_tenancy_v1_CustomField, CustomField__Output as _atrium_tenancy_v1_CustomField__Output } from '../../../atrium/tenancy/v1/CustomField';

export interface SaveCustomFieldResponse {
  'customField'?: (_atrium_tenancy_v1_CustomField | null);
}

export interface SaveCustomFieldResponse__Output {
  'customField': (_atrium_tenancy_v1_CustomField__Output | null);
}
