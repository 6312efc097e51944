import { eventually } from '@atrium/testing';
import { agencyFixture, callWithBytes, signUpAgency, type AgencyFixture } from './fixture';
import { platformForTests } from './platform';

// CSV imports through the real gateway and processes (docs/campaigns.md "Importing a CSV"): the body
// streamed to campaigns, 202 with the job at Location, GET /v1/jobs/{jobId} answered by campaigns, the
// client roles, another agency, and bad input refused at once as a 400 naming the option or the file.
jest.setTimeout(180_000);

const e2e = platformForTests();
const { call } = e2e;
let harbour: AgencyFixture;

beforeAll(async () => {
  harbour = await agencyFixture(e2e.platform, { label: 'imports', agencyName: 'Harbour Imports' });
});

const importsOf = (clientId: string, query = '') => `/v1/clients/${clientId}/prospects/imports${query}`;

function upload(token: string, csv: string | Buffer, query = '', contentType = 'text/csv') {
  return callWithBytes(e2e.platform, 'POST', importsOf(harbour.client.id, query), {
    token,
    contentType,
    bytes: Buffer.isBuffer(csv) ? csv : Buffer.from(csv),
  });
}

async function jobWhenEnded(token: string, location: string) {
  return eventually(
    async () => {
      const answer = await call('GET', location, { token });
      if (answer.status !== 200) throw new Error(`GET ${location} answered ${answer.status}: ${answer.text}`);
      return ['succeeded', 'failed'].includes(answer.body.status) ? answer.body : undefined;
    },
    30_000,
    'the import to end',
  );
}

it('streams a CSV file in, answers 202 with the job at Location, and the job shows its figures', async () => {
  const token = harbour.owner.accessToken;
  let csv = 'email,first_name,last_name,company\n';
  for (let row = 1; row <= 2000; row += 1) csv += `lead${row}@harbour.example,Lead,${row},Harbour Co\n`;
  csv += 'not an email,Bad,Row,X\nlead1@harbour.example,Again,Dup,Y\n';
  const accepted = await upload(token, csv);
  expect(accepted.status).toBe(202);
  const location = accepted.headers.get('location')!;
  expect(location).toBe(`/v1/jobs/${accepted.body.id}`);
  expect(accepted.body).toMatchObject({
    kind: 'prospect_import',
    clientId: harbour.client.id,
    requestedBy: harbour.owner.user.id,
    duplicates: 'skip',
  });
  const job = await jobWhenEnded(token, location);
  expect(job).toMatchObject({
    status: 'succeeded',
    rowsRead: 2002,
    imported: 2000,
    updated: 0,
    skipped: 1,
    failed: 1,
    errors: [{ line: 2002, field: 'email', message: 'must be an email address' }],
    failureReason: null,
  });
  expect(job.finishedAt).toEqual(expect.any(String));
});

it('takes the file as the part "file" of a multipart body, with its name, and updates duplicates when asked', async () => {
  const boundary = 'atrium-import-boundary';
  const body =
    `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nignored\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="leads.csv"\r\n` +
    `Content-Type: text/csv\r\n\r\n` +
    'Mail;Firma\nlead1@harbour.example;Renamed Co\nnew@harbour.example;Fresh\n' +
    `\r\n--${boundary}--\r\n`;
  const columns = encodeURIComponent(JSON.stringify({ Mail: 'email', Firma: 'company' }));
  const accepted = await upload(
    harbour.clientUsers.primary.accessToken,
    body,
    `?delimiter=semicolon&duplicates=update&columns=${columns}`,
    `multipart/form-data; boundary=${boundary}`,
  );
  expect(accepted.status).toBe(202);
  expect(accepted.body).toMatchObject({ fileName: 'leads.csv', duplicates: 'update' });
  const job = await jobWhenEnded(harbour.clientUsers.primary.accessToken, accepted.headers.get('location')!);
  expect(job).toMatchObject({ status: 'succeeded', rowsRead: 2, updated: 1, failed: 0 });
});

it('designers and read-only users may not import; another agency finds neither the client nor the job', async () => {
  for (const role of ['designer', 'read_only'] as const) {
    const refused = await upload(harbour.clientUsers[role].accessToken, 'email\na@harbour.example\n');
    expect([role, refused.status, refused.body?.code]).toEqual([role, 403, 'forbidden']);
  }
  const accepted = await upload(harbour.owner.accessToken, 'email\nsolo@harbour.example\n');
  expect(accepted.status).toBe(202);
  const stranger = await signUpAgency(e2e.platform, { label: 'stranger' });
  const elsewhere = await upload(stranger.owner.accessToken, 'email\na@harbour.example\n');
  expect([elsewhere.status, elsewhere.body?.code]).toEqual([404, 'not_found']);
  const peek = await call('GET', accepted.headers.get('location')!, { token: stranger.owner.accessToken });
  expect([peek.status, peek.body?.code]).toEqual([404, 'not_found']);
});

describe('bad input answers 400 at once, naming the option or the file', () => {
  const cases: Array<[string, string | Buffer, string, string]> = [
    ['no email column', 'name,company\nAda,Acme\n', '', 'file'],
    ['not UTF-8', Buffer.from('email,name\nada@harbour.example,J\xe9r\xf4me\n', 'latin1'), '', 'file'],
    ['10,000 columns', `email,${Array.from({ length: 9999 }, (_, i) => `c${i}`).join(',')}\n`, '', 'file'],
    ['a 2 MiB line', `email,note\nada@harbour.example,${'x'.repeat(2 * 1024 * 1024)}\n`, '', 'file'],
    ['a JSON body sent as CSV', '{"email": "ada@harbour.example"}', '', 'file'],
    [
      'a mapping onto no field',
      'email\na@harbour.example\n',
      `?columns=${encodeURIComponent('{"email":"mail"}')}`,
      'columns',
    ],
    [
      'a mapping onto a custom field the client lacks',
      'email,x\na@harbour.example,1\n',
      `?columns=${encodeURIComponent('{"email":"email","x":"custom:nope"}')}`,
      'columns[1].customFieldKey',
    ],
    ['a delimiter of no name', 'email\na@harbour.example\n', '?delimiter=colon', 'delimiter'],
    ['another encoding', 'email\na@harbour.example\n', '?encoding=latin1', 'encoding'],
  ];
  it.each(cases)('%s', async (_what, csv, query, field) => {
    const refused = await upload(harbour.owner.accessToken, csv, query);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'validation_failed',
      fields: expect.arrayContaining([expect.objectContaining({ field })]),
    });
  });

  it('a bad option or client id is named before a missing body', async () => {
    const token = harbour.owner.accessToken;
    const noBody = await callWithBytes(
      e2e.platform,
      'POST',
      importsOf(harbour.client.id, '?duplicates=both'),
      {
        token,
      },
    );
    expect([noBody.status, noBody.body?.fields]).toEqual([
      400,
      [expect.objectContaining({ field: 'duplicates' })],
    ]);
    const badId = await callWithBytes(e2e.platform, 'POST', importsOf('not-a-client'), { token });
    expect([badId.status, badId.body?.fields]).toEqual([400, [expect.objectContaining({ field: 'id' })]]);
    const empty = await callWithBytes(e2e.platform, 'POST', importsOf(harbour.client.id), { token });
    expect([empty.status, empty.body?.fields]).toEqual([400, [{ field: 'body', message: 'is required' }]]);
  });

  it('a multipart body without the part "file"', async () => {
    const boundary = 'b0undary';
    const refused = await upload(
      harbour.owner.accessToken,
      `--${boundary}\r\nContent-Disposition: form-data; name="other"\r\n\r\nx\r\n--${boundary}--\r\n`,
      '',
      `multipart/form-data; boundary=${boundary}`,
    );
    expect([refused.status, refused.body?.fields]).toEqual([
      400,
      [{ field: 'file', message: 'is required' }],
    ]);
  });
});
