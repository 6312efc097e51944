/** A client account's status as tenancy's lifecycle events tell it (docs/events.md). */
export type ClientStatus = 'active' | 'inactive' | 'deleted';

/** A status and when tenancy changed it (the event's ce-time). */
export interface KnownClientStatus {
  status: ClientStatus;
  changedAt: Date;
}

/**
 * What a lifecycle event makes of the status known so far, or null when it changes nothing. Events
 * of one stream mostly arrive in order, but a failed one is retried after later ones: an older
 * change than the one known is ignored. Deleted is final, so a late event cannot bring back a client
 * whose data was purged.
 */
export function nextClientStatus(
  known: KnownClientStatus | null,
  change: KnownClientStatus,
): KnownClientStatus | null {
  if (!known) return change;
  if (known.status === 'deleted') return null;
  if (change.status !== 'deleted' && change.changedAt < known.changedAt) return null;
  if (change.status === known.status) return null;
  return change;
}

/**
 * Whether an event about the master flag changes what is known: a retried event older than the one
 * that set it changes nothing, as for the status.
 */
export function masterChanges(
  known: { isMaster: boolean; changedAt: Date | null } | null,
  change: { isMaster: boolean; changedAt: Date },
): boolean {
  if (!known) return true;
  if (known.changedAt && change.changedAt < known.changedAt) return false;
  return known.isMaster !== change.isMaster || known.changedAt === null;
}
