import { randomBytes, randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { eventually } from '@atrium/testing';
import { BACKENDS, platformForTests, type CallOptions } from './platform';
import { agencyFixture, createClient, expectStatus, type AgencyFixture } from './fixture';

// Deleting a client and cleaning its prospect database (docs/product.md "Client accounts") through the real gateway and every real
// backend: the purge saga runs across notification, campaigns and billing, and afterwards no database
// of the platform holds anything of the client but ids.
jest.setTimeout(180_000);

const e2e = platformForTests();
const { call } = e2e;
let tidy: AgencyFixture;
let stranger: AgencyFixture;

beforeAll(async () => {
  [tidy, stranger] = await Promise.all([
    agencyFixture(e2e.platform, { label: 'deletion', agencyName: 'Tidy Agency' }),
    agencyFixture(e2e.platform, { label: 'elsewhere', agencyName: 'Other Agency' }),
  ]);
});

/**
 * One request per route inside a client, valid but for the client, keyed by the OpenAPI template. A
 * route added under /v1/clients/{id} must get its line here, or the guard test below fails.
 */
const INSIDE_A_CLIENT: Record<string, Pick<CallOptions, 'body' | 'raw' | 'headers'>> = {
  'GET /v1/clients/{id}': {},
  'PATCH /v1/clients/{id}': { body: { name: 'Renamed' } },
  'DELETE /v1/clients/{id}': { body: { confirm: 'anything' } },
  'POST /v1/clients/{id}/deactivate': {},
  'POST /v1/clients/{id}/reactivate': {},
  'GET /v1/clients/{id}/team': {},
  'PUT /v1/clients/{id}/team': { body: { ownerId: randomUUID(), memberIds: [] } },
  'POST /v1/clients/{id}/switch': {},
  'POST /v1/clients/{id}/prospects/cleanup': { body: { mode: 'all' } },
  'GET /v1/clients/{id}/users': {},
  'POST /v1/clients/{id}/users': { body: { name: 'Una User', email: 'una@deletion.test', role: 'designer' } },
  'PATCH /v1/clients/{id}/users/{userId}': { body: { name: 'Una User' } },
  'DELETE /v1/clients/{id}/users/{userId}': {},
  'POST /v1/clients/{id}/users/{userId}/make-primary': {},
  'POST /v1/clients/{id}/users/{userId}/invitations': {},
  'GET /v1/clients/{id}/invitations': {},
  'POST /v1/clients/{id}/invitations/{invitationId}/resend': {},
  'DELETE /v1/clients/{id}/invitations/{invitationId}': {},
  'GET /v1/clients/{id}/credits': {},
  'POST /v1/clients/{id}/credits/transfers': {
    body: { amount: 1, direction: 'to_client' },
    headers: { 'idempotency-key': 'deleting-transfer' },
  },
  'POST /v1/clients/{id}/credits/purchases': {
    body: { quantity: 1 },
    headers: { 'idempotency-key': 'deleting-purchase' },
  },
  'GET /v1/clients/{id}/billing-settings': {},
  'PATCH /v1/clients/{id}/billing-settings': { body: { spendingLimit: 1000 } },
  'PUT /v1/clients/{id}/payment-method': { body: { token: 'pm_card_visa' } },
  'GET /v1/clients/{id}/payment-method': {},
  'DELETE /v1/clients/{id}/payment-method': {},
  'GET /v1/clients/{id}/prospects': {},
  'POST /v1/clients/{id}/prospects': { body: { email: 'ada@deletion.test' } },
  'GET /v1/clients/{id}/prospects/{prospectId}': {},
  'PATCH /v1/clients/{id}/prospects/{prospectId}': { body: { company: 'Contoso' } },
  'DELETE /v1/clients/{id}/prospects/{prospectId}': {},
  'POST /v1/clients/{id}/prospects/bulk-delete': { body: { prospectIds: [randomUUID()] } },
  'POST /v1/clients/{id}/prospects/imports': {
    raw: { bytes: 'email\nada@deletion.test\n', contentType: 'text/csv' },
  },
  'GET /v1/clients/{id}/lists': {},
  'POST /v1/clients/{id}/lists': { body: { name: 'Leads' } },
  'PATCH /v1/clients/{id}/lists/{listId}': { body: { name: 'Leads' } },
  'DELETE /v1/clients/{id}/lists/{listId}': {},
  'POST /v1/clients/{id}/lists/{listId}/prospects': { body: { prospectIds: [randomUUID()] } },
  'DELETE /v1/clients/{id}/lists/{listId}/prospects': { body: { prospectIds: [randomUUID()] } },
  'GET /v1/clients/{id}/prospect-fields': {},
  'POST /v1/clients/{id}/prospect-fields': { body: { key: 'crm_id', label: 'CRM', type: 'text' } },
  'PATCH /v1/clients/{id}/prospect-fields/{key}': { body: { label: 'CRM' } },
  'DELETE /v1/clients/{id}/prospect-fields/{key}': {},
  'GET /v1/clients/{id}/field-mappings': {},
  'POST /v1/clients/{id}/field-mappings': { body: { column: 'E-mail', target: 'email' } },
  'PATCH /v1/clients/{id}/field-mappings/{mappingId}': { body: { column: 'E-mail' } },
  'DELETE /v1/clients/{id}/field-mappings/{mappingId}': {},
  'GET /v1/clients/{id}/templates': {},
  'POST /v1/clients/{id}/templates': { body: { name: 'Welcome', channel: 'direct_mail' } },
  'GET /v1/clients/{id}/templates/{templateId}': {},
  'PATCH /v1/clients/{id}/templates/{templateId}': { body: { name: 'Welcome' } },
  'DELETE /v1/clients/{id}/templates/{templateId}': {},
  'POST /v1/clients/{id}/templates/{templateId}/push': { body: { clientIds: [randomUUID()] } },
};

async function clientRoutes(): Promise<string[]> {
  const document = (await call('GET', '/openapi.json')).body as { paths: Record<string, object> };
  return Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/v1/clients/{id}'))
    .flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
}

test('every route inside a client is known to this test', async () => {
  const unknown = (await clientRoutes()).filter((route) => !(route in INSIDE_A_CLIENT));
  expect(unknown).toEqual([]);
});

describe('deleting a client', () => {
  /**
   * A client with a custom property, a company profile, a contact and a team of the owner and the
   * member. Every name it holds carries a tag of its own, so a scan for them finds this client only.
   */
  async function clientWithSecrets(): Promise<{ id: string; name: string; secrets: string[] }> {
    const tag = randomBytes(3).toString('hex');
    const name = `Contoso Dental ${tag}`;
    const { owner, member } = tidy;
    expect(
      (
        await call('PUT', '/v1/agency/custom-fields/crm_id', {
          token: owner.accessToken,
          body: { label: 'CRM id' },
        })
      ).status,
    ).toBe(200);
    const created = await call('POST', '/v1/clients', {
      token: owner.accessToken,
      body: {
        name,
        customProperties: { crm_id: `CRM-SECRET-${tag}` },
        companyProfile: { legalName: `Contoso Legal ${tag}`, city: 'Berlin' },
        profileContact: { name: 'Petra Profile', email: `petra-${tag}@contoso.test` },
      },
    });
    expect(created.status).toBe(201);
    const team = await call('PUT', `/v1/clients/${created.body.id}/team`, {
      token: owner.accessToken,
      body: { ownerId: owner.user.id, memberIds: [member.user.id] },
    });
    expect(team.status).toBe(200);
    return {
      id: created.body.id,
      name,
      secrets: [name, `petra-${tag}`, `CRM-SECRET-${tag}`, `Contoso Legal ${tag}`],
    };
  }

  async function deactivate(client: { id: string }): Promise<void> {
    await expectStatus(
      call('POST', `/v1/clients/${client.id}/deactivate`, { token: tidy.owner.accessToken }),
      200,
      'deactivating',
    );
  }

  async function askToDelete(client: { id: string; name: string }): Promise<void> {
    await expectStatus(
      call('DELETE', `/v1/clients/${client.id}`, {
        token: tidy.owner.accessToken,
        body: { confirm: client.name },
      }),
      202,
      'asking for the deletion',
    );
  }

  /** Billing stays down while `during` runs, so a deletion asked for meanwhile stays `deleting`. */
  async function whileBillingIsDown(during: () => Promise<void>): Promise<void> {
    await e2e.platform.stop('billing');
    try {
      await during();
    } finally {
      await e2e.platform.start('billing');
    }
  }

  test('an inactive client with a team and custom properties is deleted once its exact name is repeated', async () => {
    const { owner, member } = tidy;
    const { id: clientId, name } = await clientWithSecrets();

    const active = await call('DELETE', `/v1/clients/${clientId}`, {
      token: owner.accessToken,
      body: { confirm: name },
    });
    expect(active.body).toMatchObject({ status: 409, code: 'client_active' });
    expect(
      (await call('POST', `/v1/clients/${clientId}/deactivate`, { token: owner.accessToken })).status,
    ).toBe(200);

    const memberTry = await call('DELETE', `/v1/clients/${clientId}`, {
      token: member.accessToken,
      body: { confirm: name },
    });
    expect(memberTry.body).toMatchObject({ status: 403, code: 'forbidden' });
    const strangerTry = await call('DELETE', `/v1/clients/${clientId}`, {
      token: stranger.owner.accessToken,
      body: { confirm: name },
    });
    expect(strangerTry.body).toMatchObject({ status: 404, code: 'not_found' });
    const wrong = await call('DELETE', `/v1/clients/${clientId}`, {
      token: owner.accessToken,
      body: { confirm: name.toUpperCase() },
    });
    expect(wrong.body).toMatchObject({
      status: 422,
      code: 'confirmation_mismatch',
      fields: [{ field: 'confirm' }],
    });
    const missing = await call('DELETE', `/v1/clients/${clientId}`, { token: owner.accessToken, body: {} });
    expect(missing.body).toMatchObject({
      status: 400,
      code: 'validation_failed',
      fields: [{ field: 'confirm' }],
    });

    // Billing is down for a while: the deletion waits for it, and the client stays `deleting`.
    await whileBillingIsDown(async () => {
      const deleted = await call('DELETE', `/v1/clients/${clientId}`, {
        token: owner.accessToken,
        body: { confirm: name },
      });
      expect(deleted.status).toBe(202);
      expect(deleted.body).toMatchObject({ id: clientId, status: 'deleting' });
      expect(
        await e2e.platform.eventOf(
          'atrium.tenancy.v1.client.deletion_requested',
          (data) => data.clientId === clientId,
        ),
      ).toMatchObject({ requestedBy: owner.user.id, participants: ['notification', 'campaigns', 'billing'] });
    });
  });

  test('every route inside the client answers 410 client_deleted while it is deleting', async () => {
    const { owner, member } = tidy;
    await whileBillingIsDown(async () => {
      const client = await clientWithSecrets();
      const clientId = client.id;
      await deactivate(client);
      await askToDelete(client);
      for (const route of await clientRoutes()) {
        const [method, template] = route.split(' ') as [string, string];
        // Every other parameter is an id, but for a custom prospect field's key.
        const path = template
          .replace('{id}', clientId)
          .replace('{key}', 'crm_id')
          .replace(/\{\w+\}/g, randomUUID());
        for (const token of [owner.accessToken, member.accessToken]) {
          const answer = await call(method, path, { token, ...INSIDE_A_CLIENT[route] });
          expect([route, answer.status, answer.body?.code]).toEqual([route, 410, 'client_deleted']);
        }
      }
      const list = await call('GET', '/v1/clients?limit=100', { token: owner.accessToken });
      expect(list.body.items.map((listed: { id: string }) => listed.id)).not.toContain(clientId);
    });
  });

  test('once every service has purged it, the client is gone and no database holds anything of it but ids', async () => {
    const { owner } = tidy;
    const client = await clientWithSecrets();
    const { id: clientId, secrets } = client;
    await deactivate(client);
    // Asked for while billing is down: the deletion finishes once billing is back.
    await whileBillingIsDown(() => askToDelete(client));
    await e2e.platform.eventOf('atrium.billing.v1.client.purged', (data) => data.clientId === clientId);
    await e2e.platform.eventOf('atrium.tenancy.v1.client.deleted', (data) => data.clientId === clientId);
    for (const service of ['notification', 'campaigns']) {
      await e2e.platform.eventOf(`atrium.${service}.v1.client.purged`, (data) => data.clientId === clientId);
    }
    const gone = await call('GET', `/v1/clients/${clientId}`, { token: owner.accessToken });
    expect(gone.body).toMatchObject({ status: 404, code: 'not_found' });
    const list = await call('GET', '/v1/clients?limit=100', { token: owner.accessToken });
    expect(list.body.items.map((client: { id: string }) => client.id)).not.toContain(clientId);

    // Ids may remain where they are the record of what happened: tenancy's tombstone, audit log and
    // deletion record, the events still in outboxes (client.deleted, client.purged: ids only), and
    // notification's list of purged clients, which keeps late events from naming the client again, and
    // the tombstone in campaigns' and billing's client status projections, which does the same there;
    // and billing's credit accounts of the client, ids and balances its agency's ledger sums over.
    const idsMayStay: Record<string, string[]> = {
      tenancy: ['clients', 'audit_entries', 'client_deletions', 'outbox_events'],
      notification: ['outbox_events', 'purged_clients'],
      campaigns: ['outbox_events', 'clients'],
      billing: ['outbox_events', 'clients', 'credit_accounts'],
      identity: [],
    };
    for (const backend of BACKENDS) {
      const database = new PgClient({ connectionString: e2e.platform.databaseUrl(backend) });
      await database.connect();
      try {
        const { rows: tables } = await database.query<{ name: string }>(
          `SELECT table_name AS name FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
        );
        for (const { name: table } of tables) {
          for (const secret of secrets) {
            const { rows } = await database.query(
              `SELECT count(*)::int AS n FROM "${table}" t WHERE position(lower($1) IN lower(t::text)) > 0`,
              [secret],
            );
            expect([backend, table, secret, rows[0].n]).toEqual([backend, table, secret, 0]);
          }
          const { rows } = await database.query(
            `SELECT count(*)::int AS n FROM "${table}" t WHERE position($1 IN t::text) > 0`,
            [clientId],
          );
          if (rows[0].n > 0)
            expect([backend, table, idsMayStay[backend]]).toEqual([
              backend,
              table,
              expect.arrayContaining([table]),
            ]);
        }
        if (backend === 'tenancy') {
          const { rows } = await database.query(`SELECT * FROM clients WHERE id = $1`, [clientId]);
          expect(rows).toEqual([
            expect.objectContaining({
              status: 'deleted',
              name: '',
              custom_properties: {},
              company_legal_name: '',
              profile_contact_email: '',
            }),
          ]);
          const team = await database.query(
            `SELECT count(*)::int AS n FROM client_team_members WHERE client_id = $1`,
            [clientId],
          );
          expect(team.rows[0].n).toBe(0);
        }
      } finally {
        await database.end();
      }
    }
  });
});

describe("cleaning a client's prospect database", () => {
  // The tests queue jobs and change no client: the fixture's active client, and an inactive one.
  let inactiveId: string;

  beforeAll(async () => {
    inactiveId = (await createClient(e2e.platform, tidy, { name: 'Quiet Bakery' })).id;
    await expectStatus(
      call('POST', `/v1/clients/${inactiveId}/deactivate`, { token: tidy.owner.accessToken }),
      200,
      'deactivating Quiet Bakery',
    );
  });

  test('queues a job, answers where to follow it, and publishes the command', async () => {
    const prospectIds = [randomUUID(), randomUUID()];
    const accepted = await call('POST', `/v1/clients/${tidy.client.id}/prospects/cleanup`, {
      token: tidy.owner.accessToken,
      body: { mode: 'selected', prospectIds },
    });
    expect(accepted.status).toBe(202);
    const job = accepted.body.job;
    expect(job).toMatchObject({
      kind: 'prospect_cleanup',
      status: 'queued',
      progress: 0,
      total: null,
      clientId: tidy.client.id,
      mode: 'selected',
      requestedBy: tidy.owner.user.id,
    });
    expect(accepted.headers.get('location')).toBe(`/v1/jobs/${job.id}`);
    // Campaigns runs it at once: neither id names a prospect of the client, so it removes none.
    const followed = await eventually(
      async () => {
        const answer = await call('GET', `/v1/jobs/${job.id}`, { token: tidy.owner.accessToken });
        return answer.body.status === 'succeeded' ? answer : undefined;
      },
      20_000,
      'the cleanup job to succeed',
    );
    expect(followed.status).toBe(200);
    expect(followed.body).toEqual({ ...job, status: 'succeeded', total: 0, updatedAt: expect.any(String) });
    expect(
      await e2e.platform.eventOf(
        'atrium.tenancy.v1.prospect_cleanup.requested',
        (data) => data.jobId === job.id,
      ),
    ).toEqual({
      jobId: job.id,
      agencyId: expect.any(String),
      clientId: tidy.client.id,
      mode: 'selected',
      prospectIds,
      requestedBy: tidy.owner.user.id,
    });
    expect(
      (await call('GET', `/v1/jobs/${job.id}`, { token: stranger.owner.accessToken })).body,
    ).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });

  test('refuses selected prospects of an inactive client, and input that does not fit the mode', async () => {
    const inactive = await call('POST', `/v1/clients/${inactiveId}/prospects/cleanup`, {
      token: tidy.owner.accessToken,
      body: { mode: 'selected', prospectIds: [randomUUID()] },
    });
    expect(inactive.body).toMatchObject({ status: 409, code: 'client_inactive' });
    const all = await call('POST', `/v1/clients/${inactiveId}/prospects/cleanup`, {
      token: tidy.owner.accessToken,
      body: { mode: 'all' },
    });
    expect(all.status).toBe(202);
    for (const body of [
      { mode: 'selected' },
      { mode: 'all', prospectIds: [randomUUID()] },
      { mode: 'selected', prospectIds: ['x'] },
    ]) {
      const refused = await call('POST', `/v1/clients/${tidy.client.id}/prospects/cleanup`, {
        token: tidy.owner.accessToken,
        body,
      });
      expect(refused.body).toMatchObject({ status: 400, code: 'validation_failed' });
      expect(refused.body.fields.map((field: { field: string }) => field.field)[0]).toMatch(/^prospectIds/);
    }
    const noMode = await call('POST', `/v1/clients/${tidy.client.id}/prospects/cleanup`, {
      token: tidy.owner.accessToken,
      body: {},
    });
    expect(noMode.body).toMatchObject({ status: 400, fields: [{ field: 'mode' }] });
  });

  test('is for clients:delete holders who may reach the client', async () => {
    const member404 = await call('POST', `/v1/clients/${tidy.client.id}/prospects/cleanup`, {
      token: tidy.member.accessToken,
      body: { mode: 'all' },
    });
    expect(member404.body).toMatchObject({ status: 404, code: 'not_found' });
    const strangerTry = await call('POST', `/v1/clients/${tidy.client.id}/prospects/cleanup`, {
      token: stranger.owner.accessToken,
      body: { mode: 'all' },
    });
    expect(strangerTry.body).toMatchObject({ status: 404, code: 'not_found' });
  });
});

test('the OpenAPI document says how campaigns runs a prospect cleanup and reports it', async () => {
  const document = (await call('GET', '/openapi.json')).body;
  expect(document.paths['/v1/clients/{id}/prospects/cleanup'].post.description).toMatch(
    /runs the job in batches/,
  );
  expect(document.paths['/v1/jobs/{jobId}'].get.description).toMatch(/turns `running`/);
  expect(Object.keys(document.paths['/v1/clients/{id}'].delete.responses)).toEqual(
    expect.arrayContaining(['202', '400', '403', '404', '409', '410', '422']),
  );
});
