import type { tenancy } from '@atrium/proto';
import type { Agency, Invitation } from '../generated/prisma/client';
import type { ClientRow } from '../store/clients';

export function agencyToProto(agency: Agency): tenancy.Agency {
  return { id: agency.id, name: agency.name, createdAt: agency.createdAt.toISOString() };
}

export function clientToProto(client: ClientRow): tenancy.Client {
  return {
    id: client.id,
    agencyId: client.agencyId,
    name: client.name,
    description: client.description,
    website: client.website,
    tags: client.tags,
    status: client.status,
    accountType: client.accountType,
    region: client.region,
    isMaster: client.isMaster,
    ownerId: client.ownerId,
    ownerName: client.ownerName,
    accountManagerId: client.accountManagerId ?? '',
    createdAt: client.createdAt.toISOString(),
    lastActivityAt: client.lastActivityAt.toISOString(),
    counters: {
      storedProspects: client.storedProspects,
      connectedProspects: client.connectedProspects,
      runningCampaigns: client.runningCampaigns,
      toBeContacted: client.toBeContacted,
      enrolments: client.enrolments,
    },
  };
}

export function invitationToProto(invitation: Invitation): tenancy.Invitation {
  const expired = invitation.status === 'pending' && invitation.expiresAt <= new Date();
  return {
    id: invitation.id,
    agencyId: invitation.agencyId,
    clientId: invitation.clientId ?? '',
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    status: expired ? 'expired' : invitation.status,
    invitedByUserId: invitation.invitedByUserId,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
