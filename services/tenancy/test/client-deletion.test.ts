import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { Client as PgClient } from 'pg';
import { parseConfig } from '@atrium/config';
import { subjectOf } from '@atrium/events';
import { createLogger, type Actor } from '@atrium/logger';
import { eventually } from '@atrium/testing';
import { tenancyConfigShape } from '../src/config';
import { StaleDeletionWatch } from '../src/purge/stale-deletion-watch';
import { recordAudit } from '../src/store/audit';
import { inTenant } from '../src/store/tenant';
import { addMember, newAgency, problem, startHarness, type Harness, type TestAgency } from './support';

// The client purge saga (docs/product.md "Client lifecycle") against real Postgres and NATS: tenancy waits for the
// default participants (notification, campaigns, billing), whose client.purged reports this file
// publishes on their streams as they would.
const PLAN_CLIENT_LIMIT = 3;
let harness: Harness;
let owner: PgClient;

beforeAll(async () => {
  harness = await startHarness('tenancy_deletion', { PLAN_CLIENT_LIMIT: String(PLAN_CLIENT_LIMIT) });
  // The database owner sees every row, as an operator would: what is left is what anyone could read.
  owner = new PgClient({ connectionString: harness.databaseUrl });
  await owner.connect();
});

afterAll(async () => {
  await owner?.end();
  await harness?.stop();
});

/** Publishes a participant's client.purged the way its outbox relay would. */
async function reportPurged(service: string, agencyId: string, clientId: string, id = randomUUID()) {
  const type = `atrium.${service}.v1.client.purged`;
  const h = headers();
  h.set('ce-specversion', '1.0');
  h.set('ce-id', id);
  h.set('ce-type', type);
  h.set('ce-source', `/atrium/${service}`);
  h.set('ce-time', new Date().toISOString());
  h.set('ce-subject', `agencies/${agencyId}/clients/${clientId}`);
  await jetstream(harness.backend.nc).publish(
    subjectOf(type, harness.namespace),
    JSON.stringify({ agencyId, clientId, service }),
    { msgID: id, headers: h },
  );
  return id;
}

async function pendingOf(clientId: string): Promise<string[]> {
  const { rows } = await owner.query<{ pending: string[] }>(
    'SELECT pending FROM client_deletions WHERE client_id = $1',
    [clientId],
  );
  return rows[0]!.pending;
}

/** An inactive client with a team member, a custom property, contacts and a pending invitation. */
async function inactiveClient(agency: TestAgency, name: string) {
  const teammate = await addMember(harness, agency, 'member', 'Tia Teammate');
  await harness.client.SaveCustomField({ key: 'crm_id', label: 'CRM id' }, { actor: agency.owner });
  const { client } = await harness.client.CreateClient(
    {
      name,
      description: 'Dental practice',
      website: 'https://contoso-dental.example',
      tags: ['dental'],
      customProperties: [{ key: 'crm_id', value: 'CRM-SECRET-42' }],
      companyProfile: {
        legalName: `${name} GmbH`,
        street: 'Hauptstr. 1',
        city: 'Berlin',
        postalCode: '10115',
      },
      profileContact: { name: 'Petra Profile', email: 'petra@contoso.example', phone: '+49 30 1234567' },
      billingContact: { name: 'Bernd Billing', email: 'bernd@contoso.example' },
    },
    { actor: agency.owner },
  );
  const clientId = client!.id;
  await harness.client.SetClientTeam(
    { clientId, ownerId: agency.ownerId, memberIds: [teammate.userId] },
    { actor: agency.owner },
  );
  await harness.client.UpdateClient(
    { clientId, profileContact: { email: 'petra.new@contoso.example' } },
    { actor: agency.owner },
  );
  await inTenant(harness.backend.db, { agencyId: agency.agencyId }, async (tx) => {
    // A client user invited into the client (the client users feature's tables).
    const clientUserId = randomUUID();
    await tx.$executeRawUnsafe(
      `INSERT INTO client_users (id, agency_id, client_id, name, email, role)
       VALUES ($1::uuid, $2::uuid, $3::uuid, 'Carla Client', 'carla@contoso.example', 'administrator')`,
      clientUserId,
      agency.agencyId,
      clientId,
    );
    await tx.$executeRawUnsafe(
      `INSERT INTO invitations (id, agency_id, client_id, client_user_id, email, name, role, token_hash,
                                invited_by_user_id, expires_at)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, 'carla@contoso.example', 'Carla Client', 'administrator',
               $5, $6::uuid, now() + interval '7 days')`,
      randomUUID(),
      agency.agencyId,
      clientId,
      clientUserId,
      randomUUID(),
      agency.ownerId,
    );
    // An entry whose values are the client's personal data, as an audited change would leave.
    await recordAudit(tx, agency.owner, {
      action: 'client.updated',
      targetType: 'client',
      targetId: clientId,
      clientId,
      before: { profileContact: { email: 'petra@contoso.example' } },
      after: { profileContact: { email: 'petra.new@contoso.example' } },
    });
  });
  await harness.client.DeactivateClient({ clientId }, { actor: agency.owner });
  return { clientId, teammate };
}

describe('asking to delete a client', () => {
  let agency: TestAgency;
  beforeAll(async () => {
    agency = await newAgency(harness);
  });

  it('refuses an active client with client_active', async () => {
    const { client } = await harness.client.CreateClient({ name: 'Still Active' }, { actor: agency.owner });
    const refused = await problem(
      harness.client.DeleteClient({ clientId: client!.id, confirm: 'Still Active' }, { actor: agency.owner }),
    );
    expect(refused).toMatchObject({ status: 409, code: 'client_active' });
    expect(
      (await harness.client.GetClient({ clientId: client!.id }, { actor: agency.owner })).client,
    ).toMatchObject({ status: 'active' });
  });

  it('refuses a confirmation that is not the exact name, and a missing one, naming confirm', async () => {
    const { client } = await harness.client.CreateClient({ name: 'Exact Name' }, { actor: agency.owner });
    const clientId = client!.id;
    await harness.client.DeactivateClient({ clientId }, { actor: agency.owner });
    for (const confirm of ['exact name', 'Exact Name ', 'Exact']) {
      expect(
        await problem(harness.client.DeleteClient({ clientId, confirm }, { actor: agency.owner })),
      ).toMatchObject({ status: 422, code: 'confirmation_mismatch', fields: [{ field: 'confirm' }] });
    }
    expect(
      await problem(harness.client.DeleteClient({ clientId, confirm: '' }, { actor: agency.owner })),
    ).toMatchObject({ status: 400, code: 'validation_failed', fields: [{ field: 'confirm' }] });
    expect((await harness.client.GetClient({ clientId }, { actor: agency.owner })).client).toMatchObject({
      status: 'inactive',
    });
  });

  it('answers not_found to a member who may not enter the client and forbidden to one without clients:delete', async () => {
    const { client } = await harness.client.CreateClient({ name: 'Guarded' }, { actor: agency.owner });
    const clientId = client!.id;
    await harness.client.DeactivateClient({ clientId }, { actor: agency.owner });
    const outsider = await addMember(harness, agency, 'member', 'Otto Outsider');
    expect(
      await problem(harness.client.DeleteClient({ clientId, confirm: 'Guarded' }, { actor: outsider })),
    ).toMatchObject({ status: 404, code: 'not_found' });
    await harness.client.SetClientTeam(
      { clientId, ownerId: agency.ownerId, memberIds: [outsider.userId] },
      { actor: agency.owner },
    );
    expect(
      await problem(harness.client.DeleteClient({ clientId, confirm: 'Guarded' }, { actor: outsider })),
    ).toMatchObject({ status: 403, code: 'forbidden' });
    const stranger = await newAgency(harness, 'Stranger Agency');
    expect(
      await problem(harness.client.DeleteClient({ clientId, confirm: 'Guarded' }, { actor: stranger.owner })),
    ).toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('a client being deleted', () => {
  let agency: TestAgency;
  let clientId: string;
  let teammate: Actor;
  const name = `Contoso Dental ${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    agency = await newAgency(harness, 'Deleting Agency');
    ({ clientId, teammate } = await inactiveClient(agency, name));
  });

  it('turns deleting at once and asks every participant to purge it', async () => {
    const { client } = await harness.client.DeleteClient(
      { clientId, confirm: name },
      { actor: agency.owner },
    );
    expect(client).toMatchObject({ id: clientId, status: 'deleting' });
    const requested = await harness.nextEvent(
      'atrium.tenancy.v1.client.deletion_requested',
      (data) => data.clientId === clientId,
    );
    expect(requested.data).toEqual({
      agencyId: agency.agencyId,
      clientId,
      requestedBy: agency.ownerId,
      participants: ['notification', 'campaigns', 'billing'],
    });
    const { rows } = await owner.query(
      `SELECT actor_id, actor_kind, after FROM audit_entries WHERE target_id = $1 AND action = 'client.deletion_requested'`,
      [clientId],
    );
    expect(rows).toEqual([{ actor_id: agency.ownerId, actor_kind: 'user', after: { status: 'deleting' } }]);
  });

  it('answers client_deleted to every call inside it, including a second deletion', async () => {
    const as = { actor: agency.owner };
    // Each call's answer is read through problem() at once, so none is left rejecting unobserved.
    const calls: [string, Promise<unknown>][] = [
      ['GetClient', harness.client.GetClient({ clientId }, as)],
      ['UpdateClient', harness.client.UpdateClient({ clientId, name: 'Renamed' }, as)],
      ['DeactivateClient', harness.client.DeactivateClient({ clientId }, as)],
      ['ReactivateClient', harness.client.ReactivateClient({ clientId }, as)],
      ['GetClientTeam', harness.client.GetClientTeam({ clientId }, as)],
      [
        'SetClientTeam',
        harness.client.SetClientTeam({ clientId, ownerId: agency.ownerId, memberIds: [] }, as),
      ],
      ['StartClientSwitch', harness.client.StartClientSwitch({ clientId }, as)],
      ['DeleteClient', harness.client.DeleteClient({ clientId, confirm: name }, as)],
      ['RequestProspectCleanup', harness.client.RequestProspectCleanup({ clientId, mode: 'all' }, as)],
      ['GetClient as a teammate', harness.client.GetClient({ clientId }, { actor: teammate })],
    ];
    const answers = calls.map(([what, call]) => [what, problem(call)] as const);
    for (const [what, answer] of answers) {
      expect([what, await answer]).toEqual([
        what,
        expect.objectContaining({ status: 410, code: 'client_deleted' }),
      ]);
    }
  });

  it('leaves the client list', async () => {
    const { items: clients } = await harness.client.ListClients({ limit: 100 }, { actor: agency.owner });
    expect(clients.map((client) => client.id)).not.toContain(clientId);
  });

  it('waits for every participant, ignores repeated and unexpected reports, then leaves only a tombstone', async () => {
    const notificationReport = await reportPurged('notification', agency.agencyId, clientId);
    await eventually(
      async () => ((await pendingOf(clientId)).length === 2 ? true : undefined),
      10_000,
      'notification reported',
    );
    // The same event again (JetStream drops the repeated message id; a redelivery is dropped by the inbox),
    // and a second report of notification under a new id: neither changes anything.
    await reportPurged('notification', agency.agencyId, clientId, notificationReport);
    await reportPurged('notification', agency.agencyId, clientId);
    await reportPurged('campaigns', agency.agencyId, clientId);
    await eventually(
      async () => ((await pendingOf(clientId)).length === 1 ? true : undefined),
      10_000,
      'campaigns reported',
    );
    expect(await pendingOf(clientId)).toEqual(['billing']);
    expect(await problem(harness.client.GetClient({ clientId }, { actor: agency.owner }))).toMatchObject({
      code: 'client_deleted',
    });

    await reportPurged('billing', agency.agencyId, clientId);
    const deleted = await harness.nextEvent(
      'atrium.tenancy.v1.client.deleted',
      (data) => data.clientId === clientId,
    );
    expect(deleted.data).toEqual({ agencyId: agency.agencyId, clientId });
    expect(
      harness.events.filter(
        (event) => event.type === 'atrium.tenancy.v1.client.deleted' && event.data.clientId === clientId,
      ),
    ).toHaveLength(1);
    expect(await problem(harness.client.GetClient({ clientId }, { actor: agency.owner }))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect(
      await problem(harness.client.DeleteClient({ clientId, confirm: name }, { actor: agency.owner })),
    ).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('keeps nothing readable of the client but ids', async () => {
    const {
      rows: [tombstone],
    } = await owner.query(`SELECT * FROM clients WHERE id = $1`, [clientId]);
    expect(tombstone).toMatchObject({
      id: clientId,
      agency_id: agency.agencyId,
      status: 'deleted',
      name: '',
      description: '',
      website: '',
      tags: [],
      custom_properties: {},
      company_legal_name: '',
      company_street: '',
      company_city: '',
      company_postal_code: '',
      profile_contact_name: '',
      profile_contact_email: '',
      profile_contact_phone: '',
      billing_contact_name: '',
      billing_contact_email: '',
      billing_contact_phone: '',
      renewal_date: null,
      account_manager_id: null,
    });
    expect(tombstone.deleted_at).toBeInstanceOf(Date);
    for (const table of ['client_team_members', 'invitations', 'client_users', 'jobs']) {
      const { rows } = await owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE client_id = $1`, [
        clientId,
      ]);
      expect([table, rows[0].n]).toEqual([table, 0]);
    }
    // No row of any table holds the client's name, contacts or custom property any more; the audit
    // log keeps who did what to which id, and the open outbox only client.deleted (ids).
    const secrets = [name, 'petra', 'bernd', 'CRM-SECRET-42', 'Hauptstr', 'carla@contoso'];
    const { rows: tables } = await owner.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    for (const { table_name: table } of tables) {
      for (const secret of secrets) {
        const { rows } = await owner.query(
          `SELECT count(*)::int AS n FROM "${table}" t WHERE position(lower($1) IN lower(t::text)) > 0`,
          [secret],
        );
        expect([table, secret, rows[0].n]).toEqual([table, secret, 0]);
      }
    }
    const { rows: audit } = await owner.query(
      `SELECT action, actor_kind, before, after FROM audit_entries WHERE client_id = $1 ORDER BY occurred_at, action`,
      [clientId],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        {
          action: 'client.updated',
          actor_kind: 'user',
          before: { profileContact: null },
          after: { profileContact: null },
        },
        {
          action: 'client.deletion_requested',
          actor_kind: 'user',
          before: { status: null },
          after: { status: null },
        },
        { action: 'client.deleted', actor_kind: 'system', before: null, after: null },
      ]),
    );
  });
});

describe('the plan limit', () => {
  it('no longer counts a client once its deletion is asked for', async () => {
    const agency = await newAgency(harness, 'Limited Agency');
    const ids: string[] = [];
    for (let index = 0; index < PLAN_CLIENT_LIMIT; index++) {
      const { client } = await harness.client.CreateClient(
        { name: `Client ${index}` },
        { actor: agency.owner },
      );
      ids.push(client!.id);
    }
    expect(
      await problem(harness.client.CreateClient({ name: 'One Too Many' }, { actor: agency.owner })),
    ).toMatchObject({ status: 409, code: 'plan_limit_reached' });
    await harness.client.DeactivateClient({ clientId: ids[0]! }, { actor: agency.owner });
    expect(
      await problem(harness.client.CreateClient({ name: 'One Too Many' }, { actor: agency.owner })),
    ).toMatchObject({ code: 'plan_limit_reached' });
    await harness.client.DeleteClient({ clientId: ids[0]!, confirm: 'Client 0' }, { actor: agency.owner });
    const { client } = await harness.client.CreateClient(
      { name: 'Takes Its Place' },
      { actor: agency.owner },
    );
    expect(client).toMatchObject({ status: 'active' });
  });
});

describe('a deletion nobody finishes', () => {
  it('is reported by the stuck-deletion check with the participants still awaited', async () => {
    const agency = await newAgency(harness, 'Stuck Agency');
    const { client } = await harness.client.CreateClient({ name: 'Stuck Client' }, { actor: agency.owner });
    const clientId = client!.id;
    await harness.client.DeactivateClient({ clientId }, { actor: agency.owner });
    await harness.client.DeleteClient({ clientId, confirm: 'Stuck Client' }, { actor: agency.owner });
    await reportPurged('campaigns', agency.agencyId, clientId);
    await eventually(
      async () => ((await pendingOf(clientId)).length === 2 ? true : undefined),
      10_000,
      'campaigns reported',
    );

    const warnings: Record<string, unknown>[] = [];
    const logger = createLogger('tenancy', 'silent');
    logger.warn = ((fields: Record<string, unknown>) => warnings.push(fields)) as typeof logger.warn;
    const recentOnly = new StaleDeletionWatch({ db: harness.backend.db, logger, warnAfterMs: 3_600_000 });
    await recentOnly.check();
    expect(warnings.filter((fields) => fields.clientId === clientId)).toEqual([]);

    const immediate = new StaleDeletionWatch({ db: harness.backend.db, logger, warnAfterMs: 1 });
    await immediate.check();
    expect(warnings.filter((fields) => fields.clientId === clientId)).toEqual([
      expect.objectContaining({ agencyId: agency.agencyId, clientId, pending: ['notification', 'billing'] }),
    ]);
  });
});

describe('CLIENT_PURGE_PARTICIPANTS', () => {
  const base = { DATABASE_URL: 'postgres://localhost/atrium_test', NATS_URL: 'nats://localhost:4222' };

  it('defaults to notification, campaigns and billing and may be none', () => {
    expect(parseConfig(tenancyConfigShape, base).CLIENT_PURGE_PARTICIPANTS).toEqual([
      'notification',
      'campaigns',
      'billing',
    ]);
    expect(
      parseConfig(tenancyConfigShape, { ...base, CLIENT_PURGE_PARTICIPANTS: ' billing , campaigns ' })
        .CLIENT_PURGE_PARTICIPANTS,
    ).toEqual(['billing', 'campaigns']);
    expect(
      parseConfig(tenancyConfigShape, { ...base, CLIENT_PURGE_PARTICIPANTS: 'none' })
        .CLIENT_PURGE_PARTICIPANTS,
    ).toEqual([]);
  });

  it('refuses an unknown service or one named twice', () => {
    expect(() =>
      parseConfig(tenancyConfigShape, { ...base, CLIENT_PURGE_PARTICIPANTS: 'billing,crm' }),
    ).toThrow(/CLIENT_PURGE_PARTICIPANTS/);
    expect(() =>
      parseConfig(tenancyConfigShape, { ...base, CLIENT_PURGE_PARTICIPANTS: 'billing,billing' }),
    ).toThrow(/CLIENT_PURGE_PARTICIPANTS/);
  });
});

describe('without participants', () => {
  let lone: Harness;
  beforeAll(async () => {
    lone = await startHarness('tenancy_deletion_alone', { CLIENT_PURGE_PARTICIPANTS: 'none' });
  });
  afterAll(async () => {
    await lone?.stop();
  });

  it('purges the client at once', async () => {
    const agency = await newAgency(lone, 'Alone Agency');
    const { client } = await lone.client.CreateClient({ name: 'Short Lived' }, { actor: agency.owner });
    const clientId = client!.id;
    await lone.client.DeactivateClient({ clientId }, { actor: agency.owner });
    await lone.client.DeleteClient({ clientId, confirm: 'Short Lived' }, { actor: agency.owner });
    await lone.nextEvent('atrium.tenancy.v1.client.deleted', (data) => data.clientId === clientId);
    expect(await problem(lone.client.GetClient({ clientId }, { actor: agency.owner }))).toMatchObject({
      code: 'not_found',
    });
  });
});
