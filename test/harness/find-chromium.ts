import { existsSync } from 'node:fs';

/**
 * The Chromium to drive: $CHROME_PATH, else Debian's /usr/bin/chromium. Throws when none is
 * there — a missing browser is a failure, never a skip (CI installs it in .ci/run).
 */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => typeof p === 'string' && p.length > 0,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(`No Chromium found (tried ${candidates.join(', ')}). Install it (apt-get install -y chromium) or set CHROME_PATH.`);
  }
  return found;
}
