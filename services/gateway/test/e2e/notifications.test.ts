import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { eventually } from '@atrium/testing';
import { openSse, type SseStream } from '../support/sse';
import { platformForTests } from './platform';
import { agencyFixture, signUpAgency, type AgencyFixture } from './fixture';

// Notifications through the real gateway and real processes: the bell live over server-sent events, its
// counters, and an invitation that leaves as email through a real SMTP server (the development sink).
jest.setTimeout(120_000);

const e2e = platformForTests();
const { call } = e2e;
const streams: SseStream[] = [];
let tidewater: AgencyFixture;

beforeAll(async () => {
  tidewater = await agencyFixture(e2e.platform, { label: 'tidewater', agencyName: 'Tidewater Creative' });
});

afterAll(() => {
  for (const stream of streams) stream.close();
});

describe('the bell', () => {
  it('shows a new client on the owner’s open stream within a second, unread until read-all', async () => {
    // An agency of its own, whose bell holds only what this test does.
    const { owner } = await signUpAgency(e2e.platform, {
      label: 'harbour',
      agencyName: 'Harbour Lights Agency',
    });
    const stream = await openSse(`${e2e.platform.url}/v1/notifications/stream`, {
      authorization: `Bearer ${owner.accessToken}`,
    });
    streams.push(stream);
    expect(stream.status).toBe(200);

    const created = await call('POST', '/v1/clients', {
      body: { name: 'Lighthouse Bakery' },
      token: owner.accessToken,
    });
    expect(created.status).toBe(201);
    const event = await stream.waitFor(
      (candidate) => candidate.event === 'notification' && candidate.data.includes(created.body.id),
      1000,
      'the client.created notification on the stream',
    );
    const notification = JSON.parse(event.data);
    expect(notification).toMatchObject({
      id: event.id,
      kind: 'client.created',
      title: 'Client "Lighthouse Bakery" created',
      clientId: created.body.id,
      readAt: null,
    });

    const unread = await call('GET', '/v1/notifications/unread-count', { token: owner.accessToken });
    expect({ status: unread.status, body: unread.body }).toEqual({ status: 200, body: { count: 1 } });
    const readAll = await call('POST', '/v1/notifications/read-all', { token: owner.accessToken });
    expect({ status: readAll.status, body: readAll.body }).toEqual({ status: 200, body: { marked: 1 } });
    const after = await call('GET', '/v1/notifications/unread-count', { token: owner.accessToken });
    expect(after.body).toEqual({ count: 0 });
    const listed = await call('GET', '/v1/notifications', { token: owner.accessToken });
    expect(listed.body.items).toEqual([{ ...notification, readAt: expect.any(String) }]);
  });
});

describe('invitation email', () => {
  it('reaches the invitee over SMTP in the agency’s name, with a link the accept route takes', async () => {
    const { owner } = tidewater;
    const invitee = `mira-${randomBytes(3).toString('hex')}@tidewater.test`;
    const invited = await call('POST', '/v1/agency/members', {
      body: { email: invitee, name: 'Mira Member', role: 'member' },
      token: owner.accessToken,
    });
    expect(invited.status).toBe(201);

    const caught = await eventually(
      async () => (await e2e.platform.mail.messages()).find((message) => message.to.includes(invitee)),
      20_000,
      'the invitation email in the SMTP sink',
    );
    const mail = await simpleParser(await e2e.platform.mail.raw(caught.id));
    expect(mail.to).toMatchObject({ value: [{ address: invitee }] });
    expect(mail.subject).toContain('Tidewater Creative');
    expect(mail.from?.text).toContain('Tidewater Creative');
    expect(mail.text).toContain('Tidewater Creative');
    expect(mail.html).toEqual(expect.stringContaining('Tidewater Creative'));

    const link = /https?:\/\/\S+\/accept-invitation\?token=([A-Za-z0-9%._~-]+)/.exec(mail.text ?? '');
    expect(link).not.toBeNull();
    const accepted = await call('POST', '/v1/invitations/accept', {
      body: { token: decodeURIComponent(link![1]!), password: 'Member-Compass-31' },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      user: { email: invitee, name: 'Mira Member' },
      agency: { id: tidewater.agency.id },
      role: 'member',
    });
  });
});

describe('shutdown', () => {
  it('ends the open streams at once instead of waiting out the grace period', async () => {
    const { owner } = await signUpAgency(e2e.platform, { label: 'quayside', agencyName: 'Quayside Studio' });
    const stream = await openSse(`${e2e.platform.url}/v1/notifications/stream`, {
      authorization: `Bearer ${owner.accessToken}`,
    });
    streams.push(stream);
    expect(stream.status).toBe(200);
    const { platform } = e2e;
    await platform.stop('gateway');
    try {
      await stream.waitUntilClosed(5000);
      expect(platform.logs('gateway')).not.toContain('still running after the grace period');
    } finally {
      // Back up for whatever test runs next.
      await platform.start('gateway');
      await eventually(
        async () =>
          (await call('GET', '/readyz').catch(() => undefined))?.status === 200 ? true : undefined,
        30_000,
        'the gateway to be ready again',
      );
    }
  });
});
