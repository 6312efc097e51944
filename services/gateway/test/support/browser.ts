import fs from 'node:fs';

/**
 * The Chromium the browser tests drive with playwright-core (which never
 * downloads a browser of its own): CHROMIUM_PATH, else Debian's package,
 * which `make test` installs when it is missing (deploy/scripts/ensure-chromium.sh).
 */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium for the browser tests: run deploy/scripts/ensure-chromium.sh (Debian package chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}
