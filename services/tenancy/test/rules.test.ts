import { DomainError } from '@atrium/grpc';
import { validateNewClient } from '../src/domain/client-fields';
import { AGENCY_PERMISSIONS, AGENCY_ROLES, permissionsOf } from '../src/domain/permissions';

const actor = '7d8c1f40-3b0e-4e0a-9d55-5c2f0c6a9b11';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return (error.fields ?? []).map((field) => field.field);
    throw error;
  }
  return [];
}

describe('new client fields', () => {
  it('fills defaults: full account, region OTHER, owned by the caller', () => {
    expect(validateNewClient({ name: '  Blue Bottle  ' }, actor)).toEqual({
      name: 'Blue Bottle',
      description: '',
      website: '',
      tags: [],
      accountType: 'full',
      region: 'OTHER',
      isMaster: false,
      ownerId: actor,
      accountManagerId: null,
    });
  });

  it('refuses names shorter than 2 or longer than 120 characters', () => {
    expect(problemsOf(() => validateNewClient({ name: 'A' }, actor))).toEqual(['name']);
    expect(problemsOf(() => validateNewClient({ name: 'x'.repeat(121) }, actor))).toEqual(['name']);
    expect(problemsOf(() => validateNewClient({ name: 'x'.repeat(120) }, actor))).toEqual([]);
  });

  it('names every bad field at once', () => {
    const fields = problemsOf(() =>
      validateNewClient(
        { name: 'Ok name', region: 'MARS', accountType: 'partial', website: 'ftp://x' },
        actor,
      ),
    );
    expect(fields.sort()).toEqual(['accountType', 'region', 'website']);
  });

  it('deduplicates tags and limits them to 20', () => {
    expect(validateNewClient({ name: 'Tags', tags: ['a', ' a ', 'b', ''] }, actor).tags).toEqual(['a', 'b']);
    const many = Array.from({ length: 21 }, (_, index) => `tag${index}`);
    expect(problemsOf(() => validateNewClient({ name: 'Tags', tags: many }, actor))).toEqual(['tags']);
  });
});

describe('agency roles', () => {
  it('gives owners and admins every agency permission and members none', () => {
    expect([...permissionsOf('owner')].sort()).toEqual([...AGENCY_PERMISSIONS].sort());
    expect([...permissionsOf('admin')].sort()).toEqual([...AGENCY_PERMISSIONS].sort());
    expect(permissionsOf('member')).toEqual([]);
    expect(AGENCY_ROLES).toEqual(['owner', 'admin', 'member']);
  });
});
