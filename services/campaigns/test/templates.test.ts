import { randomUUID } from 'node:crypto';
import type { Actor } from '@atrium/grpc';
import {
  actorIn,
  clientCreated,
  newClient,
  problemOf,
  startHarness,
  type CampaignsClient,
  type Harness,
} from './support';

// A client's templates and the master account's push (docs/campaigns.md "Templates and the master
// account"), each call inside one client as the gateway resolved the caller's access.
let harness: Harness;
let api: CampaignsClient;

beforeAll(async () => {
  harness = await startHarness('campaigns_templates');
  api = harness.client;
});

afterAll(async () => {
  await harness?.stop();
});

type Client = { agencyId: string; clientId: string };

/** A client tenancy announced, the agency's master when `isMaster`. */
async function announced(client: Client, isMaster = false): Promise<Client> {
  await harness.publishTenancyEvent('atrium.tenancy.v1.client.created', {
    ...clientCreated(client),
    client: { id: client.clientId, agencyId: client.agencyId, status: 'active', isMaster },
  });
  await harness.settled();
  return client;
}

/** An agency user inside the master, who reaches every client (clients:read_all). */
function agencyAdminIn(client: Client): Actor {
  return { ...actorIn(client, 'agency_user'), agencyPermissions: ['clients:read_all', 'clients:update'] };
}

const EMAIL = {
  name: 'Spring check-up',
  channel: 'TEMPLATE_CHANNEL_EMAIL' as const,
  subject: 'Time for your check-up, {{first_name}}',
  htmlBody: '<p>Dear {{ first_name }} {{last_name}},</p>\n<p>Book at {{company}}.</p>',
  textBody: 'Dear {{first_name}},\nbook now.',
};

describe('templates', () => {
  it('keeps a template with its channel and bodies, and changes the fields given', async () => {
    const client = await announced(newClient());
    const actor = actorIn(client, 'designer');
    const { template } = await api.CreateTemplate({ clientId: client.clientId, ...EMAIL }, { actor });
    expect(template).toMatchObject({ ...EMAIL, clientId: client.clientId, pushedFrom: null });
    const { template: changed } = await api.UpdateTemplate(
      { clientId: client.clientId, templateId: template!.id, name: 'Autumn check-up' },
      { actor },
    );
    expect(changed).toMatchObject({
      name: 'Autumn check-up',
      subject: EMAIL.subject,
      htmlBody: EMAIL.htmlBody,
    });
    const page = await api.ListTemplates(
      { clientId: client.clientId },
      { actor: actorIn(client, 'read_only') },
    );
    expect(page.templates.map((each) => each.name)).toEqual(['Autumn check-up']);
  });

  it('lets designers, administrators, the primary and agency users write templates, and not read-only users', async () => {
    const client = await announced(newClient());
    const { clientId } = client;
    for (const who of ['primary', 'administrator', 'designer', 'agency_user'] as const) {
      const actor = actorIn(client, who);
      const { template } = await api.CreateTemplate({ clientId, ...EMAIL }, { actor });
      await api.UpdateTemplate({ clientId, templateId: template!.id, subject: 'Hi' }, { actor });
      await api.DeleteTemplate({ clientId, templateId: template!.id }, { actor });
    }
    const reader = actorIn(client, 'read_only');
    const { template } = await api.CreateTemplate(
      { clientId, ...EMAIL },
      { actor: actorIn(client, 'primary') },
    );
    for (const call of [
      api.CreateTemplate({ clientId, ...EMAIL }, { actor: reader }),
      api.UpdateTemplate({ clientId, templateId: template!.id, name: 'Mine' }, { actor: reader }),
      api.DeleteTemplate({ clientId, templateId: template!.id }, { actor: reader }),
    ])
      expect(await problemOf(call)).toMatchObject({ code: 'forbidden', status: 403 });
    expect(
      (await api.GetTemplate({ clientId, templateId: template!.id }, { actor: reader })).template?.name,
    ).toBe(EMAIL.name);
  });

  it("checks merge fields against the prospect fields and the client's custom fields", async () => {
    const client = await announced(newClient());
    const { clientId } = client;
    const actor = actorIn(client, 'primary');
    const unknown = await problemOf(
      api.CreateTemplate({ clientId, ...EMAIL, htmlBody: '<p>Size {{shoe_size}}</p>' }, { actor }),
    );
    expect(unknown).toMatchObject({ code: 'validation_failed', status: 400 });
    expect(unknown?.fields).toEqual([
      { field: 'htmlBody', message: expect.stringContaining('{{shoe_size}}') },
    ]);
    await api.CreateProspectField(
      { clientId, key: 'shoe_size', label: 'Shoe size', type: 'PROSPECT_FIELD_TYPE_NUMBER' },
      { actor },
    );
    const { template } = await api.CreateTemplate(
      { clientId, ...EMAIL, htmlBody: '<p>Size {{shoe_size}}</p>' },
      { actor },
    );
    expect(template?.htmlBody).toBe('<p>Size {{shoe_size}}</p>');
  });

  it('refuses bad input naming each field, never storing it', async () => {
    const client = await announced(newClient());
    const { clientId } = client;
    const actor = actorIn(client, 'primary');
    const cases: [object, string][] = [
      [{ ...EMAIL, name: '' }, 'name'],
      [{ ...EMAIL, channel: 'TEMPLATE_CHANNEL_UNSPECIFIED' }, 'channel'],
      [{ ...EMAIL, subject: '' }, 'subject'],
      [{ ...EMAIL, subject: 'Two\nlines' }, 'subject'],
      [{ ...EMAIL, textBody: 'Bell \u0007' }, 'textBody'],
      [{ ...EMAIL, textBody: 'Hi {{nickname}}' }, 'textBody'],
      [{ ...EMAIL, htmlBody: 'x'.repeat(200_001) }, 'htmlBody'],
    ];
    for (const [body, field] of cases) {
      const problem = await problemOf(api.CreateTemplate({ clientId, ...body }, { actor }));
      expect([field, problem?.code, problem?.fields?.map((each) => each.field)]).toEqual([
        field,
        'validation_failed',
        [field],
      ]);
    }
    // A direct-mail piece needs no subject.
    await api.CreateTemplate(
      { clientId, ...EMAIL, channel: 'TEMPLATE_CHANNEL_DIRECT_MAIL', subject: '' },
      { actor },
    );
    expect((await api.ListTemplates({ clientId }, { actor })).templates).toHaveLength(1);
  });

  it("answers not_found for another client's template", async () => {
    const client = await announced(newClient());
    const other = await announced(newClient(client.agencyId));
    const { template } = await api.CreateTemplate(
      { clientId: client.clientId, ...EMAIL },
      { actor: actorIn(client, 'primary') },
    );
    const actor = actorIn(other, 'primary');
    // One call at a time: a call started before the one awaited could reject unhandled.
    for (const call of [
      () => api.GetTemplate({ clientId: other.clientId, templateId: template!.id }, { actor }),
      () =>
        api.UpdateTemplate({ clientId: other.clientId, templateId: template!.id, name: 'Moved' }, { actor }),
      () => api.DeleteTemplate({ clientId: other.clientId, templateId: template!.id }, { actor }),
    ])
      expect(await problemOf(call())).toMatchObject({ code: 'not_found', status: 404 });
  });
});

describe('pushing from the master client', () => {
  it('copies into each client with its provenance, updates unedited copies and skips edited ones', async () => {
    const master = await announced(newClient(), true);
    const [north, south] = [
      await announced(newClient(master.agencyId)),
      await announced(newClient(master.agencyId)),
    ];
    const actor = agencyAdminIn(master);
    const { template } = await api.CreateTemplate({ clientId: master.clientId, ...EMAIL }, { actor });
    const push = () =>
      api.PushTemplate(
        {
          clientId: master.clientId,
          templateId: template!.id,
          targetClientIds: [north.clientId, south.clientId],
        },
        { actor },
      );

    const first = await push();
    expect(first.results.map((each) => [each.clientId, each.outcome])).toEqual([
      [north.clientId, 'TEMPLATE_PUSH_OUTCOME_CREATED'],
      [south.clientId, 'TEMPLATE_PUSH_OUTCOME_CREATED'],
    ]);
    const [northCopyId, southCopyId] = first.results.map((each) => each.templateId);
    const northCopy = (
      await api.GetTemplate(
        { clientId: north.clientId, templateId: northCopyId! },
        { actor: actorIn(north, 'read_only') },
      )
    ).template;
    expect(northCopy).toMatchObject({
      ...EMAIL,
      clientId: north.clientId,
      pushedFrom: { sourceClientId: master.clientId, sourceTemplateId: template!.id, edited: false },
    });

    // South's designer edits its copy; the master changes its template and pushes again.
    await api.UpdateTemplate(
      { clientId: south.clientId, templateId: southCopyId!, subject: 'Our own subject' },
      { actor: actorIn(south, 'designer') },
    );
    await api.UpdateTemplate(
      { clientId: master.clientId, templateId: template!.id, textBody: 'New text, {{first_name}}.' },
      { actor },
    );
    const second = await push();
    expect(second.results.map((each) => [each.clientId, each.outcome, each.templateId])).toEqual([
      [north.clientId, 'TEMPLATE_PUSH_OUTCOME_UPDATED', northCopyId],
      [south.clientId, 'TEMPLATE_PUSH_OUTCOME_SKIPPED_EDITED', southCopyId],
    ]);
    const read = async (client: Client, templateId: string) =>
      (
        await api.GetTemplate(
          { clientId: client.clientId, templateId },
          { actor: actorIn(client, 'primary') },
        )
      ).template!;
    expect(await read(north, northCopyId!)).toMatchObject({
      textBody: 'New text, {{first_name}}.',
      pushedFrom: { edited: false },
    });
    expect(await read(south, southCopyId!)).toMatchObject({
      subject: 'Our own subject',
      textBody: EMAIL.textBody,
      pushedFrom: { edited: true },
    });
    // Each client holds exactly one copy.
    for (const client of [north, south])
      expect(
        (await api.ListTemplates({ clientId: client.clientId }, { actor: actorIn(client, 'primary') }))
          .templates,
      ).toHaveLength(1);
  });

  it('reports clients of another agency, unknown ids and clients lacking a merged custom field, per client', async () => {
    const master = await announced(newClient(), true);
    const actor = agencyAdminIn(master);
    await api.CreateProspectField(
      { clientId: master.clientId, key: 'shoe_size', label: 'Shoe', type: 'PROSPECT_FIELD_TYPE_NUMBER' },
      { actor },
    );
    const { template } = await api.CreateTemplate(
      { clientId: master.clientId, ...EMAIL, textBody: 'Size {{shoe_size}}' },
      { actor },
    );
    const elsewhere = await announced(newClient());
    const lacking = await announced(newClient(master.agencyId));
    const unknownId = randomUUID();
    const { results } = await api.PushTemplate(
      {
        clientId: master.clientId,
        templateId: template!.id,
        targetClientIds: [elsewhere.clientId, unknownId, lacking.clientId],
      },
      { actor },
    );
    expect(results.map((each) => [each.clientId, each.outcome, each.unknownMergeFields])).toEqual([
      [elsewhere.clientId, 'TEMPLATE_PUSH_OUTCOME_NOT_FOUND', []],
      [unknownId, 'TEMPLATE_PUSH_OUTCOME_NOT_FOUND', []],
      [lacking.clientId, 'TEMPLATE_PUSH_OUTCOME_SKIPPED_UNKNOWN_MERGE_FIELD', ['shoe_size']],
    ]);
    const { rows } = await harness.owner.query(
      'SELECT client_id FROM templates WHERE source_template_id = $1',
      [template!.id],
    );
    expect(rows).toEqual([]);
  });

  it('pushes only from the master, with templates:write there and clients:read_all', async () => {
    const master = await announced(newClient(), true);
    const plain = await announced(newClient(master.agencyId));
    const target = await announced(newClient(master.agencyId));
    const { template: plainTemplate } = await api.CreateTemplate(
      { clientId: plain.clientId, ...EMAIL },
      { actor: agencyAdminIn(plain) },
    );
    const fromPlain = await problemOf(
      api.PushTemplate(
        { clientId: plain.clientId, templateId: plainTemplate!.id, targetClientIds: [target.clientId] },
        { actor: agencyAdminIn(plain) },
      ),
    );
    expect(fromPlain).toMatchObject({ code: 'not_master_client', status: 409 });

    const { template } = await api.CreateTemplate(
      { clientId: master.clientId, ...EMAIL },
      { actor: agencyAdminIn(master) },
    );
    const request = {
      clientId: master.clientId,
      templateId: template!.id,
      targetClientIds: [target.clientId],
    };
    // A designer of the master holds templates:write but reaches no other client; a reader neither.
    for (const actor of [actorIn(master, 'designer'), actorIn(master, 'read_only')])
      expect(await problemOf(api.PushTemplate(request, { actor }))).toMatchObject({ code: 'forbidden' });
    const toItself = await problemOf(
      api.PushTemplate({ ...request, targetClientIds: [master.clientId] }, { actor: agencyAdminIn(master) }),
    );
    expect(toItself?.fields).toEqual([expect.objectContaining({ field: 'clientIds' })]);
    const none = await problemOf(
      api.PushTemplate({ ...request, targetClientIds: [] }, { actor: agencyAdminIn(master) }),
    );
    expect(none?.fields).toEqual([expect.objectContaining({ field: 'clientIds' })]);
  });

  it('follows tenancy when a client becomes the master through client.updated', async () => {
    const client = await announced(newClient());
    const target = await announced(newClient(client.agencyId));
    const actor = agencyAdminIn(client);
    const { template } = await api.CreateTemplate({ clientId: client.clientId, ...EMAIL }, { actor });
    const request = {
      clientId: client.clientId,
      templateId: template!.id,
      targetClientIds: [target.clientId],
    };
    expect(await problemOf(api.PushTemplate(request, { actor }))).toMatchObject({
      code: 'not_master_client',
    });
    await harness.publishTenancyEvent('atrium.tenancy.v1.client.updated', {
      agencyId: client.agencyId,
      clientId: client.clientId,
      changedFields: ['isMaster'],
      client: { id: client.clientId, agencyId: client.agencyId, status: 'active', isMaster: true },
      updatedBy: randomUUID(),
    });
    await harness.settled();
    expect((await api.PushTemplate(request, { actor })).results[0]?.outcome).toBe(
      'TEMPLATE_PUSH_OUTCOME_CREATED',
    );
  });
});
