// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { CustomProperty as _atrium_tenancy_v1_CustomProperty, CustomProperty__Output as _atrium_tenancy_v1_CustomProperty__Output } from '../../../atrium/tenancy/v1/CustomProperty';
import type { CompanyProfile as _atrium_tenancy_v1_CompanyProfile, CompanyProfile__Output as _atrium_tenancy_v1_CompanyProfile__Output } from '../../../atrium/tenancy/v1/CompanyProfile';
import type { ContactPerson as _atrium_tenancy_v1_ContactPerson, ContactPerson__Output as _atrium_tenancy_v1_ContactPerson__Output } from '../../../atrium/tenancy/v1/ContactPerson';
import type { ClientSettings as _atrium_tenancy_v1_ClientSettings, ClientSettings__Output as _atrium_tenancy_v1_ClientSettings__Output } from '../../../atrium/tenancy/v1/ClientSettings';

export interface CreateClientRequest {
  'name'?: (string);
  'description'?: (string);
  'website'?: (string);
  'tags'?: (string)[];
  'accountType'?: (string);
  'region'?: (string);
  'isMaster'?: (boolean);
  'ownerId'?: (string);
  'accountManagerId'?: (string);
  'customProperties'?: (_atrium_tenancy_v1_CustomProperty)[];
  'companyProfile'?: (_atrium_tenancy_v1_CompanyProfile | null);
  'profileContact'?: (_atrium_tenancy_v1_ContactPerson | null);
  'billingContact'?: (_atrium_tenancy_v1_ContactPerson | null);
  'billingMode'?: (string);
  'renewalDate'?: (string);
  'settings'?: (_atrium_tenancy_v1_ClientSettings | null);
}

export interface CreateClientRequest__Output {
  'name': (string);
  'description': (string);
  'website': (string);
  'tags': (string)[];
  'accountType': (string);
  'region': (string);
  'isMaster': (boolean);
  'ownerId': (string);
  'accountManagerId': (string);
  'customProperties': (_atrium_tenancy_v1_CustomProperty__Output)[];
  'companyProfile': (_atrium_tenancy_v1_CompanyProfile__Output | null);
  'profileContact': (_atrium_tenancy_v1_ContactPerson__Output | null);
  'billingContact': (_atrium_tenancy_v1_ContactPerson__Output | null);
  'billingMode': (string);
  'renewalDate': (string);
  'settings': (_atrium_tenancy_v1_ClientSettings__Output | null);
}
