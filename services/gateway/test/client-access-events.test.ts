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
