import { DomainError, defineService, loadProto, type CallInfo, type ServiceRegistration } from '@atrium/grpc';
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

/** What a stub received: the decoded request and the call's context (actor, request id, metadata). */
export interface Received<Request> {
  request: Request;
  call: CallInfo;
}

export const session = {
  tokens: { accessToken: 'access-token', refreshToken: 'refresh-token', expiresIn: 900 },
  user: { id: 'user-1', email: 'ada@example.com', name: 'Ada', createdAt: '2026-01-01T00:00:00.000Z' },
  agency: { id: 'agency-1', name: 'Northwind' },
};

export function identityStub(jwksJson: () => string) {
  const signUps: Received<identity.SignUpRequest__Output>[] = [];
  const logins: Received<identity.LoginRequest__Output>[] = [];
  const registration = defineService<identity.IdentityServiceDefinition>(
    'atrium.identity.v1.IdentityService',
    loadProto<IdentityProto>(SERVICE_PROTO_FILES.identity).atrium.identity.v1.IdentityService.service,
    {
      SignUp: async (request, call) => {
        signUps.push({ request, call });
        if (request.email === 'taken@example.com')
          throw new DomainError('email_in_use', 'That email already has an account.');
        return session;
      },
      Login: async (request, call) => {
        logins.push({ request, call });
        if (request.password === 'locked') {
          throw new DomainError('account_locked', 'Too many failed attempts.', { retryAfterSeconds: 900 });
        }
        if (request.password !== 'right password') {
          throw new DomainError('invalid_credentials', 'The email or password is not correct.');
        }
        return session;
      },
      GetUser: async (request) => ({ user: { ...session.user, id: request.userId } }),
      GetJwks: async () => ({ jwksJson: jwksJson() }),
    },
  );
  return { registration, signUps, logins };
}

export const storedClient: tenancy.Client__Output = {
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
};

export function tenancyStub() {
  const accessChecks: Received<tenancy.GetAccessRequest__Output>[] = [];
  const creations: Received<tenancy.CreateClientRequest__Output>[] = [];
  const listings: Received<tenancy.ListClientsRequest__Output>[] = [];
  const registration = defineService<tenancy.TenancyServiceDefinition>(
    'atrium.tenancy.v1.TenancyService',
    loadProto<TenancyProto>(SERVICE_PROTO_FILES.tenancy).atrium.tenancy.v1.TenancyService.service,
    {
      GetAccess: async (request, call) => {
        accessChecks.push({ request, call });
        return {
          agency: { id: request.agencyId, name: 'Northwind', createdAt: '2026-01-01T00:00:00.000Z' },
          role: 'owner',
          permissions: ['clients:create', 'clients:read_all'],
        };
      },
      CreateClient: async (request, call) => {
        creations.push({ request, call });
        if (request.name === 'Over The Limit')
          throw new DomainError('plan_limit_reached', 'Your plan allows 10 clients.');
        return { client: { ...storedClient, name: request.name } };
      },
      ListClients: async (request, call) => {
        listings.push({ request, call });
        if (request.query === 'broken')
          return { clients: [{ ...storedClient, status: 'archived' }], nextCursor: '' };
        return { clients: [storedClient], nextCursor: request.limit === 1 ? 'cursor-2' : '' };
      },
      CreateAgency: async () => {
        throw new DomainError('forbidden', 'Only identity creates agencies.');
      },
      ListClientAudience: async () => ({ userIds: [] }),
    },
  );
  return { registration, accessChecks, creations, listings };
}

export function notificationStub() {
  const listings: Received<notification.ListNotificationsRequest__Output>[] = [];
  const registration = defineService<notification.NotificationServiceDefinition>(
    'atrium.notification.v1.NotificationService',
    loadProto<NotificationProto>(SERVICE_PROTO_FILES.notification).atrium.notification.v1.NotificationService
      .service,
    {
      ListNotifications: async (request, call) => {
        listings.push({ request, call });
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
    },
  );
  return { registration, listings };
}

/** Billing and campaigns have no RPCs yet; their stubs only answer health checks. */
export function emptyStubs(): { billing: ServiceRegistration; campaigns: ServiceRegistration } {
  return {
    billing: defineService<billing.BillingServiceDefinition>(
      'atrium.billing.v1.BillingService',
      loadProto<BillingProto>(SERVICE_PROTO_FILES.billing).atrium.billing.v1.BillingService.service,
      {},
    ),
    campaigns: defineService<campaigns.CampaignsServiceDefinition>(
      'atrium.campaigns.v1.CampaignsService',
      loadProto<CampaignsProto>(SERVICE_PROTO_FILES.campaigns).atrium.campaigns.v1.CampaignsService.service,
      {},
    ),
  };
}
