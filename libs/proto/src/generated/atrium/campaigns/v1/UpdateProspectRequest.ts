// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProspectStatus as _atrium_campaigns_v1_ProspectStatus, ProspectStatus__Output as _atrium_campaigns_v1_ProspectStatus__Output } from '../../../atrium/campaigns/v1/ProspectStatus';

export interface UpdateProspectRequest {
  'clientId'?: (string);
  'prospectId'?: (string);
  'email'?: (string);
  'firstName'?: (string);
  'lastName'?: (string);
  'company'?: (string);
  'position'?: (string);
  'phone'?: (string);
  'customFields'?: ({[key: string]: string});
  'replaceCustomFields'?: (boolean);
  'tags'?: (string)[];
  'replaceTags'?: (boolean);
  'status'?: (_atrium_campaigns_v1_ProspectStatus);
  '_email'?: "email";
  '_firstName'?: "firstName";
  '_lastName'?: "lastName";
  '_company'?: "company";
  '_position'?: "position";
  '_phone'?: "phone";
}

export interface UpdateProspectRequest__Output {
  'clientId': (string);
  'prospectId': (string);
  'email'?: (string);
  'firstName'?: (string);
  'lastName'?: (string);
  'company'?: (string);
  'position'?: (string);
  'phone'?: (string);
  'customFields': ({[key: string]: string});
  'replaceCustomFields': (boolean);
  'tags': (string)[];
  'replaceTags': (boolean);
  'status': (_atrium_campaigns_v1_ProspectStatus__Output);
  '_email'?: "email";
  '_firstName'?: "firstName";
  '_lastName'?: "lastName";
  '_company'?: "company";
  '_position'?: "position";
  '_phone'?: "phone";
}
