// Makes sure the browser tests have a Chromium: $CHROME_PATH, or Debian's /usr/bin/chromium,
// installed with apt-get when it is missing and this machine allows it (as root, or with
// sudo that needs no password). Returns the path, or null with the reason printed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function canRun(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

export function ensureChromium(log = console.log) {
  const chosen = process.env.CHROME_PATH;
  if (chosen) {
    if (existsSync(chosen)) return chosen;
    log(`CHROME_PATH is set to ${chosen}, but there is no file there.`);
    return null;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (!existsSync('/usr/bin/apt-get')) {
    log('No Chromium found, and no apt-get to install it: set CHROME_PATH to a Chromium.');
    return null;
  }
  const root = process.getuid?.() === 0;
  const prefix = root ? [] : canRun('sudo', ['-n', 'true']) ? ['sudo', '-n'] : null;
  if (!prefix) {
    log('No Chromium found. Install it with: sudo apt-get install -y chromium');
    return null;
  }
  log("Installing Debian's chromium for the browser tests (about 30 s)…");
  const apt = (args) => {
    const [command, ...rest] = [...prefix, 'apt-get', ...args];
    return (
      spawnSync(command, rest, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      }).status === 0
    );
  };
  if (
    apt(['update', '-qq']) &&
    apt(['install', '-y', '-qq', 'chromium']) &&
    existsSync(DEBIAN_CHROMIUM)
  ) {
    return DEBIAN_CHROMIUM;
  }
  log('Installing chromium did not work: set CHROME_PATH to a Chromium.');
  return null;
}
