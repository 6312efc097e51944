import type { AccessResolver } from '../../auth/resolve-access';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import {
  clientOfImportJob,
  IMPORT_JOB_ID,
  importJobJsonOf,
  ProspectImportJobSchema,
} from '../shared/prospect-imports';
import { present } from '../shared/contract';
import { JobSchema, jobJsonOf } from '../shared/jobs';

const JobParamsSchema = z.strictObject({
  jobId: z
    .union([z.uuid(), z.string().regex(IMPORT_JOB_ID)])
    .openapi({ description: "The job id: a uuid, or an import's `imp_…` id." }),
});

/**
 * GET /v1/jobs/{jobId} answers each job from the service that runs it, in one call: an import's id
 * (`imp_<clientId>_<importId>`, docs/campaigns.md "Importing a CSV") from campaigns, after resolving
 * the caller's access to the client it names as any campaigns route does; every other job from tenancy.
 */
export function addJobRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'tenancy' | 'campaigns'>,
  access: AccessResolver,
): void {
  operations.add(
    {
      method: 'get',
      path: '/v1/jobs/{jobId}',
      operationId: 'getJob',
      tag: 'jobs',
      summary: 'Get a background job',
      description:
        'Status and progress of a background job: a prospect cleanup, or a CSV import (`kind` `prospect_import`, ' +
        "whose id starts `imp_`; its figures and first errors, docs/campaigns.md). Anyone who may reach the job's client " +
        'may read it. A prospect cleanup turns `running` when the campaigns service starts it, with `progress` ' +
        'prospects removed of `total` matched, and ends `succeeded` or `failed` (with `failure`).',
      authenticated: true,
      params: JobParamsSchema,
      response: {
        status: 200,
        description: 'The job: a prospect cleanup, or a prospect import (`kind`).',
        schema: z.union([JobSchema, ProspectImportJobSchema]),
      },
      problems: {
        404: 'The agency has no such job, or the caller may not reach its client (`not_found`).',
        410: "The job's client is being deleted (`client_deleted`).",
      },
    },
    async ({ params, actor }) => {
      const clientId = clientOfImportJob(params.jobId);
      if (clientId === null)
        return jobJsonOf(present((await backends.tenancy.GetJob({ jobId: params.jobId })).job, 'job'));
      const inClient = await access.resolve({ client: 'clientId' }, actor, { clientId });
      const answer = await backends.campaigns.GetProspectImport(
        { clientId, importId: params.jobId },
        { actor: inClient },
      );
      return importJobJsonOf(present(answer.import, 'import'));
    },
  );
}
