import { request, startStubbedGateway, type StubbedGateway, fieldsOf } from './support/gateway';
import {
  CLIENT_ID,
  DELETING_CLIENT_ID,
  MEMBER_ID,
  MEMBER_USER_ID,
  OWNER_ID,
  UNKNOWN_ID,
} from './support/stubs';
import { accessToken } from './support/tokens';

let platform: StubbedGateway;
let url: string;
let auth: Record<string, string>;

function put(path: string, body: unknown, headers = auth) {
  return request(`${url}${path}`, { method: 'PUT', headers, body });
}

beforeAll(async () => {
  platform = await startStubbedGateway();
  url = platform.gateway.url;
  auth = { authorization: `Bearer ${await accessToken(platform.key)}` };
});

afterAll(() => platform.stop());

describe("a client's team", () => {
  test('GET answers the owner and the members; unknown 404, being deleted 410', async () => {
    const answer = await request(`${url}/v1/clients/${CLIENT_ID}/team`, { headers: auth });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      ownerId: OWNER_ID,
      ownerName: 'Ada',
      members: [{ userId: MEMBER_ID, name: 'Bo', email: 'bo@example.com' }],
    });
    expect(platform.tenancy.calls('GetClientTeam').at(-1)?.request).toEqual({ clientId: CLIENT_ID });
    expect((await request(`${url}/v1/clients/${UNKNOWN_ID}/team`, { headers: auth })).status).toBe(404);
    const deleting = await request(`${url}/v1/clients/${DELETING_CLIENT_ID}/team`, { headers: auth });
    expect(deleting.status).toBe(410);
    expect(deleting.body).toMatchObject({ code: 'client_deleted' });
  });

  test('PUT hands the owner and the whole team to tenancy and answers the new team', async () => {
    const answer = await put(`/v1/clients/${CLIENT_ID}/team`, { ownerId: MEMBER_ID, memberIds: [OWNER_ID] });
    expect(answer.status).toBe(200);
    expect(platform.tenancy.calls('SetClientTeam').at(-1)?.request).toEqual({
      clientId: CLIENT_ID,
      ownerId: MEMBER_ID,
      memberIds: [OWNER_ID],
    });
    expect(answer.body).toEqual({
      ownerId: MEMBER_ID,
      ownerName: 'Ada',
      members: [{ userId: OWNER_ID, name: 'Bo', email: 'bo@example.com' }],
    });
  });

  test('a malformed body is 400 naming each field, without asking tenancy', async () => {
    const asked = platform.tenancy.calls('SetClientTeam').length;
    const answer = await put(`/v1/clients/${CLIENT_ID}/team`, { ownerId: 'nobody', memberIds: ['x'] });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['memberIds.0', 'ownerId']);
    const missing = await put(`/v1/clients/${CLIENT_ID}/team`, { ownerId: OWNER_ID });
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing.body)).toEqual(['memberIds']);
    expect(platform.tenancy.calls('SetClientTeam')).toHaveLength(asked);
  });

  test("tenancy's refusals: a non-member is 400 naming memberIds, a handover by a member 403, unknown 404", async () => {
    const stranger = await put(`/v1/clients/${CLIENT_ID}/team`, {
      ownerId: OWNER_ID,
      memberIds: [UNKNOWN_ID],
    });
    expect(stranger.status).toBe(400);
    expect(fieldsOf(stranger.body)).toEqual(['memberIds']);
    const member = await accessToken(platform.key, { sub: MEMBER_USER_ID });
    const handover = await put(
      `/v1/clients/${CLIENT_ID}/team`,
      { ownerId: MEMBER_ID, memberIds: [] },
      { authorization: `Bearer ${member}` },
    );
    expect(handover.status).toBe(403);
    const unknown = await put(`/v1/clients/${UNKNOWN_ID}/team`, { ownerId: OWNER_ID, memberIds: [] });
    expect(unknown.status).toBe(404);
  });
});
