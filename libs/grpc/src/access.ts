import type { Actor } from '@atrium/logger';
import { DomainError } from './errors';

/**
 * The checks of a service that does not own access (billing, campaigns): the gateway resolved from
 * tenancy what the caller may do (Actor.agencyPermissions, Actor.clientAccess; docs/authorization.md)
 * and the service only compares. Both fail closed: an actor without the resolved field is refused.
 */

/** The caller, who must act for an agency: unauthenticated without one. */
export function requireAgencyActor(actor: Actor | undefined): Actor & { agencyId: string } {
  if (!actor?.agencyId) throw new DomainError('unauthenticated', 'The call carries no agency actor.');
  return actor as Actor & { agencyId: string };
}

/** The agency permission `permission`, or forbidden. */
export function requireAgencyPermission(
  actor: Actor | undefined,
  permission: string,
): Actor & { agencyId: string } {
  const agencyActor = requireAgencyActor(actor);
  if (!agencyActor.agencyPermissions?.includes(permission))
    throw new DomainError('forbidden', `This needs the agency permission ${permission}.`);
  return agencyActor;
}

/**
 * Entry to `clientId`, and the client permission `permission` when one is named. A client the caller
 * may not enter answers not_found, never forbidden, so its existence does not leak; entering without
 * the permission answers forbidden.
 */
export function requireClientPermission(
  actor: Actor | undefined,
  clientId: string,
  permission?: string,
): Actor & { agencyId: string } {
  const agencyActor = requireAgencyActor(actor);
  const access = agencyActor.clientAccess;
  if (!access || access.clientId !== clientId) throw new DomainError('not_found', 'No such client.');
  if (permission && !access.permissions.includes(permission))
    throw new DomainError('forbidden', `This needs the client permission ${permission}.`);
  return agencyActor;
}

/**
 * Inside `clientId`, a right agency users and the client's own users hold through different
 * permissions (billing: the client's card needs billing:manage of an agency user, payment_methods:manage
 * of a client user). An agency user who enters a client holds every client permission, so the client
 * permission alone cannot tell the two apart: which one counts follows ClientAccess.clientUser, which
 * the gateway resolved from tenancy. Entry as requireClientPermission; without the right, forbidden.
 */
export function requireClientOrAgencyPermission(
  actor: Actor | undefined,
  clientId: string,
  permissions: { agency: string; client: string },
): Actor & { agencyId: string } {
  const entered = requireClientPermission(actor, clientId);
  const allowed =
    entered.clientAccess!.clientUser === true
      ? entered.clientAccess!.permissions.includes(permissions.client)
      : (entered.agencyPermissions ?? []).includes(permissions.agency);
  if (!allowed)
    throw new DomainError(
      'forbidden',
      `This needs the agency permission ${permissions.agency}, or ${permissions.client} as a user of the client.`,
    );
  return entered;
}
