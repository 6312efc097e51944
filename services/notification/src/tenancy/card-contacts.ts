import { DomainError } from '@atrium/errors';
import { fromGrpcError, type PromiseClient } from '@atrium/grpc';
import type { tenancy } from '@atrium/proto';
import { clientAudience } from './client-audience';

export interface CardContact {
  name: string;
  email: string;
}

/** Answers that mean nobody is left to tell: asking again would not change them. */
function isGone(error: unknown): boolean {
  return error instanceof DomainError && (error.code === 'not_found' || error.code === 'client_deleted');
}

async function orGone<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    const answer = fromGrpcError(error);
    if (isGone(answer)) return undefined;
    throw answer;
  }
}

/**
 * A client's profile contact (docs/product.md "Billing": card problems go to it) and the client's
 * name, from tenancy's GetClient. Notification keeps no copy of contacts, and GetClient answers only
 * someone who may enter the client, so it is asked as one of the client's audience (its owner, team,
 * or the agency's owners and admins). Undefined when the client is gone or has no profile email.
 */
export async function clientProfileContact(
  tenancyClient: PromiseClient<tenancy.TenancyServiceDefinition>,
  input: { agencyId: string; clientId: string; deadlineMs: number },
): Promise<(CardContact & { clientName: string }) | undefined> {
  const deadline = Date.now() + input.deadlineMs;
  const [asker] = await clientAudience(tenancyClient, input.agencyId, input.clientId);
  if (!asker) return undefined;
  const answer = await orGone(
    tenancyClient.GetClient(
      { clientId: input.clientId },
      {
        actor: { userId: asker, agencyId: input.agencyId },
        deadlineMs: Math.max(1, deadline - Date.now()),
      },
    ),
  );
  const client = answer?.client;
  const email = client?.profileContact?.email;
  if (!client || !email) return undefined;
  return { name: client.profileContact?.name ?? '', email, clientName: client.name };
}

/**
 * The agency's contact email (its profile, docs/product.md "Agencies"), from tenancy's GetAgency asked
 * as the member who saved the card. Undefined when that person is no longer a member or the agency
 * has no contact email.
 */
export async function agencyContact(
  tenancyClient: PromiseClient<tenancy.TenancyServiceDefinition>,
  input: { agencyId: string; memberId: string; deadlineMs: number },
): Promise<CardContact | undefined> {
  if (!input.memberId) return undefined;
  const answer = await orGone(
    tenancyClient.GetAgency(
      {},
      { actor: { userId: input.memberId, agencyId: input.agencyId }, deadlineMs: input.deadlineMs },
    ),
  );
  const agency = answer?.agency;
  if (!agency?.contactEmail) return undefined;
  return { name: agency.name, email: agency.contactEmail };
}
