import { DomainError, type FieldProblem } from '@atrium/errors';
import type { ClientFields } from '../domain/client-fields';
import { lockAgency } from '../store/agencies';
import { findOtherMasterClient } from '../store/clients';
import { definedCustomFieldKeys } from '../store/custom-fields';
import { existingMemberIds } from '../store/members';
import type { Tx } from '../store/transaction';

/**
 * What the fields name must exist in the agency: owner and account manager are members, custom
 * property keys are defined. Only the fields in `check` are looked at, so an update is not refused
 * for a reference it did not touch.
 */
export async function checkReferences(
  tx: Tx,
  agencyId: string,
  fields: ClientFields,
  check: { people: boolean; customProperties: boolean },
): Promise<void> {
  const problems: FieldProblem[] = [];
  if (check.people) {
    const people = [fields.ownerId, ...(fields.accountManagerId ? [fields.accountManagerId] : [])];
    const members = await existingMemberIds(tx, agencyId, people);
    if (!members.has(fields.ownerId))
      problems.push({ field: 'ownerId', message: 'is not a member of this agency' });
    if (fields.accountManagerId && !members.has(fields.accountManagerId))
      problems.push({ field: 'accountManagerId', message: 'is not a member of this agency' });
  }
  const keys = Object.keys(fields.customProperties);
  if (check.customProperties && keys.length > 0) {
    const known = await definedCustomFieldKeys(tx, agencyId, keys);
    for (const key of keys.filter((key) => !known.has(key)))
      problems.push({ field: `customProperties.${key}`, message: 'is not a custom field of this agency' });
  }
  if (problems.length > 0)
    throw new DomainError('validation_failed', 'The client names what this agency does not have.', {
      fields: problems,
    });
}

/** One master client per agency: the caller locked the agency row, so the check cannot race. */
export async function checkSingleMaster(tx: Tx, agencyId: string, clientId: string | null): Promise<void> {
  await lockAgency(tx, agencyId);
  const other = await findOtherMasterClient(tx, agencyId, clientId);
  if (other) {
    throw new DomainError('conflict', `"${other.name}" is already the agency's master client.`, {
      fields: [{ field: 'isMaster', message: 'the agency already has a master client' }],
    });
  }
}
