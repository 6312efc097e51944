import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { addMember, newAgency, problem, startHarness, type Harness, type TestAgency } from './support';

let harness: Harness;
// The database's owner, which row-level security does not confine: to age an invitation.
let owner: PgClient;

beforeAll(async () => {
  harness = await startHarness('tenancy_invitations_management');
  owner = new PgClient({ connectionString: harness.databaseUrl });
  await owner.connect();
});

afterAll(async () => {
  await owner?.end();
  await harness?.stop();
});

function email(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`;
}

async function inviteMember(agency: TestAgency, role = 'member') {
  const { invitation } = await harness.client.InviteAgencyMember(
    { email: email('invitee'), name: 'Ivy Invitee', role },
    { actor: agency.owner },
  );
  const created = await harness.nextEvent(
    'atrium.tenancy.v1.invitation.created',
    (data) => data.invitationId === invitation!.id,
  );
  return { invitation: invitation!, token: String(created.data.token) };
}

async function inviteClientUser(agency: TestAgency, clientId: string) {
  const created = await harness.client.CreateClientUser(
    { clientId, name: 'Cal Client', email: email('cal'), role: 'designer', sendInvitation: true },
    { actor: agency.owner },
  );
  const event = await harness.nextEvent(
    'atrium.tenancy.v1.invitation.created',
    (data) => data.invitationId === created.invitation!.id,
  );
  return {
    clientUser: created.clientUser!,
    invitation: created.invitation!,
    token: String(event.data.token),
  };
}

async function newClient(agency: TestAgency, name = 'Contoso Dental'): Promise<string> {
  const { client } = await harness.client.CreateClient({ name }, { actor: agency.owner });
  return client!.id;
}

describe('listing pending invitations', () => {
  it("lists the agency's pending member invitations newest first, one page at a time", async () => {
    const agency = await newAgency(harness);
    const clientId = await newClient(agency);
    const first = await inviteMember(agency);
    const second = await inviteMember(agency, 'admin');
    const accepted = await inviteMember(agency);
    await harness.client.ClaimInvitation({
      token: accepted.token,
      userId: randomUUID(),
      userName: 'Ace Accepted',
      userEmail: accepted.invitation.email,
    });
    await inviteClientUser(agency, clientId);

    const page = await harness.client.ListInvitations({ clientId: '', limit: 1 }, { actor: agency.owner });
    expect(page.invitations.map((invitation) => invitation.id)).toEqual([second.invitation.id]);
    const next = await harness.client.ListInvitations(
      { clientId: '', limit: 1, cursor: page.nextCursor },
      { actor: agency.owner },
    );
    expect(next.invitations.map((invitation) => invitation.id)).toEqual([first.invitation.id]);
    expect(next.nextCursor).toBe('');
    expect(next.invitations[0]).toMatchObject({ status: 'pending', clientId: '' });
  });

  it("lists a client's invitations to those who manage its users only", async () => {
    const agency = await newAgency(harness);
    const clientId = await newClient(agency);
    const otherClientId = await newClient(agency, 'Other Client');
    const invited = await inviteClientUser(agency, clientId);
    await inviteClientUser(agency, otherClientId);
    const page = await harness.client.ListInvitations({ clientId }, { actor: agency.owner });
    expect(page.invitations).toEqual([
      expect.objectContaining({
        id: invited.invitation.id,
        clientUserId: invited.clientUser.id,
        status: 'pending',
      }),
    ]);
    const member = await addMember(harness, agency, 'member', 'Mo Member');
    expect(await problem(harness.client.ListInvitations({ clientId: '' }, { actor: member }))).toMatchObject({
      code: 'forbidden',
    });
    expect(await problem(harness.client.ListInvitations({ clientId }, { actor: member }))).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('resending and cancelling invitations', () => {
  it('resends with a new link: the old one dies at once and the new one lives 7 days', async () => {
    const agency = await newAgency(harness);
    const { invitation, token } = await inviteMember(agency);
    const resent = await harness.client.ResendInvitation(
      { clientId: '', invitationId: invitation.id },
      { actor: agency.owner },
    );
    expect(resent.invitation).toMatchObject({ id: invitation.id, status: 'pending' });
    expect(Date.parse(resent.invitation!.expiresAt) - Date.now()).toBeGreaterThan(7 * 86_400_000 - 60_000);
    const event = await harness.nextEvent(
      'atrium.tenancy.v1.invitation.resent',
      (data) => data.invitationId === invitation.id,
    );
    expect(event.data).toMatchObject({ email: invitation.email, resentBy: agency.ownerId, clientId: '' });
    expect(event.data.token).not.toBe(token);
    expect(await problem(harness.client.ResolveInvitation({ token }))).toMatchObject({ code: 'not_found' });
    const resolved = await harness.client.ResolveInvitation({ token: String(event.data.token) });
    expect(resolved.invitation?.id).toBe(invitation.id);
  });

  it('cancels a client invitation: the link dies and the user stays invited, to invite again', async () => {
    const agency = await newAgency(harness);
    const clientId = await newClient(agency);
    const { clientUser, invitation, token } = await inviteClientUser(agency, clientId);
    const cancelled = await harness.client.CancelInvitation(
      { clientId, invitationId: invitation.id },
      { actor: agency.owner },
    );
    expect(cancelled.invitation?.status).toBe('cancelled');
    const event = await harness.nextEvent(
      'atrium.tenancy.v1.invitation.cancelled',
      (data) => data.invitationId === invitation.id,
    );
    expect(event.data).toMatchObject({ clientId, email: clientUser.email, cancelledBy: agency.ownerId });
    expect(await problem(harness.client.ResolveInvitation({ token }))).toMatchObject({ code: 'not_found' });
    expect(
      await problem(
        harness.client.ClaimInvitation({
          token,
          userId: randomUUID(),
          userName: 'X',
          userEmail: clientUser.email,
        }),
      ),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await problem(
        harness.client.CancelInvitation({ clientId, invitationId: invitation.id }, { actor: agency.owner }),
      ),
    ).toMatchObject({ code: 'not_found' });
    const users = await harness.client.ListClientUsers({ clientId }, { actor: agency.owner });
    expect(users.clientUsers).toEqual([expect.objectContaining({ id: clientUser.id, status: 'invited' })]);
    expect((await harness.client.ListInvitations({ clientId }, { actor: agency.owner })).invitations).toEqual(
      [],
    );

    const again = await harness.client.InviteClientUser(
      { clientId, userId: clientUser.id },
      { actor: agency.owner },
    );
    const sent = await harness.nextEvent(
      'atrium.tenancy.v1.invitation.created',
      (data) => data.invitationId === again.invitation!.id,
    );
    const userId = randomUUID();
    await harness.client.ClaimInvitation({
      token: String(sent.data.token),
      userId,
      userName: 'Cal Client',
      userEmail: clientUser.email,
    });
    const joined = await harness.client.ListClientUsers({ clientId }, { actor: agency.owner });
    expect(joined.clientUsers).toEqual([
      expect.objectContaining({ id: clientUser.id, status: 'active', identityUserId: userId }),
    ]);
    expect(
      await problem(
        harness.client.InviteClientUser({ clientId, userId: clientUser.id }, { actor: agency.owner }),
      ),
    ).toMatchObject({ code: 'conflict', fields: [{ field: 'userId', message: 'is active' }] });
  });

  it('finds an invitation only in its own scope', async () => {
    const agency = await newAgency(harness);
    const clientId = await newClient(agency);
    const otherClientId = await newClient(agency, 'Other Client');
    const member = await inviteMember(agency);
    const client = await inviteClientUser(agency, clientId);
    const elsewhere = await newAgency(harness, 'Elsewhere Agency');
    for (const [scope, invitationId, actor] of [
      ['', client.invitation.id, agency.owner],
      [clientId, member.invitation.id, agency.owner],
      [otherClientId, client.invitation.id, agency.owner],
      ['', member.invitation.id, elsewhere.owner],
      ['', 'not-a-uuid', agency.owner],
    ] as const) {
      expect(
        await problem(harness.client.ResendInvitation({ clientId: scope, invitationId }, { actor })),
      ).toMatchObject({ code: 'not_found' });
    }
  });
});

describe('expired invitations', () => {
  it('show as expired, cannot be spent, and come back to life when resent', async () => {
    const agency = await newAgency(harness);
    const clientId = await newClient(agency);
    const { clientUser, invitation, token } = await inviteClientUser(agency, clientId);
    await owner.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      invitation.id,
    ]);
    const listed = await harness.client.ListInvitations({ clientId }, { actor: agency.owner });
    expect(listed.invitations).toEqual([expect.objectContaining({ id: invitation.id, status: 'expired' })]);
    expect(await problem(harness.client.ResolveInvitation({ token }))).toMatchObject({ code: 'not_found' });
    expect(
      await problem(
        harness.client.ClaimInvitation({
          token,
          userId: randomUUID(),
          userName: 'X',
          userEmail: clientUser.email,
        }),
      ),
    ).toMatchObject({ code: 'not_found' });

    const resent = await harness.client.ResendInvitation(
      { clientId, invitationId: invitation.id },
      { actor: agency.owner },
    );
    expect(resent.invitation?.status).toBe('pending');
    const event = await harness.nextEvent(
      'atrium.tenancy.v1.invitation.resent',
      (data) => data.invitationId === invitation.id,
    );
    expect((await harness.client.ResolveInvitation({ token: String(event.data.token) })).invitation?.id).toBe(
      invitation.id,
    );
  });
});

describe('an invitation sent later', () => {
  it('is created without a token or sentAt, and resending sends it with a link that works', async () => {
    const agency = await newAgency(harness);
    const { invitation } = await harness.client.InviteAgencyMember(
      { email: email('later'), name: 'Lee Later', role: 'member', sendLater: true },
      { actor: agency.owner },
    );
    expect(invitation).toMatchObject({ status: 'pending', sentAt: '' });
    const created = await harness.nextEvent(
      'atrium.tenancy.v1.invitation.created',
      (data) => data.invitationId === invitation!.id,
    );
    // No token in the event, so notification mails nothing yet.
    expect(created.data.token).toBe('');

    const { invitation: sent } = await harness.client.ResendInvitation(
      { clientId: '', invitationId: invitation!.id },
      { actor: agency.owner },
    );
    expect(Date.parse(sent!.sentAt)).toBeGreaterThanOrEqual(Date.parse(invitation!.createdAt));
    const resent = await harness.nextEvent(
      'atrium.tenancy.v1.invitation.resent',
      (data) => data.invitationId === invitation!.id,
    );
    const { invitation: resolved } = await harness.client.ResolveInvitation({
      token: String(resent.data.token),
    });
    expect(resolved?.id).toBe(invitation!.id);

    const { invitations } = await harness.client.ListInvitations({ clientId: '' }, { actor: agency.owner });
    expect(invitations.find((listed) => listed.id === invitation!.id)?.sentAt).toBe(sent!.sentAt);
  });

  it('is sent at once by default, with its sending time', async () => {
    const agency = await newAgency(harness);
    const { invitation, token } = await inviteMember(agency);
    expect(token).not.toBe('');
    expect(invitation.sentAt).not.toBe('');
  });
});
