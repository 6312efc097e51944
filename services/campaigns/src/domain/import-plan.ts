import { DomainError, type FieldProblem } from '@atrium/errors';
import {
  checkCustomValue,
  checkEmail,
  checkPhone,
  checkTags,
  checkText,
  type Checked,
} from './prospect-fields';
import type { FieldMappingTarget, ProspectFieldType } from './prospect-status';

/**
 * How a CSV import reads its file (docs/campaigns.md "Importing a CSV"), as pure functions: which
 * column fills which prospect field, and what one row makes of a prospect.
 */

export const IMPORT_LIMITS = {
  /** The whole file. */
  maxFileBytes: 100 * 1024 * 1024,
  /** One physical line, and (csv-parse's max_record_size, in characters) one record. */
  maxLineBytes: 1024 * 1024,
  maxColumns: 200,
  /** Failed rows listed on the job; every one is counted. */
  maxErrors: 100,
} as const;

/** Header names that map themselves onto a standard field when nothing else maps them. */
const SELF_MAPPED: Record<string, FieldMappingTarget> = {
  email: 'email',
  first_name: 'first_name',
  last_name: 'last_name',
  company: 'company',
  position: 'position',
  phone: 'phone',
  tags: 'tags',
};

/** A column mapping as a caller or a saved field mapping gives it. */
export interface ColumnMapping {
  column: string;
  target: FieldMappingTarget | null;
  customFieldKey: string;
  /** The option that named it, for the problem: e.g. `columns[2]` or `fieldMappingIds[0]`. */
  source: string;
}

/** One column of the file that fills a prospect field. */
export interface PlannedColumn {
  index: number;
  header: string;
  target: FieldMappingTarget;
  customFieldKey: string | null;
}

export type ImportPlan = PlannedColumn[];

const refuse = (detail: string, fields: FieldProblem[]) =>
  new DomainError('validation_failed', detail, { fields });

/**
 * The columns to read, from the header and the mappings (inline ones, or saved ones, already chosen
 * by the caller), or validation_failed naming the option or `file`. `explicit` mappings must each
 * find their column; implicit ones (every saved mapping of the client) apply where they do.
 */
export function planColumns(
  header: readonly string[],
  mappings: readonly ColumnMapping[],
  explicit: boolean,
  definitions: ReadonlyMap<string, ProspectFieldType>,
): ImportPlan {
  if (header.length > IMPORT_LIMITS.maxColumns)
    throw refuse('The file has too many columns.', [
      {
        field: 'file',
        message: `line 1 has ${header.length} columns; at most ${IMPORT_LIMITS.maxColumns}`,
      },
    ]);
  const byName = new Map<string, number>();
  header.forEach((name, index) => {
    const key = name.trim().toLowerCase();
    if (key !== '' && !byName.has(key)) byName.set(key, index);
  });
  const problems: FieldProblem[] = [];
  const plan = new Map<number, PlannedColumn>();
  for (const mapping of mappings) {
    if (!mapping.target) {
      problems.push({ field: `${mapping.source}.target`, message: 'is required' });
      continue;
    }
    if (mapping.target === 'custom' && !definitions.has(mapping.customFieldKey)) {
      problems.push({
        field: `${mapping.source}.customFieldKey`,
        message: 'is not a custom prospect field of the client',
      });
      continue;
    }
    const index = byName.get(mapping.column.trim().toLowerCase());
    if (index === undefined) {
      if (explicit)
        problems.push({
          field: `${mapping.source}.column`,
          message: `names "${mapping.column}", which line 1 (the header) does not hold`,
        });
      continue;
    }
    plan.set(index, {
      index,
      header: header[index]!,
      target: mapping.target,
      customFieldKey: mapping.target === 'custom' ? mapping.customFieldKey : null,
    });
  }
  header.forEach((name, index) => {
    const target = SELF_MAPPED[name.trim().toLowerCase()];
    if (target && !plan.has(index)) plan.set(index, { index, header: name, target, customFieldKey: null });
  });
  const seen = new Map<string, string>();
  for (const column of plan.values()) {
    const key = column.target === 'custom' ? `custom.${column.customFieldKey}` : column.target;
    const other = seen.get(key);
    if (other !== undefined)
      problems.push({
        field: 'file',
        message: `columns "${other}" and "${column.header}" both fill ${key}; map only one of them`,
      });
    seen.set(key, column.header);
  }
  if (!seen.has('email'))
    problems.push({
      field: 'file',
      message: 'line 1 (the header) has no column mapped onto the email: name one "email" or map it',
    });
  if (problems.length > 0) throw refuse('The file cannot be imported as given.', problems);
  return [...plan.values()].sort((a, b) => a.index - b.index);
}

/** A row as a prospect: fields left empty in the file are empty here and never overwrite. */
export interface ImportedProspect {
  email: string;
  firstName: string;
  lastName: string;
  company: string;
  position: string;
  phone: string;
  customFields: Record<string, string>;
  tags: string[];
}

export type RowResult =
  { ok: true; prospect: ImportedProspect } | { ok: false; field: string; message: string };

const TEXT_FIELDS = {
  first_name: 'firstName',
  last_name: 'lastName',
  company: 'company',
  position: 'position',
} as const;

/** What one record of the file makes of a prospect, checked as every prospect write is. */
export function prospectOfRow(
  record: readonly string[],
  columnCount: number,
  plan: ImportPlan,
  definitions: ReadonlyMap<string, ProspectFieldType>,
): RowResult {
  if (record.length > columnCount)
    return { ok: false, field: '', message: `has ${record.length} cells; the header has ${columnCount}` };
  const prospect: ImportedProspect = {
    email: '',
    firstName: '',
    lastName: '',
    company: '',
    position: '',
    phone: '',
    customFields: {},
    tags: [],
  };
  for (const column of plan) {
    const cell = record[column.index] ?? '';
    let checked: Checked<unknown>;
    if (column.target === 'email') {
      checked = checkEmail(cell);
      if (checked.ok) prospect.email = checked.value as string;
    } else if (cell.trim() === '') {
      continue;
    } else if (column.target === 'phone') {
      checked = checkPhone(cell);
      if (checked.ok) prospect.phone = checked.value as string;
    } else if (column.target === 'tags') {
      checked = checkTags(cell.split(/[,;]/).filter((tag) => tag.trim() !== ''));
      if (checked.ok) prospect.tags = checked.value as string[];
    } else if (column.target === 'custom') {
      const key = column.customFieldKey!;
      checked = checkCustomValue(definitions.get(key)!, cell, `customFields.${key}`);
      if (checked.ok) prospect.customFields[key] = checked.value as string;
    } else {
      const field = TEXT_FIELDS[column.target];
      checked = checkText(cell, field);
      if (checked.ok) prospect[field] = (checked.value as string).trim();
    }
    if (!checked.ok) return { ok: false, field: checked.problem.field, message: checked.problem.message };
  }
  return { ok: true, prospect };
}
