import { defineService, loadProto, type ServiceRegistration } from '@atrium/grpc';
import { SERVICE_PROTO_FILES, type identity, type IdentityProto } from '@atrium/proto';
import type { IdentityDeps } from '../accounts/deps';
import { getUser } from '../accounts/get-user';
import { login } from '../accounts/login';
import { signUp, type SignedUp } from '../accounts/sign-up';

function userToProto(user: SignedUp['user']): identity.User {
  return { id: user.id, email: user.email, name: user.name, createdAt: user.createdAt.toISOString() };
}

function signedUpToProto(result: SignedUp) {
  return { tokens: result.tokens, user: userToProto(result.user), agency: result.agency };
}

/** gRPC handlers: proto in, one use case, proto out. */
export function identityService(deps: IdentityDeps): ServiceRegistration {
  const proto = loadProto<IdentityProto>(SERVICE_PROTO_FILES.identity);
  return defineService<identity.IdentityServiceDefinition>(
    'atrium.identity.v1.IdentityService',
    proto.atrium.identity.v1.IdentityService.service,
    {
      SignUp: async (request) => signedUpToProto(await signUp(deps, request)),
      Login: async (request) => signedUpToProto(await login(deps, request)),
      GetUser: async (request, call) => ({
        user: userToProto(await getUser(deps.db, call.actor, request.userId)),
      }),
      GetJwks: async () => ({ jwksJson: JSON.stringify(await deps.keys.jwks()) }),
    },
  );
}
