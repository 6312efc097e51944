// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { AgencyAddress as _atrium_tenancy_v1_AgencyAddress, AgencyAddress__Output as _atrium_tenancy_v1_AgencyAddress__Output } from '../../../atrium/tenancy/v1/AgencyAddress';

export interface UpdateAgencyRequest {
  'name'?: (string);
  'displayName'?: (string);
  'logoUrl'?: (string);
  'primaryColor'?: (string);
  'supportEmail'?: (string);
  'loginSlug'?: (string);
  'contactEmail'?: (string);
  'phone'?: (string);
  'address'?: (_atrium_tenancy_v1_AgencyAddress | null);
  'currency'?: (string);
  'timeZone'?: (string);
  '_name'?: "name";
  '_displayName'?: "displayName";
  '_logoUrl'?: "logoUrl";
  '_primaryColor'?: "primaryColor";
  '_supportEmail'?: "supportEmail";
  '_loginSlug'?: "loginSlug";
  '_contactEmail'?: "contactEmail";
  '_phone'?: "phone";
  '_currency'?: "currency";
  '_timeZone'?: "timeZone";
}

export interface UpdateAgencyRequest__Output {
  'name'?: (string);
  'displayName'?: (string);
  'logoUrl'?: (string);
  'primaryColor'?: (string);
  'supportEmail'?: (string);
  'loginSlug'?: (string);
  'contactEmail'?: (string);
  'phone'?: (string);
  'address': (_atrium_tenancy_v1_AgencyAddress__Output | null);
  'currency'?: (string);
  'timeZone'?: (string);
  '_name'?: "name";
  '_displayName'?: "displayName";
  '_logoUrl'?: "logoUrl";
  '_primaryColor'?: "primaryColor";
  '_supportEmail'?: "supportEmail";
  '_loginSlug'?: "loginSlug";
  '_contactEmail'?: "contactEmail";
  '_phone'?: "phone";
  '_currency'?: "currency";
  '_timeZone'?: "timeZone";
}
