// Original file: protos/atrium/tenancy/v1/tenancy_events.proto


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
}
