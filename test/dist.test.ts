import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { it } from 'node:test';
import { ROOT } from './helpers/run-action.js';

/** Every file ncc writes for the action (the entry and its chunks), by name. */
function bundleFiles(dir: string): Map<string, Buffer> {
  return new Map(
    fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.js') || name === 'licenses.txt')
      .map((name) => [name, fs.readFileSync(path.join(dir, name))]),
  );
}

it('dist/ (the entry and every chunk) equals a fresh build of the sources', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-dist-'));
  try {
    const ncc = path.join(ROOT, 'node_modules/.bin/ncc');
    execFileSync(ncc, ['build', path.join(ROOT, 'lib/src/index.js'), '-o', out, '--license', 'licenses.txt', '--quiet'], { cwd: ROOT, stdio: 'pipe' });
    const fresh = bundleFiles(out);
    const committed = bundleFiles(path.join(ROOT, 'dist'));
    assert.deepEqual([...committed.keys()].sort(), [...fresh.keys()].sort(), 'dist/ has other files than a fresh build: run `npm run build` and commit dist/');
    for (const [name, content] of fresh) {
      assert.ok(content.equals(committed.get(name)!), `dist/${name} is stale: run \`npm run build\` and commit dist/`);
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
