import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { eventMessageType } from '../src';

// docs/asyncapi.yaml is what other teams subscribe by. Every event type the services publish must be
// documented there, with a payload schema that has exactly the fields of its proto message.
const ROOT = path.resolve(__dirname, '../../..');
const EVENT_TYPE = /'(atrium\.[a-z]+\.v1\.[a-z_]+\.[a-z_]+)'/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every event type named in the services' source: what they publish and what they consume. */
function eventTypesInSource(): string[] {
  const types = new Set<string>();
  for (const service of fs.readdirSync(path.join(ROOT, 'services'))) {
    const src = path.join(ROOT, 'services', service, 'src');
    if (!fs.existsSync(src)) continue;
    for (const file of sourceFiles(src)) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(EVENT_TYPE)) types.add(match[1]!);
    }
  }
  return [...types].sort();
}

interface Schema {
  $ref?: string;
  properties?: Record<string, unknown>;
}

const document = parse(fs.readFileSync(path.join(ROOT, 'docs/asyncapi.yaml'), 'utf8')) as {
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  components: { messages: Record<string, { payload: Schema }>; schemas: Record<string, Schema> };
};

function resolve(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  return document.components.schemas[name] ?? {};
}

function payloadOf(address: string): Schema | undefined {
  const channel = Object.values(document.channels).find((candidate) => candidate.address === address);
  if (!channel) return undefined;
  const [reference] = Object.values(channel.messages);
  const message = document.components.messages[reference!.$ref.replace('#/components/messages/', '')];
  return message && resolve(message.payload);
}

const types = eventTypesInSource();

test('the services name a good number of event types (the scan works)', () => {
  expect(types.length).toBeGreaterThanOrEqual(20);
  expect(types).toContain('atrium.tenancy.v1.client.created');
});

test.each(types)('%s is documented with exactly its proto fields', (type) => {
  const payload = payloadOf(type);
  expect(payload).toBeDefined();
  const protoFields = eventMessageType(type).fieldsArray.map((field) => field.name);
  expect(Object.keys(payload?.properties ?? {}).sort()).toEqual([...protoFields].sort());
});
