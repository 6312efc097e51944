import { defineService, loadProto, type ServiceRegistration } from '@atrium/grpc';
import {
  PROSPECT_SORT_ORDERS,
  PROSPECT_SORTS,
  SERVICE_PROTO_FILES,
  type campaigns,
  type CampaignsProto,
} from '@atrium/proto';
import { getClientStatus } from '../clients/get-client-status';
import {
  FIELD_MAPPING_TARGETS,
  PROSPECT_ACTIONS,
  PROSPECT_FIELD_TYPES,
  PROSPECT_STATUSES,
} from '../domain/prospect-status';
import * as mappings from '../field-mappings/field-mappings';
import * as lists from '../lists/prospect-lists';
import { getProspect, listProspects } from '../prospects/read-prospects';
import {
  createProspect,
  deleteProspect,
  deleteProspects,
  recordProspectAction,
  updateProspect,
} from '../prospects/write-prospects';
import type { Db } from '../store/transaction';
import { TEMPLATE_CHANNELS } from '../domain/templates';
import { pushTemplate } from '../templates/push-template';
import * as templates from '../templates/templates';
import { enumValue, filterFromProto } from './from-proto';
import {
  clientStatusToProto,
  fieldMappingToProto,
  listToProto,
  prospectFieldToProto,
  prospectToProto,
  pushResultToProto,
  templateToProto,
} from './to-proto';

const status = (value: campaigns.ProspectStatus__Output | undefined, field = 'status') =>
  enumValue(value, 'PROSPECT_STATUS_', PROSPECT_STATUSES, field);
const channel = (value: campaigns.TemplateChannel__Output) =>
  enumValue(value, 'TEMPLATE_CHANNEL_', TEMPLATE_CHANNELS, 'channel');
const mappingTarget = (value: campaigns.FieldMappingTarget__Output) =>
  enumValue(value, 'FIELD_MAPPING_TARGET_', FIELD_MAPPING_TARGETS, 'target');

/** gRPC handlers: proto in, one use case, proto out. */
export function campaignsService(db: Db): ServiceRegistration {
  const proto = loadProto<CampaignsProto>(SERVICE_PROTO_FILES.campaigns);
  return defineService<campaigns.CampaignsServiceDefinition>(
    'atrium.campaigns.v1.CampaignsService',
    proto.atrium.campaigns.v1.CampaignsService.service,
    {
      GetClientStatus: async (request) => clientStatusToProto(await getClientStatus(db, request)),

      ListProspects: async (request, { actor }) => {
        const page = await listProspects(db, actor, {
          clientId: request.clientId,
          filter: filterFromProto(request.filter),
          sort: enumValue(request.sort, 'PROSPECT_SORT_', PROSPECT_SORTS, 'sort'),
          order: enumValue(request.order, 'PROSPECT_SORT_ORDER_', PROSPECT_SORT_ORDERS, 'order'),
          limit: request.limit,
          cursor: request.cursor,
        });
        return { prospects: page.prospects.map(prospectToProto), nextCursor: page.nextCursor ?? '' };
      },
      GetProspect: async (request, { actor }) => ({
        prospect: prospectToProto(await getProspect(db, actor, request)),
      }),
      CreateProspect: async (request, { actor }) => ({
        prospect: prospectToProto(
          await createProspect(db, actor, {
            clientId: request.clientId,
            email: request.email,
            firstName: request.firstName,
            lastName: request.lastName,
            company: request.company,
            position: request.position,
            phone: request.phone,
            customFields: request.customFields,
            tags: request.tags,
            status: status(request.status),
          }),
        ),
      }),
      UpdateProspect: async (request, { actor }) => {
        const changedStatus = status(request.status);
        const prospect = await updateProspect(db, actor, {
          clientId: request.clientId,
          prospectId: request.prospectId,
          change: {
            ...(request.email !== undefined && { email: request.email }),
            ...(request.firstName !== undefined && { firstName: request.firstName }),
            ...(request.lastName !== undefined && { lastName: request.lastName }),
            ...(request.company !== undefined && { company: request.company }),
            ...(request.position !== undefined && { position: request.position }),
            ...(request.phone !== undefined && { phone: request.phone }),
            ...(request.replaceCustomFields && { customFields: request.customFields }),
            ...(request.replaceTags && { tags: request.tags }),
            ...(changedStatus && { status: changedStatus }),
          },
        });
        return { prospect: prospectToProto(prospect) };
      },
      DeleteProspect: async (request, { actor }) => {
        await deleteProspect(db, actor, request);
        return {};
      },
      DeleteProspects: async (request, { actor }) => ({
        deletedCount: await deleteProspects(db, actor, request),
      }),
      RecordProspectAction: async (request, { actor }) => ({
        prospect: prospectToProto(
          await recordProspectAction(db, actor, {
            clientId: request.clientId,
            prospectId: request.prospectId,
            action: enumValue(request.action, 'PROSPECT_ACTION_', PROSPECT_ACTIONS, 'action'),
            performedAt: request.performedAt,
          }),
        ),
      }),

      ListProspectLists: async (request, { actor }) => {
        const page = await lists.listProspectLists(db, actor, request);
        return { lists: page.lists.map(listToProto), nextCursor: page.nextCursor ?? '' };
      },
      CreateProspectList: async (request, { actor }) => ({
        list: listToProto(await lists.createProspectList(db, actor, request)),
      }),
      UpdateProspectList: async (request, { actor }) => ({
        list: listToProto(await lists.updateProspectList(db, actor, request)),
      }),
      DeleteProspectList: async (request, { actor }) => {
        await lists.deleteProspectList(db, actor, request);
        return {};
      },
      AddProspectsToList: async (request, { actor }) => ({
        addedCount: await lists.addProspectsToList(db, actor, {
          clientId: request.clientId,
          listId: request.listId,
          prospectIds: request.prospectIds,
          filter: filterFromProto(request.filter),
        }),
      }),
      RemoveProspectsFromList: async (request, { actor }) => ({
        removedCount: await lists.removeProspectsFromList(db, actor, request),
      }),

      ListProspectFields: async (request, { actor }) => ({
        fields: (await mappings.listProspectFields(db, actor, request)).map(prospectFieldToProto),
      }),
      CreateProspectField: async (request, { actor }) => ({
        field: prospectFieldToProto(
          await mappings.createProspectField(db, actor, {
            clientId: request.clientId,
            key: request.key,
            label: request.label,
            type: enumValue(request.type, 'PROSPECT_FIELD_TYPE_', PROSPECT_FIELD_TYPES, 'type'),
          }),
        ),
      }),
      UpdateProspectField: async (request, { actor }) => ({
        field: prospectFieldToProto(await mappings.updateProspectField(db, actor, request)),
      }),
      DeleteProspectField: async (request, { actor }) => {
        await mappings.deleteProspectField(db, actor, request);
        return {};
      },

      ListFieldMappings: async (request, { actor }) => ({
        fieldMappings: (await mappings.listFieldMappings(db, actor, request)).map(fieldMappingToProto),
      }),
      CreateFieldMapping: async (request, { actor }) => ({
        fieldMapping: fieldMappingToProto(
          await mappings.createFieldMapping(db, actor, {
            clientId: request.clientId,
            column: request.column,
            target: mappingTarget(request.target),
            customFieldKey: request.customFieldKey,
          }),
        ),
      }),
      UpdateFieldMapping: async (request, { actor }) => ({
        fieldMapping: fieldMappingToProto(
          await mappings.updateFieldMapping(db, actor, {
            clientId: request.clientId,
            mappingId: request.mappingId,
            ...(request.column !== undefined && { column: request.column }),
            target: mappingTarget(request.target),
            customFieldKey: request.customFieldKey,
          }),
        ),
      }),
      DeleteFieldMapping: async (request, { actor }) => {
        await mappings.deleteFieldMapping(db, actor, request);
        return {};
      },

      ListTemplates: async (request, { actor }) => {
        const page = await templates.listTemplates(db, actor, request);
        return { templates: page.items.map(templateToProto), nextCursor: page.nextCursor ?? '' };
      },
      GetTemplate: async (request, { actor }) => ({
        template: templateToProto(await templates.getTemplate(db, actor, request)),
      }),
      CreateTemplate: async (request, { actor }) => ({
        template: templateToProto(
          await templates.createTemplate(db, actor, {
            clientId: request.clientId,
            name: request.name,
            channel: channel(request.channel),
            subject: request.subject,
            htmlBody: request.htmlBody,
            textBody: request.textBody,
          }),
        ),
      }),
      UpdateTemplate: async (request, { actor }) => {
        const changedChannel = channel(request.channel);
        const template = await templates.updateTemplate(db, actor, {
          clientId: request.clientId,
          templateId: request.templateId,
          change: {
            ...(request.name !== undefined && { name: request.name }),
            ...(changedChannel && { channel: changedChannel }),
            ...(request.subject !== undefined && { subject: request.subject }),
            ...(request.htmlBody !== undefined && { htmlBody: request.htmlBody }),
            ...(request.textBody !== undefined && { textBody: request.textBody }),
          },
        });
        return { template: templateToProto(template) };
      },
      DeleteTemplate: async (request, { actor }) => {
        await templates.deleteTemplate(db, actor, request);
        return {};
      },
      PushTemplate: async (request, { actor }) => ({
        results: (await pushTemplate(db, actor, request)).map(pushResultToProto),
      }),
    },
  );
}
