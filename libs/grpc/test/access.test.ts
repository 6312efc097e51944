import fc from 'fast-check';
import { DomainError, requireAgencyPermission, requireClientPermission, type Actor } from '../src';

const member = (fields: Partial<Actor> = {}): Actor => ({ userId: 'u1', agencyId: 'a1', ...fields });

function codeOf(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('access resolved by the gateway, checked by a service that does not own it', () => {
  it('admits an agency permission the caller holds and refuses one it lacks or was never resolved', () => {
    expect(
      codeOf(() => requireAgencyPermission(member({ agencyPermissions: ['billing:read'] }), 'billing:read')),
    ).toBe(undefined);
    expect(
      codeOf(() =>
        requireAgencyPermission(member({ agencyPermissions: ['billing:read'] }), 'billing:manage'),
      ),
    ).toBe('forbidden');
    expect(codeOf(() => requireAgencyPermission(member(), 'billing:read'))).toBe('forbidden');
    expect(codeOf(() => requireAgencyPermission(undefined, 'billing:read'))).toBe('unauthenticated');
    expect(codeOf(() => requireAgencyPermission({ userId: 'u1' }, 'billing:read'))).toBe('unauthenticated');
  });

  it('answers not_found for a client the caller may not enter, forbidden for a permission it lacks there', () => {
    const inside = member({ clientAccess: { clientId: 'c1', permissions: ['templates:write'] } });
    expect(codeOf(() => requireClientPermission(inside, 'c1'))).toBe(undefined);
    expect(codeOf(() => requireClientPermission(inside, 'c1', 'templates:write'))).toBe(undefined);
    expect(codeOf(() => requireClientPermission(inside, 'c1', 'lists:write'))).toBe('forbidden');
    expect(codeOf(() => requireClientPermission(inside, 'c2'))).toBe('not_found');
    expect(codeOf(() => requireClientPermission(member(), 'c1'))).toBe('not_found');
  });

  it('never admits a client other than the one resolved, whatever the permissions', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.uuid(),
        fc.array(fc.string(), { maxLength: 5 }),
        fc.option(fc.string(), { nil: undefined }),
        (resolved, asked, permissions, permission) => {
          fc.pre(resolved !== asked);
          const actor = member({ clientAccess: { clientId: resolved, permissions } });
          return codeOf(() => requireClientPermission(actor, asked, permission)) === 'not_found';
        },
      ),
    );
  });
});
