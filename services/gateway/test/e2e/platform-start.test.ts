import { execFileSync } from 'node:child_process';
import { startPlatform } from './platform';

/** The processes this test process has started and not yet reaped, but for ps itself. */
function children(): string[] {
  let listing = '';
  try {
    listing = execFileSync('ps', ['--ppid', String(process.pid), '-o', 'pid=,args='], { encoding: 'utf8' });
  } catch {
    // ps exits 1 when no process matches.
  }
  return listing
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.includes('ps --ppid'));
}

test('a platform whose backend cannot start fails because it exited, says why, and leaves no process running', async () => {
  expect(children()).toEqual([]);
  const failure = await startPlatform({ env: { IDENTITY_KEK: 'not a key' } }).then(
    () => undefined,
    (error: unknown) => error as Error,
  );
  // The exit itself fails the start, not the wait for identity to listen running out.
  expect(failure?.message).toMatch(/identity exited/);
  expect(failure?.message).not.toMatch(/Timed out/);
  // Identity's own words come with it.
  expect(failure?.message).toMatch(/IDENTITY_KEK/);
  expect(children()).toEqual([]);
});
