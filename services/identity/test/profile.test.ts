import { createHash } from 'node:crypto';
import { fieldsOf, problemOf, signUp, startHarness, type Harness, type SignedUpPerson } from './support';

let harness: Harness;
let person: SignedUpPerson;

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('png body'),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('jpeg body')]);

beforeAll(async () => {
  harness = await startHarness('profile');
  person = await signUp(harness);
});

afterAll(async () => {
  await harness?.stop();
});

describe('profile', () => {
  it('changes only the fields present and publishes user.updated', async () => {
    const since = harness.events.length;
    const { user } = await harness.identity.UpdateUser(
      { phone: '+1 (555) 010-2030', position: ' Head of Growth ' },
      { actor: person.actor },
    );
    expect(user).toMatchObject({
      name: 'Ada Lovelace',
      phone: '+1 (555) 010-2030',
      position: 'Head of Growth',
    });

    const renamed = await harness.identity.UpdateUser({ name: 'Ada King' }, { actor: person.actor });
    expect(renamed.user).toMatchObject({
      name: 'Ada King',
      phone: '+1 (555) 010-2030',
      position: 'Head of Growth',
    });
    const read = await harness.identity.GetUser({ userId: person.userId }, { actor: person.actor });
    expect(read.user).toMatchObject({
      name: 'Ada King',
      phone: '+1 (555) 010-2030',
      position: 'Head of Growth',
    });

    const event = await harness.nextEvent(
      'atrium.identity.v1.user.updated',
      (data) => data.userId === person.userId && data.name === 'Ada King',
      since,
    );
    expect(event.data).toMatchObject({
      email: person.email,
      phone: '+1 (555) 010-2030',
      position: 'Head of Growth',
    });
  });

  it('clears the phone with an empty value', async () => {
    const { user } = await harness.identity.UpdateUser({ phone: '' }, { actor: person.actor });
    expect(user?.phone).toBe('');
  });

  it('names every invalid field at once', async () => {
    const fields = await fieldsOf(
      harness.identity.UpdateUser(
        { name: '  ', phone: 'call me', position: 'x'.repeat(121) },
        { actor: person.actor },
      ),
    );
    expect(fields.sort()).toEqual(['name', 'phone', 'position']);
    expect(await fieldsOf(harness.identity.UpdateUser({ phone: '+1234' }, { actor: person.actor }))).toEqual([
      'phone',
    ]);
  });

  it("does not show anyone else's identity", async () => {
    const other = await signUp(harness);
    expect(
      (await problemOf(harness.identity.GetUser({ userId: other.userId }, { actor: person.actor }))).code,
    ).toBe('not_found');
  });

  it('refuses an API key acting as a person', async () => {
    const actor = { userId: person.userId, agencyId: person.agencyId, apiKeyId: person.userId };
    expect((await problemOf(harness.identity.UpdateUser({ name: 'Key' }, { actor }))).code).toBe('forbidden');
  });
});

describe('avatar', () => {
  it('stores a PNG and serves it back with its type and etag', async () => {
    const since = harness.events.length;
    const { user } = await harness.identity.SetAvatar(
      { contentType: 'image/png', data: PNG },
      { actor: person.actor },
    );
    const etag = createHash('sha256').update(PNG).digest('hex').slice(0, 32);
    expect(user?.avatarUrl).toBe(`/v1/users/${person.userId}/avatar?v=${etag}`);

    const avatar = await harness.identity.GetAvatar({ userId: person.userId });
    expect(avatar.contentType).toBe('image/png');
    expect(Buffer.compare(avatar.data, PNG)).toBe(0);
    expect(avatar.etag).toBe(etag);
    await harness.nextEvent(
      'atrium.identity.v1.user.updated',
      (data) => data.userId === person.userId && data.avatarUrl === user?.avatarUrl,
      since,
    );
  });

  it('replaces it with a JPEG under a new URL', async () => {
    const before = (await harness.identity.GetUser({ userId: person.userId }, { actor: person.actor })).user;
    const { user } = await harness.identity.SetAvatar(
      { contentType: 'image/jpeg', data: JPEG },
      { actor: person.actor },
    );
    expect(user?.avatarUrl).not.toBe(before?.avatarUrl);
    expect((await harness.identity.GetAvatar({ userId: person.userId })).contentType).toBe('image/jpeg');
  });

  it('refuses content that does not match the declared type', async () => {
    const asJpeg = harness.identity.SetAvatar(
      { contentType: 'image/jpeg', data: PNG },
      { actor: person.actor },
    );
    expect((await problemOf(asJpeg)).code).toBe('invalid_image');
    const script = Buffer.from('<script>alert(1)</script>');
    const asPng = harness.identity.SetAvatar(
      { contentType: 'image/png', data: script },
      { actor: person.actor },
    );
    expect((await problemOf(asPng)).code).toBe('invalid_image');
    const empty = harness.identity.SetAvatar(
      { contentType: 'image/png', data: Buffer.alloc(0) },
      { actor: person.actor },
    );
    expect((await problemOf(empty)).code).toBe('invalid_image');
  });

  it('refuses other image types, whatever the bytes', async () => {
    const gif = Buffer.from('GIF89a.....');
    for (const contentType of ['image/gif', 'text/plain', 'image/svg+xml', '']) {
      const upload = harness.identity.SetAvatar({ contentType, data: gif }, { actor: person.actor });
      expect((await problemOf(upload)).code).toBe('unsupported_media_type');
    }
  });

  it('refuses an image over 1 MiB', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(1024 * 1024 + 1 - PNG.length)]);
    const upload = harness.identity.SetAvatar(
      { contentType: 'image/png', data: big },
      { actor: person.actor },
    );
    expect((await problemOf(upload)).code).toBe('payload_too_large');
    const exactly = Buffer.concat([PNG, Buffer.alloc(1024 * 1024 - PNG.length)]);
    const { user } = await harness.identity.SetAvatar(
      { contentType: 'image/png', data: exactly },
      { actor: person.actor },
    );
    expect(user?.avatarUrl).toContain('?v=');
  });

  it('removes the avatar, after which there is none to serve', async () => {
    const since = harness.events.length;
    const { user } = await harness.identity.RemoveAvatar({}, { actor: person.actor });
    expect(user?.avatarUrl).toBe('');
    expect((await problemOf(harness.identity.GetAvatar({ userId: person.userId }))).code).toBe('not_found');
    await harness.nextEvent(
      'atrium.identity.v1.user.updated',
      (data) => data.userId === person.userId && data.avatarUrl === '',
      since,
    );
  });

  it('answers not_found for an unknown or malformed user id', async () => {
    expect((await problemOf(harness.identity.GetAvatar({ userId: 'not-a-uuid' }))).code).toBe('not_found');
    const unknown = harness.identity.GetAvatar({ userId: '00000000-0000-4000-8000-000000000000' });
    expect((await problemOf(unknown)).code).toBe('not_found');
  });
});
