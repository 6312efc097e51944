import { request, startStubbedGateway, type StubbedGateway, fieldsOf } from './support/gateway';
import {
  API_KEY_SECRET,
  CLIENT_ID,
  DELETING_CLIENT_ID,
  MEMBER_ID,
  OWNER_ID,
  UNKNOWN_ID,
} from './support/stubs';
import { accessToken } from './support/tokens';

let platform: StubbedGateway;
let url: string;
let auth: Record<string, string>;

function patch(path: string, body: unknown, headers = auth) {
  return request(`${url}${path}`, { method: 'PATCH', headers, body });
}

beforeAll(async () => {
  platform = await startStubbedGateway();
  url = platform.gateway.url;
  auth = { authorization: `Bearer ${await accessToken(platform.key)}` };
});

afterAll(() => platform.stop());

describe('creating a client with every field', () => {
  test('nested profiles, contacts, settings and custom properties reach tenancy normalised', async () => {
    const answer = await request(`${url}/v1/clients`, {
      headers: auth,
      body: {
        name: 'Fabrikam',
        customProperties: { crm_id: ' CRM-7 ' },
        companyProfile: { legalName: 'Fabrikam Ltd', city: 'Leeds', country: 'gb' },
        profileContact: { name: 'Pat', email: ' Pat@Fabrikam.EXAMPLE ', phone: '+44 113 496 0000' },
        billingContact: { email: 'billing@fabrikam.example' },
        billingMode: 'client_card',
        renewalDate: '2027-03-31',
        settings: { adsEnabled: false, directSupport: false, emailSendLimitPerMonth: null },
      },
    });
    expect(answer.status).toBe(201);
    expect(platform.tenancy.creations.at(-1)?.request).toMatchObject({
      name: 'Fabrikam',
      customProperties: [{ key: 'crm_id', value: 'CRM-7' }],
      companyProfile: { legalName: 'Fabrikam Ltd', city: 'Leeds', country: 'GB' },
      profileContact: { name: 'Pat', email: 'pat@fabrikam.example', phone: '+44 113 496 0000' },
      billingContact: { email: 'billing@fabrikam.example' },
      billingMode: 'client_card',
      renewalDate: '2027-03-31',
      settings: { adsEnabled: false, directSupport: false, emailSendLimitPerMonth: 0 },
    });
    const sent = platform.tenancy.creations.at(-1)?.request;
    expect(sent?.companyProfile?.street).toBeUndefined();
    expect(sent?.settings?.engagementSuppression).toBeUndefined();
  });

  test('unset nested parts and the billing mode take their defaults', async () => {
    await request(`${url}/v1/clients`, { headers: auth, body: { name: 'Plain' } });
    expect(platform.tenancy.creations.at(-1)?.request).toMatchObject({
      customProperties: [],
      companyProfile: null,
      settings: null,
      billingMode: 'agency_managed',
      renewalDate: '',
    });
  });

  test('each bad nested value is named by its dotted path', async () => {
    const answer = await request(`${url}/v1/clients`, {
      headers: auth,
      body: {
        name: 'Fabrikam',
        customProperties: { 'Bad Key': 'x' },
        companyProfile: { country: 'Germany', postalCode: '#1' },
        profileContact: { email: 'nobody', phone: 'call me' },
        billingMode: 'cash',
        renewalDate: '2027-02-30',
        settings: { emailSendLimitPerMonth: 0, colour: 'red' },
      },
    });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual([
      'billingMode',
      'companyProfile.country',
      'companyProfile.postalCode',
      'customProperties.Bad Key',
      'profileContact.email',
      'profileContact.phone',
      'renewalDate',
      'settings.colour',
      'settings.emailSendLimitPerMonth',
    ]);
  });

  test("a key the agency has not defined is tenancy's 400, named as the body names it", async () => {
    const answer = await request(`${url}/v1/clients`, {
      headers: auth,
      body: { name: 'Fabrikam', customProperties: { unknown_key: 'x' } },
    });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['customProperties.unknown_key']);
  });
});

describe('one client', () => {
  test('GET answers the client; an unknown one 404, one being deleted 410 client_deleted', async () => {
    const found = await request(`${url}/v1/clients/${CLIENT_ID}`, { headers: auth });
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ id: CLIENT_ID, customProperties: { crm_id: 'CRM-0042' } });
    expect(platform.tenancy.calls('GetClient').at(-1)?.request).toEqual({ clientId: CLIENT_ID });
    expect((await request(`${url}/v1/clients/${UNKNOWN_ID}`, { headers: auth })).status).toBe(404);
    const deleting = await request(`${url}/v1/clients/${DELETING_CLIENT_ID}`, { headers: auth });
    expect(deleting.status).toBe(410);
    expect(deleting.body).toMatchObject({ code: 'client_deleted' });
  });

  test('a malformed id answers 400 naming id, without asking tenancy', async () => {
    const asked = platform.tenancy.calls('GetClient').length;
    const answer = await request(`${url}/v1/clients/client-1`, { headers: auth });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['id']);
    expect(platform.tenancy.calls('GetClient')).toHaveLength(asked);
  });
});

describe('changing a client', () => {
  test('only the fields sent reach tenancy; null clears, lists replace, nested parts merge', async () => {
    const answer = await patch(`/v1/clients/${CLIENT_ID}`, {
      name: ' Contoso Smiles ',
      description: null,
      accountManagerId: null,
      renewalDate: null,
      tags: [],
      customProperties: {},
      companyProfile: { street: null, city: 'Hamburg' },
      settings: { emailSendLimitPerMonth: 5000 },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: CLIENT_ID, name: 'Contoso Smiles' });
    const sent = platform.tenancy.calls('UpdateClient').at(-1)?.request;
    expect(sent).toMatchObject({
      clientId: CLIENT_ID,
      name: 'Contoso Smiles',
      description: '',
      accountManagerId: '',
      renewalDate: '',
      tags: { tags: [] },
      customProperties: { properties: [] },
      companyProfile: { street: '', city: 'Hamburg' },
      settings: { emailSendLimitPerMonth: 5000 },
    });
    for (const untouched of [
      'website',
      'region',
      'accountType',
      'isMaster',
      'ownerId',
      'billingMode',
    ] as const)
      expect(sent?.[untouched]).toBeUndefined();
    expect(sent?.profileContact).toBeNull();
    expect(sent?.companyProfile?.legalName).toBeUndefined();
    expect(sent?.settings?.adsEnabled).toBeUndefined();
  });

  test('a field that may not be cleared refuses null; an empty change and unknown fields are named', async () => {
    const answer = await patch(`/v1/clients/${CLIENT_ID}`, { name: null, region: 'MARS', colour: 'red' });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['colour', 'name', 'region']);
    const empty = await patch(`/v1/clients/${CLIENT_ID}`, {});
    expect(empty.status).toBe(400);
    expect(fieldsOf(empty.body)).toEqual(['body']);
  });

  test('an email limit for a client_card client answers 409 limits_not_allowed naming the setting', async () => {
    const answer = await patch(`/v1/clients/${CLIENT_ID}`, {
      billingMode: 'client_card',
      settings: { emailSendLimitPerMonth: 100 },
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      code: 'limits_not_allowed',
      fields: [{ field: 'settings.emailSendLimitPerMonth' }],
    });
  });

  test('a client being deleted answers 410, an unknown one 404', async () => {
    expect((await patch(`/v1/clients/${DELETING_CLIENT_ID}`, { name: 'Gone' })).status).toBe(410);
    expect((await patch(`/v1/clients/${UNKNOWN_ID}`, { name: 'Nobody' })).status).toBe(404);
  });

  test('an API key without clients:update gets 403', async () => {
    const answer = await patch(
      `/v1/clients/${CLIENT_ID}`,
      { name: 'By key' },
      { authorization: `Bearer ${API_KEY_SECRET}` },
    );
    expect(answer.status).toBe(403);
  });
});

describe('deactivating and reactivating', () => {
  test('deactivate answers the inactive client, reactivate the active one', async () => {
    const off = await request(`${url}/v1/clients/${CLIENT_ID}/deactivate`, { method: 'POST', headers: auth });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ id: CLIENT_ID, status: 'inactive' });
    expect(platform.tenancy.calls('DeactivateClient').at(-1)?.request).toEqual({ clientId: CLIENT_ID });
    const on = await request(`${url}/v1/clients/${CLIENT_ID}/reactivate`, { method: 'POST', headers: auth });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ status: 'active' });
  });

  test('an unknown client answers 404, one being deleted 410', async () => {
    const unknown = await request(`${url}/v1/clients/${UNKNOWN_ID}/deactivate`, {
      method: 'POST',
      headers: auth,
    });
    expect(unknown.status).toBe(404);
    const deleting = await request(`${url}/v1/clients/${DELETING_CLIENT_ID}/reactivate`, {
      method: 'POST',
      headers: auth,
    });
    expect(deleting.status).toBe(410);
  });
});

describe('listing clients', () => {
  test('every filter, the sort and the order reach tenancy', async () => {
    const answer = await request(
      `${url}/v1/clients?tag=Dental&ownerId=${OWNER_ID}&accountManagerId=${MEMBER_ID}&sort=runningCampaigns&order=asc`,
      { headers: auth },
    );
    expect(answer.status).toBe(200);
    expect(platform.tenancy.listings.at(-1)?.request).toMatchObject({
      tag: 'Dental',
      ownerId: OWNER_ID,
      accountManagerId: MEMBER_ID,
      sort: 'runningCampaigns',
      order: 'asc',
    });
  });

  test('an unknown sort or order and malformed member ids are each named', async () => {
    const answer = await request(`${url}/v1/clients?sort=revenue&order=up&ownerId=ada&accountManagerId=bo`, {
      headers: auth,
    });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['accountManagerId', 'order', 'ownerId', 'sort']);
  });
});
