// Original file: protos/atrium/tenancy/v1/tenancy.proto


export interface ClientSettings {
  'adsEnabled'?: (boolean);
  'clientMayRebrand'?: (boolean);
  'directSupport'?: (boolean);
  'emailSendLimitPerMonth'?: (number);
  'engagementSuppression'?: (boolean);
  '_adsEnabled'?: "adsEnabled";
  '_clientMayRebrand'?: "clientMayRebrand";
  '_directSupport'?: "directSupport";
  '_emailSendLimitPerMonth'?: "emailSendLimitPerMonth";
  '_engagementSuppression'?: "engagementSuppression";
}

export interface ClientSettings__Output {
  'adsEnabled'?: (boolean);
  'clientMayRebrand'?: (boolean);
  'directSupport'?: (boolean);
  'emailSendLimitPerMonth'?: (number);
  'engagementSuppression'?: (boolean);
  '_adsEnabled'?: "adsEnabled";
  '_clientMayRebrand'?: "clientMayRebrand";
  '_directSupport'?: "directSupport";
  '_emailSendLimitPerMonth'?: "emailSendLimitPerMonth";
  '_engagementSuppression'?: "engagementSuppression";
}
