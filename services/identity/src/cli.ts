/* eslint-disable no-console */
import { ConfigError, parseConfig } from '@atrium/config';
import { identityConfigShape } from './config';
import { createDb } from './store/db';
import { KeyEncryption } from './tokens/key-encryption';
import { KeyEncryptionKeyMismatch, KeyRing } from './tokens/key-ring';

const USAGE =
  "Usage: node services/identity/dist/cli.js <command>, with identity's environment (docs/configuration.md)\n" +
  '  rotate-keys   make a new token signing key current; the old one verifies its tokens until they expire';

// sysexits.h: the command line was wrong / the configuration was wrong.
const EX_USAGE = 64;
const EX_CONFIG = 78;

async function rotateKeys(): Promise<void> {
  const config = parseConfig(identityConfigShape);
  const db = createDb(config.DATABASE_URL, 1);
  try {
    const keys = new KeyRing(db, new KeyEncryption(config.IDENTITY_KEK), {
      accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      currentKeyCacheMs: config.SIGNING_KEY_CACHE_MS,
    });
    console.log(await keys.rotate());
  } finally {
    await db.$disconnect();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'rotate-keys' || rest.length > 0) {
    console.error(`${command ? `unknown command "${argv.join(' ')}"` : 'no command given'}\n${USAGE}`);
    return EX_USAGE;
  }
  try {
    await rotateKeys();
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof KeyEncryptionKeyMismatch) {
      console.error(error.message);
      return EX_CONFIG;
    }
    console.error(`rotate-keys failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
