import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFleetFile } from '../../src/fleet/fleet-file.js';
import { createProgress } from '../../src/fleet/progress.js';
import type { SiteOutcome } from '../../src/fleet/run.js';

const outcome = (index: number, result: SiteOutcome['result'], extra: Partial<SiteOutcome> = {}): SiteOutcome => ({
  index,
  siteUrl: `https://s${index}.example/`,
  result,
  blockers: result === 'fail' ? 2 : 0,
  warnings: result === 'pass' ? 0 : 1,
  reportFile: `s${index}.example.json`,
  failOn: 'blocker',
  durationMs: 812,
  ...extra,
});

describe('fleet progress', () => {
  it('prints one plain line per site and a total when not on a terminal', () => {
    let out = '';
    const progress = createProgress({ total: 12, tty: false, color: false, write: (s) => (out += s), now: () => 0 });
    const sites = [outcome(0, 'fail'), outcome(1, 'pass'), outcome(2, 'error', { error: 'environment variable MP_X (access-token-env) is not set' })];
    for (const s of sites) progress.site(s);
    progress.done(buildFleetFile(sites, new Date(0), 2500), 'out/fleet.json');
    assert.equal(
      out,
      [
        '[ 1/12] fail  https://s0.example/  2 blockers, 1 warning (812 ms)',
        '[ 2/12] pass  https://s1.example/  0 blockers, 0 warnings (812 ms)',
        '[ 3/12] error https://s2.example/  environment variable MP_X (access-token-env) is not set (812 ms)',
        'fleet: 3 sites in 2.5 s (1.2 sites/s): 1 pass, 0 warn, 1 fail, 1 error. Reports and out/fleet.json written.',
        '',
      ].join('\n'),
    );
    assert.doesNotMatch(out, /\x1b|\r/);
  });

  it('keeps a bar on the last line of a TTY, redrawn under each new line, and clears it at the end', () => {
    let out = '';
    let t = 0;
    const progress = createProgress({ total: 4, tty: true, color: true, write: (s) => (out += s), now: () => t });
    t = 1000;
    progress.site(outcome(0, 'pass'));
    t = 2000;
    progress.site(outcome(1, 'warn'));
    const bar = out.split('\n').pop()!;
    assert.match(bar, /^\[█{12}░{12}\] 2\/4 · 1\.0 sites\/s · /);
    assert.match(bar, /\x1b\[33m1 warn\x1b\[39m/);
    // The second site's line first erases the bar drawn after the first.
    assert.match(out, /\r\x1b\[2K\[2\/4\] \x1b\[33mwarn \x1b\[39m https:\/\/s1\.example\//);
    progress.done(buildFleetFile([outcome(0, 'pass'), outcome(1, 'warn')], new Date(0), 2000), 'f.json');
    assert.match(out, /\r\x1b\[2Kfleet: 2 sites in 2\.0 s/);
  });
});
