import { DomainError } from '@atrium/errors';
import { requireAgencyPermission, requireClientPermission } from '@atrium/grpc';
import type { Actor } from '@atrium/logger';

/** Whose card a call is about: the agency's own (clientId null) or one of its clients'. */
export interface CardOwner {
  agencyId: string;
  clientId: string | null;
}

/**
 * Who may manage a card (docs/billing.md): the agency's needs billing:manage; a client's needs entry
 * to the client and, for an agency user, billing:manage, for a client user payment_methods:manage
 * (the primary user). Client users hold no agency permission (docs/authorization.md), while an agency
 * user entering a client holds every client permission, so the client permission counts only for a
 * caller whose resolved agency permissions are none. Both checks fail closed on an unresolved actor.
 */
export function authorizeCardOwner(actor: Actor | undefined, clientId: string): CardOwner {
  if (!clientId)
    return { agencyId: requireAgencyPermission(actor, 'billing:manage').agencyId, clientId: null };
  const entered = requireClientPermission(actor, clientId);
  const agencyPermissions = entered.agencyPermissions ?? [];
  const allowed =
    agencyPermissions.includes('billing:manage') ||
    (entered.agencyPermissions !== undefined &&
      agencyPermissions.length === 0 &&
      entered.apiKeyId === undefined &&
      entered.clientAccess!.permissions.includes('payment_methods:manage'));
  if (!allowed)
    throw new DomainError(
      'forbidden',
      "This needs billing:manage, or payment_methods:manage as the client's user.",
    );
  return { agencyId: entered.agencyId, clientId };
}
