import pg from 'pg';
import { connectNats, deleteStreams } from '@atrium/events';
import { createClient, loadProto } from '@atrium/grpc';
import { createLogger } from '@atrium/logger';
import { SERVICE_PROTO_FILES, type campaigns, type CampaignsProto } from '@atrium/proto';
import {
  createTestDatabase,
  eventually,
  freePort,
  getTestServers,
  startBackendProcess,
  testNamespace,
  type BackendProcess,
  type TestDatabase,
} from '@atrium/testing';
import { actorIn, CAMPAIGNS_MAIN, newClient } from './support';

// An import whose process dies mid-file (docs/campaigns.md "Importing a CSV", restarts): campaigns's
// build as its own process, killed with SIGKILL while the worker is part way through, then started
// again. The job must not stay running: it resumes after its last committed batch and ends with every
// row stored exactly once.
jest.setTimeout(120_000);

let database: TestDatabase;
let natsUrl: string;
let owner: pg.Pool;
const namespace = testNamespace();
const ROWS = 20_000;

beforeAll(async () => {
  ({ natsUrl } = await getTestServers());
  database = await createTestDatabase('campaigns_import_restart');
  owner = new pg.Pool({ connectionString: database.url, max: 2 });
});

afterAll(async () => {
  await owner?.end();
  const nc = await connectNats({
    servers: natsUrl,
    name: 'campaigns-import-restart',
    logger: createLogger('test', 'silent'),
  });
  await deleteStreams(nc, namespace);
  await nc.drain();
  await database?.drop();
});

async function startCampaigns(port: number): Promise<BackendProcess> {
  const client = apiAt(port);
  try {
    return await startBackendProcess({
      entry: CAMPAIGNS_MAIN,
      port,
      env: {
        DATABASE_URL: database.url,
        NATS_URL: natsUrl,
        EVENTS_NAMESPACE: namespace,
        GRPC_HOST: '127.0.0.1',
        GRPC_PORT: String(port),
        LOG_LEVEL: 'warn',
        SHUTDOWN_GRACE_MS: '1000',
        IMPORT_BATCH_SIZE: '100',
        IMPORT_LEASE_MS: '1000',
      },
      ready: () => client.checkHealth(1000),
    });
  } finally {
    client.close();
  }
}

function apiAt(port: number) {
  const proto = loadProto<CampaignsProto>(SERVICE_PROTO_FILES.campaigns);
  return createClient<campaigns.CampaignsServiceDefinition>(
    proto.atrium.campaigns.v1.CampaignsService,
    `127.0.0.1:${port}`,
    { deadlineMs: 30_000 },
  );
}

async function job(): Promise<{ status: string; rows_read: number; imported: number; attempts: number }> {
  const { rows } = await owner.query(
    'SELECT status, rows_read::int, imported::int, attempts FROM prospect_imports',
  );
  return rows[0];
}

it('an import killed mid-file resumes after a restart and stores every row exactly once', async () => {
  const port = await freePort();
  const client = newClient();
  const actor = actorIn(client, 'primary');
  let campaignsProcess = await startCampaigns(port);
  const api = apiAt(port);
  let csv = 'email,first_name\n';
  for (let row = 0; row < ROWS; row += 1) csv += `person${row}@example.com,Person ${row}\n`;
  async function* messages() {
    yield { options: { clientId: client.clientId } };
    const bytes = Buffer.from(csv);
    for (let at = 0; at < bytes.length; at += 64 * 1024) yield { chunk: bytes.subarray(at, at + 64 * 1024) };
  }
  const { import: queued } = await api.stream('ImportProspects', messages(), { actor });
  api.close();
  await eventually(
    async () => ((await job())?.rows_read > 0 ? true : undefined),
    20_000,
    'the worker to commit a first batch',
  );
  await campaignsProcess.kill();
  const interrupted = await job();
  expect(interrupted.status).toBe('running');
  expect(interrupted.rows_read).toBeLessThan(ROWS);

  campaignsProcess = await startCampaigns(port);
  try {
    const ended = await eventually(
      async () => {
        const state = await job();
        return state.status === 'succeeded' || state.status === 'failed' ? state : undefined;
      },
      60_000,
      'the import to end after the restart',
    );
    expect(ended).toEqual({ status: 'succeeded', rows_read: ROWS, imported: ROWS, attempts: 2 });
    const { rows } = await owner.query(
      'SELECT count(*)::int AS prospects, count(DISTINCT email)::int AS emails FROM prospects WHERE client_id = $1',
      [client.clientId],
    );
    expect(rows[0]).toEqual({ prospects: ROWS, emails: ROWS });
    const reader = apiAt(port);
    const { import: answered } = await reader.GetProspectImport(
      { clientId: client.clientId, importId: queued!.id },
      { actor },
    );
    reader.close();
    expect(answered).toMatchObject({ status: 'PROSPECT_IMPORT_STATUS_SUCCEEDED', imported: String(ROWS) });
  } finally {
    await campaignsProcess.stop();
  }
});
