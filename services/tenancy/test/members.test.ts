import { randomUUID } from 'node:crypto';
import { inTenant } from '../src/store/tenant';
import { addMember, newAgency, problem, startHarness, type Harness } from './support';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('tenancy_members');
});

afterAll(async () => {
  await harness?.stop();
});

async function roleOf(agencyId: string, userId: string): Promise<string> {
  return (await harness.client.GetAccess({ userId, agencyId }, { actor: { userId, agencyId } })).role;
}

describe('the member list', () => {
  it('lists the team by name with email, role and join time, page by page, to any member', async () => {
    const agency = await newAgency(harness);
    const zoe = await addMember(harness, agency, 'member', 'zoe Zed');
    await addMember(harness, agency, 'admin', 'Adam Admin');
    const first = await harness.client.ListMembers({ limit: 2 }, { actor: zoe });
    expect(first.members.map((member) => [member.name, member.role])).toEqual([
      ['Adam Admin', 'admin'],
      ['Olive Owner', 'owner'],
    ]);
    expect(first.members[1]).toMatchObject({
      userId: agency.ownerId,
      email: `owner-${agency.ownerId}@example.com`,
    });
    expect(Date.parse(first.members[0]!.joinedAt)).not.toBeNaN();
    const second = await harness.client.ListMembers({ limit: 2, cursor: first.nextCursor }, { actor: zoe });
    expect(second.members.map((member) => member.userId)).toEqual([zoe.userId]);
    expect(second.nextCursor).toBe('');
    expect(await problem(harness.client.ListMembers({ cursor: 'nonsense' }, { actor: zoe }))).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'cursor' }],
    });
    const stranger = await newAgency(harness);
    expect(
      await problem(
        harness.client.ListMembers({}, { actor: { userId: stranger.ownerId, agencyId: agency.agencyId } }),
      ),
    ).toMatchObject({ code: 'not_found' });
  });
});

describe('changing a member’s role', () => {
  it('needs members:manage, takes effect at once and is announced', async () => {
    const agency = await newAgency(harness);
    const admin = await addMember(harness, agency, 'admin', 'Ava Admin');
    const member = await addMember(harness, agency, 'member', 'Max Member');
    expect(
      await problem(
        harness.client.ChangeMemberRole({ userId: admin.userId, role: 'member' }, { actor: member }),
      ),
    ).toMatchObject({ status: 403, code: 'forbidden' });

    const { member: promoted } = await harness.client.ChangeMemberRole(
      { userId: member.userId, role: 'admin' },
      { actor: admin },
    );
    expect(promoted).toMatchObject({ userId: member.userId, role: 'admin', name: 'Max Member' });
    expect(await roleOf(agency.agencyId, member.userId)).toBe('admin');
    const event = await harness.nextEvent(
      'atrium.tenancy.v1.member.role_changed',
      (data) => data.userId === member.userId,
    );
    expect(event.data).toEqual({
      agencyId: agency.agencyId,
      userId: member.userId,
      role: 'admin',
      previousRole: 'member',
      changedBy: admin.userId,
      roleId: '',
      previousRoleId: '',
    });
  });

  it('leaves the owner to ownership transfer, and names a bad role or unknown member', async () => {
    const agency = await newAgency(harness);
    const admin = await addMember(harness, agency, 'admin', 'Ari Admin');
    expect(
      await problem(
        harness.client.ChangeMemberRole({ userId: agency.ownerId, role: 'member' }, { actor: admin }),
      ),
    ).toMatchObject({
      status: 409,
      code: 'conflict',
      fields: [{ field: 'userId', message: 'is the agency owner' }],
    });
    expect(
      await problem(
        harness.client.ChangeMemberRole({ userId: admin.userId, role: 'owner' }, { actor: agency.owner }),
      ),
    ).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'role', message: 'must be one of admin, member' }],
    });
    const outsider = await newAgency(harness);
    expect(
      await problem(
        harness.client.ChangeMemberRole({ userId: outsider.ownerId, role: 'admin' }, { actor: agency.owner }),
      ),
    ).toMatchObject({ code: 'not_found' });
  });
});

describe('removing a member', () => {
  it('asks for the clients they own to be handed over, naming them', async () => {
    const agency = await newAgency(harness);
    const leaver = await addMember(harness, agency, 'member', 'Lee Leaver');
    for (const name of ['Zephyr', 'Acorn'])
      await harness.client.CreateClient({ name, ownerId: leaver.userId }, { actor: agency.owner });
    expect(
      await problem(
        harness.client.RemoveMember(
          { userId: leaver.userId, transferClientsTo: '' },
          { actor: agency.owner },
        ),
      ),
    ).toMatchObject({
      status: 409,
      code: 'conflict',
      fields: [
        {
          field: 'transferClientsTo',
          message: 'is required: the member owns 2 client(s): "Acorn", "Zephyr"',
        },
      ],
    });
    for (const transferClientsTo of [leaver.userId, randomUUID(), 'not-an-id'])
      expect(
        await problem(
          harness.client.RemoveMember({ userId: leaver.userId, transferClientsTo }, { actor: agency.owner }),
        ),
      ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'transferClientsTo' }] });
    expect(await roleOf(agency.agencyId, leaver.userId)).toBe('member');
  });

  it('hands their clients over, drops them as account manager and from teams, and ends their access', async () => {
    const agency = await newAgency(harness);
    const leaver = await addMember(harness, agency, 'member', 'Lou Leaver');
    const heir = await addMember(harness, agency, 'admin', 'Hal Heir');
    const { client: owned } = await harness.client.CreateClient(
      { name: 'Owned', ownerId: leaver.userId },
      { actor: agency.owner },
    );
    const { client: managed } = await harness.client.CreateClient(
      { name: 'Managed', accountManagerId: leaver.userId },
      { actor: agency.owner },
    );
    await inTenant(harness.backend.db, { agencyId: agency.agencyId }, (tx) =>
      tx.clientTeamMember.create({
        data: { clientId: managed!.id, agencyId: agency.agencyId, userId: leaver.userId },
      }),
    );

    const answer = await harness.client.RemoveMember(
      { userId: leaver.userId, transferClientsTo: heir.userId },
      { actor: heir },
    );
    expect(answer.transferredClientIds).toEqual([owned!.id]);
    expect(
      (await harness.client.GetClient({ clientId: owned!.id }, { actor: agency.owner })).client,
    ).toMatchObject({
      ownerId: heir.userId,
      ownerName: 'Hal Heir',
    });
    expect(
      (await harness.client.GetClient({ clientId: managed!.id }, { actor: agency.owner })).client
        ?.accountManagerId,
    ).toBe('');
    const team = await inTenant(harness.backend.db, { agencyId: agency.agencyId }, (tx) =>
      tx.clientTeamMember.count({ where: { userId: leaver.userId } }),
    );
    expect(team).toBe(0);
    expect(
      await problem(
        harness.client.GetAccess(
          { userId: leaver.userId, agencyId: agency.agencyId },
          { actor: { userId: leaver.userId, agencyId: agency.agencyId } },
        ),
      ),
    ).toMatchObject({ code: 'not_found' });

    const removed = await harness.nextEvent(
      'atrium.tenancy.v1.member.removed',
      (data) => data.userId === leaver.userId,
    );
    expect(removed.data).toEqual({
      agencyId: agency.agencyId,
      userId: leaver.userId,
      removedBy: heir.userId,
      clientsTransferredTo: heir.userId,
      transferredClientIds: [owned!.id],
    });
    const handedOver = await harness.nextEvent(
      'atrium.tenancy.v1.client.updated',
      (data) => data.clientId === owned!.id,
    );
    expect(handedOver.data).toMatchObject({ changedFields: ['ownerId'], client: { ownerId: heir.userId } });
    const unmanaged = await harness.nextEvent(
      'atrium.tenancy.v1.client.updated',
      (data) => data.clientId === managed!.id,
    );
    expect(unmanaged.data).toMatchObject({ changedFields: ['accountManagerId'] });
  });

  it('never removes the owner, and needs members:manage', async () => {
    const agency = await newAgency(harness);
    const admin = await addMember(harness, agency, 'admin', 'Abe Admin');
    const member = await addMember(harness, agency, 'member', 'Mae Member');
    expect(
      await problem(
        harness.client.RemoveMember({ userId: agency.ownerId, transferClientsTo: '' }, { actor: admin }),
      ),
    ).toMatchObject({ code: 'conflict', fields: [{ field: 'userId', message: 'is the agency owner' }] });
    expect(
      await problem(
        harness.client.RemoveMember({ userId: admin.userId, transferClientsTo: '' }, { actor: member }),
      ),
    ).toMatchObject({ code: 'forbidden' });
    expect(
      await problem(
        harness.client.RemoveMember({ userId: randomUUID(), transferClientsTo: '' }, { actor: admin }),
      ),
    ).toMatchObject({ code: 'not_found' });
  });
});

describe('transferring ownership', () => {
  it('makes another member the owner and the old owner an admin, once, by the owner alone', async () => {
    const agency = await newAgency(harness);
    const admin = await addMember(harness, agency, 'admin', 'Ida Admin');
    const member = await addMember(harness, agency, 'member', 'Mo Member');
    expect(
      await problem(harness.client.TransferOwnership({ newOwnerId: admin.userId }, { actor: admin })),
    ).toMatchObject({ status: 403, code: 'forbidden' });
    for (const newOwnerId of [agency.ownerId, randomUUID(), ''])
      expect(
        await problem(harness.client.TransferOwnership({ newOwnerId }, { actor: agency.owner })),
      ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'newOwnerId' }] });

    const answer = await harness.client.TransferOwnership(
      { newOwnerId: member.userId },
      { actor: agency.owner },
    );
    expect(answer.previousOwner).toMatchObject({ userId: agency.ownerId, role: 'admin' });
    expect(answer.newOwner).toMatchObject({ userId: member.userId, role: 'owner' });
    expect(await roleOf(agency.agencyId, agency.ownerId)).toBe('admin');
    expect(await roleOf(agency.agencyId, member.userId)).toBe('owner');
    const event = await harness.nextEvent(
      'atrium.tenancy.v1.agency.ownership_transferred',
      (data) => data.agencyId === agency.agencyId,
    );
    expect(event.data).toEqual({
      agencyId: agency.agencyId,
      previousOwnerId: agency.ownerId,
      newOwnerId: member.userId,
    });
    expect(
      await problem(harness.client.TransferOwnership({ newOwnerId: admin.userId }, { actor: agency.owner })),
    ).toMatchObject({ code: 'forbidden' });
  });
});
