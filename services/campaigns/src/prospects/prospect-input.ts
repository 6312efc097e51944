import {
  checkCustomFields,
  checkEmail,
  checkPhone,
  checkTags,
  checkText,
  valuesOf,
} from '../domain/prospect-fields';
import type { ProspectStatus } from '../domain/prospect-status';
import type { ProspectFields } from '../store/prospects';
import type { ProspectFieldType } from '../domain/prospect-status';

/** A prospect's fields as a caller sends them to create one. */
export interface ProspectInput {
  email: string;
  firstName: string;
  lastName: string;
  company: string;
  position: string;
  phone: string;
  customFields: Record<string, string>;
  tags: string[];
  status: ProspectStatus | null;
}

/** The fields to store, or validation_failed naming every field that is wrong. */
export function prospectFieldsOf(
  input: ProspectInput,
  definitions: ReadonlyMap<string, ProspectFieldType>,
): ProspectFields {
  return {
    ...valuesOf({
      email: checkEmail(input.email),
      firstName: checkText(input.firstName, 'firstName'),
      lastName: checkText(input.lastName, 'lastName'),
      company: checkText(input.company, 'company'),
      position: checkText(input.position, 'position'),
      phone: checkPhone(input.phone),
      customFields: checkCustomFields(input.customFields, definitions),
      tags: checkTags(input.tags),
    }),
    status: input.status ?? 'active',
  };
}

/** A change of a prospect: the fields given, checked; custom fields and tags replace when given. */
export interface ProspectChange {
  email?: string;
  firstName?: string;
  lastName?: string;
  company?: string;
  position?: string;
  phone?: string;
  customFields?: Record<string, string>;
  tags?: string[];
  status?: ProspectStatus;
}

export function prospectChangeOf(
  change: ProspectChange,
  definitions: ReadonlyMap<string, ProspectFieldType>,
): Partial<ProspectFields> {
  const checks = {
    ...(change.email !== undefined && { email: checkEmail(change.email) }),
    ...(change.firstName !== undefined && { firstName: checkText(change.firstName, 'firstName') }),
    ...(change.lastName !== undefined && { lastName: checkText(change.lastName, 'lastName') }),
    ...(change.company !== undefined && { company: checkText(change.company, 'company') }),
    ...(change.position !== undefined && { position: checkText(change.position, 'position') }),
    ...(change.phone !== undefined && { phone: checkPhone(change.phone) }),
    ...(change.customFields !== undefined && {
      customFields: checkCustomFields(change.customFields, definitions),
    }),
    ...(change.tags !== undefined && { tags: checkTags(change.tags) }),
  };
  return { ...valuesOf(checks), ...(change.status !== undefined && { status: change.status }) };
}
