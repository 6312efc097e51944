// Original file: protos/atrium/tenancy/v1/tenancy_service.proto


export interface GetJobRequest {
  'jobId'?: (string);
}

export interface GetJobRequest__Output {
  'jobId': (string);
}
