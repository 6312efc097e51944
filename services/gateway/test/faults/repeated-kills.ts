import { setTimeout as sleep } from 'node:timers/promises';
import { eventually } from '@atrium/testing';
import type { Backend, Platform } from '../e2e/platform';

/**
 * What the "killed mid-write" scenarios share (docs/reliability.md): the loop that SIGKILLs a backend
 * among writes under way and starts it again, and the tallies of what the writes answered.
 */

/**
 * SIGKILLs `backend` `kills` times and starts it again after each. Every kill waits until a write has
 * succeeded since the last restart, so it lands among writes under way, and the run ends on a write
 * that succeeded. Answers, per restart, the milliseconds from the restart to that first success.
 */
export async function killRepeatedly(options: {
  platform: Pick<Platform, 'kill' | 'start'>;
  backend: Backend;
  kills: number;
  /** How many writes have succeeded so far. */
  successes: () => number;
  /** The write, for the timeout's message: "a client create". */
  write: string;
}): Promise<number[]> {
  const { platform, backend } = options;
  const untilASuccess = async (when: string) => {
    const before = options.successes();
    const started = Date.now();
    await eventually(
      async () => (options.successes() > before ? true : undefined),
      60_000,
      `${options.write} to succeed ${when}`,
    );
    return Date.now() - started;
  };
  await untilASuccess(`before ${backend} is killed`);
  const recoveries: number[] = [];
  for (let kill = 1; kill <= options.kills; kill += 1) {
    // Long enough for writes to be under way on every connection, short enough to hit one mid-flight.
    await sleep(200 + Math.floor(Math.random() * 600));
    await platform.kill(backend, 'SIGKILL');
    await platform.start(backend);
    recoveries.push(await untilASuccess(`after restart ${kill}`));
  }
  return recoveries;
}

/** How often each value occurs. */
export function countBy(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Values with how often each occurs, for a figure: "2776×503, 3×0", or "none". */
export function tally(values: Iterable<string>): string {
  const counts = [...countBy(values)].map(([value, seen]) => `${seen}×${value}`);
  return counts.length > 0 ? counts.join(', ') : 'none';
}
