// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface GetPublicBrandingRequest {
  'slug'?: (string);
}

export interface GetPublicBrandingRequest__Output {
  'slug': (string);
}
