import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { present, withApiFieldNames } from '../shared/contract';
import { ClientParamsSchema, listAnswer, pageOf } from '../shared/fields';
import {
  CLIENT_GONE,
  FILTER_FIELD_NAMES,
  ListParamsSchema,
  NEEDS_LISTS_WRITE,
  NO_LISTS_WRITE,
  prospectFilterToProto,
} from '../shared/prospects';
import { prospectListJsonOf } from './mapper';
import {
  AddToListRequestSchema,
  AddToListResponseSchema,
  ListProspectListsQuerySchema,
  ProspectListNameSchema,
  ProspectListPageSchema,
  ProspectListSchema,
  RemoveFromListRequestSchema,
  RemoveFromListResponseSchema,
} from './schemas';

const NO_LIST = 'The client has no list with this id (`not_found`).';
const NAME_IN_USE = 'The client has a list of this name, compared case-insensitively (`list_name_in_use`).';
const GONE_OR_NO_LIST = { ...CLIENT_GONE, 404: `${CLIENT_GONE[404]} ${NO_LIST}` };

/** A client's prospect lists (docs/campaigns.md "Lists"), served by campaigns. */
export function addProspectListRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'campaigns'>,
): void {
  const { campaigns } = backends;

  operations.add(
    {
      method: 'get',
      path: '/v1/clients/{id}/lists',
      operationId: 'listProspectLists',
      tag: 'prospect lists',
      summary: "List a client's prospect lists",
      description:
        "The client's lists, newest first, each with its count of stored prospects. Anyone who may enter the client.",
      authenticated: true,
      access: { client: 'id' },
      params: ClientParamsSchema,
      query: ListProspectListsQuerySchema,
      response: { status: 200, description: 'One page of lists.', schema: ProspectListPageSchema },
      problems: CLIENT_GONE,
    },
    async ({ params, query }) => {
      const page = await campaigns.ListProspectLists({ clientId: params.id, ...pageOf(query) });
      return listAnswer(page.lists, prospectListJsonOf, page.nextCursor);
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/lists',
      operationId: 'createProspectList',
      tag: 'prospect lists',
      summary: 'Create a prospect list',
      description: `Creates an empty list. ${NEEDS_LISTS_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: ClientParamsSchema,
      body: ProspectListNameSchema,
      response: { status: 201, description: 'The list.', schema: ProspectListSchema },
      problems: { ...CLIENT_GONE, 403: NO_LISTS_WRITE, 409: NAME_IN_USE },
    },
    async ({ params, body }) =>
      prospectListJsonOf(
        present((await campaigns.CreateProspectList({ clientId: params.id, name: body.name })).list, 'list'),
      ),
  );

  operations.add(
    {
      method: 'patch',
      path: '/v1/clients/{id}/lists/{listId}',
      operationId: 'renameProspectList',
      tag: 'prospect lists',
      summary: 'Rename a prospect list',
      description: `Renames the list. ${NEEDS_LISTS_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: ListParamsSchema,
      body: ProspectListNameSchema,
      response: { status: 200, description: 'The list as it is now.', schema: ProspectListSchema },
      problems: { ...GONE_OR_NO_LIST, 403: NO_LISTS_WRITE, 409: NAME_IN_USE },
    },
    async ({ params, body }) =>
      prospectListJsonOf(
        present(
          (
            await campaigns.UpdateProspectList({
              clientId: params.id,
              listId: params.listId,
              name: body.name,
            })
          ).list,
          'list',
        ),
      ),
  );

  operations.add(
    {
      method: 'delete',
      path: '/v1/clients/{id}/lists/{listId}',
      operationId: 'deleteProspectList',
      tag: 'prospect lists',
      summary: 'Delete a prospect list',
      description: `Deletes the list; its prospects stay in the client's database. ${NEEDS_LISTS_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: ListParamsSchema,
      response: { status: 204, description: 'The list is deleted.' },
      problems: { ...GONE_OR_NO_LIST, 403: NO_LISTS_WRITE },
    },
    async ({ params }) => {
      await campaigns.DeleteProspectList({ clientId: params.id, listId: params.listId });
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/lists/{listId}/prospects',
      operationId: 'addProspectsToList',
      tag: 'prospect lists',
      summary: 'Append prospects to a list',
      description:
        'Appends either the given prospects (`prospectIds`) or every stored prospect a filter matches ' +
        '(`filter`), never both. A prospect already on the list stays once; ids of no stored prospect of the ' +
        `client are skipped. ${NEEDS_LISTS_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: ListParamsSchema,
      body: AddToListRequestSchema,
      response: { status: 200, description: 'How many were added.', schema: AddToListResponseSchema },
      problems: { ...GONE_OR_NO_LIST, 403: NO_LISTS_WRITE },
    },
    async ({ params, body }) => {
      const answer = await withApiFieldNames(
        campaigns.AddProspectsToList({
          clientId: params.id,
          listId: params.listId,
          prospectIds: body.prospectIds ?? [],
          ...(body.filter && { filter: prospectFilterToProto(body.filter) }),
        }),
        FILTER_FIELD_NAMES,
      );
      return { addedCount: answer.addedCount };
    },
  );

  operations.add(
    {
      method: 'delete',
      path: '/v1/clients/{id}/lists/{listId}/prospects',
      operationId: 'removeProspectsFromList',
      tag: 'prospect lists',
      summary: 'Take prospects off a list',
      description: `Takes the given prospects off the list; they stay in the client's database. ${NEEDS_LISTS_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: ListParamsSchema,
      body: RemoveFromListRequestSchema,
      response: {
        status: 200,
        description: 'How many were taken off.',
        schema: RemoveFromListResponseSchema,
      },
      problems: { ...GONE_OR_NO_LIST, 403: NO_LISTS_WRITE },
    },
    async ({ params, body }) => {
      const answer = await campaigns.RemoveProspectsFromList({
        clientId: params.id,
        listId: params.listId,
        prospectIds: body.prospectIds,
      });
      return { removedCount: answer.removedCount };
    },
  );
}
