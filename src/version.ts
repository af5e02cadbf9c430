import { readFileSync } from 'node:fs';

/** Set by the bundler (scripts/build.mjs) to package.json's version. */
declare const __PACKAGE_VERSION__: string | undefined;

/**
 * This package's version, from package.json: baked into dist/ at build time; read from the file
 * when run unbundled (lib/, the tests), so the two never disagree.
 */
export const VERSION: string =
  typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
