import { randomUUID } from 'node:crypto';
import { enqueueEvent } from '@atrium/events';
import { DomainError, type FieldProblem } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { EVENT_SOURCE } from '../events/source';
import { inviteToClient } from '../invitations/client-invitation';
import { recordAudit } from '../store/audit';
import {
  hasPrimaryUser,
  hasUserWithEmail,
  insertInvitedClientUser,
  violatedClientUserIndex,
  type ClientUser,
} from '../store/client-users';
import type { Invitation } from '../store/invitations';
import { inTenant } from '../store/tenant';
import type { Db, Tx } from '../store/transaction';
import { manageClientUsers } from './client-access';
import {
  auditedFields,
  checkEmail,
  checkName,
  checkPhone,
  checkPosition,
  checkRole,
  clientUserPayload,
  refuseProblems,
  type ClientUserFields,
} from './client-user-fields';
import { TENANCY_ERRORS } from '../domain/errors';

export interface CreateClientUserInput {
  clientId: string;
  name: string;
  email: string;
  role: string;
  position: string;
  phone: string;
  /** The agency sets the initial password through identity: answer the raw token, email nothing. */
  withPassword: boolean;
  /** Email the invitation now. */
  sendInvitation: boolean;
  /**
   * The proto's unused field 9: refused when set, since tenancy never sees a password (identity's
   * CreateClientUserWithPassword sets it), rather than creating a user its caller believes has one.
   */
  password?: string;
}

export interface CreatedClientUser {
  clientUser: ClientUser;
  invitation: Invitation | null;
  /** Only with withPassword: for identity's ProvisionInvitedUser, at once. */
  invitationToken: string | null;
}

const PRIMARY_EXISTS = 'The client already has a primary user; hand the role over with make-primary.';
const EMAIL_IN_USE = 'A user of this client already has this email.';

function validate(input: CreateClientUserInput): ClientUserFields {
  const problems: FieldProblem[] = [];
  const fields = {
    name: checkName(input.name, problems),
    email: checkEmail(input.email, problems),
    role: checkRole(input.role, problems),
    position: checkPosition(input.position, problems),
    phone: checkPhone(input.phone, problems),
  };
  if (input.withPassword && input.sendInvitation)
    problems.push({ field: 'sendInvitation', message: 'cannot be true when a password is set' });
  if (input.password)
    problems.push({ field: 'password', message: "is set through identity's CreateClientUserWithPassword" });
  refuseProblems(problems, 'The client user is not valid.');
  return fields;
}

/**
 * Adds a person to a client account (status invited until they have an identity). One primary per
 * client and one user per email within the client: checked first for a clear answer, and settled by
 * the unique indexes when two requests race.
 */
export async function createClientUser(
  db: Db,
  actorOrNone: Actor | undefined,
  input: CreateClientUserInput,
): Promise<CreatedClientUser> {
  const actor = requireActor(actorOrNone);
  const fields = validate(input);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const entry = await manageClientUsers(tx, actor, input.clientId);
    const clientId = entry.client.id;
    if (fields.role === 'primary' && (await hasPrimaryUser(tx, clientId)))
      throw new DomainError(TENANCY_ERRORS.primary_exists, PRIMARY_EXISTS);
    if (await hasUserWithEmail(tx, clientId, fields.email))
      throw new DomainError(TENANCY_ERRORS.email_in_use, EMAIL_IN_USE);
    const clientUser = await insert(tx, {
      id: randomUUID(),
      agencyId: actor.agencyId,
      clientId,
      ...fields,
    });
    const invited =
      input.withPassword || input.sendInvitation
        ? await inviteToClient(tx, actor, clientUser, { email: input.sendInvitation })
        : null;
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.client_user.created',
        subject: `agencies/${actor.agencyId}/clients/${clientId}/users/${clientUser.id}`,
        data: {
          agencyId: actor.agencyId,
          clientId,
          clientUser: clientUserPayload(clientUser),
          createdBy: actor.apiKeyId ?? actor.userId,
        },
      },
      EVENT_SOURCE,
    );
    await recordAudit(tx, actor, {
      action: 'client_user.created',
      targetType: 'client_user',
      targetId: clientUser.id,
      clientId,
      after: auditedFields(clientUser),
    });
    return {
      clientUser,
      invitation: invited?.invitation ?? null,
      invitationToken: input.withPassword ? (invited?.token ?? null) : null,
    };
  });
}

async function insert(
  tx: Tx,
  data: ClientUserFields & { id: string; agencyId: string; clientId: string },
): Promise<ClientUser> {
  try {
    return await insertInvitedClientUser(tx, data);
  } catch (error) {
    // A concurrent request got there first: its row is committed now, the answer is the same.
    const index = violatedClientUserIndex(error);
    if (index === 'primary') throw new DomainError(TENANCY_ERRORS.primary_exists, PRIMARY_EXISTS);
    if (index === 'email') throw new DomainError(TENANCY_ERRORS.email_in_use, EMAIL_IN_USE);
    throw error;
  }
}
