import { randomUUID } from 'node:crypto';
import type { Actor } from '@atrium/logger';
import { eventually } from '@atrium/testing';
import { newAgency, startHarness, type Harness, type TestAgency } from './support';

// The client list's stored and connected prospects come from campaigns' client_counters.changed
// (docs/campaigns.md "Counters"): tenancy keeps them on the client rows, newest version first.
let harness: Harness;
let agency: TestAgency;

beforeAll(async () => {
  harness = await startHarness('tenancy_prospect_counters');
  agency = await newAgency(harness);
});

afterAll(async () => {
  await harness?.stop();
});

async function newClientId(name: string): Promise<string> {
  return (await harness.client.CreateClient({ name }, { actor: agency.owner })).client!.id;
}

function countersChanged(clientId: string, stored: number, connected: number, version: number) {
  return harness.publishEvent('atrium.campaigns.v1.client_counters.changed', {
    agencyId: agency.agencyId,
    clientId,
    storedProspects: String(stored),
    connectedProspects: String(connected),
    version: String(version),
    countedAt: new Date().toISOString(),
  });
}

async function listed(actor: Actor, clientId: string) {
  const { items } = await harness.client.ListClients({ limit: 100 }, { actor });
  return items.find((item) => item.id === clientId)?.counters;
}

/** Waits until the client's row in the list shows these counts. */
async function shows(clientId: string, stored: number, connected: number): Promise<void> {
  await eventually(
    async () => {
      const counters = await listed(agency.owner, clientId);
      return counters?.storedProspects === stored && counters.connectedProspects === connected
        ? true
        : undefined;
    },
    10_000,
    `the list to show ${stored}/${connected}`,
  );
}

it('shows the counts campaigns publishes on the client list row', async () => {
  const clientId = await newClientId('Counted Client');
  await countersChanged(clientId, 12, 5, 3);
  await shows(clientId, 12, 5);
  expect(await listed(agency.owner, clientId)).toMatchObject({ storedProspects: 12, connectedProspects: 5 });
});

it('keeps the newest counts when an older event arrives after a newer one', async () => {
  const clientId = await newClientId('Out Of Order Client');
  await countersChanged(clientId, 40, 10, 7);
  await shows(clientId, 40, 10);
  // A retry of version 6, published after 7, and then the next version.
  await countersChanged(clientId, 39, 9, 6);
  await countersChanged(clientId, 41, 11, 8);
  await shows(clientId, 41, 11);
  await countersChanged(clientId, 1, 1, 2);
  const marker = await newClientId('Marker Client');
  await countersChanged(marker, 1, 0, 1);
  // Events of one stream are handled in order: once the marker's shows, the stale one was handled.
  await shows(marker, 1, 0);
  expect(await listed(agency.owner, clientId)).toMatchObject({ storedProspects: 41, connectedProspects: 11 });
});

it('sorts the list by connected prospects from the counts it stored', async () => {
  const other = await newAgency(harness, 'Sorting Agency');
  const ids = await Promise.all(
    ['Few', 'Many', 'Some'].map(
      async (name) => (await harness.client.CreateClient({ name }, { actor: other.owner })).client!.id,
    ),
  );
  const [few, many, some] = ids as [string, string, string];
  const publish = (clientId: string, connected: number) =>
    harness.publishEvent('atrium.campaigns.v1.client_counters.changed', {
      agencyId: other.agencyId,
      clientId,
      storedProspects: String(connected * 2),
      connectedProspects: String(connected),
      version: '1',
      countedAt: new Date().toISOString(),
    });
  await publish(few, 1);
  await publish(many, 300);
  await publish(some, 20);
  await eventually(
    async () => ((await listed(other.owner, some))?.connectedProspects === 20 ? true : undefined),
    10_000,
    'the last counts',
  );
  const { items } = await harness.client.ListClients(
    { sort: 'connectedProspects', order: 'desc' },
    { actor: other.owner },
  );
  expect(items.map((item) => [item.id, item.counters?.connectedProspects])).toEqual([
    [many, 300],
    [some, 20],
    [few, 1],
  ]);
});

it("does not write another agency's client, whatever agency the event names", async () => {
  const clientId = await newClientId('Guarded Client');
  await countersChanged(clientId, 5, 5, 1);
  await shows(clientId, 5, 5);
  await harness.publishEvent('atrium.campaigns.v1.client_counters.changed', {
    agencyId: randomUUID(),
    clientId,
    storedProspects: '999',
    connectedProspects: '999',
    version: '99',
    countedAt: new Date().toISOString(),
  });
  const marker = await newClientId('Second Marker');
  await countersChanged(marker, 2, 0, 1);
  await shows(marker, 2, 0);
  expect(await listed(agency.owner, clientId)).toMatchObject({ storedProspects: 5, connectedProspects: 5 });
});
