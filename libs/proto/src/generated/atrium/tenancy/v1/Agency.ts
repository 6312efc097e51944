// Original file: protos/atrium/tenancy/v1/tenancy.proto

import type { AgencyAddress as _atrium_tenancy_v1_AgencyAddress, AgencyAddress__Output as _atrium_tenancy_v1_AgencyAddress__Output } from '../../../atrium/tenancy/v1/AgencyAddress';

export interface Agency {
  'id'?: (string);
  'name'?: (string);
  'createdAt'?: (string);
  'displayName'?: (string);
  'logoUrl'?: (string);
  'primaryColor'?: (string);
  'supportEmail'?: (string);
  'loginSlug'?: (string);
  'clientLoginUrl'?: (string);
  'contactEmail'?: (string);
  'phone'?: (string);
  'address'?: (_atrium_tenancy_v1_AgencyAddress | null);
  'currency'?: (string);
  'timeZone'?: (string);
}

export interface Agency__Output {
  'id': (string);
  'name': (string);
  'createdAt': (string);
  'displayName': (string);
  'logoUrl': (string);
  'primaryColor': (string);
  'supportEmail': (string);
  'loginSlug': (string);
  'clientLoginUrl': (string);
  'contactEmail': (string);
  'phone': (string);
  'address': (_atrium_tenancy_v1_AgencyAddress__Output | null);
  'currency': (string);
  'timeZone': (string);
}
