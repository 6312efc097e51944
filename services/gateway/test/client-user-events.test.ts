import {
  applyTenancyEvent,
  CLIENT_USER_PRIMARY_CHANGED,
  CLIENT_USER_REMOVED,
  CLIENT_USER_UPDATED,
  type TenancyEventHandlers,
} from '../src/events/tenancy-events';

function recorder(): TenancyEventHandlers & { forgotten: Array<[string, string[]]> } {
  const forgotten: Array<[string, string[]]> = [];
  return {
    forgotten,
    accessChanged: (agencyId, userIds) => forgotten.push([agencyId, userIds]),
    agencyUpdated: () => undefined,
    agencyAccessChanged: () => undefined,
    clientAccessChanged: () => undefined,
  };
}

describe("a client user's change reaches the access cache", () => {
  it('forgets the person when their role or status changed', () => {
    const handlers = recorder();
    const data = { agencyId: 'agency-1', clientUser: { id: 'cu-1', identityUserId: 'person-1' } };
    expect(applyTenancyEvent(CLIENT_USER_UPDATED, data, handlers)).toBe('applied');
    expect(handlers.forgotten).toEqual([['agency-1', ['person-1']]]);
  });

  it('forgets nobody for a user who never joined', () => {
    const handlers = recorder();
    const data = { agencyId: 'agency-1', clientUserId: 'cu-1', identityUserId: '' };
    expect(applyTenancyEvent(CLIENT_USER_REMOVED, data, handlers)).toBe('applied');
    expect(handlers.forgotten).toEqual([['agency-1', []]]);
  });

  it('forgets both the new and the former primary of a handover', () => {
    const handlers = recorder();
    const data = {
      agencyId: 'agency-1',
      primary: { identityUserId: 'person-2' },
      formerPrimary: { identityUserId: 'person-1' },
    };
    expect(applyTenancyEvent(CLIENT_USER_PRIMARY_CHANGED, data, handlers)).toBe('applied');
    expect(handlers.forgotten).toEqual([['agency-1', ['person-2', 'person-1']]]);
  });

  it('reports an event it cannot read', () => {
    expect(applyTenancyEvent(CLIENT_USER_UPDATED, { agencyId: 'agency-1' }, recorder())).toBe('malformed');
  });
});
