/* eslint-disable no-console */
import { ConfigError, parseConfig } from '@atrium/config';
import { createLogger } from '@atrium/logger';
import { campaignsConfigShape } from './config';
import { repairAllCounters } from './counters/repair-counters';
import { createDb } from './store/db';

const USAGE =
  "Usage: node services/campaigns/dist/cli.js <command>, with campaigns's environment (docs/configuration.md)\n" +
  "  repair-counters   count every client's stored and connected prospects again and republish them";

// sysexits.h: the command line was wrong / the configuration was wrong.
const EX_USAGE = 64;
const EX_CONFIG = 78;

async function repairCounters(): Promise<void> {
  const config = parseConfig(campaignsConfigShape);
  const db = createDb(config.DATABASE_URL, { poolSize: 2, appRole: config.DATABASE_APP_ROLE });
  try {
    const repair = await repairAllCounters(db, createLogger('campaigns-cli', config.LOG_LEVEL));
    // The outbox relay of the running service publishes the events.
    console.log(`repaired the counters of ${repair.clients} clients; ${repair.corrected} were wrong`);
  } finally {
    await db.$disconnect();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'repair-counters' || rest.length > 0) {
    console.error(`${command ? `unknown command "${argv.join(' ')}"` : 'no command given'}\n${USAGE}`);
    return EX_USAGE;
  }
  try {
    await repairCounters();
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return EX_CONFIG;
    }
    console.error(`repair-counters failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
