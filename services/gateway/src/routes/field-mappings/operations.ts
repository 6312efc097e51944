import type { campaigns as proto } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { present, protoEnum } from '../shared/contract';
import { ClientParamsSchema } from '../shared/fields';
import { CLIENT_GONE, NEEDS_FIELD_MAPPINGS_WRITE, NO_FIELD_MAPPINGS_WRITE } from '../shared/prospects';
import { fieldMappingJsonOf } from './mapper';
import {
  CreateFieldMappingRequestSchema,
  FieldMappingListSchema,
  FieldMappingParamsSchema,
  FieldMappingSchema,
  UpdateFieldMappingRequestSchema,
} from './schemas';

const NO_SUCH_FIELD =
  '`customFieldKey` names no custom prospect field of the client (`validation_failed` naming `customFieldKey`).';
const COLUMN_MAPPED = 'Another mapping of the client reads this column (`field_mapping_exists`).';
const GONE_OR_NO_MAPPING = {
  ...CLIENT_GONE,
  404: `${CLIENT_GONE[404]} The client has no field mapping with this id (\`not_found\`).`,
};

/** How a client's CSV imports read columns (docs/campaigns.md "Field mappings"), served by campaigns. */
export function addFieldMappingRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'campaigns'>,
): void {
  const { campaigns } = backends;
  const targetOf = (target: string | undefined) =>
    protoEnum<proto.FieldMappingTarget>('FIELD_MAPPING_TARGET_', target ?? 'unspecified');

  operations.add(
    {
      method: 'get',
      path: '/v1/clients/{id}/field-mappings',
      operationId: 'listFieldMappings',
      tag: 'field mappings',
      summary: "List a client's field mappings",
      description:
        "How the client's CSV imports read columns, oldest first. Anyone who may enter the client.",
      authenticated: true,
      access: { client: 'id' },
      params: ClientParamsSchema,
      response: { status: 200, description: 'Every field mapping.', schema: FieldMappingListSchema },
      problems: CLIENT_GONE,
    },
    async ({ params }) => ({
      items: (await campaigns.ListFieldMappings({ clientId: params.id })).fieldMappings.map(
        fieldMappingJsonOf,
      ),
    }),
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/field-mappings',
      operationId: 'createFieldMapping',
      tag: 'field mappings',
      summary: 'Map a CSV column onto a prospect field',
      description: `Tells the client's CSV imports which prospect field a column fills. ${NEEDS_FIELD_MAPPINGS_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: ClientParamsSchema,
      body: CreateFieldMappingRequestSchema,
      response: { status: 201, description: 'The field mapping.', schema: FieldMappingSchema },
      problems: { ...CLIENT_GONE, 400: NO_SUCH_FIELD, 403: NO_FIELD_MAPPINGS_WRITE, 409: COLUMN_MAPPED },
    },
    async ({ params, body }) =>
      fieldMappingJsonOf(
        present(
          (
            await campaigns.CreateFieldMapping({
              clientId: params.id,
              column: body.column,
              target: targetOf(body.target),
              customFieldKey: body.customFieldKey ?? '',
            })
          ).fieldMapping,
          'fieldMapping',
        ),
      ),
  );

  operations.add(
    {
      method: 'patch',
      path: '/v1/clients/{id}/field-mappings/{mappingId}',
      operationId: 'updateFieldMapping',
      tag: 'field mappings',
      summary: 'Change a field mapping',
      description: `Changes the fields sent; \`target\` and \`customFieldKey\` change together. ${NEEDS_FIELD_MAPPINGS_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: FieldMappingParamsSchema,
      body: UpdateFieldMappingRequestSchema,
      response: { status: 200, description: 'The field mapping as it is now.', schema: FieldMappingSchema },
      problems: {
        ...GONE_OR_NO_MAPPING,
        400: NO_SUCH_FIELD,
        403: NO_FIELD_MAPPINGS_WRITE,
        409: COLUMN_MAPPED,
      },
    },
    async ({ params, body }) => {
      const request: proto.UpdateFieldMappingRequest = {
        clientId: params.id,
        mappingId: params.mappingId,
        target: targetOf(body.target),
        customFieldKey: body.customFieldKey ?? '',
      };
      if (body.column !== undefined) request.column = body.column;
      return fieldMappingJsonOf(
        present((await campaigns.UpdateFieldMapping(request)).fieldMapping, 'fieldMapping'),
      );
    },
  );

  operations.add(
    {
      method: 'delete',
      path: '/v1/clients/{id}/field-mappings/{mappingId}',
      operationId: 'deleteFieldMapping',
      tag: 'field mappings',
      summary: 'Delete a field mapping',
      description: `Deletes the mapping. ${NEEDS_FIELD_MAPPINGS_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: FieldMappingParamsSchema,
      response: { status: 204, description: 'The mapping is deleted.' },
      problems: { ...GONE_OR_NO_MAPPING, 403: NO_FIELD_MAPPINGS_WRITE },
    },
    async ({ params }) => {
      await campaigns.DeleteFieldMapping({ clientId: params.id, mappingId: params.mappingId });
    },
  );
}
