import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set by the bundler (scripts/build.mjs) to package.json's version. */
declare const __PACKAGE_VERSION__: string | undefined;

/**
 * This package's version, from package.json: baked into dist/ at build time; read from the file
 * when run unbundled, so the two never disagree. Unbundled, this module is `lib/src/version.js`
 * (the tests) or `src/version.ts` itself (GitHub's local runner loads the sources with tsx):
 * the nearest package.json above it is ours either way.
 */
export const VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : readVersion();

function readVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'mercadopago-readiness' && typeof pkg.version === 'string') return pkg.version;
    }
    const up = dirname(dir);
    if (up === dir) return '0.0.0-unknown';
    dir = up;
  }
}
