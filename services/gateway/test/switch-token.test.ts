import { EventEmitter } from 'node:events';
import type { Response } from 'express';
import { getContext, runWithContext, type Actor } from '@atrium/logger';
import { SwitchActionRecorder } from '../src/auth/switch-actions';
import { switchScopeAllows } from '../src/auth/switch-scope';
import { invalidationHandlers } from '../src/state';
import {
  capturingLogger,
  request,
  startStubbedGateway,
  type LogLine,
  type StubbedGateway,
} from './support/gateway';
import { CLIENT_ID, DELETING_CLIENT_ID, SESSION_ID, UNKNOWN_ID } from './support/stubs';
import { accessToken } from './support/tokens';

let platform: StubbedGateway;
let url: string;
let logLines: LogLine[];
let switched: Record<string, string>;

beforeAll(async () => {
  const { logger, lines } = capturingLogger();
  logLines = lines;
  platform = await startStubbedGateway({}, logger);
  url = platform.gateway.url;
  const token = await accessToken(
    platform.key,
    { sid: SESSION_ID, act_client: CLIENT_ID },
    { expiresIn: '30m' },
  );
  switched = { authorization: `Bearer ${token}` };
});

afterAll(() => platform.stop());

describe('where a switch token is accepted', () => {
  test('inside its client: the client itself and everything under it', async () => {
    const client = await request(`${url}/v1/clients/${CLIENT_ID}`, { headers: switched });
    expect(client.status).toBe(200);
    const team = await request(`${url}/v1/clients/${CLIENT_ID}/team`, { headers: switched });
    expect(team.status).toBe(200);
  });

  test('the tenancy call carries the agency user as actor, acting as the client', async () => {
    await request(`${url}/v1/clients/${CLIENT_ID}`, { headers: switched });
    const actor = platform.tenancy.calls('GetClient').at(-1)?.call.actor;
    expect(actor).toEqual({
      userId: 'user-1',
      agencyId: 'agency-1',
      sessionId: SESSION_ID,
      actingAsClientId: CLIENT_ID,
      clientId: CLIENT_ID,
    });
  });

  test('GET /v1/me, so an app can show who is signed in', async () => {
    const me = await request(`${url}/v1/me`, { headers: switched });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { id: 'user-1' } });
  });

  test.each([
    ['another client', 'GET', `/v1/clients/${UNKNOWN_ID}`],
    ["another client's team", 'GET', `/v1/clients/${DELETING_CLIENT_ID}/team`],
    ["another client's switch", 'POST', `/v1/clients/${UNKNOWN_ID}/switch`],
  ])(
    'not on %s: 404, as any client it may not enter, without asking tenancy',
    async (_what, method, path) => {
      const before =
        platform.tenancy.calls('GetClient').length + platform.tenancy.calls('GetClientTeam').length;
      const answer = await request(`${url}${path}`, {
        method,
        headers: switched,
        ...(method === 'GET' ? {} : { body: {} }),
      });
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ code: 'not_found', detail: 'No such client.' });
      expect(
        platform.tenancy.calls('GetClient').length + platform.tenancy.calls('GetClientTeam').length,
      ).toBe(before);
    },
  );

  test.each([
    ['the client list (an agency route)', 'GET', '/v1/clients'],
    ['the agency', 'GET', '/v1/agency'],
    ['the agency members', 'GET', '/v1/agency/members'],
    ['changing my profile', 'PATCH', '/v1/me'],
    ['logging out', 'POST', '/v1/auth/logout'],
  ])('not on %s: 403 saying the token is scoped to the client', async (_what, method, path) => {
    const answer = await request(`${url}${path}`, {
      method,
      headers: switched,
      ...(method === 'GET' ? {} : { body: {} }),
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({
      code: 'forbidden',
      detail: expect.stringContaining(`scoped to client ${CLIENT_ID}`),
    });
  });

  test('another client id spelled in upper case is still the same client', async () => {
    const answer = await request(`${url}/v1/clients/${CLIENT_ID.toUpperCase()}`, { headers: switched });
    expect(answer.status).not.toBe(403);
  });

  test('a switch token cannot start another switch, even into its own client', async () => {
    const answer = await request(`${url}/v1/clients/${CLIENT_ID}/switch`, {
      method: 'POST',
      headers: switched,
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 'forbidden', detail: expect.stringContaining('switch token') });
  });

  test('a switch token without a session, or with an empty client, is not valid', async () => {
    for (const claims of [
      { sid: undefined, act_client: CLIENT_ID },
      { sid: SESSION_ID, act_client: '' },
    ]) {
      const token = await accessToken(platform.key, claims);
      const answer = await request(`${url}/v1/clients/${CLIENT_ID}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(answer.status).toBe(401);
    }
  });

  test('it dies with its session', async () => {
    const sessionId = '5e55a0e0-0000-4000-8000-0000000000aa';
    const token = await accessToken(
      platform.key,
      { sid: sessionId, act_client: CLIENT_ID },
      { expiresIn: '30m' },
    );
    const headers = { authorization: `Bearer ${token}` };
    expect((await request(`${url}/v1/clients/${CLIENT_ID}`, { headers })).status).toBe(200);
    platform.gateway.state.revokedSessions.revoke([sessionId], Date.now() + 60_000);
    const answer = await request(`${url}/v1/clients/${CLIENT_ID}`, { headers });
    expect(answer.status).toBe(401);
  });

  test('a revoked session is remembered until its switch tokens expire, past the access-token lifetime', async () => {
    const sessionId = '5e55a0e0-0000-4000-8000-0000000000ab';
    const token = await accessToken(
      platform.key,
      { sid: sessionId, act_client: CLIENT_ID },
      { expiresIn: '30m' },
    );
    const twentyMinutesAgo = new Date(Date.now() - 20 * 60_000);
    invalidationHandlers(platform.gateway.state, { ACCESS_TOKEN_TTL_SECONDS: 900 }).sessionsRevoked(
      [sessionId],
      twentyMinutesAgo,
    );
    const answer = await request(`${url}/v1/clients/${CLIENT_ID}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.status).toBe(401);
  });

  test('a write whose audit record fails is still answered, and the failure is logged with the request id', async () => {
    const requestId = 'switch-write-unrecorded';
    const answer = await request(`${url}/v1/clients/${CLIENT_ID}`, {
      method: 'PATCH',
      headers: { ...switched, 'x-request-id': requestId },
      body: { name: 'Renamed' },
    });
    expect(answer.status).toBe(200);
    const logged = await waitFor(() =>
      logLines.find(
        (line) =>
          line.msg === 'could not record a switch-token request in the audit log' &&
          line.requestId === requestId,
      ),
    );
    expect(logged).toMatchObject({
      level: 'error',
      requestId,
      method: 'PATCH',
      route: '/v1/clients/{id}',
      statusCode: 200,
    });
  });
});

async function waitFor<T>(find: () => T | undefined): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('not logged within 5 s');
}

describe('the scope rule', () => {
  const route = (method: string, path: string, params: Record<string, string> = {}) => ({
    method,
    path,
    params,
  });

  test('allows the routes of its client and GET /v1/me only', () => {
    expect(switchScopeAllows(route('GET', '/v1/clients/:id', { id: CLIENT_ID }), CLIENT_ID)).toBe(true);
    expect(switchScopeAllows(route('PUT', '/v1/clients/:id/team', { id: CLIENT_ID }), CLIENT_ID)).toBe(true);
    expect(
      switchScopeAllows(
        route('PATCH', '/v1/clients/:id/users/:userId', { id: CLIENT_ID, userId: 'u' }),
        CLIENT_ID,
      ),
    ).toBe(true);
    expect(switchScopeAllows(route('GET', '/v1/me'), CLIENT_ID)).toBe(true);

    expect(switchScopeAllows(route('GET', '/v1/clients/:id', { id: UNKNOWN_ID }), CLIENT_ID)).toBe(false);
    expect(switchScopeAllows(route('GET', '/v1/clients'), CLIENT_ID)).toBe(false);
    expect(switchScopeAllows(route('PATCH', '/v1/me'), CLIENT_ID)).toBe(false);
    expect(switchScopeAllows(route('GET', '/v1/jobs/:id', { id: CLIENT_ID }), CLIENT_ID)).toBe(false);
    expect(switchScopeAllows(route('GET', '/v1/clients/:idx', { idx: CLIENT_ID }), CLIENT_ID)).toBe(false);
  });
});

describe('recording the writes of a switch token', () => {
  const actor: Actor = { userId: 'user-1', agencyId: 'agency-1', actingAsClientId: CLIENT_ID };

  function fakeResponse(statusCode: number): Response & EventEmitter {
    return Object.assign(new EventEmitter(), { statusCode }) as unknown as Response & EventEmitter;
  }

  test('asks tenancy once the answer is sent, with the request id and actor in context', async () => {
    const calls: { request: unknown; requestId?: string; actor?: Actor }[] = [];
    const recorder = new SwitchActionRecorder(
      {
        RecordSwitchAction: async (request) => {
          calls.push({ request, requestId: getContext()?.requestId, actor: getContext()?.actor });
          return {};
        },
      },
      capturingLogger().logger,
    );
    const res = fakeResponse(204);
    runWithContext({ requestId: 'req-9' }, () =>
      recorder.recordAfterResponse(
        { method: 'DELETE', path: '/v1/clients/:id/users/:userId', params: {} },
        actor,
        res,
      ),
    );
    expect(calls).toEqual([]);
    res.emit('finish');
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toEqual([
      {
        request: { method: 'DELETE', route: '/v1/clients/{id}/users/{userId}', statusCode: 204 },
        requestId: 'req-9',
        actor,
      },
    ]);
  });

  test('leaves reads and tokens that are not switch tokens alone', () => {
    const recorder = new SwitchActionRecorder(
      {
        RecordSwitchAction: async () => {
          throw new Error('must not be called');
        },
      },
      capturingLogger().logger,
    );
    const res = fakeResponse(200);
    recorder.recordAfterResponse({ method: 'GET', path: '/v1/clients/:id', params: {} }, actor, res);
    recorder.recordAfterResponse(
      { method: 'POST', path: '/v1/clients', params: {} },
      { userId: 'user-1', agencyId: 'agency-1' },
      res,
    );
    expect(res.listenerCount('finish')).toBe(0);
  });
});
