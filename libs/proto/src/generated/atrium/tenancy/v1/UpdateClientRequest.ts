// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type { TagList as _atrium_tenancy_v1_TagList, TagList__Output as _atrium_tenancy_v1_TagList__Output } from '../../../atrium/tenancy/v1/TagList';
import type { CustomProperties as _atrium_tenancy_v1_CustomProperties, CustomProperties__Output as _atrium_tenancy_v1_CustomProperties__Output } from '../../../atrium/tenancy/v1/CustomProperties';
import type { CompanyProfile as _atrium_tenancy_v1_CompanyProfile, CompanyProfile__Output as _atrium_tenancy_v1_CompanyProfile__Output } from '../../../atrium/tenancy/v1/CompanyProfile';
import type { ContactPerson as _atrium_tenancy_v1_ContactPerson, ContactPerson__Output as _atrium_tenancy_v1_ContactPerson__Output } from '../../../atrium/tenancy/v1/ContactPerson';
import type { ClientSettings as _atrium_tenancy_v1_ClientSettings, ClientSettings__Output as _atrium_tenancy_v1_ClientSettings__Output } from '../../../atrium/tenancy/v1/ClientSettings';

export interface UpdateClientRequest {
  'clientId'?: (string);
  'name'?: (string);
  'description'?: (string);
  'website'?: (string);
  'tags'?: (_atrium_tenancy_v1_TagList | null);
  'customProperties'?: (_atrium_tenancy_v1_CustomProperties | null);
  'accountType'?: (string);
  'region'?: (string);
  'isMaster'?: (boolean);
  'ownerId'?: (string);
  'accountManagerId'?: (string);
  'companyProfile'?: (_atrium_tenancy_v1_CompanyProfile | null);
  'profileContact'?: (_atrium_tenancy_v1_ContactPerson | null);
  'billingContact'?: (_atrium_tenancy_v1_ContactPerson | null);
  'billingMode'?: (string);
  'renewalDate'?: (string);
  'settings'?: (_atrium_tenancy_v1_ClientSettings | null);
  '_name'?: "name";
  '_description'?: "description";
  '_website'?: "website";
  '_accountType'?: "accountType";
  '_region'?: "region";
  '_isMaster'?: "isMaster";
  '_ownerId'?: "ownerId";
  '_accountManagerId'?: "accountManagerId";
  '_billingMode'?: "billingMode";
  '_renewalDate'?: "renewalDate";
}

export interface UpdateClientRequest__Output {
  'clientId': (string);
  'name'?: (string);
  'description'?: (string);
  'website'?: (string);
  'tags': (_atrium_tenancy_v1_TagList__Output | null);
  'customProperties': (_atrium_tenancy_v1_CustomProperties__Output | null);
  'accountType'?: (string);
  'region'?: (string);
  'isMaster'?: (boolean);
  'ownerId'?: (string);
  'accountManagerId'?: (string);
  'companyProfile': (_atrium_tenancy_v1_CompanyProfile__Output | null);
  'profileContact': (_atrium_tenancy_v1_ContactPerson__Output | null);
  'billingContact': (_atrium_tenancy_v1_ContactPerson__Output | null);
  'billingMode'?: (string);
  'renewalDate'?: (string);
  'settings': (_atrium_tenancy_v1_ClientSettings__Output | null);
  '_name'?: "name";
  '_description'?: "description";
  '_website'?: "website";
  '_accountType'?: "accountType";
  '_region'?: "region";
  '_isMaster'?: "isMaster";
  '_ownerId'?: "ownerId";
  '_accountManagerId'?: "accountManagerId";
  '_billingMode'?: "billingMode";
  '_renewalDate'?: "renewalDate";
}
