import * as fs from 'node:fs';

/** Where runners and distributions put Chrome/Chromium (GitHub-hosted Ubuntu ships Google Chrome). */
const CANDIDATES: readonly string[] = [
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  // Debian's /usr/bin/chromium is a shell wrapper; the binary behind it starts faster.
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The browser to use: `CHROME_PATH` when set (it must exist), else the first usual install path found. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): { path: string } | { missing: string } {
  const named = env['CHROME_PATH']?.trim();
  if (named) return isExecutable(named) ? { path: named } : { missing: `CHROME_PATH=${named} is not an executable file` };
  const found = CANDIDATES.find(isExecutable);
  return found ? { path: found } : { missing: 'no Chrome/Chromium found (set CHROME_PATH, or install google-chrome or chromium)' };
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
