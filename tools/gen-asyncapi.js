'use strict';
/**
 * `make asyncapi`: writes docs/asyncapi.yaml, the AsyncAPI 3.0 document other teams read to
 * subscribe, from the event protos (protos/atrium/<service>/v1/<service>_events.proto). The protos
 * stay the one source: each event message's leading comment must start with
 * "Subject atrium.<service>.v1.<entity>.<event>:" and the message must be named by the convention
 * libs/events validates payloads with. `--check` fails when the committed document is stale.
 */
const fs = require('node:fs');
const path = require('node:path');
const protobuf = require('protobufjs');
const YAML = require('yaml');
const { ROOT, eventMessages } = require('./event-protos');

const OUTPUT = path.join(ROOT, 'docs', 'asyncapi.yaml');

const SCALARS = {
  string: { type: 'string' },
  bool: { type: 'boolean' },
  int32: { type: 'integer', format: 'int32' },
  uint32: { type: 'integer', format: 'int32', minimum: 0 },
  // 64-bit integers travel as strings (libs/proto LOADER_OPTIONS longs: String).
  int64: { type: 'string', pattern: '^-?[0-9]+$' },
  uint64: { type: 'string', pattern: '^[0-9]+$' },
  double: { type: 'number' },
  float: { type: 'number' },
  bytes: { type: 'string', contentEncoding: 'base64' },
};

function oneLine(text) {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function fieldSchema(field, schemas, root) {
  let schema;
  if (SCALARS[field.type]) schema = { ...SCALARS[field.type] };
  else if (field.resolvedType instanceof protobuf.Enum)
    schema = { type: 'string', enum: Object.keys(field.resolvedType.values) };
  else {
    addSchema(field.resolvedType, schemas, root);
    schema = { $ref: `#/components/schemas/${field.resolvedType.name}` };
  }
  if (field.repeated) schema = { type: 'array', items: schema };
  if (field.comment) schema = { ...schema, description: oneLine(field.comment) };
  return schema;
}

function addSchema(type, schemas, root, description) {
  if (schemas[type.name]) return;
  const properties = {};
  schemas[type.name] = { type: 'object', ...(description ? { description } : {}), properties };
  for (const field of type.fieldsArray) properties[field.name] = fieldSchema(field, schemas, root);
  schemas[type.name].required = type.fieldsArray.map((field) => field.name);
}

function buildDocument() {
  const { root, events } = eventMessages();
  const channels = {};
  const operations = {};
  const messages = {};
  const schemas = {};
  for (const { service, subject, type, prefix } of events) {
    const description = oneLine(type.comment.slice(prefix.length));
    const summary = description.charAt(0).toUpperCase() + description.slice(1);
    addSchema(type, schemas, root, summary);
    messages[type.name] = {
      name: subject,
      title: type.name,
      summary,
      contentType: 'application/json',
      headers: { $ref: '#/components/schemas/CloudEventHeaders' },
      payload: { $ref: `#/components/schemas/${type.name}` },
    };
    const channelId = subject.replace(/^atrium\./, '').replace(/\.v1\./, '.');
    channels[channelId] = {
      address: subject,
      title: subject,
      description:
        `Stored in the JetStream stream ATRIUM_${service.toUpperCase()} (subjects atrium.${service}.v1.>), ` +
        `published by ${service} through its transactional outbox.`,
      messages: { [type.name]: { $ref: `#/components/messages/${type.name}` } },
    };
    operations[`receive${type.name}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${channelId}` },
      summary: `Subscribe to ${subject}.`,
      messages: [{ $ref: `#/channels/${channelId}/messages/${type.name}` }],
    };
  }
  schemas.CloudEventHeaders = {
    type: 'object',
    description:
      'CloudEvents 1.0 attributes in NATS headers (binary content mode). ce-id is the event id: ' +
      'consumers keep the ids they handled to drop redeliveries; the same value is the Nats-Msg-Id ' +
      'JetStream de-duplicates publishes with.',
    properties: {
      'ce-specversion': { type: 'string', const: '1.0' },
      'ce-id': { type: 'string', format: 'uuid' },
      'ce-type': { type: 'string', description: 'The subject, e.g. atrium.tenancy.v1.client.created.' },
      'ce-source': { type: 'string', description: 'The publishing service, e.g. /atrium/tenancy.' },
      'ce-time': { type: 'string', format: 'date-time' },
      'ce-subject': { type: 'string', description: 'The resource path, e.g. agencies/{id}/clients/{id}.' },
      'content-type': { type: 'string', const: 'application/json' },
      'Nats-Msg-Id': { type: 'string', format: 'uuid' },
      traceparent: { type: 'string', description: 'W3C trace context of the request that caused the event.' },
      'x-request-id': { type: 'string' },
    },
    required: ['ce-specversion', 'ce-id', 'ce-type', 'ce-source', 'ce-time', 'content-type'],
  };
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Atrium events',
      version: '1.0.0',
      description:
        'Every state change Atrium publishes on NATS JetStream, generated from protos/ by ' +
        '`make asyncapi` (tools/gen-asyncapi.js); do not edit by hand. One stream per service ' +
        '(ATRIUM_<SERVICE>, subjects atrium.<service>.v1.>); payloads are JSON with the proto field ' +
        'names in lowerCamelCase; unknown fields may appear in later minor versions and must be ' +
        'ignored. Delivery is at least once: de-duplicate on ce-id. See docs/events.md.',
    },
    defaultContentType: 'application/json',
    servers: {
      production: {
        host: 'nats:4222',
        protocol: 'nats',
        description: 'The platform NATS cluster with JetStream; create a durable consumer on the stream.',
      },
    },
    channels,
    operations,
    components: { messages, schemas },
  };
}

/** The document as `make lint` expects it: formatted by prettier with the repository's settings. */
async function render() {
  const prettier = require('prettier');
  const header =
    '# Generated by tools/gen-asyncapi.js (`make asyncapi`) from protos/atrium/*/v1/*_events.proto.\n' +
    '# Do not edit: change the protos and regenerate.\n';
  const options = { ...(await prettier.resolveConfig(OUTPUT)), filepath: OUTPUT };
  return prettier.format(header + YAML.stringify(buildDocument(), { lineWidth: 0 }), options);
}

async function main() {
  const text = await render();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
    if (current !== text) {
      console.error('docs/asyncapi.yaml is stale: run `make asyncapi` and commit it.');
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(OUTPUT, text);
  console.log(`Wrote ${path.relative(ROOT, OUTPUT)}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`gen-asyncapi: ${error.message}`);
    process.exit(1);
  });
}

module.exports = { buildDocument, render };
