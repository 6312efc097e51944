// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { CustomField as _atrium_tenancy_v1_CustomField, CustomField__Output as _atrium_tenancy_v1_CustomField__Output } from '../../../atrium/tenancy/v1/CustomField';

export interface ListCustomFieldsResponse {
  'customFields'?: (_atrium_tenancy_v1_CustomField)[];
}

export interface ListCustomFieldsResponse__Output {
  'customFields': (_atrium_tenancy_v1_CustomField__Output)[];
}
