// Original file: protos/atrium/identity/v1/identity_service.proto


export interface ChangePasswordRequest {
  'currentPassword'?: (string);
  'newPassword'?: (string);
}

export interface ChangePasswordRequest__Output {
  'currentPassword': (string);
  'newPassword': (string);
}
