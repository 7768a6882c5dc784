import { existsSync } from 'node:fs';

/**
 * The Firefox to drive: $FIREFOX_PATH, else Debian's /usr/bin/firefox-esr. Throws when none is
 * there — a missing browser is a failure, never a skip (CI installs firefox-esr in .ci/run).
 */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(
    (p): p is string => typeof p === 'string' && p.length > 0,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(`No Firefox found (tried ${candidates.join(', ')}). Install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  }
  return found;
}
