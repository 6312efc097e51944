import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { eventually, getTestServers } from '@atrium/testing';
import { actorIn, newClient, startHarness, type Harness } from './support';

// The operators' repair path of the client list's counters (docs/campaigns.md "Counters"): the
// campaigns CLI of the build counts every client again from the prospect table and republishes.
const CAMPAIGNS_CLI = path.resolve(__dirname, '../dist/cli.js');
const run = promisify(execFile);

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('campaigns_counters_repair');
});

afterAll(async () => {
  await harness?.stop();
});

function lastCounters(clientId: string) {
  return harness.events
    .filter(
      (event) =>
        event.type === 'atrium.campaigns.v1.client_counters.changed' && event.data.clientId === clientId,
    )
    .at(-1)?.data;
}

async function told(clientId: string, stored: number, connected: number) {
  return eventually(
    async () => {
      const last = lastCounters(clientId);
      return last?.storedProspects === String(stored) && last.connectedProspects === String(connected)
        ? last
        : undefined;
    },
    10_000,
    `counters ${stored}/${connected}`,
  );
}

async function repairCounters() {
  const { natsUrl } = await getTestServers();
  return run(process.execPath, [CAMPAIGNS_CLI, 'repair-counters'], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: harness.database.url,
      NATS_URL: natsUrl,
      EVENTS_NAMESPACE: harness.namespace,
      LOG_LEVEL: 'silent',
    },
  });
}

it('recounts a deliberately corrupted counters row from the prospects and republishes it', async () => {
  const corrupted = newClient();
  const intact = newClient();
  for (const client of [corrupted, intact]) {
    const actor = actorIn(client, 'primary');
    for (const email of ['ada@example.com', 'bob@example.com', 'cy@example.com']) {
      const { prospect } = await harness.client.CreateProspect(
        { clientId: client.clientId, email },
        { actor },
      );
      if (email === 'ada@example.com')
        await harness.client.RecordProspectAction(
          { clientId: client.clientId, prospectId: prospect!.id, action: 'PROSPECT_ACTION_EMAIL_SENT' },
          { actor },
        );
    }
  }
  const before = await told(corrupted.clientId, 3, 1);
  await told(intact.clientId, 3, 1);
  // A bug, or a restore of an older backup: counts and version no longer match the prospects.
  await harness.owner.query(
    `UPDATE client_prospect_counters SET stored_prospects = 999, connected_prospects = 0, version = 1,
            published_version = 1 WHERE client_id = $1`,
    [corrupted.clientId],
  );
  const startedAt = Date.now();
  const intactVersion = (await told(intact.clientId, 3, 1)).version;

  const { stdout } = await repairCounters();

  expect(stdout).toContain('repaired the counters of 2 clients; 1 were wrong');
  const { rows } = await harness.owner.query(
    `SELECT stored_prospects::int AS stored, connected_prospects::int AS connected, version::text AS version
       FROM client_prospect_counters WHERE client_id = $1`,
    [corrupted.clientId],
  );
  expect(rows[0]).toMatchObject({ stored: 3, connected: 1 });
  const repaired = await eventually(
    async () => {
      const last = lastCounters(corrupted.clientId);
      return last && last.version !== before.version ? last : undefined;
    },
    10_000,
    'the republished counters',
  );
  expect(repaired).toMatchObject({ storedProspects: '3', connectedProspects: '1', version: rows[0].version });
  // Newer than any version told before the corruption, so consumers take it.
  expect(Number(repaired.version)).toBeGreaterThanOrEqual(startedAt);
  expect(Number(repaired.version)).toBeGreaterThan(Number(before.version));
  // The intact client is told again too, with the same counts and a new version.
  const retold = await eventually(
    async () => {
      const last = lastCounters(intact.clientId);
      return last && last.version !== intactVersion ? last : undefined;
    },
    10_000,
    'the intact client told again',
  );
  expect(retold).toMatchObject({ storedProspects: '3', connectedProspects: '1' });
});

it('refuses an unknown command with the usage', async () => {
  const failure = await run(process.execPath, [CAMPAIGNS_CLI, 'repair-everything'], {
    env: { PATH: process.env.PATH ?? '' },
  }).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failure?.code).toBe(64);
  expect(failure?.stderr).toContain('repair-counters');
});
