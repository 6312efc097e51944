import { requireAgencyPermission, requireClientOrAgencyPermission } from '@atrium/grpc';
import type { Actor } from '@atrium/logger';

/** Whose card a call is about: the agency's own (clientId null) or one of its clients'. */
export interface CardOwner {
  agencyId: string;
  clientId: string | null;
}

/**
 * Who may manage a card (docs/billing.md): the agency's needs billing:manage; a client's needs entry
 * to the client and, for an agency user (or API key), billing:manage, for a user of the client
 * payment_methods:manage (the primary user). Which of the two the caller is comes from the access the
 * gateway resolved (ClientAccess.clientUser), never from the permission lists: an agency user inside a
 * client holds every client permission. Both checks fail closed on an unresolved actor.
 */
export function authorizeCardOwner(actor: Actor | undefined, clientId: string): CardOwner {
  if (!clientId)
    return { agencyId: requireAgencyPermission(actor, 'billing:manage').agencyId, clientId: null };
  const { agencyId } = requireClientOrAgencyPermission(actor, clientId, {
    agency: 'billing:manage',
    client: 'payment_methods:manage',
  });
  return { agencyId, clientId };
}
