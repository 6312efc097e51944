import { DomainError, type FieldProblem } from '@atrium/errors';
import type { tenancy } from '@atrium/proto';
import { CLIENT_ROLES, type ClientRole } from '../domain/permissions';
import { isPhoneNumber, PHONE_LIMITS } from '../domain/phone';
import type { ClientUser } from '../store/client-users';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The editable fields of a client user as validated, trimmed and normalised. */
export interface ClientUserFields {
  name: string;
  email: string;
  role: ClientRole;
  position: string;
  phone: string;
}

export function checkName(name: string, problems: FieldProblem[]): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 120)
    problems.push({ field: 'name', message: 'must be 1 to 120 characters' });
  return trimmed;
}

export function checkPosition(position: string, problems: FieldProblem[]): string {
  const trimmed = position.trim();
  if (trimmed.length > 120) problems.push({ field: 'position', message: 'must be at most 120 characters' });
  return trimmed;
}

export function checkPhone(phone: string, problems: FieldProblem[]): string {
  const trimmed = phone.trim();
  if (trimmed !== '' && !isPhoneNumber(trimmed, PHONE_LIMITS.clientUser))
    problems.push({ field: 'phone', message: 'must be a phone number of at most 40 characters' });
  return trimmed;
}

export function checkEmail(email: string, problems: FieldProblem[]): string {
  const normalised = email.trim().toLowerCase();
  if (!EMAIL.test(normalised) || normalised.length > 254)
    problems.push({ field: 'email', message: 'must be an email' });
  return normalised;
}

export function checkRole(role: string, problems: FieldProblem[]): ClientRole {
  if (!(CLIENT_ROLES as readonly string[]).includes(role))
    problems.push({ field: 'role', message: `must be one of ${CLIENT_ROLES.join(', ')}` });
  return role as ClientRole;
}

export function refuseProblems(problems: FieldProblem[], detail: string): void {
  if (problems.length > 0) throw new DomainError('validation_failed', detail, { fields: problems });
}

/** A client user as the ClientUser proto message: what RPC answers and the client_user events carry. */
export function clientUserPayload(clientUser: ClientUser): tenancy.ClientUser {
  return {
    id: clientUser.id,
    agencyId: clientUser.agencyId,
    clientId: clientUser.clientId,
    identityUserId: clientUser.identityUserId ?? '',
    name: clientUser.name,
    email: clientUser.email,
    position: clientUser.position,
    phone: clientUser.phone,
    role: clientUser.role,
    status: clientUser.status,
    createdAt: clientUser.createdAt.toISOString(),
    updatedAt: clientUser.updatedAt.toISOString(),
    lastActivityAt: clientUser.lastActivityAt?.toISOString() ?? '',
  };
}

/** The fields the audit log and client_user.updated compare. */
export function auditedFields(clientUser: ClientUser): Record<string, unknown> {
  return {
    name: clientUser.name,
    email: clientUser.email,
    position: clientUser.position,
    phone: clientUser.phone,
    role: clientUser.role,
    status: clientUser.status,
    identityUserId: clientUser.identityUserId,
  };
}
