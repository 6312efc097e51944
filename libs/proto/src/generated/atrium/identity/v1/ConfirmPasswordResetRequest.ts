// Original file: protos/atrium/identity/v1/identity_service.proto


export interface ConfirmPasswordResetRequest {
  'token'?: (string);
  'newPassword'?: (string);
}

export interface ConfirmPasswordResetRequest__Output {
  'token': (string);
  'newPassword': (string);
}
