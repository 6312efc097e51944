import {
  DomainError,
  clientStream,
  defineService,
  loadProto,
  type CallInfo,
  type ClientStreamMethod,
  type Implementation,
  type ServiceRegistration,
  type UnaryMethod,
} from '@atrium/grpc';
import {
  SERVICE_PROTO_FILES,
  type billing,
  type BillingProto,
  type campaigns,
  type CampaignsProto,
  type identity,
  type IdentityProto,
  type notification,
  type NotificationProto,
  type tenancy,
  type TenancyProto,
} from '@atrium/proto';
import { SERVICE_ERRORS } from './service-errors';

/** What a stub received: the decoded request and the call's context (actor, request id, metadata). */
export interface Received<Request> {
  request: Request;
  call: CallInfo;
}

type RequestOf<Method> = Method extends (request: infer Request, call: CallInfo) => unknown ? Request : never;

/**
 * Wraps every handler so a test can read what each RPC received, in order. RPCs the stub leaves out
 * fail when called, so RPCs a backend adds break no test that does not use them.
 */
function recording<D>(implementation: Partial<Implementation<D>>) {
  const handlers = implementation as unknown as Record<string, UnaryMethod<unknown, unknown>>;
  const received = new Map<string, Received<unknown>[]>();
  const wrapped: Record<string, UnaryMethod<unknown, unknown>> = {};
  for (const [name, handle] of Object.entries(handlers)) {
    const calls: Received<unknown>[] = [];
    received.set(name, calls);
    wrapped[name] = (request, call) => {
      calls.push({ request, call });
      return handle(request, call);
    };
  }
  return {
    /** The stub's handlers, plus a failing one for each RPC of `service` it leaves out. */
    implementationOf(service: object): Implementation<D> {
      const complete: Record<string, UnaryMethod<unknown, unknown> | ClientStreamMethod<unknown, unknown>> = {
        ...wrapped,
      };
      const unanswered = (name: string) => async () => {
        throw new Error(`the stub does not answer ${name}`);
      };
      // A client-streaming RPC the stub does not answer must still be declared as one.
      for (const [name, method] of Object.entries(service as Record<string, { requestStream?: boolean }>))
        complete[name] ??= method.requestStream ? clientStream(unanswered(name)) : unanswered(name);
      return complete as unknown as Implementation<D>;
    },
    /** Every call of one RPC so far; the same array all along, so it may be kept. */
    calls<K extends keyof Implementation<D> & string>(name: K): Received<RequestOf<Implementation<D>[K]>>[] {
      const calls = received.get(name);
      if (!calls) throw new Error(`the stub has no RPC ${name}`);
      return calls as Received<RequestOf<Implementation<D>[K]>>[];
    },
  };
}

export const SESSION_ID = '5e55a0e0-0000-4000-8000-000000000001';
export const OTHER_SESSION_ID = '5e55a0e0-0000-4000-8000-000000000002';
export const UNKNOWN_ID = '00000000-0000-4000-8000-00000000dead';
export const AVATAR_USER_ID = 'a0a0a0a0-0000-4000-8000-000000000001';
export const API_KEY_ID = 'a11e0000-0000-4000-8000-000000000001';
export const API_KEY_SECRET = 'atr_k3yS3cr3t0123456789abcdefghijklmnopqrstu';
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

export const session = {
  tokens: { accessToken: 'access-token', refreshToken: 'refresh-token', expiresIn: 900 },
  user: { id: 'user-1', email: 'ada@example.com', name: 'Ada', createdAt: '2026-01-01T00:00:00.000Z' },
  agency: { id: 'agency-1', name: 'Northwind' },
};

/** The API's form of session.user: empty proto strings become null. */
export const sessionUserJson = {
  id: 'user-1',
  email: 'ada@example.com',
  name: 'Ada',
  phone: null,
  position: null,
  avatarUrl: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};

export const apiKey: identity.ApiKey__Output = {
  id: API_KEY_ID,
  agencyId: 'agency-1',
  name: 'Credit distribution',
  prefix: 'atr_k3yS3cr3',
  permissions: ['clients:read_all', 'clients:create'],
  createdByUserId: 'user-1',
  createdAt: '2026-02-01T10:00:00.000Z',
  lastUsedAt: '',
};

function matchesImage(contentType: string, data: Buffer): boolean {
  if (contentType === 'image/png') return data.subarray(0, 8).equals(PNG.subarray(0, 8));
  if (contentType === 'image/jpeg') return data.subarray(0, 3).equals(JPEG.subarray(0, 3));
  return false;
}

export function identityStub(jwksJson: () => string) {
  /** What GetUser answers; a test may change it to see whether the gateway asks again. */
  const profile: identity.User__Output = {
    ...session.user,
    phone: '',
    position: '',
    avatarUrl: '',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  const avatars = new Map<string, { contentType: string; data: Buffer; etag: string }>([
    [AVATAR_USER_ID, { contentType: 'image/png', data: PNG, etag: 'v7' }],
  ]);
  /** Secrets identity has revoked; VerifyApiKey refuses them. */
  const revokedSecrets = new Set<string>();
  const recorder = recording<identity.IdentityServiceDefinition>({
    SignUp: async (request) => {
      if (request.email === 'taken@example.com')
        throw new DomainError(SERVICE_ERRORS.email_in_use, 'That email already has an account.');
      return session;
    },
    Login: async (request) => {
      if (request.password === 'locked') {
        throw new DomainError(SERVICE_ERRORS.account_locked, 'Too many failed attempts.', {
          retryAfterSeconds: 900,
        });
      }
      if (request.password !== 'right password') {
        throw new DomainError(SERVICE_ERRORS.invalid_credentials, 'The email or password is not correct.');
      }
      return session;
    },
    GetUser: async (request) => ({ user: { ...profile, id: request.userId } }),
    GetJwks: async () => ({ jwksJson: jwksJson() }),
    Refresh: async (request) => {
      if (request.refreshToken !== 'refresh-token')
        throw new DomainError('unauthenticated', 'The refresh token is not valid.');
      return { ...session, tokens: { ...session.tokens, refreshToken: 'refresh-token-2' } };
    },
    Logout: async () => ({}),
    ListSessions: async (_request, call) => ({
      sessions: [SESSION_ID, OTHER_SESSION_ID].map((id) => ({
        id,
        userAgent: id === SESSION_ID ? 'atrium-test/1.0' : '',
        ip: id === SESSION_ID ? '203.0.113.9' : '',
        createdAt: '2026-02-01T10:00:00.000Z',
        lastUsedAt: '2026-02-02T10:00:00.000Z',
        expiresAt: '2026-03-03T10:00:00.000Z',
        current: call.actor?.sessionId === id,
      })),
    }),
    RevokeSession: async (request) => {
      if (request.sessionId === UNKNOWN_ID) throw new DomainError('not_found', 'You have no such session.');
      return {};
    },
    ChangePassword: async (request) => {
      if (request.currentPassword !== 'right password')
        throw new DomainError(SERVICE_ERRORS.invalid_credentials, 'The current password is not correct.', {
          fields: [{ field: 'currentPassword', message: 'is not correct' }],
        });
      if (request.newPassword === 'password')
        throw new DomainError('validation_failed', 'The new password is too common.', {
          fields: [{ field: 'newPassword', message: 'is too common' }],
        });
      return {};
    },
    RequestPasswordReset: async () => ({}),
    ConfirmPasswordReset: async (request) => {
      if (request.token === 'spent-token')
        throw new DomainError(SERVICE_ERRORS.invalid_token, 'The link was already used.');
      if (request.newPassword === 'password')
        throw new DomainError('validation_failed', 'The new password is too common.', {
          fields: [{ field: 'newPassword', message: 'is too common' }],
        });
      return {};
    },
    AcceptInvitation: async (request) => {
      if (request.token === 'spent-token')
        throw new DomainError(SERVICE_ERRORS.invalid_token, 'The invitation was already accepted.');
      if (request.token === 'client-invitation')
        return { ...session, clientId: 'client-1', role: 'designer' };
      return { ...session, clientId: '', role: 'member' };
    },
    UpdateUser: async (request) => {
      if (request.name !== undefined) profile.name = request.name;
      if (request.phone !== undefined) profile.phone = request.phone;
      if (request.position !== undefined) profile.position = request.position;
      return { user: profile };
    },
    SetAvatar: async (request, call) => {
      if (!matchesImage(request.contentType, request.data))
        throw new DomainError(SERVICE_ERRORS.invalid_image, 'The file is not the image its type says.');
      const etag = `v${avatars.size + 1}`;
      avatars.set(call.actor!.userId, { contentType: request.contentType, data: request.data, etag });
      profile.avatarUrl = `/v1/users/${call.actor!.userId}/avatar?v=${etag}`;
      return { user: profile };
    },
    RemoveAvatar: async (_request, call) => {
      avatars.delete(call.actor!.userId);
      profile.avatarUrl = '';
      return { user: profile };
    },
    GetAvatar: async (request) => {
      const avatar = avatars.get(request.userId);
      if (!avatar) throw new DomainError('not_found', 'This person has no avatar.');
      return avatar;
    },
    CreateApiKey: async (request) => {
      if (request.permissions.includes('billing:manage'))
        throw new DomainError('forbidden', 'You cannot give a key billing:manage.');
      return {
        apiKey: { ...apiKey, name: request.name, permissions: request.permissions },
        secret: API_KEY_SECRET,
      };
    },
    ListApiKeys: async () => ({ apiKeys: [apiKey] }),
    RevokeApiKey: async (request) => {
      if (request.apiKeyId === UNKNOWN_ID) throw new DomainError('not_found', 'Your agency has no such key.');
      return {};
    },
    VerifyApiKey: async (request) => {
      if (request.secret !== API_KEY_SECRET || revokedSecrets.has(request.secret))
        throw new DomainError('unauthenticated', 'The API key is not valid.');
      return { apiKey };
    },
  });
  const service = loadProto<IdentityProto>(SERVICE_PROTO_FILES.identity).atrium.identity.v1.IdentityService
    .service;
  const registration = defineService<identity.IdentityServiceDefinition>(
    'atrium.identity.v1.IdentityService',
    service,
    recorder.implementationOf(service),
  );
  return {
    registration,
    calls: recorder.calls,
    signUps: recorder.calls('SignUp'),
    logins: recorder.calls('Login'),
    profile,
    revokedSecrets,
  };
}

// The permissive type: grpc-js fills in what a stub leaves out, as fields the tenancy proto adds.
/** The client as a row of the client list. */
function listItemOf(client: tenancy.Client): tenancy.ClientListItem {
  const { id, name, tags, status, accountType, isMaster, ownerId, ownerName, accountManagerId } = client;
  const { createdAt, lastActivityAt, counters, renewalDate, renewalDueSoon } = client;
  return {
    ...{ id, name, tags, status, accountType, isMaster, ownerId, ownerName, accountManagerId },
    ...{ createdAt, lastActivityAt, counters, renewalDate, renewalDueSoon },
  };
}

export const storedClient: tenancy.Client = {
  id: 'client-1',
  agencyId: 'agency-1',
  name: 'Contoso Dental',
  description: '',
  website: 'https://contoso.example',
  tags: ['dental'],
  status: 'active',
  accountType: 'full',
  region: 'EU',
  isMaster: false,
  ownerId: 'user-1',
  ownerName: 'Ada',
  accountManagerId: '',
  createdAt: '2026-02-01T10:00:00.000Z',
  lastActivityAt: '',
  counters: {
    storedProspects: 120,
    connectedProspects: 80,
    runningCampaigns: 2,
    toBeContacted: 10,
    enrolments: 100,
  },
  customProperties: [{ key: 'crm_id', value: 'CRM-0042' }],
  companyProfile: {
    legalName: 'Contoso Dental GmbH',
    street: '',
    city: 'Berlin',
    postalCode: '',
    country: 'DE',
  },
  companyProfileComplete: false,
  profileContact: { name: 'Carla', email: 'carla@contoso.example', phone: '' },
  billingContact: { name: '', email: '', phone: '' },
  billingMode: 'agency_managed',
  renewalDate: '2026-03-01',
  renewalDueSoon: true,
  settings: {
    adsEnabled: true,
    clientMayRebrand: true,
    directSupport: true,
    emailSendLimitPerMonth: 0,
    engagementSuppression: true,
  },
  updatedAt: '2026-02-02T10:00:00.000Z',
};

export const OWNER_ID = '0e0e0e0e-0000-4000-8000-000000000001';
export const MEMBER_ID = '0e0e0e0e-0000-4000-8000-000000000002';
/** A member who owns clients: removing them needs transferClientsTo. */
export const CLIENT_OWNER_ID = '0e0e0e0e-0000-4000-8000-000000000003';
export const CLIENT_ID = 'c1c1c1c1-0000-4000-8000-000000000001';
export const DELETING_CLIENT_ID = 'c1c1c1c1-0000-4000-8000-00000000dead';
/** Another client of agency-1 that GetClientAccess lets everyone into, for switch tokens of CLIENT_ID. */
export const OTHER_CLIENT_ID = 'c1c1c1c1-0000-4000-8000-000000000002';
/** What an agency user who may enter a client holds there, as the stub answers it. */
export const AGENCY_USER_CLIENT_PERMISSIONS = ['templates:write', 'campaigns:write', 'users:manage'];

export const storedAgency: tenancy.Agency__Output = {
  id: 'agency-1',
  name: 'Northwind',
  createdAt: '2026-01-01T00:00:00.000Z',
  displayName: 'Northwind Marketing',
  logoUrl: '',
  primaryColor: '#1a73e8',
  supportEmail: '',
  loginSlug: 'northwind',
  clientLoginUrl: 'https://app.atrium.example/login/northwind',
  contactEmail: '',
  phone: '',
  address: { street: '', city: '', postalCode: '', country: '' },
  currency: 'USD',
  timeZone: 'UTC',
};

function member(userId: string, role: string): tenancy.Member__Output {
  return {
    userId,
    name: role === 'owner' ? 'Ada' : 'Bo',
    email: role === 'owner' ? 'ada@example.com' : 'bo@example.com',
    role,
    joinedAt: '2026-01-02T00:00:00.000Z',
    customRoleId: '',
    customRoleName: '',
  };
}

function teamMember(userId: string): tenancy.TeamMember__Output {
  return { userId, name: 'Bo', email: 'bo@example.com' };
}

/** Tenancy's rule for API keys and people alike: the stub lets people through and checks keys. */
function requireKeyPermission(call: CallInfo, permission: string): void {
  if (call.actor?.apiKeyId !== undefined && !call.actor.apiKeyPermissions?.includes(permission))
    throw new DomainError('forbidden', `This action needs the ${permission} permission.`);
}

export function tenancyStub() {
  /** The agency GetAgency answers and UpdateAgency changes. */
  const agency: tenancy.Agency__Output = { ...storedAgency };
  /** The agency role GetAccess answers per user id: `owner` unless set; `none` answers not_found. */
  const roles = new Map<string, string>();
  /**
   * What GetClientAccess answers per `${caller id} ${client id}`: the client permissions held there, or
   * `none` (not_found). Unset: an agency user of the stub's agency enters CLIENT_ID and OTHER_CLIENT_ID
   * with AGENCY_USER_CLIENT_PERMISSIONS, an API key only with clients:read_all.
   */
  const clientGrants = new Map<string, string[] | 'none'>();
  const recorder = recording<tenancy.TenancyServiceDefinition>({
    GetPermissionCatalogue: async () => ({
      agencyPermissions: [{ name: 'clients:create', description: 'Create clients' }],
      clientPermissions: [{ name: 'campaigns:write', description: 'Create, edit and delete campaigns' }],
      agencyRoles: [{ name: 'owner', description: 'Everything', permissions: ['clients:create'] }],
      clientRoles: [{ name: 'primary', description: 'Full control', permissions: ['campaigns:write'] }],
      agencyUserClientPermissions: ['campaigns:write'],
    }),
    GetAgency: async () => ({ agency }),
    UpdateAgency: async (request, call) => {
      requireKeyPermission(call, 'organization:manage');
      if (request.loginSlug === 'taken')
        throw new DomainError('conflict', 'Another agency has this login slug.', {
          fields: [{ field: 'loginSlug', message: 'is taken' }],
        });
      if (request.loginSlug === 'admin')
        throw new DomainError('validation_failed', 'The login slug is reserved.', {
          fields: [{ field: 'loginSlug', message: 'is a reserved word' }],
        });
      for (const [field, value] of Object.entries(request))
        if (!field.startsWith('_') && value !== undefined) Object.assign(agency, { [field]: value });
      return { agency };
    },
    GetPublicBranding: async (request) => {
      if (request.slug !== 'northwind') throw new DomainError('not_found', 'No agency has this address.');
      return {
        branding: {
          displayName: 'Northwind Marketing',
          logoUrl: '',
          primaryColor: '#1a73e8',
          supportEmail: 'help@northwind.example',
          loginSlug: 'northwind',
          clientLoginUrl: 'https://app.atrium.example/login/northwind',
        },
      };
    },
    GetAgencyHome: async () => ({
      agency,
      activeClients: 7,
      inactiveClients: 2,
      members: 3,
      planClientLimit: 10,
      clientLoginUrl: agency.clientLoginUrl,
    }),
    ListCustomFields: async () => ({
      customFields: [{ key: 'crm_id', label: 'CRM id', createdAt: '2026-01-03T00:00:00.000Z' }],
    }),
    SaveCustomField: async (request, call) => {
      requireKeyPermission(call, 'organization:manage');
      if (request.label === 'One too many')
        throw new DomainError('conflict', 'The agency already has 50 custom fields.');
      return {
        customField: { key: request.key, label: request.label, createdAt: '2026-01-03T00:00:00.000Z' },
      };
    },
    DeleteCustomField: async (request) => {
      if (request.key !== 'crm_id') throw new DomainError('not_found', 'No such custom field.');
      return {};
    },
    ListMembers: async (request) => ({
      members: [member(OWNER_ID, 'owner'), member(MEMBER_ID, 'member')],
      nextCursor: request.limit === 2 ? 'cursor-m' : '',
    }),
    ChangeMemberRole: async (request) => {
      if (request.userId === OWNER_ID)
        throw new DomainError('conflict', "The owner's role changes only by a transfer.", {
          fields: [{ field: 'userId', message: 'is the owner' }],
        });
      if (request.userId === UNKNOWN_ID) throw new DomainError('not_found', 'No such member.');
      if (request.roleId)
        return {
          member: {
            ...member(request.userId, 'custom'),
            customRoleId: request.roleId,
            customRoleName: 'Sales',
          },
        };
      return { member: member(request.userId, request.role) };
    },
    RemoveMember: async (request, call) => {
      requireKeyPermission(call, 'members:manage');
      if (request.userId === CLIENT_OWNER_ID && !request.transferClientsTo)
        throw new DomainError('conflict', 'They own clients; name who takes them over.', {
          fields: [{ field: 'transferClientsTo', message: 'is required: they own 2 clients' }],
        });
      return { transferredClientIds: request.transferClientsTo ? [CLIENT_ID] : [] };
    },
    TransferOwnership: async (request, call) => {
      if (call.actor?.userId === MEMBER_USER_ID)
        throw new DomainError('forbidden', 'Only the owner may transfer ownership.');
      return {
        previousOwner: member(call.actor?.userId ?? '', 'admin'),
        newOwner: member(request.newOwnerId, 'owner'),
      };
    },
    GetAccess: async (request) => {
      const role = roles.get(request.userId) ?? 'owner';
      if (role === 'none') throw new DomainError('not_found', 'No such agency.');
      return {
        agency: { id: request.agencyId, name: agency.name, createdAt: '2026-01-01T00:00:00.000Z' },
        role,
        permissions: role === 'member' ? [] : ['clients:create', 'clients:read_all'],
      };
    },
    GetClientAccess: async (request, call) => {
      const actor = call.actor;
      const clientId = request.clientId.toLowerCase();
      const noSuchClient = new DomainError('not_found', 'No such client.');
      if (!actor) throw new DomainError('unauthenticated', 'The call carries no acting identity.');
      if (actor.actingAsClientId && actor.actingAsClientId.toLowerCase() !== clientId) throw noSuchClient;
      const granted = clientGrants.get(`${actor.userId} ${clientId}`);
      if (granted === 'none') throw noSuchClient;
      if (clientId === DELETING_CLIENT_ID)
        throw new DomainError(SERVICE_ERRORS.client_deleted, 'The client is being deleted.');
      if (!granted && clientId !== CLIENT_ID && clientId !== OTHER_CLIENT_ID) throw noSuchClient;
      if (actor.apiKeyId && !actor.apiKeyPermissions?.includes('clients:read_all')) throw noSuchClient;
      const role = roles.get(actor.userId) ?? 'owner';
      const agencyPermissions = actor.apiKeyId
        ? (actor.apiKeyPermissions ?? [])
        : role === 'owner' || role === 'admin'
          ? ['clients:create', 'clients:read_all']
          : [];
      return {
        clientId,
        clientStatus: 'active',
        clientPermissions: granted ?? AGENCY_USER_CLIENT_PERMISSIONS,
        agencyPermissions,
      };
    },
    CreateClient: async (request) => {
      if (request.name === 'Over The Limit')
        throw new DomainError(SERVICE_ERRORS.plan_limit_reached, 'Your plan allows 10 clients.');
      if (request.customProperties?.some((property) => property.key === 'unknown_key'))
        throw new DomainError('validation_failed', 'The client has invalid fields.', {
          fields: [{ field: 'customProperties.unknown_key', message: 'is not a custom field of the agency' }],
        });
      return { client: { ...storedClient, name: request.name } };
    },
    GetClient: async (request) => {
      if (request.clientId === DELETING_CLIENT_ID)
        throw new DomainError(SERVICE_ERRORS.client_deleted, 'This client is being deleted.');
      if (request.clientId !== CLIENT_ID) throw new DomainError('not_found', 'No such client.');
      return { client: { ...storedClient, id: CLIENT_ID } };
    },
    UpdateClient: async (request, call) => {
      requireKeyPermission(call, 'clients:update');
      if (request.clientId === DELETING_CLIENT_ID)
        throw new DomainError(SERVICE_ERRORS.client_deleted, 'This client is being deleted.');
      if (request.clientId !== CLIENT_ID) throw new DomainError('not_found', 'No such client.');
      if (request.billingMode === 'client_card' && request.settings?.emailSendLimitPerMonth)
        throw new DomainError(
          SERVICE_ERRORS.limits_not_allowed,
          'A client paying by card cannot have an email limit.',
          {
            fields: [{ field: 'settings.emailSendLimitPerMonth', message: 'cannot be set for client_card' }],
          },
        );
      return { client: { ...storedClient, id: CLIENT_ID, name: request.name ?? storedClient.name } };
    },
    GetClientTeam: async (request) => {
      if (request.clientId === DELETING_CLIENT_ID)
        throw new DomainError(SERVICE_ERRORS.client_deleted, 'This client is being deleted.');
      if (request.clientId !== CLIENT_ID) throw new DomainError('not_found', 'No such client.');
      return { ownerId: OWNER_ID, ownerName: 'Ada', members: [teamMember(MEMBER_ID)] };
    },
    SetClientTeam: async (request, call) => {
      requireKeyPermission(call, 'clients:manage_team');
      if (request.clientId !== CLIENT_ID) throw new DomainError('not_found', 'No such client.');
      if (call.actor?.userId === MEMBER_USER_ID && request.ownerId !== OWNER_ID)
        throw new DomainError(
          'forbidden',
          "Only the client's owner or an agency owner or admin may hand it over.",
        );
      if (request.memberIds.includes(UNKNOWN_ID))
        throw new DomainError('validation_failed', 'The team names people outside this agency.', {
          fields: [{ field: 'memberIds', message: `are not members of this agency: ${UNKNOWN_ID}` }],
        });
      return {
        ownerId: request.ownerId,
        ownerName: 'Ada',
        members: request.memberIds.filter((id) => id !== request.ownerId).map(teamMember),
      };
    },
    DeactivateClient: async (request) => {
      if (request.clientId !== CLIENT_ID) throw new DomainError('not_found', 'No such client.');
      return { client: { ...storedClient, id: CLIENT_ID, status: 'inactive' } };
    },
    ReactivateClient: async (request) => {
      if (request.clientId === DELETING_CLIENT_ID)
        throw new DomainError(SERVICE_ERRORS.client_deleted, 'This client is being deleted.');
      return { client: { ...storedClient, id: CLIENT_ID, status: 'active' } };
    },
    ListClients: async (request) => {
      if (request.query === 'broken')
        return { items: [{ ...listItemOf(storedClient), status: 'archived' }], nextCursor: '' };
      return { items: [listItemOf(storedClient)], nextCursor: request.limit === 1 ? 'cursor-2' : '' };
    },
    CreateAgency: async () => {
      throw new DomainError('forbidden', 'Only identity creates agencies.');
    },
    ListClientAudience: async () => ({ userIds: [] }),
    InviteAgencyMember: async (request, call) => {
      if (request.email === 'taken@example.com')
        throw new DomainError(SERVICE_ERRORS.email_in_use, 'That person is already a member.');
      return {
        invitation: {
          id: 'invitation-1',
          agencyId: call.actor?.agencyId ?? '',
          clientId: '',
          email: request.email,
          name: request.name,
          role: request.role,
          status: 'pending',
          invitedByUserId: call.actor?.userId ?? '',
          createdAt: '2026-02-01T10:00:00.000Z',
          expiresAt: '2026-02-08T10:00:00.000Z',
        },
      };
    },
    ResolveInvitation: async () => {
      throw new DomainError('forbidden', 'Only identity resolves invitations.');
    },
    ClaimInvitation: async () => {
      throw new DomainError('forbidden', 'Only identity claims invitations.');
    },
  });
  const service = loadProto<TenancyProto>(SERVICE_PROTO_FILES.tenancy).atrium.tenancy.v1.TenancyService
    .service;
  const registration = defineService<tenancy.TenancyServiceDefinition>(
    'atrium.tenancy.v1.TenancyService',
    service,
    recorder.implementationOf(service),
  );
  return {
    registration,
    calls: recorder.calls,
    agency,
    roles,
    clientGrants,
    accessChecks: recorder.calls('GetAccess'),
    clientAccessChecks: recorder.calls('GetClientAccess'),
    creations: recorder.calls('CreateClient'),
    listings: recorder.calls('ListClients'),
  };
}

export const NOTIFICATION_ID = 'b0b0b0b0-0000-4000-8000-000000000001';
/** A user who is a member, not an owner or admin, of agency-1: ListEmailDeliveries refuses them. */
export const MEMBER_USER_ID = 'user-member';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The stub's key for one person's notifications. */
export function personKey(userId: string, agencyId: string): string {
  return `${userId} ${agencyId}`;
}

export function notificationStub() {
  /**
   * Each person's notifications, oldest first, by personKey: ListNotifications with afterId replays
   * from them as the notification service does. Tests fill it.
   */
  const stored = new Map<string, notification.Notification__Output[]>();
  /** While set, a replay (ListNotifications with afterId) waits for it before answering. */
  let replayHold: Promise<void> | undefined;
  const recorder = recording<notification.NotificationServiceDefinition>({
    ListNotifications: async (request, call) => {
      if (request.afterId) {
        if (!UUID.test(request.afterId))
          throw new DomainError('validation_failed', 'The notification id is not valid.', {
            fields: [{ field: 'afterId', message: 'must be a notification id' }],
          });
        await replayHold;
        const mine = stored.get(personKey(call.actor?.userId ?? '', call.actor?.agencyId ?? '')) ?? [];
        const at = mine.findIndex((item) => item.id === request.afterId);
        if (at < 0) throw new DomainError('not_found', 'No such notification.');
        return { notifications: mine.slice(at + 1, at + 1 + (request.limit || 25)), nextCursor: '' };
      }
      return {
        notifications: [
          {
            id: 'n-1',
            kind: 'client.created',
            title: 'New client',
            body: 'Contoso Dental was added.',
            clientId: 'client-1',
            createdAt: '2026-02-01T10:00:00.000Z',
            readAt: '',
          },
          {
            id: 'n-2',
            kind: 'agency.created',
            title: 'Welcome',
            body: 'Your agency is ready.',
            clientId: '',
            createdAt: '2026-01-01T00:00:00.000Z',
            readAt: '2026-01-02T00:00:00.000Z',
          },
        ],
        nextCursor: 'cursor-n',
      };
    },
    GetUnreadCount: async () => ({ count: 1 }),
    MarkNotificationRead: async (request) => {
      if (request.notificationId !== NOTIFICATION_ID)
        throw new DomainError('not_found', 'No such notification.');
      return {
        notification: {
          id: NOTIFICATION_ID,
          kind: 'client.created',
          title: 'New client',
          body: 'Contoso Dental was added.',
          clientId: '',
          createdAt: '2026-02-01T10:00:00.000Z',
          readAt: '2026-02-01T11:00:00.000Z',
        },
      };
    },
    MarkAllNotificationsRead: async () => ({ marked: 3 }),
    ListEmailDeliveries: async (_request, call) => {
      if (call.actor?.userId === MEMBER_USER_ID)
        throw new DomainError('forbidden', 'Only agency owners and admins may see email deliveries.');
      return {
        deliveries: [
          {
            id: 'd-1',
            kind: 'invitation',
            recipient: 'grace@example.com',
            subject: 'Northwind invited you to Atrium',
            status: 'pending',
            attempts: 2,
            lastError: 'Connection refused',
            clientId: '',
            createdAt: '2026-02-01T10:00:00.000Z',
            nextAttemptAt: '2026-02-01T10:05:00.000Z',
            sentAt: '',
            failedAt: '',
          },
        ],
        nextCursor: 'cursor-d',
      };
    },
  });
  const service = loadProto<NotificationProto>(SERVICE_PROTO_FILES.notification).atrium.notification.v1
    .NotificationService.service;
  const registration = defineService<notification.NotificationServiceDefinition>(
    'atrium.notification.v1.NotificationService',
    service,
    recorder.implementationOf(service),
  );
  return {
    registration,
    stored,
    listings: recorder.calls('ListNotifications'),
    calls: recorder.calls,
    /** Holds every replay until the returned function is called. */
    holdReplays(): () => void {
      let release!: () => void;
      replayHold = new Promise((resolve) => {
        release = resolve;
      });
      return () => {
        replayHold = undefined;
        release();
      };
    },
  };
}

/**
 * Billing and campaigns stubs answer health checks, and every RPC as for a client they have not heard
 * of (billing's credit packs and plans: none on sale).
 */
async function unknownClient(): Promise<never> {
  throw new DomainError('not_found', 'No such client.');
}

export function emptyStubs(): { billing: ServiceRegistration; campaigns: ServiceRegistration } {
  return {
    billing: defineService<billing.BillingServiceDefinition>(
      'atrium.billing.v1.BillingService',
      loadProto<BillingProto>(SERVICE_PROTO_FILES.billing).atrium.billing.v1.BillingService.service,
      {
        GetClientStatus: unknownClient,
        SavePaymentMethod: unknownClient,
        GetPaymentMethod: unknownClient,
        RemovePaymentMethod: unknownClient,
        HandleProviderWebhook: unknownClient,
        ListCreditPacks: async () => ({ tiers: [] }),
        TransferCredits: unknownClient,
        GetCredits: unknownClient,
        PurchaseCredits: unknownClient,
        GetClientBillingSettings: unknownClient,
        UpdateClientBillingSettings: unknownClient,
        ReserveCredits: unknownClient,
        CommitReservation: unknownClient,
        ReleaseReservation: unknownClient,
        ListPlans: async () => ({ plans: [] }),
        GetSubscription: unknownClient,
        ChangeSubscriptionPlan: unknownClient,
      },
    ),
    campaigns: (() => {
      const { service } = loadProto<CampaignsProto>(SERVICE_PROTO_FILES.campaigns).atrium.campaigns.v1
        .CampaignsService;
      return defineService<campaigns.CampaignsServiceDefinition>(
        'atrium.campaigns.v1.CampaignsService',
        service,
        Object.fromEntries(
          Object.entries(service).map(([name, method]) => [
            name,
            method.requestStream ? clientStream(unknownClient) : unknownClient,
          ]),
        ) as unknown as Implementation<campaigns.CampaignsServiceDefinition>,
      );
    })(),
  };
}
