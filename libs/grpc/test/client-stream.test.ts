import { SERVICE_PROTO_FILES, type campaigns, type CampaignsProto } from '@atrium/proto';
import { freePort } from '@atrium/testing';
import { createLogger } from '@atrium/logger';
import {
  DomainError,
  clientStream,
  createClient,
  defineService,
  loadProto,
  problemFromGrpcError,
  startGrpcServer,
  type GrpcServer,
  type Implementation,
  type ServiceClient,
} from '../src';

// Client-streaming RPCs on both sides (campaigns's ImportProspects is one): every request arrives in
// order with the caller's actor, an error of the caller's requests cancels the call, and an early
// answer of the server stops the writing.
const { service } = loadProto<CampaignsProto>(SERVICE_PROTO_FILES.campaigns).atrium.campaigns.v1
  .CampaignsService;
type Definition = campaigns.CampaignsServiceDefinition;

const received: Array<{ chunks: string[]; userId: string | undefined }> = [];
let server: GrpcServer;
let client: ServiceClient<Definition>;

beforeAll(async () => {
  const handlers: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(service)) {
    const refuse = async () => {
      throw new DomainError('not_found', 'No such thing.');
    };
    handlers[name] = method.requestStream ? clientStream(refuse) : refuse;
  }
  handlers.ImportProspects = clientStream<
    campaigns.ImportProspectsRequest__Output,
    campaigns.ImportProspectsResponse
  >(async (requests, call) => {
    const seen = { chunks: [] as string[], userId: call.actor?.userId };
    received.push(seen);
    for await (const request of requests) {
      if (request.part === 'options' && request.options?.fileName === 'refuse')
        throw new DomainError('validation_failed', 'Refused at once.', {
          fields: [{ field: 'file', message: 'is refused' }],
        });
      if (request.chunk) seen.chunks.push(request.chunk.toString());
    }
    return { import: { id: `read ${seen.chunks.length}` } };
  });
  const port = await freePort();
  server = await startGrpcServer({
    host: '127.0.0.1',
    port,
    logger: createLogger('test', 'silent'),
    services: [
      defineService<Definition>(
        'atrium.campaigns.v1.CampaignsService',
        service,
        handlers as Implementation<Definition>,
      ),
    ],
    readiness: { check: async () => undefined },
  });
  client = createClient<Definition>(
    loadProto<CampaignsProto>(SERVICE_PROTO_FILES.campaigns).atrium.campaigns.v1.CampaignsService,
    `127.0.0.1:${port}`,
    { deadlineMs: 5000 },
  );
});

afterAll(async () => {
  client?.close();
  await server?.shutdown(100);
});

it('delivers every request in order, with the actor, and answers once', async () => {
  async function* requests() {
    yield { options: { clientId: 'c' } };
    for (let index = 0; index < 200; index += 1) yield { chunk: Buffer.from(`piece ${index};`) };
  }
  const answer = await client.stream('ImportProspects', requests(), {
    actor: { userId: 'u-1', agencyId: 'a-1' },
  });
  expect(answer.import?.id).toBe('read 200');
  const last = received[received.length - 1]!;
  expect(last.userId).toBe('u-1');
  expect(last.chunks.join('')).toBe(Array.from({ length: 200 }, (_, index) => `piece ${index};`).join(''));
});

it("an error of the caller's requests cancels the call and is what the caller gets", async () => {
  async function* requests() {
    yield { options: { clientId: 'c' } };
    yield { chunk: Buffer.from('x') };
    throw new Error('the upload broke off');
  }
  await expect(client.stream('ImportProspects', requests())).rejects.toThrow('the upload broke off');
});

it("the server's early refusal stops the writing and reaches the caller as its problem", async () => {
  let written = 0;
  async function* requests() {
    yield { options: { clientId: 'c', fileName: 'refuse' } };
    for (;;) {
      written += 1;
      yield { chunk: Buffer.alloc(64 * 1024) };
    }
  }
  const problem = await client.stream('ImportProspects', requests()).then(
    () => undefined,
    (error: unknown) => problemFromGrpcError(error),
  );
  expect(problem).toMatchObject({
    code: 'validation_failed',
    fields: [{ field: 'file', message: 'is refused' }],
  });
  expect(written).toBeLessThan(1000);
});

it('refuses a unary handler for a streaming RPC, and a unary call of it', async () => {
  const handlers = Object.fromEntries(Object.keys(service).map((name) => [name, async () => ({})]));
  expect(() =>
    defineService<Definition>(
      'atrium.campaigns.v1.CampaignsService',
      service,
      handlers as unknown as Implementation<Definition>,
    ),
  ).toThrow(/ImportProspects: the handler does not match how the RPC streams/);
  await expect(client.ImportProspects({ options: { clientId: 'c' } })).rejects.toThrow(/call stream\(\)/);
});
