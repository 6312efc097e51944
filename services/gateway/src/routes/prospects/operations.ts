import type { campaigns } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { present, protoEnum, withApiFieldNames } from '../shared/contract';
import { ClientParamsSchema, listAnswer, pageOf } from '../shared/fields';
import {
  CLIENT_GONE,
  FILTER_FIELD_NAMES,
  NEEDS_LISTS_WRITE,
  NO_LISTS_WRITE,
  prospectFilterToProto,
  ProspectParamsSchema,
} from '../shared/prospects';
import { prospectJsonOf } from './mapper';
import {
  BulkDeleteProspectsRequestSchema,
  BulkDeleteProspectsResponseSchema,
  CreateProspectRequestSchema,
  ListProspectsQuerySchema,
  ProspectPageSchema,
  ProspectSchema,
  UpdateProspectRequestSchema,
} from './schemas';

const NO_PROSPECT = 'No stored prospect of this client has the id (`not_found`).';
const BAD_FIELDS =
  'A field campaigns refuses: an invalid email, a phone of the wrong shape, a custom field the client has ' +
  'not defined or a value of the wrong type (`validation_failed` naming each field).';
const EMAIL_IN_USE =
  'Another stored prospect of the client has the email, compared case-insensitively (`email_in_use`).';

/**
 * A client's prospect database (docs/campaigns.md "Prospects"). Campaigns serves every route; the
 * gateway resolves entry to the client and the caller's client permissions first (`access`), so a
 * client the caller may not enter answers 404 and one being deleted 410 without reaching campaigns.
 */
export function addProspectRoutes(operations: OperationRouter, backends: Pick<Backends, 'campaigns'>): void {
  const prospects = backends.campaigns;

  operations.add(
    {
      method: 'get',
      path: '/v1/clients/{id}/prospects',
      operationId: 'listProspects',
      tag: 'prospects',
      summary: "List a client's prospects",
      description:
        "The client's stored prospects (deleted ones never), searched, filtered and sorted, one page at a " +
        'time. Anyone who may enter the client.',
      authenticated: true,
      access: { client: 'id' },
      params: ClientParamsSchema,
      query: ListProspectsQuerySchema,
      response: { status: 200, description: 'One page of prospects.', schema: ProspectPageSchema },
      problems: CLIENT_GONE,
    },
    async ({ params, query }) => {
      const page = await withApiFieldNames(
        prospects.ListProspects({
          clientId: params.id,
          filter: prospectFilterToProto(query),
          sort: protoEnum<campaigns.ProspectSort>('PROSPECT_SORT_', query.sort),
          order: protoEnum<campaigns.ProspectSortOrder>('PROSPECT_SORT_ORDER_', query.order ?? 'unspecified'),
          ...pageOf(query),
        }),
        FILTER_FIELD_NAMES,
      );
      return listAnswer(page.prospects, prospectJsonOf, page.nextCursor);
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/prospects',
      operationId: 'createProspect',
      tag: 'prospects',
      summary: 'Add a prospect',
      description: `Adds one prospect to the client's database. ${NEEDS_LISTS_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: ClientParamsSchema,
      body: CreateProspectRequestSchema,
      response: { status: 201, description: 'The prospect.', schema: ProspectSchema },
      problems: { ...CLIENT_GONE, 400: BAD_FIELDS, 403: NO_LISTS_WRITE, 409: EMAIL_IN_USE },
    },
    async ({ params, body }) => {
      const created = await prospects.CreateProspect({
        clientId: params.id,
        email: body.email,
        firstName: body.firstName ?? '',
        lastName: body.lastName ?? '',
        company: body.company ?? '',
        position: body.position ?? '',
        phone: body.phone ?? '',
        customFields: body.customFields ?? {},
        tags: body.tags ?? [],
        status: protoEnum<campaigns.ProspectStatus>('PROSPECT_STATUS_', body.status ?? 'unspecified'),
      });
      return prospectJsonOf(present(created.prospect, 'prospect'));
    },
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/clients/{id}/prospects/{prospectId}',
      operationId: 'getProspect',
      tag: 'prospects',
      summary: 'Get a prospect',
      description: 'One stored prospect of the client, with its lists. Anyone who may enter the client.',
      authenticated: true,
      access: { client: 'id' },
      params: ProspectParamsSchema,
      response: { status: 200, description: 'The prospect.', schema: ProspectSchema },
      problems: { ...CLIENT_GONE, 404: `${CLIENT_GONE[404]} ${NO_PROSPECT}` },
    },
    async ({ params }) => {
      const answer = await prospects.GetProspect({ clientId: params.id, prospectId: params.prospectId });
      return prospectJsonOf(present(answer.prospect, 'prospect'));
    },
  );

  operations.add(
    {
      method: 'patch',
      path: '/v1/clients/{id}/prospects/{prospectId}',
      operationId: 'updateProspect',
      tag: 'prospects',
      summary: 'Change a prospect',
      description: `Changes the fields sent; \`customFields\` and \`tags\` replace the whole set. ${NEEDS_LISTS_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: ProspectParamsSchema,
      body: UpdateProspectRequestSchema,
      response: { status: 200, description: 'The prospect as it is now.', schema: ProspectSchema },
      problems: {
        ...CLIENT_GONE,
        400: BAD_FIELDS,
        403: NO_LISTS_WRITE,
        404: `${CLIENT_GONE[404]} ${NO_PROSPECT}`,
        409: EMAIL_IN_USE,
      },
    },
    async ({ params, body }) => {
      const request: campaigns.UpdateProspectRequest = { clientId: params.id, prospectId: params.prospectId };
      if (body.email !== undefined) request.email = body.email;
      if (body.firstName !== undefined) request.firstName = body.firstName ?? '';
      if (body.lastName !== undefined) request.lastName = body.lastName ?? '';
      if (body.company !== undefined) request.company = body.company ?? '';
      if (body.position !== undefined) request.position = body.position ?? '';
      if (body.phone !== undefined) request.phone = body.phone ?? '';
      if (body.customFields !== undefined) {
        request.customFields = body.customFields;
        request.replaceCustomFields = true;
      }
      if (body.tags !== undefined) {
        request.tags = body.tags;
        request.replaceTags = true;
      }
      if (body.status !== undefined)
        request.status = protoEnum<campaigns.ProspectStatus>('PROSPECT_STATUS_', body.status);
      const answer = await prospects.UpdateProspect(request);
      return prospectJsonOf(present(answer.prospect, 'prospect'));
    },
  );

  operations.add(
    {
      method: 'delete',
      path: '/v1/clients/{id}/prospects/{prospectId}',
      operationId: 'deleteProspect',
      tag: 'prospects',
      summary: 'Delete a prospect',
      description:
        'Deletes the prospect: it leaves every list and count at once, and its email may be used again. ' +
        NEEDS_LISTS_WRITE,
      authenticated: true,
      access: { client: 'id' },
      params: ProspectParamsSchema,
      response: { status: 204, description: 'The prospect is deleted.' },
      problems: { ...CLIENT_GONE, 403: NO_LISTS_WRITE, 404: `${CLIENT_GONE[404]} ${NO_PROSPECT}` },
    },
    async ({ params }) => {
      await prospects.DeleteProspect({ clientId: params.id, prospectId: params.prospectId });
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/prospects/bulk-delete',
      operationId: 'bulkDeleteProspects',
      tag: 'prospects',
      summary: 'Delete several prospects',
      description:
        'Deletes the given prospects of the client; ids of no stored prospect of the client are skipped, and ' +
        `\`deletedCount\` says how many were deleted. ${NEEDS_LISTS_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: ClientParamsSchema,
      body: BulkDeleteProspectsRequestSchema,
      response: {
        status: 200,
        description: 'How many were deleted.',
        schema: BulkDeleteProspectsResponseSchema,
      },
      problems: { ...CLIENT_GONE, 403: NO_LISTS_WRITE },
    },
    async ({ params, body }) => {
      const answer = await prospects.DeleteProspects({ clientId: params.id, prospectIds: body.prospectIds });
      return { deletedCount: answer.deletedCount };
    },
  );
}
