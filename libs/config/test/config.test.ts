import { ConfigError, parseConfig, serviceVars, vars, z } from '../src';

describe('parseConfig', () => {
  const shape = { PORT: vars.port(8080), NATS_URL: vars.natsUrl(), SECRET: z.string().min(8) };

  it('fills defaults and coerces numbers', () => {
    expect(parseConfig(shape, { SECRET: 'long enough' })).toEqual({
      PORT: 8080,
      NATS_URL: 'nats://127.0.0.1:4222',
      SECRET: 'long enough',
    });
    expect(parseConfig(shape, { SECRET: 'long enough', PORT: '9090' }).PORT).toBe(9090);
  });

  it('names every missing or bad variable at once', () => {
    let error: unknown;
    try {
      parseConfig(shape, { PORT: 'eighty', NATS_URL: 'http://nats' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((problem) => problem.variable).sort()).toEqual(['NATS_URL', 'PORT', 'SECRET']);
    expect(problems.find((problem) => problem.variable === 'SECRET')?.message).toBe(
      'is required but not set',
    );
    expect((error as ConfigError).message).toContain('PORT');
  });

  it('treats an empty variable as unset so defaults still apply', () => {
    expect(parseConfig(shape, { SECRET: 'long enough', PORT: '' }).PORT).toBe(8080);
  });

  it('gives each backend its own database by default', () => {
    const config = parseConfig(serviceVars('tenancy', 50052), {});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/atrium_tenancy');
    expect(config.GRPC_PORT).toBe(50052);
  });

  it('refuses a database URL that is not Postgres', () => {
    expect(() => parseConfig(serviceVars('tenancy', 50052), { DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL/,
    );
  });
});
