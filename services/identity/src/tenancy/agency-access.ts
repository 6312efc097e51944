import { fromGrpcError } from '@atrium/grpc';
import type { tenancy } from '@atrium/proto';
import type { IdentityDeps } from '../accounts/deps';

/**
 * What the person may do in the agency, asked of tenancy as that person. Tenancy answers
 * not_found when they are not (or no longer) a member.
 */
export async function agencyAccess(
  deps: Pick<IdentityDeps, 'tenancy'>,
  userId: string,
  agencyId: string,
): Promise<tenancy.GetAccessResponse__Output> {
  try {
    return await deps.tenancy.GetAccess({ userId, agencyId }, { actor: { userId, agencyId } });
  } catch (error) {
    throw fromGrpcError(error);
  }
}

/** The agency a session is in, as answered to the client; empty when the session has none. */
export async function agencyRef(
  deps: Pick<IdentityDeps, 'tenancy'>,
  userId: string,
  agencyId: string | null,
): Promise<{ id: string; name: string }> {
  if (!agencyId) return { id: '', name: '' };
  const access = await agencyAccess(deps, userId, agencyId);
  return { id: access.agency?.id ?? agencyId, name: access.agency?.name ?? '' };
}
