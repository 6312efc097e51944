import type { tenancy } from '@atrium/proto';
import { clientPayload } from '../events/client-payload';
import type { AgencyCustomField, AgencyMember, Invitation } from '../generated/prisma/client';
import { clientLoginUrl } from '../domain/branding';
import type { ClientTeam } from '../clients/get-client-team';
import type { AgencyRecord } from '../store/agencies';

export function agencyToProto(agency: AgencyRecord, publicAppUrl: string): tenancy.Agency {
  return {
    id: agency.id,
    name: agency.name,
    createdAt: agency.createdAt.toISOString(),
    displayName: agency.displayName,
    logoUrl: agency.logoUrl,
    primaryColor: agency.primaryColor,
    supportEmail: agency.supportEmail,
    loginSlug: agency.loginSlug ?? '',
    clientLoginUrl: clientLoginUrl(publicAppUrl, agency.loginSlug ?? ''),
  };
}

export const clientToProto = clientPayload;

export function customFieldToProto(field: AgencyCustomField): tenancy.CustomField {
  return { key: field.key, label: field.label, createdAt: field.createdAt.toISOString() };
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

export function memberToProto(member: AgencyMember): tenancy.Member {
  return {
    userId: member.userId,
    name: member.name,
    email: member.email,
    role: member.role,
    joinedAt: member.createdAt.toISOString(),
  };
}

export function teamToProto(team: ClientTeam): tenancy.GetClientTeamResponse {
  return {
    ownerId: team.ownerId,
    ownerName: team.ownerName,
    members: team.members.map(({ userId, name, email }) => ({ userId, name, email })),
  };
}
