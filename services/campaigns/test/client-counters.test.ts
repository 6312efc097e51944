import { randomUUID } from 'node:crypto';
import { eventually } from '@atrium/testing';
import { actorIn, newClient, startHarness, type Harness } from './support';

// The client list's prospect counters (docs/product.md#client-list-counters) and their coalesced
// event, atrium.campaigns.v1.client_counters.changed (docs/campaigns.md "Counters").
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness('campaigns_counters');
});

afterAll(async () => {
  await harness?.stop();
});

function countersOf(clientId: string) {
  return harness.events.filter(
    (event) =>
      event.type === 'atrium.campaigns.v1.client_counters.changed' && event.data.clientId === clientId,
  );
}

/** Waits for the event that carries these counts, and answers every event of the client so far. */
async function told(clientId: string, stored: number, connected: number) {
  await eventually(
    async () => {
      const last = countersOf(clientId).at(-1)?.data;
      return last && last.storedProspects === String(stored) && last.connectedProspects === String(connected)
        ? true
        : undefined;
    },
    10_000,
    `counters ${stored}/${connected}`,
  );
  return countersOf(clientId);
}

it('counts stored prospects without deleted ones, and connected ones by any action performed', async () => {
  const client = newClient();
  const actor = actorIn(client, 'primary');
  const { clientId } = client;
  const ids: string[] = [];
  for (let i = 0; i < 5; i += 1)
    ids.push(
      (await harness.client.CreateProspect({ clientId, email: `p${i}@example.com` }, { actor })).prospect!.id,
    );
  const [validated, sent, taskDone, deletedConnected, untouched] = ids as [
    string,
    string,
    string,
    string,
    string,
  ];
  const act = (prospectId: string, action: string) =>
    harness.client.RecordProspectAction(
      { clientId, prospectId, action: action as 'PROSPECT_ACTION_TASK_DONE' },
      { actor },
    );
  await act(validated, 'PROSPECT_ACTION_EMAIL_VALIDATED');
  await act(sent, 'PROSPECT_ACTION_EMAIL_SENT');
  await act(taskDone, 'PROSPECT_ACTION_TASK_DONE');
  // Two actions on one prospect connect it once.
  await act(taskDone, 'PROSPECT_ACTION_EMAIL_SENT');
  await act(deletedConnected, 'PROSPECT_ACTION_TASK_DONE');
  await harness.client.DeleteProspect({ clientId, prospectId: deletedConnected }, { actor });
  // A status is no action: an unsubscribed prospect without one is stored, not connected.
  await harness.client.UpdateProspect(
    { clientId, prospectId: untouched, status: 'PROSPECT_STATUS_UNSUBSCRIBED' },
    { actor },
  );
  const events = await told(clientId, 4, 3);
  expect(events.at(-1)).toMatchObject({
    subject: `agencies/${client.agencyId}/clients/${clientId}`,
    data: { agencyId: client.agencyId, clientId, storedProspects: '4', connectedProspects: '3' },
  });
  // Versions only grow, so a consumer can drop an older event retried after a newer one.
  const versions = events.map((event) => Number(event.data.version));
  expect(versions).toEqual([...versions].sort((a, b) => a - b));

  await harness.client.DeleteProspects({ clientId, prospectIds: [validated, sent, randomUUID()] }, { actor });
  await told(clientId, 2, 1);
});

it('coalesces a burst of writes into a few events per second, the last with the final counts', async () => {
  const client = newClient();
  const actor = actorIn(client, 'administrator');
  const { clientId } = client;
  const started = Date.now();
  const writes = 60;
  for (let i = 0; i < writes; i += 4)
    await Promise.all(
      [0, 1, 2, 3].map((j) =>
        harness.client.CreateProspect({ clientId, email: `burst-${i + j}@example.com` }, { actor }),
      ),
    );
  const seconds = (Date.now() - started) / 1000;
  const events = await told(clientId, writes, 0);
  // The window is half a second (COUNTERS_MIN_INTERVAL_MS in test/support.ts): two a second at most,
  // plus the first and the one that tells the end of the burst.
  expect(events.length).toBeLessThanOrEqual(Math.ceil(seconds * 2) + 2);
  expect(events.length).toBeLessThan(writes / 4);
  // Nothing more follows once the counts are told.
  await new Promise((resolve) => setTimeout(resolve, 800));
  expect(countersOf(clientId)).toHaveLength(events.length);
});
