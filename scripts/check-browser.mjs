// Before the Playwright suite: make sure a browser is there, and say exactly how to get one.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const configured = process.env.PLAYWRIGHT_CHROMIUM_PATH;
const path = configured ?? '/usr/bin/chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');

function hasFont() {
  try {
    return execSync('fc-list', { encoding: 'utf8' }).includes('DejaVu Sans');
  } catch {
    return existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');
  }
}

function aptInstall(packages) {
  console.log(`Installing ${packages.join(' ')} with apt-get…`);
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' });
}

if (configured === '') {
  console.log('PLAYWRIGHT_CHROMIUM_PATH is empty: using Playwright’s own browser (npx playwright install chromium).');
  process.exit(0);
}

const missing = [];
if (!existsSync(path)) missing.push(path === '/usr/bin/chromium' ? 'chromium' : path);
if (!hasFont()) missing.push('fonts-dejavu-core');

if (missing.length > 0) {
  if (isDebian && isRoot && !missing.some((m) => m.startsWith('/'))) {
    aptInstall(missing);
  } else {
    console.error(
      [
        `The end-to-end suite needs: ${missing.join(', ')}.`,
        'On Debian or Ubuntu (as root): apt-get install -y chromium fonts-dejavu-core',
        'Elsewhere: install Chromium and the DejaVu fonts, then set PLAYWRIGHT_CHROMIUM_PATH to the browser binary,',
        'or run `npx playwright install chromium` and set PLAYWRIGHT_CHROMIUM_PATH= (empty) to use Playwright’s own browser.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
