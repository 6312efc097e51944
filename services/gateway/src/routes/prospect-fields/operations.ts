import type { campaigns as proto } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { present, protoEnum } from '../shared/contract';
import { ClientParamsSchema } from '../shared/fields';
import { CLIENT_GONE, NEEDS_FIELD_MAPPINGS_WRITE, NO_FIELD_MAPPINGS_WRITE } from '../shared/prospects';
import { prospectFieldJsonOf } from './mapper';
import {
  CreateProspectFieldRequestSchema,
  ProspectFieldListSchema,
  ProspectFieldParamsSchema,
  ProspectFieldSchema,
  UpdateProspectFieldRequestSchema,
} from './schemas';

const GONE_OR_NO_FIELD = {
  ...CLIENT_GONE,
  404: `${CLIENT_GONE[404]} The client has no custom prospect field with this key (\`not_found\`).`,
};

/** A client's custom prospect fields (docs/campaigns.md "Custom prospect fields"), served by campaigns. */
export function addProspectFieldRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'campaigns'>,
): void {
  const { campaigns } = backends;

  operations.add(
    {
      method: 'get',
      path: '/v1/clients/{id}/prospect-fields',
      operationId: 'listProspectFields',
      tag: 'prospect fields',
      summary: "List a client's custom prospect fields",
      description:
        "The custom fields the client's prospects may carry, oldest first. Anyone who may enter the client.",
      authenticated: true,
      access: { client: 'id' },
      params: ClientParamsSchema,
      response: { status: 200, description: 'Every custom field.', schema: ProspectFieldListSchema },
      problems: CLIENT_GONE,
    },
    async ({ params }) => ({
      items: (await campaigns.ListProspectFields({ clientId: params.id })).fields.map(prospectFieldJsonOf),
    }),
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/prospect-fields',
      operationId: 'createProspectField',
      tag: 'prospect fields',
      summary: 'Define a custom prospect field',
      description: `Defines a custom field for the client's prospects. ${NEEDS_FIELD_MAPPINGS_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: ClientParamsSchema,
      body: CreateProspectFieldRequestSchema,
      response: { status: 201, description: 'The field.', schema: ProspectFieldSchema },
      problems: {
        ...CLIENT_GONE,
        403: NO_FIELD_MAPPINGS_WRITE,
        409: 'The client has a field with this key (`prospect_field_exists`).',
      },
    },
    async ({ params, body }) =>
      prospectFieldJsonOf(
        present(
          (
            await campaigns.CreateProspectField({
              clientId: params.id,
              key: body.key,
              label: body.label,
              type: protoEnum<proto.ProspectFieldType>('PROSPECT_FIELD_TYPE_', body.type),
            })
          ).field,
          'field',
        ),
      ),
  );

  operations.add(
    {
      method: 'patch',
      path: '/v1/clients/{id}/prospect-fields/{key}',
      operationId: 'updateProspectField',
      tag: 'prospect fields',
      summary: 'Relabel a custom prospect field',
      description: `Changes the field's label; its key and type stay. ${NEEDS_FIELD_MAPPINGS_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: ProspectFieldParamsSchema,
      body: UpdateProspectFieldRequestSchema,
      response: { status: 200, description: 'The field as it is now.', schema: ProspectFieldSchema },
      problems: { ...GONE_OR_NO_FIELD, 403: NO_FIELD_MAPPINGS_WRITE },
    },
    async ({ params, body }) =>
      prospectFieldJsonOf(
        present(
          (await campaigns.UpdateProspectField({ clientId: params.id, key: params.key, label: body.label }))
            .field,
          'field',
        ),
      ),
  );

  operations.add(
    {
      method: 'delete',
      path: '/v1/clients/{id}/prospect-fields/{key}',
      operationId: 'deleteProspectField',
      tag: 'prospect fields',
      summary: 'Delete a custom prospect field',
      description:
        'Deletes the field: its values leave every prospect, and the field mappings onto it are deleted with it. ' +
        NEEDS_FIELD_MAPPINGS_WRITE,
      authenticated: true,
      access: { client: 'id' },
      params: ProspectFieldParamsSchema,
      response: { status: 204, description: 'The field is deleted.' },
      problems: { ...GONE_OR_NO_FIELD, 403: NO_FIELD_MAPPINGS_WRITE },
    },
    async ({ params }) => {
      await campaigns.DeleteProspectField({ clientId: params.id, key: params.key });
    },
  );
}
