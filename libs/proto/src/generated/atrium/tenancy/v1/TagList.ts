// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface TagList {
  'tags'?: (string)[];
}

export interface TagList__Output {
  'tags': (string)[];
}
