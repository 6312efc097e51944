import type { campaigns as proto } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { present, protoEnum } from '../shared/contract';
import { ClientParamsSchema, listAnswer, pageOf } from '../shared/fields';
import { CLIENT_GONE } from '../shared/prospects';
import { pushAnswerOf, templateJsonOf } from './mapper';
import {
  CreateTemplateRequestSchema,
  ListTemplatesQuerySchema,
  MasterTemplateParamsSchema,
  PushTemplateRequestSchema,
  PushTemplateResponseSchema,
  TemplatePageSchema,
  TemplateParamsSchema,
  TemplateSchema,
  UpdateTemplateRequestSchema,
} from './schemas';

const NEEDS_TEMPLATES_WRITE =
  'Needs `templates:write` in the client: its primary, administrators and designers, and agency users who ' +
  'may enter it; read-only users may not.';
const NO_TEMPLATES_WRITE = 'The caller may enter the client but lacks `templates:write` (`forbidden`).';
const BAD_TEXT =
  'A merge field that names neither a prospect field nor a custom field of the client, or an email template ' +
  'without a subject (`validation_failed` naming the field).';
const GONE_OR_NO_TEMPLATE = {
  ...CLIENT_GONE,
  404: `${CLIENT_GONE[404]} The client has no template with this id (\`not_found\`).`,
};

/** A client's templates and the master account's push (docs/campaigns.md), served by campaigns. */
export function addTemplateRoutes(operations: OperationRouter, backends: Pick<Backends, 'campaigns'>): void {
  const { campaigns } = backends;

  operations.add(
    {
      method: 'get',
      path: '/v1/clients/{id}/templates',
      operationId: 'listTemplates',
      tag: 'templates',
      summary: "List a client's templates",
      description:
        "The client's email and direct-mail templates, newest first. Anyone who may enter the client.",
      authenticated: true,
      access: { client: 'id' },
      params: ClientParamsSchema,
      query: ListTemplatesQuerySchema,
      response: { status: 200, description: 'One page of templates.', schema: TemplatePageSchema },
      problems: CLIENT_GONE,
    },
    async ({ params, query }) => {
      const page = await campaigns.ListTemplates({ clientId: params.id, ...pageOf(query) });
      return listAnswer(page.templates, templateJsonOf, page.nextCursor);
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/templates',
      operationId: 'createTemplate',
      tag: 'templates',
      summary: 'Create a template',
      description: `Adds an email or direct-mail template to the client. ${NEEDS_TEMPLATES_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: ClientParamsSchema,
      body: CreateTemplateRequestSchema,
      response: { status: 201, description: 'The template.', schema: TemplateSchema },
      problems: { ...CLIENT_GONE, 400: BAD_TEXT, 403: NO_TEMPLATES_WRITE },
    },
    async ({ params, body }) => {
      const created = await campaigns.CreateTemplate({
        clientId: params.id,
        name: body.name,
        channel: protoEnum<proto.TemplateChannel>('TEMPLATE_CHANNEL_', body.channel),
        subject: body.subject ?? '',
        htmlBody: body.htmlBody ?? '',
        textBody: body.textBody ?? '',
      });
      return templateJsonOf(present(created.template, 'template'));
    },
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/clients/{id}/templates/{templateId}',
      operationId: 'getTemplate',
      tag: 'templates',
      summary: 'Get a template',
      description:
        'One template of the client, with where it was pushed from. Anyone who may enter the client.',
      authenticated: true,
      access: { client: 'id' },
      params: TemplateParamsSchema,
      response: { status: 200, description: 'The template.', schema: TemplateSchema },
      problems: GONE_OR_NO_TEMPLATE,
    },
    async ({ params }) =>
      templateJsonOf(
        present(
          (await campaigns.GetTemplate({ clientId: params.id, templateId: params.templateId })).template,
          'template',
        ),
      ),
  );

  operations.add(
    {
      method: 'patch',
      path: '/v1/clients/{id}/templates/{templateId}',
      operationId: 'updateTemplate',
      tag: 'templates',
      summary: 'Change a template',
      description:
        'Changes the fields sent. A copy pushed from the master client counts as edited from then on, and later ' +
        `pushes leave it alone. ${NEEDS_TEMPLATES_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: TemplateParamsSchema,
      body: UpdateTemplateRequestSchema,
      response: { status: 200, description: 'The template as it is now.', schema: TemplateSchema },
      problems: { ...GONE_OR_NO_TEMPLATE, 400: BAD_TEXT, 403: NO_TEMPLATES_WRITE },
    },
    async ({ params, body }) => {
      const request: proto.UpdateTemplateRequest = { clientId: params.id, templateId: params.templateId };
      if (body.name !== undefined) request.name = body.name;
      if (body.channel !== undefined)
        request.channel = protoEnum<proto.TemplateChannel>('TEMPLATE_CHANNEL_', body.channel);
      if (body.subject !== undefined) request.subject = body.subject;
      if (body.htmlBody !== undefined) request.htmlBody = body.htmlBody;
      if (body.textBody !== undefined) request.textBody = body.textBody;
      return templateJsonOf(present((await campaigns.UpdateTemplate(request)).template, 'template'));
    },
  );

  operations.add(
    {
      method: 'delete',
      path: '/v1/clients/{id}/templates/{templateId}',
      operationId: 'deleteTemplate',
      tag: 'templates',
      summary: 'Delete a template',
      description: `Deletes the template; a later push from the master client makes a new copy. ${NEEDS_TEMPLATES_WRITE}`,
      authenticated: true,
      access: { client: 'id' },
      params: TemplateParamsSchema,
      response: { status: 204, description: 'The template is deleted.' },
      problems: { ...GONE_OR_NO_TEMPLATE, 403: NO_TEMPLATES_WRITE },
    },
    async ({ params }) => {
      await campaigns.DeleteTemplate({ clientId: params.id, templateId: params.templateId });
    },
  );

  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/templates/{templateId}/push',
      operationId: 'pushTemplate',
      tag: 'templates',
      summary: 'Push a template from the master client',
      description:
        "Copies a template of the agency's master client (`isMaster`) into each client named, with its " +
        'provenance: a client without a copy gets one, an unedited copy is updated, and an edited copy is ' +
        'reported as skipped, as is a client lacking a custom field the template merges or an id of no client ' +
        'of the agency. Needs `templates:write` in the master and `clients:read_all` (agency owners and ' +
        'admins), since it writes into clients without entering them one by one.',
      authenticated: true,
      access: { client: 'id' },
      params: MasterTemplateParamsSchema,
      body: PushTemplateRequestSchema,
      response: {
        status: 200,
        description: 'What the push did in each client.',
        schema: PushTemplateResponseSchema,
      },
      problems: {
        ...GONE_OR_NO_TEMPLATE,
        400: '`clientIds` names the master client itself (`validation_failed` naming `clientIds`).',
        403: 'The caller lacks `templates:write` in the master client, or `clients:read_all` (`forbidden`).',
        409: "The client is not the agency's master client (`not_master_client`).",
      },
    },
    async ({ params, body }) =>
      pushAnswerOf(
        await campaigns.PushTemplate({
          clientId: params.id,
          templateId: params.templateId,
          targetClientIds: body.clientIds,
        }),
      ),
  );
}
