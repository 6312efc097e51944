// Original file: protos/atrium/tenancy/v1/tenancy.proto

import type { ClientCounters as _atrium_tenancy_v1_ClientCounters, ClientCounters__Output as _atrium_tenancy_v1_ClientCounters__Output } from '../../../atrium/tenancy/v1/ClientCounters';
import type { CustomProperty as _atrium_tenancy_v1_CustomProperty, CustomProperty__Output as _atrium_tenancy_v1_CustomProperty__Output } from '../../../atrium/tenancy/v1/CustomProperty';
import type { CompanyProfile as _atrium_tenancy_v1_CompanyProfile, CompanyProfile__Output as _atrium_tenancy_v1_CompanyProfile__Output } from '../../../atrium/tenancy/v1/CompanyProfile';
import type { ContactPerson as _atrium_tenancy_v1_ContactPerson, ContactPerson__Output as _atrium_tenancy_v1_ContactPerson__Output } from '../../../atrium/tenancy/v1/ContactPerson';
import type { ClientSettings as _atrium_tenancy_v1_ClientSettings, ClientSettings__Output as _atrium_tenancy_v1_ClientSettings__Output } from '../../../atrium/tenancy/v1/ClientSettings';

export interface Client {
  'id'?: (string);
  'agencyId'?: (string);
  'name'?: (string);
  'description'?: (string);
  'website'?: (string);
  'tags'?: (string)[];
  'status'?: (string);
  'accountType'?: (string);
  'region'?: (string);
  'isMaster'?: (boolean);
  'ownerId'?: (string);
  'ownerName'?: (string);
  'accountManagerId'?: (string);
  'createdAt'?: (string);
  'lastActivityAt'?: (string);
  'counters'?: (_atrium_tenancy_v1_ClientCounters | null);
  'customProperties'?: (_atrium_tenancy_v1_CustomProperty)[];
  'companyProfile'?: (_atrium_tenancy_v1_CompanyProfile | null);
  'companyProfileComplete'?: (boolean);
  'profileContact'?: (_atrium_tenancy_v1_ContactPerson | null);
  'billingContact'?: (_atrium_tenancy_v1_ContactPerson | null);
  'billingMode'?: (string);
  'renewalDate'?: (string);
  'renewalDueSoon'?: (boolean);
  'settings'?: (_atrium_tenancy_v1_ClientSettings | null);
  'updatedAt'?: (string);
}

export interface Client__Output {
  'id': (string);
  'agencyId': (string);
  'name': (string);
  'description': (string);
  'website': (string);
  'tags': (string)[];
  'status': (string);
  'accountType': (string);
  'region': (string);
  'isMaster': (boolean);
  'ownerId': (string);
  'ownerName': (string);
  'accountManagerId': (string);
  'createdAt': (string);
  'lastActivityAt': (string);
  'counters': (_atrium_tenancy_v1_ClientCounters__Output | null);
  'customProperties': (_atrium_tenancy_v1_CustomProperty__Output)[];
  'companyProfile': (_atrium_tenancy_v1_CompanyProfile__Output | null);
  'companyProfileComplete': (boolean);
  'profileContact': (_atrium_tenancy_v1_ContactPerson__Output | null);
  'billingContact': (_atrium_tenancy_v1_ContactPerson__Output | null);
  'billingMode': (string);
  'renewalDate': (string);
  'renewalDueSoon': (boolean);
  'settings': (_atrium_tenancy_v1_ClientSettings__Output | null);
  'updatedAt': (string);
}
