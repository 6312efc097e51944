import type { campaigns } from '@atrium/proto';
import type { ClientStatus, KnownClientStatus } from '../domain/client-status';
import type { FieldMappingRecord, ProspectFieldRecord } from '../store/field-mappings';
import type { ProspectListRecord } from '../store/prospect-lists';
import type { ProspectRecord } from '../store/prospects';
import type { TemplateRecord } from '../store/templates';
import type { PushResult } from '../templates/push-template';

const CLIENT_STATUS: Record<ClientStatus, campaigns.ProjectedClientStatus> = {
  active: 'PROJECTED_CLIENT_STATUS_ACTIVE',
  inactive: 'PROJECTED_CLIENT_STATUS_INACTIVE',
  deleted: 'PROJECTED_CLIENT_STATUS_DELETED',
};

export function clientStatusToProto(known: KnownClientStatus): campaigns.GetClientStatusResponse {
  return { status: CLIENT_STATUS[known.status], changedAt: known.changedAt.toISOString() };
}

/** A domain value as its proto enum names it: "bounced" with PROSPECT_STATUS_ is PROSPECT_STATUS_BOUNCED. */
function enumName<T extends string | number>(prefix: string, value: string): T {
  return `${prefix}${value.toUpperCase()}` as T;
}

const time = (at: Date | null) => at?.toISOString() ?? '';

export function prospectToProto(prospect: ProspectRecord): campaigns.Prospect {
  return {
    id: prospect.id,
    clientId: prospect.clientId,
    email: prospect.email,
    firstName: prospect.firstName,
    lastName: prospect.lastName,
    company: prospect.company,
    position: prospect.position,
    phone: prospect.phone,
    customFields: prospect.customFields,
    tags: prospect.tags,
    status: enumName<campaigns.ProspectStatus>('PROSPECT_STATUS_', prospect.status),
    lastContactedAt: time(prospect.lastContactedAt),
    emailValidatedAt: time(prospect.emailValidatedAt),
    emailSentAt: time(prospect.emailSentAt),
    taskDoneAt: time(prospect.taskDoneAt),
    listIds: prospect.listIds,
    createdAt: prospect.createdAt.toISOString(),
    updatedAt: prospect.updatedAt.toISOString(),
  };
}

export function listToProto(list: ProspectListRecord): campaigns.ProspectList {
  return {
    id: list.id,
    clientId: list.clientId,
    name: list.name,
    prospectCount: list.prospectCount,
    createdAt: list.createdAt.toISOString(),
    updatedAt: list.updatedAt.toISOString(),
  };
}

export function prospectFieldToProto(field: ProspectFieldRecord): campaigns.ProspectField {
  return {
    key: field.key,
    label: field.label,
    type: enumName<campaigns.ProspectFieldType>('PROSPECT_FIELD_TYPE_', field.type),
    createdAt: field.createdAt.toISOString(),
  };
}

export function fieldMappingToProto(mapping: FieldMappingRecord): campaigns.FieldMapping {
  return {
    id: mapping.id,
    clientId: mapping.clientId,
    column: mapping.column,
    target: enumName<campaigns.FieldMappingTarget>('FIELD_MAPPING_TARGET_', mapping.target),
    customFieldKey: mapping.customFieldKey ?? '',
    createdAt: mapping.createdAt.toISOString(),
  };
}

export function templateToProto(template: TemplateRecord): campaigns.Template {
  return {
    id: template.id,
    clientId: template.clientId,
    name: template.name,
    channel: enumName<campaigns.TemplateChannel>('TEMPLATE_CHANNEL_', template.channel),
    subject: template.subject,
    htmlBody: template.htmlBody,
    textBody: template.textBody,
    ...(template.pushedFrom && {
      pushedFrom: {
        sourceClientId: template.pushedFrom.sourceClientId,
        sourceTemplateId: template.pushedFrom.sourceTemplateId,
        pushedAt: template.pushedFrom.pushedAt.toISOString(),
        edited: template.pushedFrom.edited,
      },
    }),
    createdAt: template.createdAt.toISOString(),
    updatedAt: template.updatedAt.toISOString(),
  };
}

export function pushResultToProto(result: PushResult): campaigns.TemplatePushResult {
  return {
    clientId: result.clientId,
    outcome: enumName<campaigns.TemplatePushOutcome>('TEMPLATE_PUSH_OUTCOME_', result.outcome),
    templateId: result.templateId ?? '',
    unknownMergeFields: result.unknownMergeFields,
  };
}
