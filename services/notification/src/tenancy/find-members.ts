import { fromGrpcError, isNotFound, type PromiseClient } from '@atrium/grpc';
import type { tenancy } from '@atrium/proto';

export interface MemberContact {
  name: string;
  email: string;
}

const PAGE_SIZE = 100;

/**
 * Name and email of the wanted members of an agency, from tenancy's team list (kept from identity when
 * each person joined); the ids it does not list are absent from the answer. Notification keeps no
 * directory of people. The list is read as `member`, one of the agency's members (any member may read
 * it); when `member` is no longer one, tenancy answers not_found and the answer is empty. All pages
 * together get `deadlineMs`, so a large team costs the calling handler no more than one tenancy call.
 */
export async function findMembers(
  tenancyClient: PromiseClient<tenancy.TenancyServiceDefinition>,
  input: { agencyId: string; member: string; wanted: string[]; deadlineMs: number },
): Promise<Map<string, MemberContact>> {
  const wanted = new Set(input.wanted.filter(Boolean));
  const found = new Map<string, MemberContact>();
  const actor = { userId: input.member, agencyId: input.agencyId };
  const deadline = Date.now() + input.deadlineMs;
  let cursor = '';
  try {
    do {
      const page = await tenancyClient.ListMembers(
        { limit: PAGE_SIZE, cursor },
        { actor, deadlineMs: Math.max(1, deadline - Date.now()) },
      );
      for (const member of page.members)
        if (wanted.has(member.userId)) found.set(member.userId, { name: member.name, email: member.email });
      cursor = page.nextCursor;
    } while (cursor && found.size < wanted.size);
  } catch (error) {
    const answer = fromGrpcError(error);
    if (isNotFound(answer)) return new Map();
    throw answer;
  }
  return found;
}
