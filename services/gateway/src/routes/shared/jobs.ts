import type { tenancy } from '@atrium/proto';
import { JOB_KINDS, JOB_STATUSES, PROSPECT_CLEANUP_MODES } from '@atrium/proto';
import { z } from '../../openapi/zod';
import { oneOf } from './contract';

export const JobSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(JOB_KINDS),
    status: z.enum(JOB_STATUSES).openapi({
      description:
        'A prospect cleanup is `queued` until the campaigns service, which owns prospects, starts it, then ' +
        '`running`, and ends `succeeded` or `failed`.',
    }),
    progress: z
      .number()
      .int()
      .min(0)
      .openapi({ description: 'Items done so far (for a prospect cleanup: prospects removed).' }),
    total: z.number().int().min(0).nullable().openapi({
      description: 'Items to do (prospects the cleanup matched when it started); null until known.',
    }),
    failure: z.string().nullable().openapi({ description: 'Why a `failed` job failed; null otherwise.' }),
    clientId: z.uuid(),
    mode: z.enum(PROSPECT_CLEANUP_MODES).openapi({ description: 'What the prospect cleanup removes.' }),
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
    failure: job.failure || null,
    clientId: job.clientId,
    mode: oneOf(PROSPECT_CLEANUP_MODES, job.mode, 'cleanup mode'),
    requestedBy: job.requestedBy,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  };
}
