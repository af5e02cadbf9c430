import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { it } from 'node:test';
import { ROOT } from './helpers/run-action.js';

it('dist/index.js equals a fresh build of the sources', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-dist-'));
  try {
    const ncc = path.join(ROOT, 'node_modules/.bin/ncc');
    execFileSync(ncc, ['build', path.join(ROOT, 'lib/src/index.js'), '-o', out, '--license', 'licenses.txt', '--quiet'], { cwd: ROOT, stdio: 'pipe' });
    const fresh = fs.readFileSync(path.join(out, 'index.js'));
    const committed = fs.readFileSync(path.join(ROOT, 'dist/index.js'));
    assert.ok(fresh.equals(committed), 'dist/index.js is stale: run `npm run build` and commit dist/');
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
