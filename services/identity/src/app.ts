import path from 'node:path';
import { createClient, loadProto } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import { SERVICE_PROTO_FILES, type tenancy, type TenancyProto } from '@atrium/proto';
import { startBackend, type RunningBackend } from '@atrium/runtime';
import type { IdentityConfig } from './config';
import { PasswordResetWorker } from './passwords/password-reset-worker';
import { identityService } from './rpc/identity-service';
import { createDb, type Db } from './store/db';
import { KeyEncryption } from './tokens/key-encryption';
import { KeyRing } from './tokens/key-ring';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../prisma/migrations');

export async function startIdentity(config: IdentityConfig, logger: Logger): Promise<RunningBackend<Db>> {
  const tenancyProto = loadProto<TenancyProto>(SERVICE_PROTO_FILES.tenancy);
  const tenancyClient = createClient<tenancy.TenancyServiceDefinition>(
    tenancyProto.atrium.tenancy.v1.TenancyService,
    config.TENANCY_ADDR,
    { deadlineMs: config.GRPC_DEADLINE_MS },
  );
  const encryption = new KeyEncryption(config.IDENTITY_KEK);
  let keys: KeyRing | undefined;
  let passwordResets: PasswordResetWorker | undefined;
  const backend = await startBackend({
    service: 'identity',
    config,
    logger,
    migrationsDir: MIGRATIONS_DIR,
    createDb: () => createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
    publishesEvents: true,
    rpc: ({ db }) => {
      keys = new KeyRing(db, encryption, {
        // A retired key must verify every token it signed: switch tokens may outlive access tokens.
        accessTokenTtlSeconds: Math.max(config.ACCESS_TOKEN_TTL_SECONDS, config.SWITCH_TOKEN_TTL_SECONDS),
        currentKeyCacheMs: config.SIGNING_KEY_CACHE_MS,
      });
      const tokens = {
        issuer: config.JWT_ISSUER,
        audience: config.JWT_AUDIENCE,
        accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
        switchTokenTtlSeconds: config.SWITCH_TOKEN_TTL_SECONDS,
        refreshTokenTtlDays: config.REFRESH_TOKEN_TTL_DAYS,
      };
      // Room for a tenancy call (at most its deadline) inside a transaction, and the work around it.
      const transactionTimeoutMs = config.GRPC_DEADLINE_MS + 5000;
      passwordResets = new PasswordResetWorker(db, logger);
      return [
        identityService({
          db,
          keys,
          tokens,
          tenancy: tenancyClient,
          transactionTimeoutMs,
          passwordResets,
          logger,
        }),
      ];
    },
    workers: async () => {
      if (!passwordResets) return [];
      passwordResets.start();
      return [passwordResets];
    },
  });
  // Create or decrypt the signing key now, so a wrong IDENTITY_KEK fails the start, not the first login.
  await keys?.signingKey();
  return {
    ...backend,
    stop: async () => {
      await backend.stop();
      tenancyClient.close();
    },
  };
}
