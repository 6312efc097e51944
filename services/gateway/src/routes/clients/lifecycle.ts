import { PROSPECT_CLEANUP_MODES } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { ClientParamsSchema } from '../shared/fields';
import { ClientSchema, clientJsonOf } from './mapper';
import { present } from '../shared/contract';
import { JobSchema, jobJsonOf } from '../shared/jobs';

export const DeleteClientRequestSchema = z
  .strictObject({
    confirm: z.string().min(1).openapi({
      description: "The client's exact name, repeated to confirm (case and spaces count).",
      example: 'Contoso Dental',
    }),
  })
  .openapi('DeleteClientRequest');

export const MAX_SELECTED_PROSPECTS = 10_000;

export const ProspectCleanupRequestSchema = z
  .strictObject({
    mode: z.enum(PROSPECT_CLEANUP_MODES).openapi({
      description:
        '`contacted_over_6_months`: prospects last contacted more than 6 months ago; `all`: every prospect; ' +
        '`selected`: the prospects in `prospectIds` (refused for an inactive client).',
    }),
    prospectIds: z
      .array(z.uuid())
      .min(1)
      .max(MAX_SELECTED_PROSPECTS)
      .optional()
      .openapi({
        description: `For mode \`selected\` only, and then required: 1 to ${MAX_SELECTED_PROSPECTS} prospect ids.`,
      }),
  })
  .superRefine((body, context) => {
    if (body.mode === 'selected' && body.prospectIds === undefined)
      context.addIssue({ code: 'custom', path: ['prospectIds'], message: 'is required for mode selected' });
    if (body.mode !== 'selected' && body.prospectIds !== undefined)
      context.addIssue({ code: 'custom', path: ['prospectIds'], message: 'is only for mode selected' });
  })
  .openapi('ProspectCleanupRequest');

const JobAcceptedSchema = z.object({ job: JobSchema }).openapi('JobAccepted');

const CLIENT_GONE = {
  404: 'The agency has no such client, or the caller may not enter it (`not_found`).',
  410: 'The client is being deleted (`client_deleted`).',
};

export function addClientLifecycleRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'tenancy'>,
): void {
  operations.add(
    {
      method: 'delete',
      path: '/v1/clients/{id}',
      operationId: 'deleteClient',
      tag: 'clients',
      summary: 'Delete a client account',
      description:
        'Deletes an inactive client account for good. The client turns `deleting` at once: every route inside it ' +
        'answers `410 client_deleted`, it leaves the client list and no longer counts against the plan. Each ' +
        'service purges its data of the client in the background; then tenancy keeps only a tombstone of ids, the ' +
        'client is `deleted` and its routes answer 404. Audit log entries about it stay, without its data. Needs ' +
        'the `clients:delete` permission.',
      authenticated: true,
      params: ClientParamsSchema,
      body: DeleteClientRequestSchema,
      response: {
        status: 202,
        description: 'Deletion started; the client as it is now, `deleting`.',
        schema: ClientSchema,
      },
      problems: {
        ...CLIENT_GONE,
        403: 'The caller lacks `clients:delete` (`forbidden`).',
        409: 'The client is active; deactivate it first (`client_active`).',
        410: 'The client is already being deleted (`client_deleted`).',
        422: "`confirm` is not the client's exact name (`confirmation_mismatch` naming `confirm`).",
      },
    },
    async ({ params, body }) =>
      clientJsonOf(
        present(
          (await backends.tenancy.DeleteClient({ clientId: params.id, confirm: body.confirm })).client,
          'client',
        ),
      ),
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/prospects/cleanup',
      operationId: 'cleanProspectDatabase',
      tag: 'clients',
      summary: "Clean a client's prospect database",
      description:
        "Removes prospects from a client's prospect database in the background, for an active or inactive client " +
        'and without entering it; answers the job, also at `Location` (`GET /v1/jobs/{jobId}`). Needs the ' +
        '`clients:delete` permission. The campaigns service, which owns prospects, runs the job in batches: ' +
        '`running` with the prospects removed so far, then `succeeded` or `failed`, and a bell notice to whoever ' +
        'asked.',
      authenticated: true,
      params: ClientParamsSchema,
      body: ProspectCleanupRequestSchema,
      response: { status: 202, description: 'The job, queued.', schema: JobAcceptedSchema },
      problems: {
        ...CLIENT_GONE,
        403: 'The caller lacks `clients:delete` (`forbidden`).',
        409: 'Mode `selected` on an inactive client (`client_inactive`).',
      },
    },
    async ({ params, body, res }) => {
      const answer = await backends.tenancy.RequestProspectCleanup({
        clientId: params.id,
        mode: body.mode,
        prospectIds: body.prospectIds ?? [],
      });
      const job = jobJsonOf(present(answer.job, 'job'));
      res.setHeader('Location', `/v1/jobs/${job.id}`);
      return { job };
    },
  );
}
