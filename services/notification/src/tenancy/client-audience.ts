import { fromGrpcError, isNotFound, type PromiseClient } from '@atrium/grpc';
import type { tenancy } from '@atrium/proto';

/**
 * The agency users with access to a client (tenancy's ListClientAudience). A client tenancy no longer
 * knows has nobody to tell; asking again would not change that, so it is not an error to retry.
 */
export async function clientAudience(
  tenancyClient: PromiseClient<tenancy.TenancyServiceDefinition>,
  agencyId: string,
  clientId: string,
): Promise<string[]> {
  try {
    const { userIds } = await tenancyClient.ListClientAudience({ agencyId, clientId });
    return userIds;
  } catch (error) {
    const answer = fromGrpcError(error);
    if (isNotFound(answer)) return [];
    throw answer;
  }
}
