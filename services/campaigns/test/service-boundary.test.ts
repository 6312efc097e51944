import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { actorIn, newClient, problemOf, startHarness, type Harness } from './support';

// Bad input at campaigns's gRPC boundary answers a 4xx problem naming what is wrong, never an internal
// error (docs/product.md "API conventions"), whatever strings, ids, enums and cursors arrive.
let harness: Harness;
const client = newClient();
const actor = actorIn(client, 'primary');

beforeAll(async () => {
  harness = await startHarness('campaigns_boundary');
  await harness.client.CreateProspectField(
    { clientId: client.clientId, key: 'score', label: 'Score', type: 'PROSPECT_FIELD_TYPE_NUMBER' },
    { actor },
  );
});

afterAll(async () => {
  await harness?.stop();
});

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('', ' ', '\u0000', 'ä@ö.de', 'a@b.co'),
);
const id = fc.oneof(fc.uuid(), text);
const enumValue = fc.oneof(
  fc.integer({ min: -3, max: 20 }),
  fc.constantFrom('PROSPECT_STATUS_ACTIVE', 'NOPE'),
);
const instant = fc.oneof(
  text,
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constant('2026-02-30T00:00:00Z'),
);
const filter = fc.record(
  {
    query: text,
    listId: id,
    tag: text,
    status: enumValue,
    contactedBefore: instant,
    contactedAfter: instant,
  },
  { requiredKeys: [] },
);

/** One generated call, in the client or at a random one. */
const calls = fc.oneof(
  fc
    .record({
      email: text,
      firstName: text,
      phone: text,
      tags: fc.array(text, { maxLength: 5 }),
      customFields: fc.dictionary(fc.oneof(fc.constant('score'), text), text, { maxKeys: 3 }),
      status: enumValue,
    })
    .map(
      (fields) => () =>
        harness.client.CreateProspect({ clientId: client.clientId, ...fields } as never, { actor }),
    ),
  fc
    .record({
      filter,
      sort: enumValue,
      order: enumValue,
      limit: fc.integer({ min: -5, max: 500 }),
      cursor: text,
    })
    .map(
      (request) => () =>
        harness.client.ListProspects({ clientId: client.clientId, ...request } as never, { actor }),
    ),
  fc
    .record({ prospectId: id, email: text, performedAt: instant, action: enumValue })
    .map(
      (request) => () =>
        harness.client.RecordProspectAction({ clientId: client.clientId, ...request } as never, { actor }),
    ),
  fc
    .record({ listId: id, prospectIds: fc.array(id, { maxLength: 4 }), filter })
    .map(
      (request) => () =>
        harness.client.AddProspectsToList({ clientId: client.clientId, ...request } as never, { actor }),
    ),
  fc
    .record({ column: text, target: enumValue, customFieldKey: text })
    .map(
      (request) => () =>
        harness.client.CreateFieldMapping({ clientId: client.clientId, ...request } as never, { actor }),
    ),
  fc
    .record({ key: text, label: text, type: enumValue })
    .map(
      (request) => () =>
        harness.client.CreateProspectField({ clientId: client.clientId, ...request } as never, { actor }),
    ),
  fc
    .record({ clientId: id, prospectId: id })
    .map((request) => () => harness.client.GetProspect(request, { actor })),
  fc
    .record({ name: text, channel: enumValue, subject: text, htmlBody: text, textBody: text })
    .map(
      (request) => () =>
        harness.client.CreateTemplate({ clientId: client.clientId, ...request } as never, { actor }),
    ),
  fc
    .record({ templateId: id, name: text, channel: enumValue, htmlBody: text })
    .map(
      (request) => () =>
        harness.client.UpdateTemplate({ clientId: client.clientId, ...request } as never, { actor }),
    ),
  fc.record({ templateId: id, targetClientIds: fc.array(id, { maxLength: 4 }) }).map(
    (request) => () =>
      harness.client.PushTemplate({ clientId: client.clientId, ...request } as never, {
        actor: { ...actor, agencyPermissions: ['clients:read_all'] },
      }),
  ),
);

it('answers bad input with a problem below 500, never an internal error', async () => {
  await fc.assert(
    fc.asyncProperty(calls, async (call) => {
      const problem = await problemOf(call());
      if (problem) expect([problem.code, problem.status < 500]).toEqual([problem.code, true]);
    }),
    { numRuns: 300 },
  );
  // The service still answers after all that.
  expect(
    await problemOf(
      harness.client.GetProspect({ clientId: client.clientId, prospectId: randomUUID() }, { actor }),
    ),
  ).toMatchObject({
    code: 'not_found',
  });
});
