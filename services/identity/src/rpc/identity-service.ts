import { defineService, loadProto, type ServiceRegistration } from '@atrium/grpc';
import { SERVICE_PROTO_FILES, type identity, type IdentityProto } from '@atrium/proto';
import { acceptInvitation } from '../accounts/accept-invitation';
import { createClientUserWithPassword } from '../accounts/create-client-user-with-password';
import type { IdentityDeps } from '../accounts/deps';
import { getAvatar } from '../accounts/get-avatar';
import { getUser } from '../accounts/get-user';
import { login } from '../accounts/login';
import { provisionInvitedUser } from '../accounts/provision-invited-user';
import { removeAvatar } from '../accounts/remove-avatar';
import { setAvatar } from '../accounts/set-avatar';
import { signUp } from '../accounts/sign-up';
import { unlockLogin } from '../accounts/unlock-login';
import { updateUser } from '../accounts/update-user';
import { createApiKey } from '../api-keys/create-api-key';
import { listApiKeys } from '../api-keys/list-api-keys';
import { revokeApiKey } from '../api-keys/revoke-api-key';
import { verifyApiKey } from '../api-keys/verify-api-key';
import { changePassword } from '../passwords/change-password';
import { confirmPasswordReset } from '../passwords/confirm-password-reset';
import { requestPasswordReset } from '../passwords/request-password-reset';
import { listSessions } from '../sessions/list-sessions';
import { logout } from '../sessions/logout';
import { refresh } from '../sessions/refresh';
import { revokeSession } from '../sessions/revoke-session';
import { issueSwitchToken } from '../tokens/issue-switch-token';
import { apiKeyToProto, sessionToProto, signedInToProto, userToProto } from './to-proto';

/** gRPC handlers: proto in, one use case, proto out. */
export function identityService(deps: IdentityDeps): ServiceRegistration {
  const { db } = deps;
  const proto = loadProto<IdentityProto>(SERVICE_PROTO_FILES.identity);
  return defineService<identity.IdentityServiceDefinition>(
    'atrium.identity.v1.IdentityService',
    proto.atrium.identity.v1.IdentityService.service,
    {
      SignUp: async (request) => signedInToProto(await signUp(deps, request)),
      Login: async (request) => signedInToProto(await login(deps, request)),
      GetUser: async (request, call) => ({
        user: userToProto(await getUser(db, call.actor, request.userId)),
      }),
      GetJwks: async () => ({ jwksJson: JSON.stringify(await deps.keys.jwks()) }),
      Refresh: async (request) => signedInToProto(await refresh(deps, request)),
      Logout: async (_request, call) => {
        await logout(db, call.actor);
        return {};
      },
      ListSessions: async (_request, call) => ({
        sessions: (await listSessions(db, call.actor)).map(sessionToProto),
      }),
      RevokeSession: async (request, call) => {
        await revokeSession(db, call.actor, request.sessionId);
        return {};
      },
      ChangePassword: async (request, call) => {
        await changePassword(db, call.actor, request);
        return {};
      },
      RequestPasswordReset: async (request) => {
        await requestPasswordReset(db, deps.passwordResets, request);
        return {};
      },
      ConfirmPasswordReset: async (request) => {
        await confirmPasswordReset(db, request);
        return {};
      },
      UnlockLogin: async (request) => {
        await unlockLogin(db, request);
        return {};
      },
      AcceptInvitation: async (request) => {
        const accepted = await acceptInvitation(deps, request);
        return { ...signedInToProto(accepted), clientId: accepted.clientId, role: accepted.role };
      },
      UpdateUser: async (request, call) => ({
        user: userToProto(
          await updateUser(db, call.actor, {
            ...(request.name !== undefined && { name: request.name }),
            ...(request.phone !== undefined && { phone: request.phone }),
            ...(request.position !== undefined && { position: request.position }),
          }),
        ),
      }),
      SetAvatar: async (request, call) => ({ user: userToProto(await setAvatar(db, call.actor, request)) }),
      RemoveAvatar: async (_request, call) => ({ user: userToProto(await removeAvatar(db, call.actor)) }),
      GetAvatar: async (request) => getAvatar(db, request.userId),
      CreateApiKey: async (request, call) => {
        const { apiKey, secret } = await createApiKey(deps, call.actor, request);
        return { apiKey: apiKeyToProto(apiKey), secret };
      },
      ListApiKeys: async (_request, call) => ({
        apiKeys: (await listApiKeys(deps, call.actor)).map(apiKeyToProto),
      }),
      RevokeApiKey: async (request, call) => {
        await revokeApiKey(deps, call.actor, request.apiKeyId);
        return {};
      },
      VerifyApiKey: async (request) => ({ apiKey: apiKeyToProto(await verifyApiKey(db, request.secret)) }),
      IssueSwitchToken: async (request, call) => {
        const issued = await issueSwitchToken(deps, call.actor, request.clientId);
        return {
          accessToken: issued.token,
          expiresAt: issued.expiresAt.toISOString(),
          clientId: issued.clientId,
        };
      },
      // Client users.
      ProvisionInvitedUser: async (request) => provisionInvitedUser(deps, request),
      CreateClientUserWithPassword: async (request) => ({
        clientUser: await createClientUserWithPassword(deps, request),
      }),
    },
  );
}
