import { randomUUID } from 'node:crypto';
import type { Subscription } from '@nats-io/transport-node';
import { subjectOf } from '@atrium/events';
import type { Actor } from '@atrium/logger';
import { eventually } from '@atrium/testing';
import {
  createAgency,
  mailTo,
  publishEvent,
  startPlatform,
  type Platform,
  type TestAgency,
} from './support/platform';

interface TenancyEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
}

interface Member {
  userId: string;
  name: string;
  email: string;
  actor: Actor;
}

let platform: Platform;
let tenancyEvents: Subscription;
// What tenancy published, as notification receives it: tokens to add members, ids to republish.
const published: TenancyEvent[] = [];

let agency: TestAgency;
let slug: string;
let admin: Member;
let clientOwner: Member;
let bystander: Member;
let manager: Member;

beforeAll(async () => {
  platform = await startPlatform('notification_clients', { emailMaxAttempts: 3, emailRetryBaseMs: 50 });
  tenancyEvents = platform.nc.subscribe(subjectOf('atrium.tenancy.v1.>', platform.namespace));
  void (async () => {
    for await (const message of tenancyEvents) {
      published.push({
        id: message.headers?.get('ce-id') ?? '',
        type: message.headers?.get('ce-type') ?? '',
        data: message.json<Record<string, unknown>>(),
      });
    }
  })();
  agency = await createAgency(platform, 'Northwind Marketing');
  slug = `northwind-${randomUUID().slice(0, 8)}`;
  await platform.tenancy.UpdateAgency({ loginSlug: slug }, { actor: agency.owner });
  await eventually(
    () =>
      platform.db.agencyBranding
        .findFirst({ where: { agencyId: agency.agencyId, loginSlug: slug } })
        .then((row) => row ?? undefined),
    10000,
    'the login slug in the branding projection',
  );
  admin = await addMember('admin', 'Ada Admin');
  clientOwner = await addMember('member', 'Carl Clientowner');
  bystander = await addMember('member', 'Bea Bystander');
  manager = await addMember('member', 'Max Manager');
});

afterAll(async () => {
  tenancyEvents?.unsubscribe();
  await platform?.stop();
});

/** Invites a person into the agency and has them accept, as identity would. */
async function addMember(role: string, name: string): Promise<Member> {
  const email = `${name.split(' ')[0]!.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`;
  await platform.tenancy.InviteAgencyMember({ email, name, role }, { actor: agency.owner });
  const invitation = await eventually(
    async () =>
      published.find((event) => event.type.endsWith('invitation.created') && event.data.email === email),
    10000,
    `the invitation of ${email}`,
  );
  const userId = randomUUID();
  await platform.tenancy.ClaimInvitation({
    token: String(invitation.data.token),
    userId,
    userName: name,
    userEmail: email,
  });
  return { userId, name, email, actor: { userId, agencyId: agency.agencyId } };
}

async function createClient(name: string): Promise<string> {
  const { client } = await platform.tenancy.CreateClient(
    { name, ownerId: clientOwner.userId },
    { actor: agency.owner },
  );
  return client!.id;
}

async function bell(person: { actor: Actor }, kind: string, clientId: string) {
  const { notifications } = await platform.notification.ListNotifications(
    { limit: 100, cursor: '', unreadOnly: false, afterId: '' },
    { actor: person.actor },
  );
  return notifications.filter((item) => item.kind === kind && item.clientId === clientId);
}

/** The nth (from 1) event of a type tenancy published about a client, once it is on NATS. */
function nthEvent(type: string, clientId: string, n = 1): Promise<TenancyEvent> {
  return eventually(
    async () =>
      published.filter(
        (event) => event.type === `atrium.tenancy.v1.${type}` && event.data.clientId === clientId,
      )[n - 1],
    10000,
    `${type} #${n} of ${clientId}`,
  );
}

/** Waits for the email with this subject to a recipient. */
function mailAbout(recipient: string, subject: string) {
  return eventually(
    async () => (await mailTo(platform, recipient)).find((mail) => mail.subject === subject),
    15000,
    `"${subject}" to ${recipient}`,
  );
}

/** Waits until notification has handled an event (its inbox row commits with the handler's work). */
async function handled(eventId: string): Promise<void> {
  await eventually(
    () =>
      platform.db.inboxEvent
        .findFirst({ where: { consumer: 'notification-tenancy', eventId } })
        .then((row) => row ?? undefined),
    10000,
    `notification to handle event ${eventId}`,
  );
}

const owner = () => ({ actor: agency.owner });

describe('client deactivated and reactivated', () => {
  it('tells everyone with access to the client, except the person who switched it off', async () => {
    const clientId = await createClient('Blue Bottle');
    await platform.tenancy.DeactivateClient({ clientId }, { actor: admin.actor });
    const [notice] = await eventually(
      async () => {
        const found = await bell(owner(), 'client.deactivated', clientId);
        return found.length > 0 ? found : undefined;
      },
      10000,
      'the owner’s deactivation notice',
    );

    expect(notice).toMatchObject({
      title: 'Client "Blue Bottle" deactivated',
      body: 'Its running campaigns were stopped; its data is kept and still counts against your plan.',
      readAt: '',
    });
    expect(await bell(clientOwner, 'client.deactivated', clientId)).toEqual([
      expect.objectContaining({ title: 'Client "Blue Bottle" deactivated' }),
    ]);
    // All notices of one event commit together: the owner's being there, the others' absence is final.
    expect(await bell(admin, 'client.deactivated', clientId)).toEqual([]);
    expect(await bell(bystander, 'client.deactivated', clientId)).toEqual([]);
  });

  it('tells them it is back on, and that its campaigns stay stopped', async () => {
    const clientId = await createClient('Harbour Cafe');
    await platform.tenancy.DeactivateClient({ clientId }, { actor: agency.owner });
    await platform.tenancy.ReactivateClient({ clientId }, { actor: agency.owner });
    const [notice] = await eventually(
      async () => {
        const found = await bell(admin, 'client.reactivated', clientId);
        return found.length > 0 ? found : undefined;
      },
      10000,
      'the admin’s reactivation notice',
    );

    expect(notice).toMatchObject({
      title: 'Client "Harbour Cafe" reactivated',
      body: 'Its campaigns stay stopped until you start them.',
    });
    expect(await bell(clientOwner, 'client.reactivated', clientId)).toHaveLength(1);
    expect(await bell(owner(), 'client.reactivated', clientId)).toEqual([]);
    expect(await bell(owner(), 'client.deactivated', clientId)).toEqual([]);
    expect(await bell(admin, 'client.deactivated', clientId)).toHaveLength(1);
  });

  it('gives each person one notice however often the event is delivered', async () => {
    const clientId = await createClient('Twice Told');
    await platform.tenancy.DeactivateClient({ clientId }, { actor: agency.owner });
    const event = await nthEvent('client.deactivated', clientId);
    await handled(event.id);
    // The same event again under another message id, so JetStream's duplicate window keeps it.
    await publishEvent(platform, event.type, event.data, { id: event.id, msgId: `${event.id}-again` });
    const marker = await publishEvent(platform, event.type, {
      ...event.data,
      clientId: await createClient('Marker'),
    });
    await handled(marker);

    expect(await platform.db.notification.count({ where: { sourceEventId: event.id } })).toBe(2);
    expect(await bell(admin, 'client.deactivated', clientId)).toHaveLength(1);
    expect(await bell(clientOwner, 'client.deactivated', clientId)).toHaveLength(1);
  });
});

describe('a new account manager', () => {
  it('is told in the bell and by a branded email linking to the client on the agency’s login URL', async () => {
    const clientId = await createClient('Blue Harbour');
    await platform.tenancy.UpdateClient(
      { clientId, accountManagerId: manager.userId },
      { actor: admin.actor },
    );
    const mail = await mailAbout(manager.email, 'You are now the account manager of Blue Harbour');

    expect(mail.subject).toBe('You are now the account manager of Blue Harbour');
    expect(mail.from?.value).toEqual([{ name: 'Northwind Marketing', address: 'no-reply@atrium.test' }]);
    expect(mail.to).toMatchObject({ value: [{ address: manager.email }] });
    expect(mail.text).toContain('Hello Max Manager,');
    expect(mail.text).toContain(
      'Ada Admin made you the account manager of the client account Blue Harbour at Northwind Marketing.',
    );
    expect(mail.text).toContain('Client owner: Carl Clientowner');
    const link = `http://localhost:8080/login/${slug}/clients/${clientId}`;
    expect(mail.text).toContain(`Open Blue Harbour:\n${link}`);
    expect(mail.html).toContain(`href="${link}"`);
    expect(await bell(manager, 'client.account_manager_assigned', clientId)).toEqual([
      expect.objectContaining({ title: 'You are now the account manager of "Blue Harbour"' }),
    ]);
    const delivery = await platform.db.emailDelivery.findFirstOrThrow({
      where: { recipient: manager.email, clientId },
    });
    expect(delivery).toMatchObject({ kind: 'account_manager_assigned', agencyId: agency.agencyId });
  });

  it('is told once however often the event is delivered', async () => {
    const clientId = await createClient('Once Only');
    await platform.tenancy.UpdateClient(
      { clientId, accountManagerId: manager.userId },
      { actor: agency.owner },
    );
    const event = await nthEvent('client.updated', clientId);
    await handled(event.id);
    await publishEvent(platform, event.type, event.data, { id: event.id, msgId: `${event.id}-again` });
    const markerClient = await createClient('Marker Two');
    await platform.tenancy.UpdateClient(
      { clientId: markerClient, accountManagerId: manager.userId },
      { actor: agency.owner },
    );
    await handled((await nthEvent('client.updated', markerClient)).id);

    await mailAbout(manager.email, 'You are now the account manager of Marker Two');
    const mails = await mailTo(platform, manager.email);
    expect(
      mails.filter((mail) => mail.subject === 'You are now the account manager of Once Only'),
    ).toHaveLength(1);
    expect(await platform.db.emailDelivery.count({ where: { sourceEventId: event.id } })).toBe(1);
    expect(await bell(manager, 'client.account_manager_assigned', clientId)).toHaveLength(1);
  });

  it('is not told of other changes, of taking the client themselves, or of losing it', async () => {
    const clientId = await createClient('Quiet Client');
    await platform.tenancy.UpdateClient({ clientId, name: 'Quiet Client Ltd' }, { actor: agency.owner });
    const renamed = await nthEvent('client.updated', clientId, 1);
    await platform.tenancy.UpdateClient({ clientId, accountManagerId: admin.userId }, { actor: admin.actor });
    const tookItThemselves = await nthEvent('client.updated', clientId, 2);
    await platform.tenancy.UpdateClient({ clientId, accountManagerId: '' }, { actor: agency.owner });
    const cleared = await nthEvent('client.updated', clientId, 3);
    const events = [renamed, tookItThemselves, cleared];
    for (const event of events) await handled(event.id);

    expect(tookItThemselves.data.changedFields).toEqual(['accountManagerId']);
    expect(cleared.data.changedFields).toEqual(['accountManagerId']);
    const ids = events.map((event) => event.id);
    expect(await platform.db.notification.count({ where: { sourceEventId: { in: ids } } })).toBe(0);
    expect(await platform.db.emailDelivery.count({ where: { sourceEventId: { in: ids } } })).toBe(0);
  });

  it('is not told when no longer in the agency’s team by the time the event is handled', async () => {
    const clientId = await createClient('Left Behind');
    const leaver = randomUUID();
    const eventId = await publishEvent(platform, 'atrium.tenancy.v1.client.updated', {
      agencyId: agency.agencyId,
      clientId,
      changedFields: ['accountManagerId'],
      client: { name: 'Left Behind', ownerName: clientOwner.name, accountManagerId: leaver },
      updatedBy: agency.ownerId,
    });
    await handled(eventId);

    expect(await platform.db.notification.count({ where: { sourceEventId: eventId } })).toBe(0);
    expect(await platform.db.emailDelivery.count({ where: { sourceEventId: eventId } })).toBe(0);
  });
});
