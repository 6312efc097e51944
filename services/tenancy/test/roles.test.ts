import { randomUUID } from 'node:crypto';
import { createDb, type Db } from '../src/store/db';
import { inTenant } from '../src/store/tenant';
import { addMember, newAgency, problem, startHarness, type Harness, type TestAgency } from './support';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('tenancy_roles');
});

afterAll(async () => {
  await harness?.stop();
});

async function accessOf(agencyId: string, userId: string) {
  return harness.client.GetAccess({ userId, agencyId }, { actor: { userId, agencyId } });
}

async function newRole(agency: TestAgency, name: string, permissions: string[]) {
  const { role } = await harness.client.CreateAgencyRole(
    { name, description: `${name} people`, permissions },
    { actor: agency.owner },
  );
  return role!;
}

describe('custom roles', () => {
  it('are listed after the built-in roles, with their permissions in catalogue order and member count', async () => {
    const agency = await newAgency(harness);
    const member = await addMember(harness, agency, 'member', 'Cara Custom');
    const role = await newRole(agency, 'Sales', ['clients:update', 'clients:create', 'clients:create']);
    expect(role).toMatchObject({
      name: 'Sales',
      description: 'Sales people',
      permissions: ['clients:create', 'clients:update'],
      builtIn: false,
      memberCount: 0,
    });
    await harness.client.ChangeMemberRole(
      { userId: member.userId, role: '', roleId: role.id },
      { actor: agency.owner },
    );
    await newRole(agency, 'analysts', ['billing:read']);

    const { roles } = await harness.client.ListAgencyRoles({}, { actor: member });
    expect(roles.map((listed) => [listed.id, listed.builtIn, listed.memberCount])).toEqual([
      ['owner', true, 0],
      ['admin', true, 0],
      ['member', true, 0],
      [expect.any(String), false, 0],
      [role.id, false, 1],
    ]);
    expect(roles[0]!.permissions).toContain('members:manage');
    expect(roles[2]!.permissions).toEqual([]);
    expect(roles[3]!.name).toBe('analysts');

    const created = await harness.nextEvent(
      'atrium.tenancy.v1.role.created',
      (data) => data.roleId === role.id,
    );
    expect(created.data).toEqual({
      agencyId: agency.agencyId,
      roleId: role.id,
      name: 'Sales',
      permissions: ['clients:create', 'clients:update'],
      createdBy: agency.ownerId,
    });
  });

  it('need members:manage to be created, changed or deleted', async () => {
    const agency = await newAgency(harness);
    const member = await addMember(harness, agency, 'member', 'Nia Member');
    const role = await newRole(agency, 'Helpers', []);
    expect(
      await problem(harness.client.CreateAgencyRole({ name: 'Mine', permissions: [] }, { actor: member })),
    ).toMatchObject({ code: 'forbidden' });
    expect(
      await problem(harness.client.UpdateAgencyRole({ roleId: role.id, name: 'Mine' }, { actor: member })),
    ).toMatchObject({ code: 'forbidden' });
    expect(
      await problem(harness.client.DeleteAgencyRole({ roleId: role.id }, { actor: member })),
    ).toMatchObject({
      code: 'forbidden',
    });
  });

  it('name unknown permissions, bad names and names taken in any case', async () => {
    const agency = await newAgency(harness);
    await newRole(agency, 'Support Desk', []);
    expect(
      await problem(
        harness.client.CreateAgencyRole(
          {
            name: 'X',
            description: 'd'.repeat(501),
            permissions: ['clients:create', 'campaigns:write', 'root'],
          },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({
      status: 400,
      code: 'validation_failed',
      fields: [
        { field: 'name', message: 'must be 2 to 60 characters' },
        { field: 'description' },
        { field: 'permissions', message: 'are not agency permissions: campaigns:write, root' },
      ],
    });
    expect(
      await problem(
        harness.client.CreateAgencyRole({ name: 'Admin', permissions: [] }, { actor: agency.owner }),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'name' }] });
    expect(
      await problem(
        harness.client.CreateAgencyRole({ name: 'support desk', permissions: [] }, { actor: agency.owner }),
      ),
    ).toMatchObject({ status: 409, code: 'conflict', fields: [{ field: 'name' }] });
    // Another agency may use the same name.
    const other = await newAgency(harness);
    await expect(newRole(other, 'Support Desk', [])).resolves.toMatchObject({ name: 'Support Desk' });
  });

  it('refuse concurrent creations of one name: exactly one wins', async () => {
    const agency = await newAgency(harness);
    const results = await Promise.allSettled(
      ['Twins', 'TWINS', 'twins'].map((name) =>
        harness.client.CreateAgencyRole({ name, permissions: [] }, { actor: agency.owner }),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results)
      if (result.status === 'rejected')
        expect(await problem(Promise.reject(result.reason))).toMatchObject({ code: 'conflict' });
    const { roles } = await harness.client.ListAgencyRoles({}, { actor: agency.owner });
    expect(roles.filter((role) => !role.builtIn)).toHaveLength(1);
  });

  it('cannot change or delete built-in roles, and another agency’s role is not found', async () => {
    const agency = await newAgency(harness);
    const other = await newAgency(harness);
    const foreign = await newRole(other, 'Foreign', []);
    for (const roleId of ['owner', 'admin', 'member']) {
      expect(
        await problem(harness.client.UpdateAgencyRole({ roleId, name: 'Boss' }, { actor: agency.owner })),
      ).toMatchObject({ status: 409, code: 'conflict', fields: [{ field: 'roleId' }] });
      expect(
        await problem(harness.client.DeleteAgencyRole({ roleId }, { actor: agency.owner })),
      ).toMatchObject({
        status: 409,
        code: 'conflict',
      });
    }
    expect(
      await problem(
        harness.client.UpdateAgencyRole({ roleId: foreign.id, name: 'Mine' }, { actor: agency.owner }),
      ),
    ).toMatchObject({ status: 404, code: 'not_found' });
    expect(
      await problem(harness.client.DeleteAgencyRole({ roleId: 'nonsense' }, { actor: agency.owner })),
    ).toMatchObject({
      status: 404,
    });
  });
});

describe('holding a custom role', () => {
  it('gives exactly its permissions, and an edit takes effect with the next call', async () => {
    const agency = await newAgency(harness);
    const creator = await addMember(harness, agency, 'member', 'Cleo Creator');
    const role = await newRole(agency, 'Client creators', ['clients:create']);
    expect(
      await problem(harness.client.CreateClient({ name: 'Before Role' }, { actor: creator })),
    ).toMatchObject({ code: 'forbidden' });

    const { member } = await harness.client.ChangeMemberRole(
      { userId: creator.userId, role: '', roleId: role.id },
      { actor: agency.owner },
    );
    expect(member).toMatchObject({
      role: 'custom',
      customRoleId: role.id,
      customRoleName: 'Client creators',
    });
    expect(await accessOf(agency.agencyId, creator.userId)).toMatchObject({
      role: 'custom',
      permissions: ['clients:create'],
      customRole: { id: role.id, name: 'Client creators', permissions: ['clients:create'] },
    });
    const changed = await harness.nextEvent(
      'atrium.tenancy.v1.member.role_changed',
      (data) => data.userId === creator.userId,
    );
    expect(changed.data).toMatchObject({ role: 'custom', roleId: role.id, previousRole: 'member' });
    const { client } = await harness.client.CreateClient({ name: 'With Role' }, { actor: creator });
    expect(client).toMatchObject({ name: 'With Role', ownerId: creator.userId });

    await harness.client.UpdateAgencyRole(
      { roleId: role.id, permissions: { permissions: ['billing:read'] } },
      { actor: agency.owner },
    );
    expect(
      await problem(harness.client.CreateClient({ name: 'After Edit' }, { actor: creator })),
    ).toMatchObject({ code: 'forbidden' });
    expect((await accessOf(agency.agencyId, creator.userId)).permissions).toEqual(['billing:read']);
    const updated = await harness.nextEvent(
      'atrium.tenancy.v1.role.updated',
      (data) => data.roleId === role.id,
    );
    expect(updated.data).toMatchObject({
      agencyId: agency.agencyId,
      permissions: ['billing:read'],
      changedFields: ['permissions'],
    });

    const { members } = await harness.client.ListMembers({}, { actor: agency.owner });
    expect(members.find((listed) => listed.userId === creator.userId)).toMatchObject({
      role: 'custom',
      customRoleId: role.id,
      customRoleName: 'Client creators',
    });
  });

  it('does not let its holder transfer ownership, whatever it grants', async () => {
    const agency = await newAgency(harness);
    const holder = await addMember(harness, agency, 'member', 'Hal Holder');
    const everything = await newRole(agency, 'Everything', [
      'clients:read_all',
      'clients:create',
      'clients:update',
      'clients:delete',
      'clients:manage_team',
      'organization:manage',
      'members:manage',
      'billing:manage',
      'billing:read',
    ]);
    await harness.client.ChangeMemberRole(
      { userId: holder.userId, role: '', roleId: everything.id },
      { actor: agency.owner },
    );
    expect(
      await problem(harness.client.TransferOwnership({ newOwnerId: holder.userId }, { actor: holder })),
    ).toMatchObject({ code: 'forbidden' });
    // Becoming the owner gives the custom role up.
    const { newOwner } = await harness.client.TransferOwnership(
      { newOwnerId: holder.userId },
      { actor: agency.owner },
    );
    expect(newOwner).toMatchObject({ role: 'owner', customRoleId: '' });
    expect((await accessOf(agency.agencyId, holder.userId)).role).toBe('owner');
  });

  it('is given only by role or roleId, and only a role of the same agency', async () => {
    const agency = await newAgency(harness);
    const other = await newAgency(harness);
    const member = await addMember(harness, agency, 'member', 'Mo Member');
    const foreign = await newRole(other, 'Foreign', ['clients:read_all']);
    const own = await newRole(agency, 'Own', []);
    expect(
      await problem(
        harness.client.ChangeMemberRole(
          { userId: member.userId, role: '', roleId: foreign.id },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'roleId' }] });
    expect(
      await problem(
        harness.client.ChangeMemberRole(
          { userId: member.userId, role: 'admin', roleId: own.id },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'role' }] });
    expect(
      await problem(
        harness.client.ChangeMemberRole({ userId: member.userId, role: '' }, { actor: agency.owner }),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'role' }] });
    expect((await accessOf(agency.agencyId, member.userId)).role).toBe('member');
  });

  it('the database itself refuses a role of another agency, whatever the code forgets', async () => {
    const agency = await newAgency(harness);
    const other = await newAgency(harness);
    const member = await addMember(harness, agency, 'member', 'Di Direct');
    const foreign = await newRole(other, 'Foreign', ['clients:read_all']);
    // The table owner bypasses row-level security: only the composite foreign key can say no.
    const owner: Db = createDb(harness.databaseUrl, { poolSize: 1, appRole: 'postgres' });
    try {
      await expect(
        owner.agencyMember.update({
          where: { agencyId_userId: { agencyId: agency.agencyId, userId: member.userId } },
          data: { role: 'custom', customRoleId: foreign.id },
        }),
      ).rejects.toThrow();
    } finally {
      await owner.$disconnect();
    }
  });

  it('comes with an invitation that offers it', async () => {
    const agency = await newAgency(harness);
    const role = await newRole(agency, 'Billing clerks', ['billing:read']);
    const userId = randomUUID();
    const email = `clerk-${userId.slice(0, 8)}@example.com`;
    const { invitation } = await harness.client.InviteAgencyMember(
      { email, name: 'Cle Clerk', role: '', roleId: role.id },
      { actor: agency.owner },
    );
    expect(invitation).toMatchObject({ role: 'custom', customRoleId: role.id });
    const created = await harness.nextEvent(
      'atrium.tenancy.v1.invitation.created',
      (data) => data.invitationId === invitation!.id,
    );
    expect(created.data).toMatchObject({ role: 'custom', roleId: role.id, roleName: 'Billing clerks' });
    expect(
      await problem(harness.client.DeleteAgencyRole({ roleId: role.id }, { actor: agency.owner })),
    ).toMatchObject({
      status: 409,
      code: 'role_in_use',
      detail: expect.stringContaining('1 pending invitation offer it'),
    });
    await harness.client.ClaimInvitation({
      token: String(created.data.token),
      userId,
      userName: 'Cle Clerk',
      userEmail: email,
    });
    expect(await accessOf(agency.agencyId, userId)).toMatchObject({
      role: 'custom',
      permissions: ['billing:read'],
    });
    const added = await harness.nextEvent('atrium.tenancy.v1.member.added', (data) => data.userId === userId);
    expect(added.data).toMatchObject({ role: 'custom', roleId: role.id });
  });
});

describe('deleting a custom role', () => {
  it('answers role_in_use with the member count while members hold it, and then removes it', async () => {
    const agency = await newAgency(harness);
    const first = await addMember(harness, agency, 'member', 'Fay First');
    const second = await addMember(harness, agency, 'member', 'Sam Second');
    const role = await newRole(agency, 'Temporary', ['clients:update']);
    for (const member of [first, second])
      await harness.client.ChangeMemberRole(
        { userId: member.userId, role: '', roleId: role.id },
        { actor: agency.owner },
      );
    expect(
      await problem(harness.client.DeleteAgencyRole({ roleId: role.id }, { actor: agency.owner })),
    ).toMatchObject({
      status: 409,
      code: 'role_in_use',
      detail: expect.stringContaining('2 members hold it'),
    });
    for (const member of [first, second])
      await harness.client.ChangeMemberRole(
        { userId: member.userId, role: 'member' },
        { actor: agency.owner },
      );
    await harness.client.DeleteAgencyRole({ roleId: role.id }, { actor: agency.owner });
    const deleted = await harness.nextEvent(
      'atrium.tenancy.v1.role.deleted',
      (data) => data.roleId === role.id,
    );
    expect(deleted.data).toEqual({
      agencyId: agency.agencyId,
      roleId: role.id,
      name: 'Temporary',
      permissions: ['clients:update'],
      deletedBy: agency.ownerId,
    });
    const { roles } = await harness.client.ListAgencyRoles({}, { actor: agency.owner });
    expect(roles.map((listed) => listed.id)).not.toContain(role.id);
    const rows = await inTenant(harness.backend.db, { agencyId: agency.agencyId }, (tx) =>
      tx.agencyRole.count({ where: { agencyId: agency.agencyId } }),
    );
    expect(rows).toBe(0);
  });
});

describe('no one grants more than they hold', () => {
  let agency: TestAgency;
  let manager: Awaited<ReturnType<typeof addMember>>;
  let admin: Awaited<ReturnType<typeof addMember>>;
  let plain: Awaited<ReturnType<typeof addMember>>;
  let creators: Awaited<ReturnType<typeof newRole>>;

  beforeAll(async () => {
    agency = await newAgency(harness);
    // Holds members:manage and nothing else: may run the team, but not beyond its own rights.
    const managers = await newRole(agency, 'People managers', ['members:manage']);
    creators = await newRole(agency, 'Creators', ['clients:create']);
    manager = await addMember(harness, agency, 'member', 'Max Manager');
    admin = await addMember(harness, agency, 'admin', 'Ada Admin');
    plain = await addMember(harness, agency, 'member', 'Pia Plain');
    await harness.client.ChangeMemberRole(
      { userId: manager.userId, role: '', roleId: managers.id },
      { actor: agency.owner },
    );
  });

  const refused = (call: Promise<unknown>) =>
    expect(problem(call)).resolves.toMatchObject({
      code: 'forbidden',
      detail: expect.stringMatching(/do not hold/),
    });

  it('refuses making oneself or anyone admin, or giving a role with permissions one lacks', async () => {
    await refused(
      harness.client.ChangeMemberRole({ userId: manager.userId, role: 'admin' }, { actor: manager }),
    );
    await refused(
      harness.client.ChangeMemberRole({ userId: plain.userId, role: 'admin' }, { actor: manager }),
    );
    await refused(
      harness.client.ChangeMemberRole(
        { userId: plain.userId, role: '', roleId: creators.id },
        { actor: manager },
      ),
    );
    expect((await accessOf(agency.agencyId, plain.userId)).role).toBe('member');
  });

  it('refuses demoting or removing someone who holds more', async () => {
    await refused(
      harness.client.ChangeMemberRole({ userId: admin.userId, role: 'member' }, { actor: manager }),
    );
    await refused(
      harness.client.RemoveMember({ userId: admin.userId, transferClientsTo: '' }, { actor: manager }),
    );
    expect((await accessOf(agency.agencyId, admin.userId)).role).toBe('admin');
  });

  it('refuses inviting with a role beyond its own, and allows what it holds', async () => {
    await refused(
      harness.client.InviteAgencyMember(
        { email: 'new-admin@example.com', name: 'New Admin', role: 'admin' },
        { actor: manager },
      ),
    );
    const { invitation } = await harness.client.InviteAgencyMember(
      { email: 'new-member@example.com', name: 'New Member', role: 'member' },
      { actor: manager },
    );
    expect(invitation).toMatchObject({ role: 'member', status: 'pending' });
  });

  it('refuses creating, widening or deleting a custom role beyond its own permissions', async () => {
    await refused(
      harness.client.CreateAgencyRole(
        { name: 'Everything', description: '', permissions: ['members:manage', 'clients:delete'] },
        { actor: manager },
      ),
    );
    const { role } = await harness.client.CreateAgencyRole(
      { name: 'Deputies', description: '', permissions: ['members:manage'] },
      { actor: manager },
    );
    await refused(
      harness.client.UpdateAgencyRole(
        { roleId: role!.id, permissions: { permissions: ['members:manage', 'billing:manage'] } },
        { actor: manager },
      ),
    );
    await refused(harness.client.DeleteAgencyRole({ roleId: creators.id }, { actor: manager }));
    // The owner holds everything and is never refused.
    await harness.client.ChangeMemberRole(
      { userId: plain.userId, role: '', roleId: creators.id },
      { actor: agency.owner },
    );
    expect((await accessOf(agency.agencyId, plain.userId)).permissions).toEqual(['clients:create']);
  });
});
