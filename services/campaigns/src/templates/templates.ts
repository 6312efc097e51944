import { randomUUID } from 'node:crypto';
import { decodeCursor, pageOf, pageSize } from '@atrium/db';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/grpc';
import { inClient, type ClientScope } from '../clients/client-scope';
import { checkIds } from '../domain/prospect-fields';
import { checkTemplate, type TemplateChannel } from '../domain/templates';
import { listProspectFields } from '../store/field-mappings';
import {
  deleteTemplate as removeTemplate,
  findTemplate,
  insertTemplate,
  listTemplates as listPage,
  saveTemplateChange,
  type TemplateRecord,
} from '../store/templates';
import type { Db, Tx } from '../store/transaction';

/**
 * A client's templates (docs/campaigns.md "Templates and the master account"). Every change needs
 * templates:write, which designers hold and read-only users do not (docs/product.md "Client roles").
 */
export const TEMPLATES_WRITE = 'templates:write';

/** The keys of the client's custom prospect fields: what merge fields may name besides the standard ones. */
export async function customFieldKeys(tx: Tx, clientId: string): Promise<Set<string>> {
  return new Set((await listProspectFields(tx, clientId)).map((field) => field.key));
}

async function requireTemplate(tx: Tx, scope: ClientScope, templateId: string): Promise<TemplateRecord> {
  const checked = checkIds([templateId], 'templateId');
  const template = checked.ok ? await findTemplate(tx, scope.clientId, checked.value[0]!) : null;
  if (!template) throw new DomainError('not_found', 'No such template.');
  return template;
}

export function listTemplates(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; limit: number; cursor: string },
): Promise<{ items: TemplateRecord[]; nextCursor: string | null }> {
  return inClient(db, actor, request.clientId, undefined, async (tx, scope) => {
    const limit = pageSize(request.limit);
    const after = request.cursor ? decodeCursor(request.cursor) : null;
    return pageOf(await listPage(tx, scope.clientId, after, limit), limit);
  });
}

export function getTemplate(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; templateId: string },
): Promise<TemplateRecord> {
  return inClient(db, actor, request.clientId, undefined, (tx, scope) =>
    requireTemplate(tx, scope, request.templateId),
  );
}

export interface TemplateInput {
  name: string;
  channel: TemplateChannel | null;
  subject: string;
  htmlBody: string;
  textBody: string;
}

export function createTemplate(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string } & TemplateInput,
): Promise<TemplateRecord> {
  return inClient(db, actor, request.clientId, TEMPLATES_WRITE, async (tx, scope) => {
    const content = checkTemplate(request, await customFieldKeys(tx, scope.clientId));
    return insertTemplate(tx, scope, randomUUID(), content);
  });
}

export function updateTemplate(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; templateId: string; change: Partial<TemplateInput> },
): Promise<TemplateRecord> {
  return inClient(db, actor, request.clientId, TEMPLATES_WRITE, async (tx, scope) => {
    const template = await requireTemplate(tx, scope, request.templateId);
    const { change } = request;
    const content = checkTemplate(
      {
        name: change.name ?? template.name,
        channel: change.channel ?? template.channel,
        subject: change.subject ?? template.subject,
        htmlBody: change.htmlBody ?? template.htmlBody,
        textBody: change.textBody ?? template.textBody,
      },
      await customFieldKeys(tx, scope.clientId),
    );
    return saveTemplateChange(tx, template.id, content, template.pushedFrom !== null);
  });
}

export async function deleteTemplate(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; templateId: string },
): Promise<void> {
  await inClient(db, actor, request.clientId, TEMPLATES_WRITE, async (tx, scope) => {
    await removeTemplate(tx, (await requireTemplate(tx, scope, request.templateId)).id);
  });
}
