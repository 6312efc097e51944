import { randomUUID } from 'node:crypto';
import { operationsOf, type OpenApiDocument, type Operation } from './hostile-requests';

/**
 * The isolation suite's view of the gateway's OpenAPI document: every operation with a path id, which
 * kind of resource each path parameter names, and a valid body per operation, so a call made with
 * another agency's ids reaches the access check instead of stopping at validation.
 */

/** One id of every kind a path parameter names, as one agency holds them. */
export interface Resources {
  client: string;
  clientUser: string;
  member: string;
  role: string;
  customFieldKey: string;
  agencyInvitation: string;
  clientInvitation: string;
  apiKey: string;
  session: string;
  notification: string;
  prospect: string;
  list: string;
  prospectFieldKey: string;
  fieldMapping: string;
  template: string;
  importJob: string;
  cleanupJob: string;
}

/** A resource kind by where its parameter stands: the path before `/{param}`, without `/v1/`. */
const KINDS: Record<string, keyof Resources | (keyof Resources)[]> = {
  clients: 'client',
  'clients/{id}/users': 'clientUser',
  'clients/{id}/invitations': 'clientInvitation',
  'clients/{id}/prospects': 'prospect',
  'clients/{id}/lists': 'list',
  'clients/{id}/prospect-fields': 'prospectFieldKey',
  'clients/{id}/field-mappings': 'fieldMapping',
  'clients/{id}/templates': 'template',
  'agency/members': 'member',
  'agency/roles': 'role',
  'agency/custom-fields': 'customFieldKey',
  'agency/invitations': 'agencyInvitation',
  'agency/api-keys': 'apiKey',
  'me/sessions': 'session',
  notifications: 'notification',
  // Both kinds of job the platform runs: a CSV import (campaigns) and a prospect cleanup.
  jobs: ['importJob', 'cleanupJob'],
};

/**
 * Operations with a path id the suite does not call with another agency's ids, each with why. Any
 * other operation with a path id must be covered: the coverage test fails otherwise.
 */
export const EXCEPTIONS: Record<string, string> = {
  getAvatar: 'public by design: avatars show in emails and sign-in pages, keyed by an unguessable user id',
  getPublicBranding: "public by design: the sign-in page's branding, keyed by the agency's public slug",
  saveCustomField:
    "an upsert in the caller's own agency: the key names a field of the caller's agency, never another's (the snapshot shows A's field unchanged)",
};

/** Person-only operations: an API key is refused them with 403 whatever the id (docs/authorization.md). */
export const PERSON_ONLY = new Set([
  'revokeApiKey',
  'revokeMySession',
  'markNotificationRead',
  'switchIntoClient',
]);

export interface PathOperation extends Operation {
  /** Each path parameter with the kinds of resource it names (a job: either kind). */
  kinds: Record<string, (keyof Resources)[]>;
  /** Whether the path lies inside a client (`/v1/clients/{id}/…` or the client itself). */
  clientScoped: boolean;
}

function kindKey(path: string, name: string): string {
  const before = path.slice(0, path.indexOf(`/{${name}}`));
  return before.replace(/^\/v1\//, '');
}

/** Every operation with a path parameter; `unmapped` names the parameters no kind is known for. */
export function pathOperations(document: OpenApiDocument): {
  operations: PathOperation[];
  unmapped: string[];
} {
  const operations: PathOperation[] = [];
  const unmapped: string[] = [];
  for (const operation of operationsOf(document)) {
    const names = operation.parameters.filter((parameter) => parameter.in === 'path').map((p) => p.name);
    if (names.length === 0) continue;
    const kinds: Record<string, (keyof Resources)[]> = {};
    for (const name of names) {
      const kind = KINDS[kindKey(operation.path, name)];
      if (kind === undefined) unmapped.push(`${operation.operationId} {${name}}`);
      else kinds[name] = Array.isArray(kind) ? kind : [kind];
    }
    operations.push({
      ...operation,
      kinds,
      clientScoped: /^\/v1\/clients\/\{id\}(\/|$)/.test(operation.path),
    });
  }
  return { operations, unmapped };
}

/** What a body may name of the caller's own: ids a valid body refers to. */
export interface BodyIds {
  /** The caller's agency owner, for a team's owner. */
  ownOwner: string;
  /** A client of the caller's own, for a template pushed to it. */
  ownClient: string;
  /** The other agency's prospect, for bodies that list prospects. */
  foreignProspect: string;
}

/** A request body the schema accepts, per operation; the request then meets the access check. */
export type Body = { json: unknown } | { raw: { bytes: string; contentType: string } };

const renamed = { name: 'Renamed By Bravo' };

export const BODIES: Record<string, (ids: BodyIds) => Body> = {
  changeAgencyMemberRole: () => ({ json: { role: 'admin' } }),
  updateAgencyRole: () => ({ json: renamed }),
  saveCustomField: () => ({ json: { label: 'Bravo label' } }),
  updateClient: () => ({ json: renamed }),
  deleteClient: () => ({ json: { confirm: 'Renamed By Bravo' } }),
  transferCredits: () => ({ json: { amount: 1, direction: 'to_client' } }),
  purchaseClientCredits: () => ({ json: { quantity: 1 } }),
  saveClientPaymentMethod: () => ({ json: { token: 'pm_card_visa' } }),
  updateClientBillingSettings: () => ({ json: { licensePrice: 100 } }),
  setClientTeam: ({ ownOwner }) => ({ json: { ownerId: ownOwner, memberIds: [] } }),
  createClientUser: () => ({
    json: { name: 'Ivan Intruder', email: `ivan-${randomUUID().slice(0, 8)}@bravo.test`, role: 'designer' },
  }),
  updateClientUser: () => ({ json: renamed }),
  cleanProspectDatabase: ({ foreignProspect }) => ({
    json: { mode: 'selected', prospectIds: [foreignProspect] },
  }),
  importProspects: () => ({ raw: { bytes: 'email\nimported@bravo.test\n', contentType: 'text/csv' } }),
  createProspect: () => ({ json: { email: `intruder-${randomUUID().slice(0, 8)}@bravo.test` } }),
  updateProspect: () => ({ json: { firstName: 'Renamed' } }),
  bulkDeleteProspects: ({ foreignProspect }) => ({ json: { prospectIds: [foreignProspect] } }),
  createProspectList: () => ({ json: { name: 'Bravo list' } }),
  renameProspectList: () => ({ json: renamed }),
  addProspectsToList: ({ foreignProspect }) => ({ json: { prospectIds: [foreignProspect] } }),
  removeProspectsFromList: ({ foreignProspect }) => ({ json: { prospectIds: [foreignProspect] } }),
  createProspectField: () => ({ json: { key: 'bravo_field', label: 'Bravo field', type: 'text' } }),
  updateProspectField: () => ({ json: { label: 'Renamed' } }),
  createFieldMapping: () => ({ json: { column: 'Bravo column', target: 'email' } }),
  updateFieldMapping: () => ({ json: { column: 'Renamed column' } }),
  createTemplate: () => ({
    json: { name: 'Bravo template', channel: 'email', subject: 'Hi', htmlBody: '<p>Hi</p>', textBody: 'Hi' },
  }),
  updateTemplate: () => ({ json: renamed }),
  pushTemplate: ({ ownClient }) => ({ json: { clientIds: [ownClient] } }),
};

/** Whether an operation takes a body: the suite must then know a valid one. */
export function takesBody(operation: Operation): boolean {
  return operation.jsonBody !== undefined || operation.uploadTypes.length > 0;
}

/** A value of the same kind as a real id that names nothing: a fresh UUID, or a fresh key. */
export function freshValue(kind: keyof Resources, real: string): string {
  if (kind.endsWith('FieldKey')) return `nothing_${randomUUID().slice(0, 8).replace(/-/g, '')}`;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(real)) return randomUUID();
  // Another shape (an API key's id): the same id with its last hex digit changed.
  const last = real.search(/[0-9a-f][^0-9a-f]*$/i);
  const digit = real[last]!.toLowerCase() === '0' ? '1' : '0';
  return `${real.slice(0, last)}${digit}${real.slice(last + 1)}`;
}

/** The request target of `operation` with each path parameter set. */
export function targetOf(operation: Operation, values: Record<string, string>): string {
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} of ${operation.operationId}`);
    return encodeURIComponent(value);
  });
}

/**
 * What in an answer's text belongs to the other agency: its marker word (every name and address of it
 * carries one) and its ids, except those the request itself carried in its URL — a problem's
 * `instance` echoes the path, which tells the caller nothing it did not send.
 */
export function leaksIn(text: string, marker: string, foreignIds: string[], sentValues: string[]): string[] {
  const sent = new Set(sentValues.map((value) => value.toLowerCase()));
  // What the request carried in its URL and the answer echoes (a problem's `instance`) is left out.
  let lower = text.toLowerCase();
  for (const value of sent) lower = lower.split(value).join('');
  const found = lower.includes(marker.toLowerCase()) ? [marker] : [];
  for (const id of foreignIds)
    if (!sent.has(id.toLowerCase()) && lower.includes(id.toLowerCase())) found.push(id);
  return found;
}

/** A problem's status, code and detail, with every value the request sent replaced by its name. */
export function shapeOf(
  answer: { status: number; body?: { code?: string; detail?: string } },
  values: Record<string, string>,
): string {
  let detail = answer.body?.detail ?? '';
  for (const [name, value] of Object.entries(values)) detail = detail.split(value).join(`{${name}}`);
  return `${answer.status} ${answer.body?.code ?? '-'} ${detail}`;
}

/** Runs `work` over `items`, `width` at a time, answering in order. */
export async function inBatches<T, R>(
  items: T[],
  width: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}
