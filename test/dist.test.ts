import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { it } from 'node:test';
import { ROOT } from './helpers/run-action.js';

// `npm test` builds dist/ before running the tests, so this proves the build is deterministic and
// that nothing else writes to dist/; in CI (.ci/run) the same script runs first against the
// committed dist/.
it('dist/ equals a fresh build of the sources, and two builds are byte-identical (scripts/check-dist.mjs)', () => {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-dist.mjs')], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /dist\/ is fresh/);
});

/** The files an entry loads, itself included, following static and dynamic imports of chunks. */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/["'](\.{1,2}\/(?:[\w-]+\/)*[\w-]+\.js)["']/g)) visit(path.resolve(path.dirname(file), m[1]!));
  };
  visit(entry);
  return seen;
}

it('the two faces share their chunks: most of the code the CLI loads is code the action loads too', () => {
  const action = closure(path.join(ROOT, 'dist/index.js'));
  const cli = closure(path.join(ROOT, 'dist/cli/index.js'));
  const size = (files: Iterable<string>): number => [...files].reduce((sum, f) => sum + fs.statSync(f).size, 0);
  const shared = size([...cli].filter((f) => action.has(f)));
  assert.ok(shared > 0.9 * size(cli), `only ${shared} of the CLI's ${size(cli)} bytes are shared with the action`);
  assert.ok(fs.statSync(path.join(ROOT, 'dist/index.js')).size < 20_000, 'the action entry should be thin (mask, validate, then import the rest)');
});

it('the CLI bundle is a program: shebang first, executable, named by package.json bin', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  const bin = path.join(ROOT, pkg.bin['mercadopago-readiness']!);
  assert.equal(fs.readFileSync(bin, 'utf8').split('\n')[0], '#!/usr/bin/env node');
  assert.ok((fs.statSync(bin).mode & 0o111) !== 0, `${bin} is not executable`);
});

it('ships the licences of the bundled packages', () => {
  const licences = fs.readFileSync(path.join(ROOT, 'dist/licenses.txt'), 'utf8');
  for (const name of ['@actions/core', 'undici', 'yaml', 'zod', 'htmlparser2']) assert.match(licences, new RegExp(`^${name.replace('/', '\\/')}\\n`, 'm'), `no licence for ${name}`);
});
