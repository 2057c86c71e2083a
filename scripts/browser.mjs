// Finds the Chromium that every test and benchmark drives. No tool may download
// its own browser, so the order is: CHROME_PATH, the Debian package, then the
// launcher's own search of the usual install places.
import {existsSync} from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // CI and developers run as root
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

export const INSTALL_HINT =
  'No Chromium found: install one with `apt-get install -y chromium` (or set CHROME_PATH to a Chrome or Chromium binary).';

export async function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean);
  for (const path of candidates) if (existsSync(path)) return path;
  try {
    const {Launcher} = await import('chrome-launcher');
    const [found] = Launcher.getInstallations();
    if (found) return found;
  } catch {
    // No launcher installed: fall through to "not found".
  }
  return undefined;
}

/** Returns the browser path, or prints the install hint and exits. */
export async function requireChromium() {
  const path = await findChromium();
  if (!path) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  return path;
}
