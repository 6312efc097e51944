import type { ListPosition } from '@atrium/db';
import type { Invitation } from '../generated/prisma/client';
import type { Tx } from './db';

export type { Invitation };

/** An invitation as it is first stored: for an agency role, or for a client user of one client. */
export interface NewInvitation {
  id: string;
  agencyId: string;
  /** The client and the client user a client invitation is for. */
  clientId?: string;
  clientUserId?: string;
  email: string;
  name: string;
  role: string;
  /** The custom role a member invitation offers. */
  customRoleId?: string | null;
  tokenHash: string;
  invitedByUserId: string;
  expiresAt: Date;
  /** When it was emailed; null for one created to be sent later, or never. */
  sentAt: Date | null;
}

/**
 * One page of pending invitations (expired ones included), newest first: the agency's member
 * invitations when `clientId` is null, else one client's. A keyset walk on (created_at, id).
 */
export function listPendingInvitations(
  tx: Tx,
  query: { agencyId: string; clientId: string | null; after: ListPosition | null; limit: number },
): Promise<Invitation[]> {
  const { after } = query;
  return tx.invitation.findMany({
    where: {
      agencyId: query.agencyId,
      clientId: query.clientId,
      status: 'pending',
      ...(after && {
        OR: [
          { createdAt: { lt: new Date(after.createdAt) } },
          { createdAt: new Date(after.createdAt), id: { lt: after.id } },
        ],
      }),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: query.limit,
  });
}

/** A pending invitation (expired or not) in the scope named, or null. */
export function findPendingInvitation(
  tx: Tx,
  scope: { agencyId: string; clientId: string | null },
  invitationId: string,
): Promise<Invitation | null> {
  return tx.invitation.findFirst({
    where: { id: invitationId, agencyId: scope.agencyId, clientId: scope.clientId, status: 'pending' },
  });
}

export function insertInvitation(tx: Tx, invitation: NewInvitation): Promise<Invitation> {
  return tx.invitation.create({ data: invitation });
}

/** The invitation behind a token hash, whatever its status. */
export function findInvitationByTokenHash(tx: Tx, tokenHash: string): Promise<Invitation | null> {
  return tx.invitation.findUnique({ where: { tokenHash } });
}

/** Cancels the agency's pending member invitations for this email, so only a newer link works. */
export async function cancelPendingMemberInvitations(tx: Tx, agencyId: string, email: string): Promise<void> {
  await tx.invitation.updateMany({
    where: { agencyId, clientId: null, email, status: 'pending' },
    data: { status: 'cancelled' },
  });
}

/** Cancels the client user's pending invitations, so only a newer link works. */
export async function cancelPendingClientUserInvitations(tx: Tx, clientUserId: string): Promise<void> {
  await tx.invitation.updateMany({
    where: { clientUserId, status: 'pending' },
    data: { status: 'cancelled' },
  });
}

/**
 * Cancels the invitation if it is still pending; null otherwise. Conditional, so a claim that
 * committed meanwhile is never undone.
 */
export async function cancelPendingInvitation(tx: Tx, invitationId: string): Promise<Invitation | null> {
  const [invitation] = await tx.invitation.updateManyAndReturn({
    where: { id: invitationId, status: 'pending' },
    data: { status: 'cancelled' },
  });
  return invitation ?? null;
}

/** Gives a still pending invitation a new token and expiry; null when it is pending no more. */
export async function renewPendingInvitation(
  tx: Tx,
  invitationId: string,
  renewal: { tokenHash: string; expiresAt: Date; sentAt: Date },
): Promise<Invitation | null> {
  const [invitation] = await tx.invitation.updateManyAndReturn({
    where: { id: invitationId, status: 'pending' },
    data: renewal,
  });
  return invitation ?? null;
}

/**
 * Spends the pending, unexpired invitation of this token hash and email for `userId`; null when there
 * is none. The conditional update is the single point of truth: of two concurrent claims only one
 * changes the row.
 */
export async function acceptPendingInvitation(
  tx: Tx,
  claim: { tokenHash: string; email: string; userId: string },
): Promise<Invitation | null> {
  const claimed = await tx.invitation.updateManyAndReturn({
    where: {
      tokenHash: claim.tokenHash,
      status: 'pending',
      expiresAt: { gt: new Date() },
      email: claim.email,
    },
    data: { status: 'accepted', acceptedAt: new Date(), acceptedUserId: claim.userId },
  });
  return claimed[0] ?? null;
}

/** How many pending, unexpired invitations offer the custom role. */
export function countPendingInvitationsOfferingRole(
  tx: Tx,
  agencyId: string,
  roleId: string,
): Promise<number> {
  return tx.invitation.count({
    where: { agencyId, customRoleId: roleId, status: 'pending', expiresAt: { gt: new Date() } },
  });
}
