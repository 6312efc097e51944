import { EVENT_TYPES, EventDataError, isEventType, readEventData } from '../src';

const PRIMARY_CHANGED = 'atrium.tenancy.v1.client_user.primary_changed';

describe('an event payload read from the wire by its proto', () => {
  it('arrives with every field, absent ones at their defaults', () => {
    const data = readEventData(PRIMARY_CHANGED, { agencyId: 'agency-1', primary: { identityUserId: 'p-1' } });
    expect(data).toMatchObject({ agencyId: 'agency-1', clientId: '', formerPrimary: null, changedBy: '' });
    expect(data.primary).toMatchObject({ identityUserId: 'p-1', id: '', email: '' });
  });

  it('ignores fields its proto does not declare, as a consumer of a later version must', () => {
    expect(readEventData('atrium.tenancy.v1.role.deleted', { agencyId: 'a', addedLater: true })).toEqual({
      agencyId: 'a',
      roleId: '',
      name: '',
      permissions: [],
      deletedBy: '',
    });
  });

  it.each([
    [{ agencyId: 42 }, 'agencyId: string expected'],
    [{ primary: 'p-1' }, 'primary: object expected'],
    [{ primary: { identityUserId: ['p-1'] } }, 'primary.identityUserId: string expected'],
    [[], 'not a JSON object'],
  ])('refuses %j, naming the field (%s)', (data, problem) => {
    expect(() => readEventData(PRIMARY_CHANGED, data)).toThrow(EventDataError);
    expect(() => readEventData(PRIMARY_CHANGED, data)).toThrow(problem);
  });

  it('refuses a list that is not one, or holds a value of the wrong type', () => {
    const revoked = 'atrium.identity.v1.session.revoked';
    expect(() => readEventData(revoked, { sessionIds: 'not a list' })).toThrow('sessionIds: array expected');
    expect(() => readEventData(revoked, { sessionIds: ['s-1', 2] })).toThrow(
      'sessionIds[1]: string expected',
    );
  });
});

test('the generated event map names exactly the types whose messages the protos declare', () => {
  for (const type of EVENT_TYPES) expect(() => readEventData(type, {})).not.toThrow();
  expect(isEventType('atrium.tenancy.v1.client.created')).toBe(true);
  expect(isEventType('atrium.tenancy.v1.client.vanished')).toBe(false);
});
