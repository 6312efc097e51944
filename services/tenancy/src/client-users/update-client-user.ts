import { enqueueEvent } from '@atrium/events';
import { DomainError, type FieldProblem } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { EVENT_SOURCE } from '../events/source';
import { changedFields, recordAudit } from '../store/audit';
import { updateClientUserFields, type ClientUser } from '../store/client-users';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { findUserOf, manageClientUsers } from './client-access';
import {
  auditedFields,
  checkName,
  checkPhone,
  checkPosition,
  clientUserPayload,
  refuseProblems,
} from './client-user-fields';

export interface ClientUserPatch {
  name?: string;
  position?: string;
  phone?: string;
  role?: string;
  status?: string;
}

// The primary changes only through make-primary, so PATCH moves roles among these.
const ASSIGNABLE_ROLES = ['administrator', 'designer', 'read_only'];
const SETTABLE_STATUSES = ['active', 'disabled'];

function validate(patch: ClientUserPatch): ClientUserPatch {
  const problems: FieldProblem[] = [];
  const valid: ClientUserPatch = {};
  if (patch.name !== undefined) valid.name = checkName(patch.name, problems);
  if (patch.position !== undefined) valid.position = checkPosition(patch.position, problems);
  if (patch.phone !== undefined) valid.phone = checkPhone(patch.phone, problems);
  if (patch.role !== undefined) {
    if (patch.role === 'primary')
      problems.push({ field: 'role', message: 'cannot be set here: use make-primary' });
    else if (!ASSIGNABLE_ROLES.includes(patch.role))
      problems.push({ field: 'role', message: `must be one of ${ASSIGNABLE_ROLES.join(', ')}` });
    valid.role = patch.role;
  }
  if (patch.status !== undefined) {
    if (!SETTABLE_STATUSES.includes(patch.status))
      problems.push({ field: 'status', message: `must be one of ${SETTABLE_STATUSES.join(', ')}` });
    valid.status = patch.status;
  }
  refuseProblems(problems, 'The change is not valid.');
  return valid;
}

function conflict(field: string, detail: string): DomainError {
  return new DomainError('conflict', detail, { fields: [{ field, message: detail }] });
}

/**
 * Changes a client user's profile fields, role (not to or from primary) or status (active ↔ disabled:
 * a disabled person keeps their row but loses access at once). The primary can be neither demoted
 * nor disabled here, so the account always keeps someone in full control.
 */
export async function updateClientUser(
  db: Db,
  actorOrNone: Actor | undefined,
  input: { clientId: string; userId: string; patch: ClientUserPatch },
): Promise<ClientUser> {
  const actor = requireActor(actorOrNone);
  const patch = validate(input.patch);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const entry = await manageClientUsers(tx, actor, input.clientId);
    const current = await findUserOf(tx, entry, input.userId);
    if (patch.role !== undefined && patch.role !== current.role && current.role === 'primary')
      throw conflict('role', 'The primary keeps the role until it is handed over with make-primary.');
    if (patch.status !== undefined && patch.status !== current.status) {
      if (current.status === 'invited')
        throw conflict('status', 'The user has not joined yet: cancel the invitation or remove them.');
      if (current.role === 'primary')
        throw conflict('status', 'The primary cannot be disabled: hand the role over first.');
    }
    const changes = changedFields(auditedFields(current), { ...auditedFields(current), ...patch });
    const changed = Object.keys(changes.after);
    if (changed.length === 0) return current;
    const clientUser = await updateClientUserFields(tx, current.id, patch);
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.client_user.updated',
        subject: `agencies/${actor.agencyId}/clients/${current.clientId}/users/${current.id}`,
        data: {
          agencyId: actor.agencyId,
          clientId: current.clientId,
          changedFields: changed,
          clientUser: clientUserPayload(clientUser),
          updatedBy: actor.apiKeyId ?? actor.userId,
        },
      },
      EVENT_SOURCE,
    );
    await recordAudit(tx, actor, {
      action: 'client_user.updated',
      targetType: 'client_user',
      targetId: current.id,
      clientId: current.clientId,
      ...changes,
    });
    return clientUser;
  });
}
