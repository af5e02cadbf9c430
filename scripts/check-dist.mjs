// The one freshness check of dist/: builds the sources into a temp folder (twice: the build must
// be deterministic) and compares every file, byte for byte and the CLI's x bit, with dist/.
// .ci/run, the workflow (.github/workflows/check-dist.yml) and test/dist.test.ts all run this.
//
//   node scripts/check-dist.mjs          exit 0 when dist/ is fresh, else 1 with what differs
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = path.join(root, 'scripts/build.mjs');

/** Every file under dir: relative path → its bytes and whether it is executable. */
function tree(dir) {
  const files = new Map();
  if (!fs.existsSync(dir)) return files;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file).split(path.sep).join('/'), { bytes: fs.readFileSync(file), exec: (fs.statSync(file).mode & 0o111) !== 0 });
  }
  return files;
}

/** What differs between two trees, one line each (empty when equal). */
function differences(expected, actual, actualName) {
  const out = [];
  for (const [name, want] of expected) {
    const got = actual.get(name);
    if (!got) out.push(`${actualName}/${name} is missing`);
    else if (!got.bytes.equals(want.bytes)) out.push(`${actualName}/${name} differs`);
    else if (got.exec !== want.exec) out.push(`${actualName}/${name} should ${want.exec ? '' : 'not '}be executable`);
  }
  for (const name of actual.keys()) if (!expected.has(name)) out.push(`${actualName}/${name} is not made by the build`);
  return out.sort();
}

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-check-dist-'));
try {
  const fresh = [path.join(temp, 'a'), path.join(temp, 'b')];
  for (const out of fresh) execFileSync(process.execPath, [build, out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const first = tree(fresh[0]);
  const nondeterministic = differences(first, tree(fresh[1]), 'second build');
  if (nondeterministic.length > 0) {
    console.error(`The build is not deterministic: two builds of the same sources differ:\n  ${nondeterministic.join('\n  ')}`);
    process.exit(1);
  }
  const stale = differences(first, tree(path.join(root, 'dist')), 'dist');
  if (stale.length > 0) {
    console.error(`dist/ is stale: it differs from a fresh build of the sources. Run 'npm run build' and commit dist/.\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`dist/ is fresh: ${first.size} files equal a fresh build (and the build is deterministic).`);
} finally {
  fs.rmSync(temp, { recursive: true, force: true });
}
