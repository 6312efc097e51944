import { randomUUID } from 'node:crypto';
import { DomainError } from '@atrium/errors';
import { requireAgencyPermission, type Actor } from '@atrium/grpc';
import type { TemplatePushOutcomeValue } from '@atrium/proto';
import { inClient } from '../clients/client-scope';
import { CAMPAIGNS_ERRORS } from '../domain/errors';
import { checkIds, valuesOf } from '../domain/prospect-fields';
import { unknownMergeFields } from '../domain/templates';
import { findClientMaster, findClients } from '../store/clients';
import {
  findTemplate,
  insertTemplate,
  lockCopies,
  lockTemplatePushes,
  refreshCopy,
} from '../store/templates';
import type { Db } from '../store/transaction';
import { customFieldKeys, TEMPLATES_WRITE } from './templates';

/** At most this many clients per push. */
export const PUSH_TARGETS_MAX = 100;

export interface PushResult {
  clientId: string;
  outcome: TemplatePushOutcomeValue;
  templateId: string | null;
  unknownMergeFields: string[];
}

/**
 * Pushes a template of the agency's master client to other clients of the agency
 * (docs/campaigns.md "Templates and the master account"), in one transaction of the agency: each
 * client without a copy gets one naming its source, each unedited copy is written over, and an edited
 * copy, a client whose custom fields lack a merge field of the template, or an id of no client of the
 * agency is reported and left alone. It writes into clients the gateway did not resolve one by one,
 * so besides templates:write in the master it needs clients:read_all, which reaches every client.
 */
export function pushTemplate(
  db: Db,
  actor: Actor | undefined,
  request: { clientId: string; templateId: string; targetClientIds: string[] },
): Promise<PushResult[]> {
  return inClient(db, actor, request.clientId, TEMPLATES_WRITE, async (tx, scope) => {
    requireAgencyPermission(actor, 'clients:read_all');
    if (!(await findClientMaster(tx, scope.clientId))?.isMaster)
      throw new DomainError(
        CAMPAIGNS_ERRORS.not_master_client,
        "Templates are pushed from the agency's master client; this client is not it.",
      );
    const checkedId = checkIds([request.templateId], 'templateId');
    const template = checkedId.ok ? await findTemplate(tx, scope.clientId, checkedId.value[0]!) : null;
    if (!template) throw new DomainError('not_found', 'No such template.');
    const { targets } = valuesOf({
      targets: checkIds(request.targetClientIds, 'clientIds', PUSH_TARGETS_MAX),
    });
    if (targets.includes(scope.clientId))
      throw new DomainError('validation_failed', 'The master client cannot push to itself.', {
        fields: [{ field: 'clientIds', message: 'must not include the master client' }],
      });

    await lockTemplatePushes(tx, template.id);
    const known = await findClients(tx, targets);
    const copies = await lockCopies(tx, template.id, targets);
    const { name, channel, subject, htmlBody, textBody } = template;
    const content = { name, channel, subject, htmlBody, textBody };
    const results: PushResult[] = [];
    for (const clientId of targets) {
      const result = (outcome: TemplatePushOutcomeValue, templateId: string | null, unknown: string[] = []) =>
        results.push({ clientId, outcome, templateId, unknownMergeFields: unknown });
      const client = known.get(clientId);
      if (!client || client.status === 'deleted') {
        result('not_found', null);
        continue;
      }
      const copy = copies.get(clientId);
      if (copy?.edited) {
        result('skipped_edited', copy.id);
        continue;
      }
      const unknown = unknownMergeFields([subject, htmlBody, textBody], await customFieldKeys(tx, clientId));
      if (unknown.length > 0) {
        result('skipped_unknown_merge_field', copy?.id ?? null, unknown);
      } else if (copy) {
        await refreshCopy(tx, copy.id, content);
        result('updated', copy.id);
      } else {
        const created = await insertTemplate(
          tx,
          { agencyId: scope.agencyId, clientId },
          randomUUID(),
          content,
          {
            sourceClientId: scope.clientId,
            sourceTemplateId: template.id,
          },
        );
        result('created', created.id);
      }
    }
    return results;
  });
}
