// Original file: protos/atrium/tenancy/v1/tenancy_events.proto

import type { AgencyAddress as _atrium_tenancy_v1_AgencyAddress, AgencyAddress__Output as _atrium_tenancy_v1_AgencyAddress__Output } from '../../../atrium/tenancy/v1/AgencyAddress';

export interface AgencyUpdated {
  'agencyId'?: (string);
  'name'?: (string);
  'displayName'?: (string);
  'logoUrl'?: (string);
  'primaryColor'?: (string);
  'supportEmail'?: (string);
  'loginSlug'?: (string);
  'clientLoginUrl'?: (string);
  'changedFields'?: (string)[];
  'updatedBy'?: (string);
  'contactEmail'?: (string);
  'phone'?: (string);
  'address'?: (_atrium_tenancy_v1_AgencyAddress | null);
  'currency'?: (string);
  'timeZone'?: (string);
}

export interface AgencyUpdated__Output {
  'agencyId': (string);
  'name': (string);
  'displayName': (string);
  'logoUrl': (string);
  'primaryColor': (string);
  'supportEmail': (string);
  'loginSlug': (string);
  'clientLoginUrl': (string);
  'changedFields': (string)[];
  'updatedBy': (string);
  'contactEmail': (string);
  'phone': (string);
  'address': (_atrium_tenancy_v1_AgencyAddress__Output | null);
  'currency': (string);
  'timeZone': (string);
}
