import fc from 'fast-check';
import {
  DomainError,
  requireAgencyPermission,
  requireClientOrAgencyPermission,
  requireClientPermission,
  type Actor,
} from '../src';

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

  describe('a right agency users and client users hold through different permissions', () => {
    const card = { agency: 'billing:manage', client: 'payment_methods:manage' };
    const EVERY_CLIENT_PERMISSION = ['users:manage', 'payment_methods:manage', 'credits:manage'];

    it("admits a client user by its client role's permission, never by an agency permission", () => {
      const primary = member({
        agencyPermissions: [],
        clientAccess: { clientId: 'c1', permissions: ['payment_methods:manage'], clientUser: true },
      });
      const administrator = member({
        agencyPermissions: [],
        clientAccess: { clientId: 'c1', permissions: ['campaigns:write'], clientUser: true },
      });
      expect(codeOf(() => requireClientOrAgencyPermission(primary, 'c1', card))).toBe(undefined);
      expect(codeOf(() => requireClientOrAgencyPermission(administrator, 'c1', card))).toBe('forbidden');
      expect(codeOf(() => requireClientOrAgencyPermission(primary, 'c2', card))).toBe('not_found');
    });

    it('admits an agency user inside the client only with the agency permission, though it holds every client one', () => {
      const manager = member({
        agencyPermissions: ['billing:manage'],
        clientAccess: { clientId: 'c1', permissions: EVERY_CLIENT_PERMISSION },
      });
      // A custom role with no agency permission at all, on the client's team: not a client user.
      const noAgencyPermission = member({
        agencyPermissions: [],
        clientAccess: { clientId: 'c1', permissions: EVERY_CLIENT_PERMISSION },
      });
      const unresolved = member({ clientAccess: { clientId: 'c1', permissions: EVERY_CLIENT_PERMISSION } });
      expect(codeOf(() => requireClientOrAgencyPermission(manager, 'c1', card))).toBe(undefined);
      expect(codeOf(() => requireClientOrAgencyPermission(noAgencyPermission, 'c1', card))).toBe('forbidden');
      expect(codeOf(() => requireClientOrAgencyPermission(unresolved, 'c1', card))).toBe('forbidden');
      expect(codeOf(() => requireClientOrAgencyPermission(manager, 'c2', card))).toBe('not_found');
    });
  });
});
