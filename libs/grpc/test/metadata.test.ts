import { Metadata, contextFromMetadata, contextToMetadata } from '../src';

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('request context in metadata', () => {
  it('survives the round trip', () => {
    const context = {
      requestId: 'req-1',
      traceparent: TRACEPARENT,
      actor: {
        userId: 'k1',
        agencyId: 'a1',
        clientId: 'c1',
        actingAsClientId: 'c2',
        sessionId: 's1',
        apiKeyId: 'k1',
        apiKeyPermissions: ['clients:read_all'],
        agencyPermissions: ['billing:read'],
        clientAccess: { clientId: 'c1', permissions: ['lists:write'], clientUser: true },
      },
    };
    const metadata = contextToMetadata(context);
    expect(metadata.get('x-request-id')).toEqual(['req-1']);
    expect(metadata.get('traceparent')).toEqual([TRACEPARENT]);
    expect(contextFromMetadata(metadata)).toEqual(context);
  });

  it('is empty without a context', () => {
    expect(contextToMetadata(undefined).getMap()).toEqual({});
    expect(contextFromMetadata(new Metadata())).toEqual({});
  });

  it.each([
    ['not JSON', '{userId'],
    ['not an object', '"u1"'],
    ['no user id', '{"agencyId":"a1"}'],
    ['an empty user id', '{"userId":""}'],
    ['a field of the wrong type', '{"userId":"u1","agencyId":7}'],
    ['API key permissions that are not strings', '{"userId":"k1","apiKeyPermissions":[1]}'],
    ['agency permissions that are not a list', '{"userId":"u1","agencyPermissions":"billing:read"}'],
    ['client access without a client', '{"userId":"u1","clientAccess":{"permissions":[]}}'],
    [
      'client access whose permissions are not strings',
      '{"userId":"u1","clientAccess":{"clientId":"c1","permissions":[true]}}',
    ],
    [
      'client access whose clientUser is not a boolean',
      '{"userId":"u1","clientAccess":{"clientId":"c1","permissions":[],"clientUser":"yes"}}',
    ],
  ])('drops an actor that is %s', (_label, json) => {
    const metadata = new Metadata();
    metadata.set('x-atrium-actor', json);
    metadata.set('x-request-id', 'req-2');
    expect(contextFromMetadata(metadata)).toEqual({ requestId: 'req-2' });
  });

  it('keeps only the actor fields it knows', () => {
    const metadata = new Metadata();
    metadata.set('x-atrium-actor', '{"userId":"u1","isAdmin":true}');
    expect(contextFromMetadata(metadata).actor).toEqual({ userId: 'u1' });
  });

  it('drops a malformed traceparent', () => {
    const metadata = new Metadata();
    metadata.set('traceparent', '00-zz-00f067aa0ba902b7-01');
    expect(contextFromMetadata(metadata)).toEqual({});
  });
});
