import type { tenancy } from '@atrium/proto';
import type { ClientAccessEntry } from '../src/auth/resolve-access';
import { CachedLoader } from '../src/cache/cached-loader';
import { accessKey, tenancyInvalidationHandlers } from '../src/state';
import {
  applyTenancyEvent,
  CLIENT_CREATED,
  CLIENT_DELETED,
  CLIENT_DELETION_REQUESTED,
  CLIENT_DEACTIVATED,
  CLIENT_REACTIVATED,
  CLIENT_TEAM_CHANGED,
  CLIENT_UPDATED,
  CLIENT_USER_CREATED,
  MEMBER_ADDED,
  type TenancyEventHandlers,
} from '../src/events/tenancy-events';

function recorder() {
  const people: Array<[string, string[]]> = [];
  const clients: Array<[string, string]> = [];
  const handlers: TenancyEventHandlers = {
    accessChanged: (agencyId, userIds) => people.push([agencyId, userIds]),
    agencyUpdated: () => undefined,
    agencyAccessChanged: () => undefined,
    clientAccessChanged: (agencyId, clientId) => clients.push([agencyId, clientId]),
  };
  return { handlers, people, clients };
}

describe("a client's change reaches the client access cache", () => {
  it.each([
    CLIENT_CREATED,
    CLIENT_UPDATED,
    CLIENT_TEAM_CHANGED,
    CLIENT_DEACTIVATED,
    CLIENT_REACTIVATED,
    CLIENT_DELETION_REQUESTED,
    CLIENT_DELETED,
  ])('%s forgets who may enter that client', (type) => {
    const { handlers, clients } = recorder();
    expect(applyTenancyEvent(type, { agencyId: 'agency-1', clientId: 'client-1' }, handlers)).toBe('applied');
    expect(clients).toEqual([['agency-1', 'client-1']]);
  });

  it('reports a client event that names no client', () => {
    expect(applyTenancyEvent(CLIENT_TEAM_CHANGED, { agencyId: 'agency-1' }, recorder().handlers)).toBe(
      'malformed',
    );
  });

  it('forgets a person who joined as a member, whose refusals may be cached', () => {
    const { handlers, people } = recorder();
    const data = { agencyId: 'agency-1', userId: 'person-1', role: 'member' };
    expect(applyTenancyEvent(MEMBER_ADDED, data, handlers)).toBe('applied');
    expect(people).toEqual([['agency-1', ['person-1']]]);
  });

  it('forgets a client user created with an identity already', () => {
    const { handlers, people } = recorder();
    const data = { agencyId: 'agency-1', clientId: 'client-1', clientUser: { identityUserId: 'person-1' } };
    expect(applyTenancyEvent(CLIENT_USER_CREATED, data, handlers)).toBe('applied');
    expect(people).toEqual([['agency-1', ['person-1']]]);
  });
});

describe("a client's change reaches the access cache of its users", () => {
  function access(agencyId: string, clientIds: string[]): tenancy.GetAccessResponse__Output {
    return {
      agency: { id: agencyId } as tenancy.GetAccessResponse__Output['agency'],
      role: 'client_user',
      permissions: [],
      clients: clientIds.map((clientId) => ({ clientId, role: 'administrator', permissions: [] })),
    } as unknown as tenancy.GetAccessResponse__Output;
  }

  it('forgets the people whose roles list the client turned off, and nobody else', async () => {
    const state = {
      access: new CachedLoader<tenancy.GetAccessResponse__Output>({ maxEntries: 10, ttlMs: 30_000 }),
      clientAccess: new CachedLoader<ClientAccessEntry>({ maxEntries: 10, ttlMs: 30_000 }),
    };
    let loads = 0;
    const cached = (userId: string, agencyId: string, clientIds: string[]) =>
      state.access.get(accessKey(userId, agencyId), async () => {
        loads += 1;
        return access(agencyId, clientIds);
      });
    await cached('cara', 'agency-1', ['CLIENT-1']);
    await cached('otto', 'agency-1', ['client-2']);
    await cached('fay', 'agency-2', ['client-1']);
    expect(loads).toBe(3);

    const handlers = tenancyInvalidationHandlers(state);
    expect(
      applyTenancyEvent(CLIENT_DEACTIVATED, { agencyId: 'agency-1', clientId: 'client-1' }, handlers),
    ).toBe('applied');
    await cached('otto', 'agency-1', ['client-2']);
    await cached('fay', 'agency-2', ['client-1']);
    expect(loads).toBe(3);
    await cached('cara', 'agency-1', []);
    expect(loads).toBe(4);
  });
});
