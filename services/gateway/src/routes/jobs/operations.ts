import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { present } from '../shared/contract';
import { JobSchema, jobJsonOf } from '../shared/jobs';

const JobParamsSchema = z.strictObject({ jobId: z.uuid().openapi({ description: 'The job id.' }) });

export function addJobRoutes(operations: OperationRouter, backends: Pick<Backends, 'tenancy'>): void {
  operations.add(
    {
      method: 'get',
      path: '/v1/jobs/{jobId}',
      operationId: 'getJob',
      tag: 'jobs',
      summary: 'Get a background job',
      description:
        "Status and progress of a background job, e.g. a prospect cleanup. Anyone who may reach the job's client " +
        'may read it. A prospect cleanup turns `running` when the campaigns service starts it, with `progress` ' +
        'prospects removed of `total` matched, and ends `succeeded` or `failed` (with `failure`).',
      authenticated: true,
      params: JobParamsSchema,
      response: { status: 200, description: 'The job.', schema: JobSchema },
      problems: {
        404: 'The agency has no such job, or the caller may not reach its client (`not_found`).',
        410: "The job's client is being deleted (`client_deleted`).",
      },
    },
    async ({ params }) =>
      jobJsonOf(present((await backends.tenancy.GetJob({ jobId: params.jobId })).job, 'job')),
  );
}
