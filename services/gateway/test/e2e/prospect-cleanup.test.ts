import { createClient as createGrpcClient, loadProto, type Actor, type ServiceClient } from '@atrium/grpc';
import { SERVICE_PROTO_FILES, type campaigns, type CampaignsProto } from '@atrium/proto';
import { eventually } from '@atrium/testing';
import { platformForTests } from './platform';
import { createClient, signUpAgency, type ClientOfAgency, type NewAgency } from './fixture';

// The client list's prospect counters and a prospect cleanup across the real processes: prospects
// written in campaigns reach tenancy's list through client_counters.changed; a cleanup asked for at the
// gateway runs in campaigns, reports on the job, takes the prospects off the counts and ends with a bell
// notice to whoever asked (docs/campaigns.md "Counters", "Cleaning the prospect database").
jest.setTimeout(120_000);

const e2e = platformForTests();
const { call } = e2e;
let agency: NewAgency;
let client: ClientOfAgency;
let prospects: ServiceClient<campaigns.CampaignsServiceDefinition>;
let actor: Actor;

beforeAll(async () => {
  agency = await signUpAgency(e2e.platform, { label: 'tidy-counts' });
  client = await createClient(e2e.platform, agency, { name: 'Counted Dental' });
  const proto = loadProto<CampaignsProto>(SERVICE_PROTO_FILES.campaigns);
  prospects = createGrpcClient<campaigns.CampaignsServiceDefinition>(
    proto.atrium.campaigns.v1.CampaignsService,
    e2e.platform.grpcAddress('campaigns'),
    { deadlineMs: 5000 },
  );
  // The owner inside the client, as the gateway resolves an agency user who may enter it: the
  // gateway's prospect routes are not here yet, so the test calls campaigns as the gateway would.
  actor = {
    userId: agency.owner.user.id,
    agencyId: agency.agency.id,
    actingAsClientId: client.id,
    clientAccess: { clientId: client.id, permissions: ['lists:write'] },
  };
});

afterAll(() => {
  prospects?.close();
});

async function listRow(): Promise<{ storedProspects: number; connectedProspects: number } | undefined> {
  const answer = await call('GET', '/v1/clients?limit=50', { token: agency.owner.accessToken });
  return answer.body.items?.find((item: { id: string }) => item.id === client.id)?.counters;
}

function listShows(stored: number, connected: number) {
  return eventually(
    async () => {
      const counters = await listRow();
      return counters?.storedProspects === stored && counters.connectedProspects === connected
        ? counters
        : undefined;
    },
    15_000,
    `the client list to show ${stored}/${connected}`,
  );
}

test('prospects written in campaigns show on the client list; a cleanup removes them, reports and rings the bell', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 30; i += 1) {
    const { prospect } = await prospects.CreateProspect(
      { clientId: client.id, email: `lead-${i}@counted.test` },
      { actor },
    );
    ids.push(prospect!.id);
  }
  // Seven connected: two of them among the ten the cleanup removes.
  for (const id of [ids[0]!, ids[1]!, ...ids.slice(20, 25)])
    await prospects.RecordProspectAction(
      { clientId: client.id, prospectId: id, action: 'PROSPECT_ACTION_EMAIL_VALIDATED' },
      { actor },
    );

  expect(await listShows(30, 7)).toMatchObject({ storedProspects: 30, connectedProspects: 7 });
  const sorted = await call('GET', '/v1/clients?sort=connectedProspects&order=desc', {
    token: agency.owner.accessToken,
  });
  expect(sorted.body.items[0]).toMatchObject({ id: client.id, counters: { connectedProspects: 7 } });

  const accepted = await call('POST', `/v1/clients/${client.id}/prospects/cleanup`, {
    token: agency.owner.accessToken,
    body: { mode: 'selected', prospectIds: ids.slice(0, 10) },
  });
  expect(accepted.status).toBe(202);
  const jobId = accepted.body.job.id;
  const done = await eventually(
    async () => {
      const job = await call('GET', `/v1/jobs/${jobId}`, { token: agency.owner.accessToken });
      return job.body.status === 'succeeded' ? job.body : undefined;
    },
    20_000,
    'the cleanup to succeed',
  );
  expect(done).toMatchObject({ id: jobId, status: 'succeeded', progress: 10, total: 10, failure: null });

  await listShows(20, 5);
  const { prospects: left } = await prospects.ListProspects({ clientId: client.id, limit: 100 }, { actor });
  expect(left.map((prospect) => prospect.id).sort()).toEqual(ids.slice(10).sort());

  const bell = await eventually(
    async () => {
      const answer = await call('GET', '/v1/notifications', { token: agency.owner.accessToken });
      return answer.body.items?.find((item: { kind: string }) => item.kind === 'prospect_cleanup.succeeded');
    },
    15_000,
    'the bell notice',
  );
  expect(bell).toMatchObject({
    title: 'Prospect cleanup finished',
    body: '10 of 10 prospects removed (selected prospects).',
    clientId: client.id,
  });
});
