import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { eventually } from '@atrium/testing';
import { openSse, type SseStream } from '../support/sse';
import { startPlatform, type Platform } from './platform';

// Issue 5 through the real gateway and real processes: the bell live over server-sent events, its
// counters, and an invitation that leaves as email through a real SMTP server (the development sink).
jest.setTimeout(120_000);

let platform: Platform;
const streams: SseStream[] = [];

beforeAll(async () => {
  platform = await startPlatform();
});

afterAll(async () => {
  for (const stream of streams) stream.close();
  await platform?.shutdown();
});

interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of many shapes
}

async function call(method: string, path: string, options: { body?: unknown; token?: string } = {}) {
  const response = await fetch(`${platform.url}${path}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      // Each call from an address of its own, so the per-address sign-up limit never interferes.
      'x-forwarded-for': `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined } as Answer;
}

async function signUp(agencyName: string) {
  const suffix = randomBytes(3).toString('hex');
  const answer = await call('POST', '/v1/auth/signup', {
    body: {
      agencyName,
      name: 'Hana Owner',
      email: `hana-${suffix}@harbour.test`,
      password: 'Lantern-Harbour-42',
    },
  });
  expect(answer.status).toBe(201);
  return answer.body as { accessToken: string; agency: { id: string; name: string } };
}

describe('the bell', () => {
  it('shows a new client on the owner’s open stream within a second, unread until read-all', async () => {
    const owner = await signUp('Harbour Lights Agency');
    const stream = await openSse(`${platform.url}/v1/notifications/stream`, {
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
    expect(unread).toEqual({ status: 200, body: { count: 1 } });
    const readAll = await call('POST', '/v1/notifications/read-all', { token: owner.accessToken });
    expect(readAll).toEqual({ status: 200, body: { marked: 1 } });
    const after = await call('GET', '/v1/notifications/unread-count', { token: owner.accessToken });
    expect(after.body).toEqual({ count: 0 });
    const listed = await call('GET', '/v1/notifications', { token: owner.accessToken });
    expect(listed.body.items).toEqual([{ ...notification, readAt: expect.any(String) }]);
  });
});

describe('invitation email', () => {
  it('reaches the invitee over SMTP in the agency’s name, with a link the accept route takes', async () => {
    const owner = await signUp('Tidewater Creative');
    const invitee = `mira-${randomBytes(3).toString('hex')}@tidewater.test`;
    const invited = await call('POST', '/v1/agency/members', {
      body: { email: invitee, name: 'Mira Member', role: 'member' },
      token: owner.accessToken,
    });
    expect(invited.status).toBe(201);

    const caught = await eventually(
      async () => (await platform.mail.messages()).find((message) => message.to.includes(invitee)),
      20_000,
      'the invitation email in the SMTP sink',
    );
    const mail = await simpleParser(await platform.mail.raw(caught.id));
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
      agency: { id: owner.agency.id },
      role: 'member',
    });
  });
});

describe('shutdown', () => {
  it('ends the open streams at once instead of waiting out the grace period', async () => {
    const owner = await signUp('Quayside Studio');
    const stream = await openSse(`${platform.url}/v1/notifications/stream`, {
      authorization: `Bearer ${owner.accessToken}`,
    });
    streams.push(stream);
    expect(stream.status).toBe(200);
    await platform.stop('gateway');
    await stream.waitUntilClosed(5000);
    expect(platform.logs('gateway')).not.toContain('still running after the grace period');
  });
});
