import { createLogger, runWithContext, type RequestContext } from '@atrium/logger';

type Line = Record<string, unknown>;

function capturingLogger(): { logger: ReturnType<typeof createLogger>; lines: Line[] } {
  const lines: Line[] = [];
  const logger = createLogger('test-service', 'debug', {
    write: (chunk: string) => lines.push(JSON.parse(chunk)),
  });
  return { logger, lines };
}

const context: RequestContext = {
  requestId: 'req-123',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  actor: { userId: 'user-1', agencyId: 'agency-1', clientId: 'client-1' },
};

describe('createLogger', () => {
  it('writes JSON lines with the service name, an ISO timestamp and the level name', () => {
    const { logger, lines } = capturingLogger();
    logger.info({ answer: 42 }, 'hello');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ service: 'test-service', level: 'info', msg: 'hello', answer: 42 });
    expect(new Date(lines[0]!.time as string).toISOString()).toBe(lines[0]!.time);
  });

  it('honours the level it is given', () => {
    const lines: Line[] = [];
    const logger = createLogger('quiet', 'warn', { write: (chunk: string) => lines.push(JSON.parse(chunk)) });
    logger.info('dropped');
    logger.warn('kept');
    expect(lines.map((line) => line.msg)).toEqual(['kept']);
  });

  it('adds the request id, trace id and acting identity to every line inside a request', async () => {
    const { logger, lines } = capturingLogger();
    await runWithContext(context, async () => {
      logger.info('before await');
      await new Promise((resolve) => setImmediate(resolve));
      logger.child({ component: 'store' }).warn('after await');
    });
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatchObject({
        requestId: 'req-123',
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
        userId: 'user-1',
        agencyId: 'agency-1',
      });
    }
  });

  it('adds no request fields outside a request', () => {
    const { logger, lines } = capturingLogger();
    runWithContext(context, () => undefined);
    logger.info('background work');
    expect(lines[0]).not.toHaveProperty('requestId');
    expect(lines[0]).not.toHaveProperty('traceId');
    expect(lines[0]).not.toHaveProperty('userId');
  });

  it('leaves out the trace id when the traceparent is malformed', () => {
    const { logger, lines } = capturingLogger();
    runWithContext({ requestId: 'req-9', traceparent: 'not-a-traceparent' }, () => logger.info('x'));
    expect(lines[0]).toMatchObject({ requestId: 'req-9' });
    expect(lines[0]).not.toHaveProperty('traceId');
  });

  describe.each([
    'password',
    'newPassword',
    'oldPassword',
    'token',
    'accessToken',
    'refreshToken',
    'secret',
    'apiKey',
    'authorization',
    'cookie',
  ])('redacts %s', (key) => {
    it('at the top level', () => {
      const { logger, lines } = capturingLogger();
      logger.info({ [key]: 'hunter2', keep: 'visible' });
      expect(lines[0]).toMatchObject({ [key]: '[redacted]', keep: 'visible' });
    });

    it('one level deep', () => {
      const { logger, lines } = capturingLogger();
      logger.info({ body: { [key]: 'hunter2', email: 'a@example.com' } });
      expect(lines[0]!.body).toEqual({ [key]: '[redacted]', email: 'a@example.com' });
    });

    it('two levels deep', () => {
      const { logger, lines } = capturingLogger();
      logger.info({ req: { body: { [key]: 'hunter2', name: 'Ann' } } });
      expect(lines[0]!.req).toEqual({ body: { [key]: '[redacted]', name: 'Ann' } });
    });
  });

  it('redacts the HTTP headers that carry credentials', () => {
    const { logger, lines } = capturingLogger();
    logger.info({
      req: { headers: { authorization: 'Bearer abc', cookie: 'sid=1', accept: 'application/json' } },
      res: { headers: { 'set-cookie': 'sid=2', 'content-type': 'application/json' } },
    });
    expect(lines[0]).toMatchObject({
      req: { headers: { authorization: '[redacted]', cookie: '[redacted]', accept: 'application/json' } },
      res: { headers: { 'set-cookie': '[redacted]', 'content-type': 'application/json' } },
    });
    expect(JSON.stringify(lines[0])).not.toMatch(/Bearer abc|sid=1|sid=2/);
  });
});
