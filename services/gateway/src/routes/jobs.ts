import type { tenancy } from '@atrium/proto';
import type { Backends } from '../backends';
import type { OperationRouter } from '../http/operations';
import { z } from '../openapi/zod';
import { oneOf, present } from './contract';

export const JOB_KINDS = ['prospect_cleanup'] as const;
export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export const CLEANUP_MODES = ['contacted_over_6_months', 'all', 'selected'] as const;

export const JobSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(JOB_KINDS),
    status: z.enum(JOB_STATUSES).openapi({
      description:
        'A prospect cleanup stays `queued` until the campaigns service, which owns prospects, runs it; it does ' +
        'not yet.',
    }),
    progress: z.number().int().min(0).openapi({ description: 'Items done so far.' }),
    total: z.number().int().min(0).nullable().openapi({ description: 'Items to do; null until known.' }),
    clientId: z.uuid(),
    mode: z.enum(CLEANUP_MODES).openapi({ description: 'What the prospect cleanup removes.' }),
    requestedBy: z.uuid().openapi({ description: 'The agency user (or API key) who asked for it.' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Job', { description: 'A background job working on one client.' });

export type JobJson = z.input<typeof JobSchema>;

export function jobJsonOf(job: tenancy.Job__Output): JobJson {
  return {
    id: job.id,
    kind: oneOf(JOB_KINDS, job.kind, 'job kind'),
    status: oneOf(JOB_STATUSES, job.status, 'job status'),
    progress: job.progress,
    total: job.total ?? null,
    clientId: job.clientId,
    mode: oneOf(CLEANUP_MODES, job.mode, 'cleanup mode'),
    requestedBy: job.requestedBy,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  };
}

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
        'may read it. Prospect cleanups stay `queued` until the campaigns service runs them (it does not yet).',
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
