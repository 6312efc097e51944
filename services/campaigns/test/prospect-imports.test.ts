import { randomUUID } from 'node:crypto';
import type { Actor } from '@atrium/grpc';
import type { campaigns } from '@atrium/proto';
import { eventually } from '@atrium/testing';
import { actorIn, clientCreated, newClient, problemOf, startHarness, type Harness } from './support';

// CSV imports (docs/campaigns.md "Importing a CSV") through ImportProspects as the gateway streams
// them, against real Postgres and NATS: the job, its figures and errors, duplicates, the list, the
// counters, the finished event, and every refusal that must come at once with nothing kept.
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('campaigns_imports');
});

afterAll(async () => {
  await harness?.stop();
});

type Options = Partial<campaigns.ProspectImportOptions> & { clientId: string };

/** Streams `csv` in pieces of `pieceBytes`, the options first, as the gateway does. */
async function* messages(options: Options, csv: Buffer | string, pieceBytes = 7) {
  yield { options };
  const bytes = Buffer.isBuffer(csv) ? csv : Buffer.from(csv);
  for (let at = 0; at < bytes.length; at += pieceBytes) yield { chunk: bytes.subarray(at, at + pieceBytes) };
}

function upload(actor: Actor, options: Options, csv: Buffer | string, pieceBytes?: number) {
  return harness.client.stream('ImportProspects', messages(options, csv, pieceBytes), { actor });
}

async function finished(actor: Actor, clientId: string, importId: string) {
  return eventually(
    async () => {
      const { import: job } = await harness.client.GetProspectImport({ clientId, importId }, { actor });
      return job!.status === 'PROSPECT_IMPORT_STATUS_SUCCEEDED' ||
        job!.status === 'PROSPECT_IMPORT_STATUS_FAILED'
        ? job!
        : undefined;
    },
    20_000,
    'the import to end',
  );
}

async function newTenant() {
  const client = newClient();
  await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', clientCreated(client));
  await harness.settled();
  return { client, primary: actorIn(client, 'primary') };
}

async function importCount(clientId: string): Promise<number> {
  const { rows } = await harness.owner.query(
    'SELECT count(*)::int AS n FROM prospect_imports WHERE client_id = $1',
    [clientId],
  );
  return rows[0].n;
}

it('imports a file in pieces: valid rows stored, invalid emails counted with their lines, duplicates skipped', async () => {
  const { client, primary } = await newTenant();
  await harness.client.CreateProspect(
    { clientId: client.clientId, email: 'known@example.com', company: 'Old Co' },
    { actor: primary },
  );
  const { list } = await harness.client.CreateProspectList(
    { clientId: client.clientId, name: 'Fair leads' },
    { actor: primary },
  );
  const csv =
    'Email,First_Name,Company\r\n' +
    'ada@example.com,Ada,Analytical\r\n' +
    'not-an-email,Bob,Nowhere\r\n' +
    'KNOWN@example.com,Kim,New Co\r\n' +
    '"grace@example.com","Grace","Navy, US"\r\n' +
    'ada@example.com,Ada again,Twice\r\n';
  const { import: queued } = await upload(
    primary,
    {
      clientId: client.clientId,
      listId: list!.id,
      fileName: 'fair.csv',
    },
    csv,
  );
  expect(queued!.id).toBe(`imp_${client.clientId}_${queued!.id.split('_')[2]}`);
  expect([
    'PROSPECT_IMPORT_STATUS_QUEUED',
    'PROSPECT_IMPORT_STATUS_RUNNING',
    'PROSPECT_IMPORT_STATUS_SUCCEEDED',
  ]).toContain(queued!.status);
  const job = await finished(primary, client.clientId, queued!.id);
  expect(job).toMatchObject({
    status: 'PROSPECT_IMPORT_STATUS_SUCCEEDED',
    fileName: 'fair.csv',
    duplicates: 'PROSPECT_IMPORT_DUPLICATE_RULE_SKIP',
    rowsRead: '5',
    imported: '2',
    updated: '0',
    skipped: '2',
    failed: '1',
    errors: [{ line: 3, field: 'email', message: 'must be an email address' }],
  });
  const { prospects } = await harness.client.ListProspects(
    { clientId: client.clientId, filter: { listId: list!.id }, sort: 'PROSPECT_SORT_EMAIL' },
    { actor: primary },
  );
  expect(prospects.map((p) => [p.email, p.firstName, p.company])).toEqual([
    ['ada@example.com', 'Ada', 'Analytical'],
    ['grace@example.com', 'Grace', 'Navy, US'],
    // Skipped rows leave the prospect as it was, but it joins the list.
    ['known@example.com', '', 'Old Co'],
  ]);
  const { rows } = await harness.owner.query(
    'SELECT stored_prospects::int AS stored FROM client_prospect_counters WHERE client_id = $1',
    [client.clientId],
  );
  expect(rows[0].stored).toBe(3);
  const event = await eventually(
    async () =>
      harness.events.find(
        (e) =>
          e.type === 'atrium.campaigns.v1.prospect_import.finished' &&
          (e.data as { jobId: string }).jobId === job.id,
      ),
    10_000,
    'prospect_import.finished',
  );
  expect(event.data).toMatchObject({
    agencyId: client.agencyId,
    clientId: client.clientId,
    status: 'PROSPECT_IMPORT_STATUS_SUCCEEDED',
    requestedBy: primary.userId,
    rowsRead: '5',
    imported: '2',
    skipped: '2',
    failed: '1',
  });
  // The file is not kept once the job ended.
  const chunks = await harness.owner.query('SELECT count(*)::int AS n FROM prospect_import_chunks');
  expect(chunks.rows[0].n).toBe(0);
});

it('updates duplicates when asked, with inline columns onto custom fields and a semicolon delimiter', async () => {
  const { client, primary } = await newTenant();
  await harness.client.CreateProspectField(
    { clientId: client.clientId, key: 'score', label: 'Score', type: 'PROSPECT_FIELD_TYPE_NUMBER' },
    { actor: primary },
  );
  await harness.client.CreateProspect(
    { clientId: client.clientId, email: 'kim@example.com', firstName: 'Kim', company: 'Old Co' },
    { actor: primary },
  );
  const { import: queued } = await upload(
    primary,
    {
      clientId: client.clientId,
      delimiter: 'CSV_DELIMITER_SEMICOLON',
      duplicates: 'PROSPECT_IMPORT_DUPLICATE_RULE_UPDATE',
      columns: [
        { column: 'E-Mail', target: 'FIELD_MAPPING_TARGET_EMAIL' },
        { column: 'Organisation', target: 'FIELD_MAPPING_TARGET_COMPANY' },
        { column: 'Points', target: 'FIELD_MAPPING_TARGET_CUSTOM', customFieldKey: 'score' },
      ],
    },
    'E-Mail;Organisation;Points\nkim@example.com;New Co;12.5\nlee@example.com;;x\nmo@example.com;;3\n',
  );
  const job = await finished(primary, client.clientId, queued!.id);
  expect(job).toMatchObject({
    rowsRead: '3',
    imported: '1',
    updated: '1',
    failed: '1',
    errors: [{ line: 3, field: 'customFields.score', message: 'must be a decimal number' }],
  });
  const { prospects } = await harness.client.ListProspects(
    { clientId: client.clientId, sort: 'PROSPECT_SORT_EMAIL' },
    { actor: primary },
  );
  expect(prospects.map((p) => [p.email, p.firstName, p.company, p.customFields])).toEqual([
    // Empty cells never overwrite: Kim keeps her first name.
    ['kim@example.com', 'Kim', 'New Co', { score: '12.5' }],
    ['mo@example.com', '', '', { score: '3' }],
  ]);
});

describe('a file or options that cannot be imported are refused at once, nothing kept', () => {
  const cases: Array<[string, (clientId: string) => Options, Buffer | string, string]> = [
    ['no email column', (clientId) => ({ clientId }), 'name,company\nAda,Acme\n', 'file'],
    [
      'not UTF-8',
      (clientId) => ({ clientId }),
      Buffer.from('email,name\nada@example.com,J\xe9r\xf4me\n', 'latin1'),
      'file',
    ],
    [
      '10,000 columns',
      (clientId) => ({ clientId }),
      `email,${Array.from({ length: 9999 }, (_, i) => `c${i}`).join(',')}\n`,
      'file',
    ],
    [
      'a line over 1 MiB',
      (clientId) => ({ clientId }),
      `email,note\nada@example.com,${'x'.repeat(1024 * 1024 + 10)}\n`,
      'file',
    ],
    ['an empty body', (clientId) => ({ clientId }), '', 'file'],
    [
      'a mapping onto a custom field the client does not have',
      (clientId) => ({
        clientId,
        columns: [
          { column: 'email', target: 'FIELD_MAPPING_TARGET_EMAIL' },
          { column: 'x', target: 'FIELD_MAPPING_TARGET_CUSTOM', customFieldKey: 'nope' },
        ],
      }),
      'email,x\nada@example.com,1\n',
      'columns[1].customFieldKey',
    ],
    [
      'a mapping naming a column the header lacks',
      (clientId) => ({ clientId, columns: [{ column: 'Mail', target: 'FIELD_MAPPING_TARGET_EMAIL' }] }),
      'email\nada@example.com\n',
      'columns[0].column',
    ],
    [
      'a saved mapping the client does not have',
      (clientId) => ({ clientId, fieldMappingIds: [randomUUID()] }),
      'email\na@b.co\n',
      'fieldMappingIds[0]',
    ],
    [
      'a list the client does not have',
      (clientId) => ({ clientId, listId: randomUUID() }),
      'email\na@b.co\n',
      'listId',
    ],
  ];
  it.each(cases)('%s', async (_what, options, csv, field) => {
    const { client, primary } = await newTenant();
    const problem = await problemOf(upload(primary, options(client.clientId), csv, 64 * 1024));
    expect(problem).toMatchObject({
      code: 'validation_failed',
      fields: expect.arrayContaining([expect.objectContaining({ field })]),
    });
    expect(await importCount(client.clientId)).toBe(0);
  });
});

it('a file whose CSV breaks part way fails with the reason and the line, keeping the rows before it', async () => {
  const { client, primary } = await newTenant();
  const { import: queued } = await upload(
    primary,
    { clientId: client.clientId },
    'email\na@example.com\n"b@example.com\nc@example.com\n',
  );
  const job = await finished(primary, client.clientId, queued!.id);
  expect(job.status).toBe('PROSPECT_IMPORT_STATUS_FAILED');
  expect(job.failureReason).toMatch(/not valid CSV/);
  expect(job.failureLine).toBeGreaterThanOrEqual(3);
  expect(job.imported).toBe('1');
});

it('a read-only user may not import, and another client cannot read the job', async () => {
  const { client, primary } = await newTenant();
  const readOnly = actorIn(client, 'read_only');
  expect(
    await problemOf(upload(readOnly, { clientId: client.clientId }, 'email\na@example.com\n')),
  ).toMatchObject({
    code: 'forbidden',
  });
  const { import: queued } = await upload(primary, { clientId: client.clientId }, 'email\na@example.com\n');
  const other = newClient(client.agencyId);
  expect(
    await problemOf(
      harness.client.GetProspectImport(
        { clientId: other.clientId, importId: queued!.id },
        { actor: actorIn(other, 'primary') },
      ),
    ),
  ).toMatchObject({ code: 'not_found' });
  expect(await importCount(client.clientId)).toBe(1);
});

it('keeps the counters exact through a long import while their events stay coalesced', async () => {
  const { client, primary } = await newTenant();
  let csv = 'email\n';
  // 20 batches of 500 rows: without coalescing each batch would be an event.
  for (let row = 0; row < 10_000; row += 1) csv += `bulk${row}@example.com\n`;
  const { import: queued } = await upload(primary, { clientId: client.clientId }, csv, 64 * 1024);
  const job = await finished(primary, client.clientId, queued!.id);
  expect(job).toMatchObject({ status: 'PROSPECT_IMPORT_STATUS_SUCCEEDED', imported: '10000' });
  const ofClient = () =>
    harness.events.filter(
      (event) =>
        event.type === 'atrium.campaigns.v1.client_counters.changed' &&
        (event.data as { clientId: string }).clientId === client.clientId,
    );
  const last = await eventually(
    async () => {
      const events = ofClient();
      const newest = events[events.length - 1]?.data as { storedProspects: string } | undefined;
      return newest?.storedProspects === '10000' ? newest : undefined;
    },
    10_000,
    'the final counts to be told',
  );
  expect(last).toMatchObject({ storedProspects: '10000', connectedProspects: '0' });
  expect(ofClient().length).toBeLessThan(20);
});
