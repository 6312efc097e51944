// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProspectStatus as _atrium_campaigns_v1_ProspectStatus, ProspectStatus__Output as _atrium_campaigns_v1_ProspectStatus__Output } from '../../../atrium/campaigns/v1/ProspectStatus';

export interface Prospect {
  'id'?: (string);
  'clientId'?: (string);
  'email'?: (string);
  'firstName'?: (string);
  'lastName'?: (string);
  'company'?: (string);
  'position'?: (string);
  'phone'?: (string);
  'customFields'?: ({[key: string]: string});
  'tags'?: (string)[];
  'status'?: (_atrium_campaigns_v1_ProspectStatus);
  'lastContactedAt'?: (string);
  'emailValidatedAt'?: (string);
  'emailSentAt'?: (string);
  'taskDoneAt'?: (string);
  'listIds'?: (string)[];
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface Prospect__Output {
  'id': (string);
  'clientId': (string);
  'email': (string);
  'firstName': (string);
  'lastName': (string);
  'company': (string);
  'position': (string);
  'phone': (string);
  'customFields': ({[key: string]: string});
  'tags': (string)[];
  'status': (_atrium_campaigns_v1_ProspectStatus__Output);
  'lastContactedAt': (string);
  'emailValidatedAt': (string);
  'emailSentAt': (string);
  'taskDoneAt': (string);
  'listIds': (string)[];
  'createdAt': (string);
  'updatedAt': (string);
}
