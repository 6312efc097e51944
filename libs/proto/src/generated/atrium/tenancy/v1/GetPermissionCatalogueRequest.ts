// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface GetPermissionCatalogueRequest {
}

export interface GetPermissionCatalogueRequest__Output {
}
