import { DomainError, type FieldProblem } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { isUuid } from '../domain/ids';
import { recordAudit } from '../store/audit';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';

/** A write request the gateway answered for someone acting through a switch token. */
export interface SwitchAction {
  method: string;
  /** The route template, e.g. "/v1/clients/{id}/team". */
  route: string;
  statusCode: number;
}

const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const ROUTE = /^\/[A-Za-z0-9/{}._-]{0,199}$/;

function problemsOf(action: SwitchAction): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!WRITE_METHODS.has(action.method))
    problems.push({ field: 'method', message: 'must be POST, PUT, PATCH or DELETE' });
  if (!ROUTE.test(action.route))
    problems.push({ field: 'route', message: 'must be a route template of at most 200 characters' });
  if (!Number.isInteger(action.statusCode) || action.statusCode < 100 || action.statusCode > 599)
    problems.push({ field: 'statusCode', message: 'must be an HTTP status' });
  return problems;
}

/**
 * Records one use of a switch token that asked to change something, whichever service served it (or
 * refused it): the audit entry names the real agency user, the client they acted as, the request id
 * and the route template with the status answered. Tenancy's own writes record their detailed entries
 * besides; this one is what makes writes to other services' data traceable to the switch.
 */
export async function recordSwitchAction(
  db: Db,
  actorOrNone: Actor | undefined,
  action: SwitchAction,
): Promise<void> {
  const actor = requireActor(actorOrNone);
  const clientId = actor.actingAsClientId;
  if (!clientId || !isUuid(clientId) || actor.apiKeyId)
    throw new DomainError('forbidden', 'Only requests made with a switch token are recorded here.');
  const problems = problemsOf(action);
  if (problems.length > 0)
    throw new DomainError('validation_failed', 'The switch action is not valid.', { fields: problems });
  const target = `${action.method} ${action.route}`;
  await inTenant(db, { agencyId: actor.agencyId }, (tx) =>
    recordAudit(tx, actor, {
      action: 'client.switch_action',
      targetType: 'route',
      targetId: target,
      clientId,
      after: { method: action.method, route: action.route, statusCode: action.statusCode },
    }),
  );
}
