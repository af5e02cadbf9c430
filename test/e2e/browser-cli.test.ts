import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { runNodeInWorld } from '../world/netns.js';

/** The browser input end to end: dist/cli/index.js as a process, against the sandbox shop, with Debian's chromium, in a test world. */
interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
let out: {
  missing: Run;
  on: Run;
  auto: Run;
  report: string | null;
  token: string;
  action: { code: number | null; summary: string; result: string };
  actionOn: { code: number | null; result: string; browser: string | null };
};
before(async () => {
  const run = await runNodeInWorld({}, path.join(import.meta.dirname, 'browser-cli-world.js'), [], { killAfterMs: 110_000 });
  assert.equal(run.code, 0, run.stderr.slice(0, 2000));
  out = JSON.parse(run.stdout);
});

describe('the browser input (dist/cli/index.js)', { timeout: 120_000 }, () => {
  it('makes --browser on without a browser exit 2 with one line naming browser and CHROME_PATH', () => {
    assert.equal(out.missing.code, 2);
    assert.equal(out.missing.stderr.trim().split('\n').length, 1, out.missing.stderr);
    assert.match(out.missing.stderr, /'(?:--)?browser'.*CHROME_PATH/);
  });

  it('runs the healthy shop with --browser on and records in the JSON report that the browser ran', () => {
    assert.equal(out.on.code, 0, out.on.stdout + out.on.stderr);
    const json = JSON.parse(out.report!) as { checks: Array<{ id: string; evidence: { browser?: string } }> };
    assert.equal(json.checks.find((c) => c.id === 'credentials.public-key')!.evidence.browser, 'ran');
    assert.ok(!out.report!.includes(out.token));
  });

  it('with --browser auto and no browser, runs statically and still passes the healthy shop', () => {
    assert.equal(out.auto.code, 0, out.auto.stdout + out.auto.stderr);
  });

  it('the action (dist/index.js) with browser: auto and no browser says in the job summary that the pass did not run', () => {
    assert.equal(out.action.code, 0);
    assert.equal(out.action.result, 'pass');
    assert.match(out.action.summary, /The browser pass did not run\*\* \(.*CHROME_PATH=\/nowhere\/chrome.* is not an executable file\)/);
  });

  it('the action with browser: on runs Chromium and still passes the healthy shop', () => {
    assert.equal(out.actionOn.code, 0);
    assert.equal(out.actionOn.result, 'pass');
    assert.equal(out.actionOn.browser, 'ran');
  });
});
