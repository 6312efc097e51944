import { fromGrpcError } from '@atrium/grpc';
import type { IdentityDeps } from '../accounts/deps';

// The catalogue changes only with a tenancy release; asking once in a while is plenty.
const CACHE_MS = 5 * 60_000;
let cached: { names: string[]; until: number } | undefined;

/** The names of the agency permissions, as tenancy (which owns them) publishes them. */
export async function agencyPermissionNames(deps: Pick<IdentityDeps, 'tenancy'>): Promise<string[]> {
  if (cached && cached.until > Date.now()) return cached.names;
  try {
    const catalogue = await deps.tenancy.GetPermissionCatalogue({});
    const names = catalogue.agencyPermissions.map((permission) => permission.name);
    cached = { names, until: Date.now() + CACHE_MS };
    return names;
  } catch (error) {
    throw fromGrpcError(error);
  }
}
