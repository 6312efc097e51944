import { DomainError, fromGrpcError } from '@atrium/grpc';
import type { Actor } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import type { Backends } from '../backends';
import type { CachedLoader } from '../cache/cached-loader';
import { accessKey } from '../state';

/**
 * What a route of a service that does not own access (billing, campaigns) declares it needs resolved
 * before its handler runs (docs/authorization.md "Routes of services that do not own access"):
 * `'agency'` puts the caller's agency permissions on the actor (Actor.agencyPermissions); `{ client }`
 * names the path parameter holding a client id and also puts what the caller may do inside that
 * client on it (Actor.clientAccess), answering 404 or 410 itself when the caller may not enter it.
 */
export type AccessSpec<TParam extends string = string> = 'agency' | { client: TParam };

/** One cached GetClientAccess answer, or the refusal tenancy answered, with what evicts it. */
export interface ClientAccessEntry {
  /** The person's user id, or the API key's id. */
  callerId: string;
  agencyId: string;
  /** Lower case, as events name it. */
  clientId: string;
  answer?: tenancy.GetClientAccessResponse__Output;
  refusal?: DomainError;
}

/** Refusals that depend on data tenancy's events announce, so they may be cached like answers. */
const CACHED_REFUSALS: ReadonlySet<string> = new Set(['not_found', 'client_deleted']);

const NO_AGENCY = 'No such agency.';

/**
 * Resolves an operation's `access` declaration from caches tenancy's events keep fresh, so a warm
 * request makes no tenancy call: agency permissions from GetAccess (state.access, shared with /v1/me)
 * or an API key's own, client access from GetClientAccess (state.clientAccess), each at most
 * ACCESS_TTL_MS old and evicted as soon as an event says it changed.
 */
export class AccessResolver {
  constructor(
    private readonly tenancy: Backends['tenancy'],
    private readonly caches: {
      access: CachedLoader<tenancy.GetAccessResponse__Output>;
      clientAccess: CachedLoader<ClientAccessEntry>;
    },
  ) {}

  /** The actor with what `spec` asks for resolved on it; throws the problem to answer instead. */
  async resolve(spec: AccessSpec, actor: Actor, params: Record<string, unknown>): Promise<Actor> {
    const agencyId = actor.agencyId;
    if (!agencyId) throw new DomainError('not_found', NO_AGENCY);
    if (spec === 'agency')
      return { ...actor, agencyPermissions: await this.agencyPermissions(actor, agencyId) };
    const clientId = params[spec.client];
    if (typeof clientId !== 'string')
      throw new Error(`the route declares access to client {${spec.client}} but has no such parameter`);
    const answer = await this.clientAccess(actor, agencyId, clientId);
    return {
      ...actor,
      agencyPermissions: [...answer.agencyPermissions],
      // The id as the route received it: the handler forwards that one, and services compare the two.
      clientAccess: {
        clientId,
        permissions: [...answer.clientPermissions],
        ...(answer.clientUser && { clientUser: true }),
      },
    };
  }

  private async agencyPermissions(actor: Actor, agencyId: string): Promise<string[]> {
    if (actor.apiKeyId !== undefined) return [...(actor.apiKeyPermissions ?? [])];
    const { userId } = actor;
    const access = await this.caches.access.get(accessKey(userId, agencyId), () =>
      this.tenancy.GetAccess({ userId, agencyId }),
    );
    // A person who is only a client user is no member: agency routes answer them as tenancy's do.
    if (access.role === 'client_user') throw new DomainError('not_found', NO_AGENCY);
    return [...access.permissions];
  }

  private async clientAccess(
    actor: Actor,
    agencyId: string,
    clientId: string,
  ): Promise<tenancy.GetClientAccessResponse__Output> {
    const callerId = actor.apiKeyId ?? actor.userId;
    const client = clientId.toLowerCase();
    // A switch token is confined to its client: its answers never stand in for its person's own.
    const key = [callerId, agencyId, client, actor.actingAsClientId?.toLowerCase() ?? ''].join(' ');
    const entry = await this.caches.clientAccess.get(key, async () => {
      const base = { callerId, agencyId, clientId: client };
      try {
        return { ...base, answer: await this.tenancy.GetClientAccess({ clientId }) };
      } catch (error) {
        const refusal = fromGrpcError(error);
        if (refusal instanceof DomainError && CACHED_REFUSALS.has(refusal.code)) return { ...base, refusal };
        throw error;
      }
    });
    if (entry.refusal) throw new DomainError(entry.refusal.kind, entry.refusal.detail);
    if (!entry.answer) throw new Error('a cached client access holds neither an answer nor a refusal');
    return entry.answer;
  }
}
