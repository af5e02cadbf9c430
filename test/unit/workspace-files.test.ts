import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { InputError } from '../../src/config/input-error.js';
import { readBoundedRegularFile, resolveWorkspacePath, writeFileNoFollow } from '../../src/config/workspace-files.js';

const ws = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'mp-ws-files-'));

describe('workspace paths', () => {
  it('keeps relative paths inside the workspace and names the input when one leads out', () => {
    const root = ws();
    assert.equal(resolveWorkspacePath('report-file', 'out/r.json', root), path.join(root, 'out/r.json'));
    assert.throws(
      () => resolveWorkspacePath('report-file', '../escape.json', root),
      (e: unknown) => e instanceof InputError && /^Invalid 'report-file': '\.\.\/escape\.json' leads out of the workspace/.test(e.message),
    );
    assert.throws(() => resolveWorkspacePath('sarif-file', 'a/../../b', root), /Invalid 'sarif-file'/);
    assert.equal(resolveWorkspacePath('report-file', '/tmp/mine.json', root), '/tmp/mine.json', 'an absolute path the user wrote is theirs');
  });
});

describe('bounded reads', () => {
  it('reads a small regular file, and undefined when it is missing', () => {
    const root = ws();
    fs.writeFileSync(path.join(root, 'c.yml'), 'checks: {}\n');
    assert.equal(readBoundedRegularFile('config', path.join(root, 'c.yml')), 'checks: {}\n');
    assert.equal(readBoundedRegularFile('config', path.join(root, 'none.yml')), undefined);
  });

  it('refuses /dev/zero behind a link, a FIFO and a directory at once, without reading them', () => {
    const root = ws();
    fs.symlinkSync('/dev/zero', path.join(root, 'zero.yml'));
    execFileSync('mkfifo', [path.join(root, 'fifo.yml')]);
    fs.mkdirSync(path.join(root, 'dir.yml'));
    for (const name of ['zero.yml', 'fifo.yml', 'dir.yml']) {
      assert.throws(() => readBoundedRegularFile('config', path.join(root, name)), /^InputError: Invalid 'config': '.*' is not a regular file\.$|Invalid 'config': .* is not a regular file/, name);
    }
  });

  it('refuses a file over 1 MiB, and a link that leads out of the workspace', () => {
    const root = ws();
    fs.writeFileSync(path.join(root, 'big.yml'), Buffer.alloc(1024 * 1024 + 1, 0x61));
    assert.throws(() => readBoundedRegularFile('script-inventory', path.join(root, 'big.yml')), /Invalid 'script-inventory': .* larger than 1 MiB/);
    const outside = path.join(ws(), 'secret.yml');
    fs.writeFileSync(outside, 'x: 1\n');
    fs.symlinkSync(outside, path.join(root, 'link.yml'));
    assert.throws(() => readBoundedRegularFile('config', path.join(root, 'link.yml'), undefined, root), /leads out of the workspace/);
  });
});

describe('writes that never follow a link', () => {
  it('writes into new folders', () => {
    const root = ws();
    writeFileNoFollow(path.join(root, 'a/b/r.json'), '{}', root);
    assert.equal(fs.readFileSync(path.join(root, 'a/b/r.json'), 'utf8'), '{}');
  });

  it('refuses a planted link as the file or as a folder on the way, and leaves the target untouched', () => {
    const root = ws();
    const victim = path.join(ws(), 'victim.txt');
    fs.writeFileSync(victim, 'precious');
    fs.symlinkSync(victim, path.join(root, 'r.json'));
    assert.throws(() => writeFileNoFollow(path.join(root, 'r.json'), 'x', root), /symbolic link/);
    fs.symlinkSync(path.dirname(victim), path.join(root, 'out'));
    assert.throws(() => writeFileNoFollow(path.join(root, 'out/victim.txt'), 'x', root), /out is a symbolic link/);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'precious');
  });
});
