import type { tenancy } from '@atrium/proto';
import { clientPayload } from '../events/client-payload';
import { clientLoginUrl } from '../domain/branding';
import { isRenewalDueSoon } from '../domain/client-fields';
import type { ClientTeam } from '../clients/get-client-team';
import type { AgencyRoleView } from '../roles/agency-role-view';
import type { AgencyRecord } from '../store/agencies';
import type { ListedAuditEntry } from '../store/audit';
import type { ClientListRow } from '../store/client-list';
import type { AgencyCustomField } from '../store/custom-fields';
import type { Invitation } from '../store/invitations';
import type { Job } from '../store/jobs';
import type { AgencyMember } from '../store/members';

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
    contactEmail: agency.contactEmail,
    phone: agency.phone,
    address: {
      street: agency.addressStreet,
      city: agency.addressCity,
      postalCode: agency.addressPostalCode,
      country: agency.addressCountry,
    },
    currency: agency.currency,
    timeZone: agency.timeZone,
  };
}

export const clientToProto = clientPayload;

/** A row of the client list as ClientListItem. */
export function clientListItemToProto(row: ClientListRow, now = new Date()): tenancy.ClientListItem {
  return {
    id: row.id,
    name: row.name,
    tags: row.tags,
    status: row.status,
    accountType: row.accountType,
    isMaster: row.isMaster,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    accountManagerId: row.accountManagerId ?? '',
    createdAt: row.createdAt,
    lastActivityAt: row.lastActivityAt,
    counters: {
      storedProspects: row.storedProspects,
      connectedProspects: row.connectedProspects,
      runningCampaigns: row.runningCampaigns,
      toBeContacted: row.toBeContacted,
      enrolments: row.enrolments,
    },
    renewalDate: row.renewalDate ?? '',
    renewalDueSoon: isRenewalDueSoon(row.renewalDate, now),
  };
}

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
    customRoleId: invitation.customRoleId ?? '',
    clientUserId: invitation.clientUserId ?? '',
    sentAt: invitation.sentAt?.toISOString() ?? '',
  };
}

export function memberToProto(
  member: AgencyMember & { customRole?: { name: string } | null },
): tenancy.Member {
  return {
    userId: member.userId,
    name: member.name,
    email: member.email,
    role: member.role,
    joinedAt: member.createdAt.toISOString(),
    customRoleId: member.customRoleId ?? '',
    customRoleName: member.customRole?.name ?? '',
  };
}

export function teamToProto(team: ClientTeam): tenancy.GetClientTeamResponse {
  return {
    ownerId: team.ownerId,
    ownerName: team.ownerName,
    members: team.members.map(({ userId, name, email }) => ({ userId, name, email })),
  };
}

// Client deletion and prospect cleanup.
export function jobToProto(job: Job): tenancy.Job {
  const params = job.params as { mode?: string };
  return {
    id: job.id,
    agencyId: job.agencyId,
    clientId: job.clientId,
    kind: job.kind,
    status: job.status,
    progress: job.progress,
    ...(job.total === null ? {} : { total: job.total }),
    mode: params.mode ?? '',
    requestedBy: job.requestedBy,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
    failure: job.failure,
  };
}

// Custom roles and the audit log.
export function agencyRoleToProto(role: AgencyRoleView): tenancy.AgencyRole {
  return {
    id: role.id,
    name: role.name,
    description: role.description,
    permissions: [...role.permissions],
    builtIn: role.builtIn,
    memberCount: role.memberCount,
    createdAt: role.createdAt?.toISOString() ?? '',
    updatedAt: role.updatedAt?.toISOString() ?? '',
  };
}

export function auditEntryToProto(entry: ListedAuditEntry): tenancy.AuditEntry {
  return {
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    actor: { id: entry.actorId, kind: entry.actorKind, name: entry.actorName ?? '' },
    actingAsClientId: entry.actingAsClientId ?? '',
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    clientId: entry.clientId ?? '',
    requestId: entry.requestId ?? '',
    beforeJson: entry.before === null ? '' : JSON.stringify(entry.before),
    afterJson: entry.after === null ? '' : JSON.stringify(entry.after),
  };
}
