import { request, startStubbedGateway, type StubbedGateway, fieldsOf } from './support/gateway';
import {
  AVATAR_USER_ID,
  JPEG,
  OTHER_SESSION_ID,
  PNG,
  SESSION_ID,
  UNKNOWN_ID,
  session,
  sessionUserJson,
} from './support/stubs';
import { accessToken } from './support/tokens';

let platform: StubbedGateway;
let url: string;
let token: string;

function authorized(extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${token}`, ...extra };
}

beforeAll(async () => {
  // As behind an ingress on loopback, whose X-Forwarded-For names the caller.
  platform = await startStubbedGateway({ TRUST_PROXY: 'loopback' });
  url = platform.gateway.url;
  token = await accessToken(platform.key, { sid: SESSION_ID });
});

afterAll(() => platform.stop());

describe('refresh', () => {
  test('a refresh token is exchanged for a new session, with where it came from', async () => {
    const answer = await request(`${url}/v1/auth/refresh`, {
      body: { refreshToken: 'refresh-token' },
      headers: { 'user-agent': 'atrium-test/2.0', 'x-forwarded-for': '203.0.113.10' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      accessToken: 'access-token',
      refreshToken: 'refresh-token-2',
      expiresIn: 900,
      user: sessionUserJson,
      agency: session.agency,
    });
    expect(platform.identity.calls('Refresh').at(-1)?.request).toEqual({
      refreshToken: 'refresh-token',
      userAgent: 'atrium-test/2.0',
      ip: '203.0.113.10',
    });
  });

  test('a spent refresh token answers 401', async () => {
    const answer = await request(`${url}/v1/auth/refresh`, { body: { refreshToken: 'spent' } });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ code: 'unauthenticated' });
  });

  test('a missing refresh token is named', async () => {
    const answer = await request(`${url}/v1/auth/refresh`, { body: {} });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['refreshToken']);
  });
});

describe('logout', () => {
  test("ends the token's session at identity and refuses the token from then on", async () => {
    const ending = await accessToken(platform.key, { sid: '5e55a0e0-0000-4000-8000-0000000000aa' });
    const answer = await request(`${url}/v1/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ending}` },
    });
    expect(answer.status).toBe(204);
    expect(answer.body).toBe('');
    expect(platform.identity.calls('Logout').at(-1)?.call.actor).toMatchObject({
      sessionId: '5e55a0e0-0000-4000-8000-0000000000aa',
    });
    const after = await request(`${url}/v1/me`, { headers: { authorization: `Bearer ${ending}` } });
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ code: 'unauthenticated', detail: expect.stringContaining('ended') });
  });

  test('needs a token', async () => {
    const answer = await request(`${url}/v1/auth/logout`, { method: 'POST' });
    expect(answer.status).toBe(401);
  });
});

describe('password reset', () => {
  test('a request answers 202 without a body and reaches identity with the lower-cased email', async () => {
    const answer = await request(`${url}/v1/auth/password-reset`, {
      body: { email: ' Nobody@Example.com ' },
      headers: { 'user-agent': 'atrium-test/1.0' },
    });
    expect(answer.status).toBe(202);
    expect(answer.body).toBe('');
    expect(platform.identity.calls('RequestPasswordReset').at(-1)?.request).toMatchObject({
      email: 'nobody@example.com',
      userAgent: 'atrium-test/1.0',
    });
  });

  test('an address that is not an email is named', async () => {
    const answer = await request(`${url}/v1/auth/password-reset`, { body: { email: 'nobody' } });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['email']);
  });

  test('confirming sets the new password and answers 204', async () => {
    const answer = await request(`${url}/v1/auth/password-reset/confirm`, {
      body: { token: 'reset-token', password: 'a much longer password' },
    });
    expect(answer.status).toBe(204);
    expect(platform.identity.calls('ConfirmPasswordReset').at(-1)?.request).toEqual({
      token: 'reset-token',
      newPassword: 'a much longer password',
    });
  });

  test('a spent link answers 410 invalid_token', async () => {
    const answer = await request(`${url}/v1/auth/password-reset/confirm`, {
      body: { token: 'spent-token', password: 'a much longer password' },
    });
    expect(answer.status).toBe(410);
    expect(answer.body).toMatchObject({ code: 'invalid_token' });
  });

  test("identity's verdict on the password names the body's field, not the proto's", async () => {
    const answer = await request(`${url}/v1/auth/password-reset/confirm`, {
      body: { token: 'reset-token', password: 'password' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'password', message: 'is too common' }],
    });
  });

  test('missing fields are named', async () => {
    const answer = await request(`${url}/v1/auth/password-reset/confirm`, { body: { token: '' } });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['password', 'token']);
  });
});

describe('invitation acceptance', () => {
  test('an agency invitation opens a session and says the role, with a null client', async () => {
    const answer = await request(`${url}/v1/invitations/accept`, {
      body: { token: 'invitation-token', name: ' Grace ', password: 'a long password' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      accessToken: 'access-token',
      refreshToken: 'refresh-token',
      expiresIn: 900,
      user: sessionUserJson,
      agency: session.agency,
      clientId: null,
      role: 'member',
    });
    expect(platform.identity.calls('AcceptInvitation').at(-1)?.request).toMatchObject({
      token: 'invitation-token',
      name: 'Grace',
      password: 'a long password',
    });
  });

  test('a client invitation names the client', async () => {
    const answer = await request(`${url}/v1/invitations/accept`, { body: { token: 'client-invitation' } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ clientId: 'client-1', role: 'designer' });
    expect(platform.identity.calls('AcceptInvitation').at(-1)?.request).toMatchObject({
      name: '',
      password: '',
    });
  });

  test('a spent invitation answers 410 invalid_token', async () => {
    const answer = await request(`${url}/v1/invitations/accept`, { body: { token: 'spent-token' } });
    expect(answer.status).toBe(410);
    expect(answer.body).toMatchObject({ code: 'invalid_token' });
  });

  test('a missing token and an unknown field are named', async () => {
    const answer = await request(`${url}/v1/invitations/accept`, { body: { role: 'owner' } });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['role', 'token']);
  });
});

describe('profile', () => {
  test('me shows phone, position and avatar, null when empty', async () => {
    const answer = await request(`${url}/v1/me`, { headers: authorized() });
    expect(answer.status).toBe(200);
    expect((answer.body as { user: unknown }).user).toEqual(sessionUserJson);
  });

  test('a change sends only the fields given, null clearing one, and answers the profile', async () => {
    const set = await request(`${url}/v1/me`, {
      method: 'PATCH',
      headers: authorized(),
      body: { phone: ' +44 20 7946 0958 ', position: 'Account director' },
    });
    expect(set.status).toBe(200);
    expect(platform.identity.calls('UpdateUser').at(-1)?.request).toMatchObject({
      phone: '+44 20 7946 0958',
      position: 'Account director',
    });
    expect(platform.identity.calls('UpdateUser').at(-1)?.request).not.toHaveProperty('name');
    expect(set.body).toMatchObject({ phone: '+44 20 7946 0958', position: 'Account director' });

    const cleared = await request(`${url}/v1/me`, {
      method: 'PATCH',
      headers: authorized(),
      body: { phone: null },
    });
    expect(cleared.status).toBe(200);
    expect(platform.identity.calls('UpdateUser').at(-1)?.request).toMatchObject({ phone: '' });
    expect(cleared.body).toMatchObject({ phone: null, position: 'Account director' });
  });

  test('GET /v1/me shows a change at once on this replica', async () => {
    await request(`${url}/v1/me`, { method: 'PATCH', headers: authorized(), body: { name: 'Ada King' } });
    const answer = await request(`${url}/v1/me`, { headers: authorized() });
    expect(answer.body).toMatchObject({ user: { name: 'Ada King' } });
  });

  test('invalid fields are each named, and an empty change is refused', async () => {
    const invalid = await request(`${url}/v1/me`, {
      method: 'PATCH',
      headers: authorized(),
      body: { name: '', phone: 'call me', email: 'x@example.com' },
    });
    expect(invalid.status).toBe(400);
    expect(fieldsOf(invalid.body)).toEqual(['email', 'name', 'phone']);
    const empty = await request(`${url}/v1/me`, { method: 'PATCH', headers: authorized(), body: {} });
    expect(empty.status).toBe(400);
    expect(fieldsOf(empty.body)).toEqual(['body']);
  });
});

describe('avatar', () => {
  test('a PNG upload reaches identity as bytes and answers the profile with its avatarUrl', async () => {
    const answer = await request(`${url}/v1/me/avatar`, {
      method: 'PUT',
      headers: authorized({ 'content-type': 'image/png' }),
      body: PNG,
    });
    expect(answer.status).toBe(200);
    const sent = platform.identity.calls('SetAvatar').at(-1)?.request;
    expect(sent?.contentType).toBe('image/png');
    expect(Buffer.compare(sent!.data, PNG)).toBe(0);
    expect(answer.body).toMatchObject({
      avatarUrl: expect.stringMatching(/^\/v1\/users\/user-1\/avatar\?v=/),
    });
  });

  test('a JPEG is accepted too', async () => {
    const answer = await request(`${url}/v1/me/avatar`, {
      method: 'PUT',
      headers: authorized({ 'content-type': 'image/jpeg' }),
      body: JPEG,
    });
    expect(answer.status).toBe(200);
  });

  test('more than 1 MiB answers 413 payload_too_large', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]);
    const answer = await request(`${url}/v1/me/avatar`, {
      method: 'PUT',
      headers: authorized({ 'content-type': 'image/png' }),
      body: big,
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ code: 'payload_too_large' });
  });

  test('another type answers 415 unsupported_media_type without reaching identity', async () => {
    const before = platform.identity.calls('SetAvatar').length;
    for (const contentType of ['image/gif', 'application/json', 'application/octet-stream']) {
      const answer = await request(`${url}/v1/me/avatar`, {
        method: 'PUT',
        headers: authorized({ 'content-type': contentType }),
        body: Buffer.from('{"not":"an image"}'),
      });
      expect(answer.status).toBe(415);
      expect(answer.body).toMatchObject({ code: 'unsupported_media_type' });
    }
    expect(platform.identity.calls('SetAvatar')).toHaveLength(before);
  });

  test('content that is not the declared image answers 422 invalid_image from identity', async () => {
    const answer = await request(`${url}/v1/me/avatar`, {
      method: 'PUT',
      headers: authorized({ 'content-type': 'image/png' }),
      body: JPEG,
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ code: 'invalid_image' });
  });

  test('an upload without a body is named', async () => {
    const answer = await request(`${url}/v1/me/avatar`, { method: 'PUT', headers: authorized() });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['body']);
  });

  test('removing it answers the profile without an avatarUrl', async () => {
    const answer = await request(`${url}/v1/me/avatar`, { method: 'DELETE', headers: authorized() });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ avatarUrl: null });
  });

  test('the image is served publicly with an ETag and private caching', async () => {
    const answer = await request(`${url}/v1/users/${AVATAR_USER_ID}/avatar?v=v7`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('image/png');
    expect(answer.headers.get('etag')).toBe('"v7"');
    expect(answer.headers.get('cache-control')).toBe('private, max-age=300');
    expect(Buffer.compare(answer.body as Buffer, PNG)).toBe(0);
  });

  // fetch adds Cache-Control: no-cache to a conditional request unless told otherwise, and no-cache
  // (a reload) must get the full answer; a browser revalidating its cache sends max-age=0.
  test('a matching If-None-Match answers 304 without a body', async () => {
    const answer = await request(`${url}/v1/users/${AVATAR_USER_ID}/avatar`, {
      headers: { 'if-none-match': 'W/"v6", "v7"', 'cache-control': 'max-age=0' },
    });
    expect(answer.status).toBe(304);
    expect(answer.body).toBe('');
    expect(answer.headers.get('etag')).toBe('"v7"');
  });

  test('a stale If-None-Match gets the image', async () => {
    const answer = await request(`${url}/v1/users/${AVATAR_USER_ID}/avatar`, {
      headers: { 'if-none-match': '"v6"', 'cache-control': 'max-age=0' },
    });
    expect(answer.status).toBe(200);
  });

  test('a person without an avatar answers 404', async () => {
    const answer = await request(`${url}/v1/users/${UNKNOWN_ID}/avatar`);
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ code: 'not_found' });
  });

  test('a malformed user id answers 400 naming the parameter', async () => {
    const answer = await request(`${url}/v1/users/not-a-uuid/avatar`);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'validation_failed', fields: [{ field: 'id' }] });
  });
});

describe('sessions', () => {
  test('the list marks the session of the token as current', async () => {
    const answer = await request(`${url}/v1/me/sessions`, { headers: authorized() });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      items: [
        {
          id: SESSION_ID,
          userAgent: 'atrium-test/1.0',
          ip: '203.0.113.9',
          createdAt: '2026-02-01T10:00:00.000Z',
          lastUsedAt: '2026-02-02T10:00:00.000Z',
          expiresAt: '2026-03-03T10:00:00.000Z',
          current: true,
        },
        expect.objectContaining({ id: OTHER_SESSION_ID, userAgent: null, ip: null, current: false }),
      ],
    });
  });

  test('revoking one answers 204 and its tokens are refused here at once', async () => {
    const other = await accessToken(platform.key, { sid: OTHER_SESSION_ID });
    const answer = await request(`${url}/v1/me/sessions/${OTHER_SESSION_ID}`, {
      method: 'DELETE',
      headers: authorized(),
    });
    expect(answer.status).toBe(204);
    expect(platform.identity.calls('RevokeSession').at(-1)?.request).toEqual({ sessionId: OTHER_SESSION_ID });
    const refused = await request(`${url}/v1/me`, { headers: { authorization: `Bearer ${other}` } });
    expect(refused.status).toBe(401);
  });

  test('an unknown session answers 404 and a malformed id 400 naming it', async () => {
    const unknown = await request(`${url}/v1/me/sessions/${UNKNOWN_ID}`, {
      method: 'DELETE',
      headers: authorized(),
    });
    expect(unknown.status).toBe(404);
    const malformed = await request(`${url}/v1/me/sessions/42`, { method: 'DELETE', headers: authorized() });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({
      detail: 'The path parameters are not valid: id.',
      fields: [{ field: 'id' }],
    });
  });
});

describe('password change', () => {
  test('the right current password changes it: 204', async () => {
    const answer = await request(`${url}/v1/me/password`, {
      headers: authorized(),
      body: { currentPassword: 'right password', newPassword: 'a new long password' },
    });
    expect(answer.status).toBe(204);
    expect(platform.identity.calls('ChangePassword').at(-1)?.request).toEqual({
      currentPassword: 'right password',
      newPassword: 'a new long password',
    });
  });

  test('a wrong current password names the field instead of answering 401', async () => {
    const answer = await request(`${url}/v1/me/password`, {
      headers: authorized(),
      body: { currentPassword: 'wrong', newPassword: 'a new long password' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ fields: [{ field: 'currentPassword', message: 'is not correct' }] });
  });

  test("identity's verdict on the new password names it", async () => {
    const answer = await request(`${url}/v1/me/password`, {
      headers: authorized(),
      body: { currentPassword: 'right password', newPassword: 'password' },
    });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['newPassword']);
  });

  test('missing fields are named', async () => {
    const answer = await request(`${url}/v1/me/password`, { headers: authorized(), body: {} });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['currentPassword', 'newPassword']);
  });
});

describe('agency members', () => {
  test('an invitation to send later asks tenancy not to mail it yet', async () => {
    const answer = await request(`${url}/v1/agency/members`, {
      headers: authorized(),
      body: { email: 'lee@example.com', name: 'Lee', role: 'member', sendInvitation: false },
    });
    expect(answer.status).toBe(201);
    expect(platform.tenancy.calls('InviteAgencyMember').at(-1)?.request).toMatchObject({ sendLater: true });
  });

  test('an invitation goes to tenancy as the caller and answers 201', async () => {
    const answer = await request(`${url}/v1/agency/members`, {
      headers: authorized(),
      body: { email: ' Grace@Example.com', name: 'Grace', role: 'admin' },
    });
    expect(answer.status).toBe(201);
    expect(platform.tenancy.calls('InviteAgencyMember').at(-1)?.request).toEqual({
      email: 'grace@example.com',
      name: 'Grace',
      role: 'admin',
      roleId: '',
      sendLater: false,
    });
    expect(answer.body).toEqual({
      id: 'invitation-1',
      agencyId: 'agency-1',
      clientId: null,
      email: 'grace@example.com',
      name: 'Grace',
      role: 'admin',
      roleId: null,
      status: 'pending',
      invitedByUserId: 'user-1',
      createdAt: '2026-02-01T10:00:00.000Z',
      expiresAt: '2026-02-08T10:00:00.000Z',
      sentAt: null,
    });
  });

  test('a current member answers 409 email_in_use', async () => {
    const answer = await request(`${url}/v1/agency/members`, {
      headers: authorized(),
      body: { email: 'taken@example.com', name: 'Taken', role: 'member' },
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: 'email_in_use' });
  });

  test('the owner role cannot be given by invitation, and every bad field is named', async () => {
    const answer = await request(`${url}/v1/agency/members`, {
      headers: authorized(),
      body: { email: 'grace', role: 'owner' },
    });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['email', 'name', 'role']);
  });
});
