import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { CATALOG } from '../../src/checks/catalog.js';
import { buildFleetFile } from '../../src/fleet/fleet-file.js';
import { reportFileNames } from '../../src/fleet/report-names.js';
import { fleetFails, runFleet, type SiteOutcome } from '../../src/fleet/run.js';
import { planSites } from '../../src/fleet/site-settings.js';
import { passReport, plans, engine } from './engine-stand-in.js';
import { parseTargets } from '../../src/fleet/targets.js';
import type { Report } from '../../src/report/model.js';

describe('runFleet: bounded concurrency and one error boundary per site', () => {
  it('never has more sites in flight than --concurrency, and returns them in file order', async () => {
    const inFlight = { now: 0, max: 0 };
    const done: string[] = [];
    const outcomes = await runFleet(plans(Array.from({ length: 20 }, () => 'ok')), { concurrency: 4, runSite: engine(inFlight), onSiteDone: (o) => done.push(o.siteUrl) });
    assert.equal(inFlight.max, 4);
    assert.equal(done.length, 20);
    assert.deepEqual(
      outcomes.map((o) => o.index),
      Array.from({ length: 20 }, (_, i) => i),
    );
    assert.ok(outcomes.every((o) => o.result === 'pass'));
  });

  it('ends a crashing, rejecting, throwing or hanging site alone as error; every other site passes', async () => {
    // Throws from callbacks and unobserved rejections need a process of their own: the test
    // runner claims those events in its process. The fixture runs runFleet and prints the outcomes.
    const child = spawnSync(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), 'crash-fixture.js')], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(child.status, 0, child.stderr);
    const { outcomes, reports, listeners } = JSON.parse(child.stdout) as { outcomes: SiteOutcome[]; reports: Record<string, Report>; listeners: number };
    const by = (kind: string): SiteOutcome[] => outcomes.filter((o) => new URL(o.siteUrl).hostname.startsWith(`${kind}-`));
    assert.equal(by('ok').length, 4);
    assert.ok(by('ok').every((o) => o.result === 'pass' && o.error === undefined));
    assert.match(by('throws')[0]!.error!, /^internal error: socket callback exploded$/);
    assert.match(by('rejects')[0]!.error!, /^internal error: nobody caught this$/);
    assert.match(by('sync')[0]!.error!, /^internal error: thrown before any promise$/);
    assert.equal(by('hangs')[0]!.error, 'did not finish within timeout-seconds (1 s)');
    for (const o of outcomes.filter((x) => x.error !== undefined)) {
      assert.equal(o.result, 'error');
      // The site still has a §4 report: every check there, none of them passing.
      const report = reports[o.siteUrl]!;
      assert.equal(report.checks.length, CATALOG.length);
      assert.ok(report.checks.every((c) => c.status === 'error' && c.message.includes(o.error!)));
    }
    assert.equal(fleetFails(outcomes), true);
    // The handlers are the fleet's own, for its run only.
    assert.equal(listeners, 0);
  });

  it('gives a site whose token variable is unset an error naming it, and runs the others', async () => {
    const source = `sites:\n  - site-url: https://ok-1.example/\n    access-token-env: SET\n  - site-url: https://ok-2.example/\n    access-token-env: UNSET_TOKEN\n  - site-url: https://ok-3.example/\n    access-token-env: SET\n    webhook-secret-env: UNSET_SECRET\n`;
    const targets = parseTargets(source, 't.yml');
    const siteplans = planSites(targets, reportFileNames(targets.map((t) => t.siteUrl)), { SET: 'APP_USR-1' }, process.cwd(), 't.yml');
    const calls: string[] = [];
    const outcomes = await runFleet(siteplans, {
      concurrency: 2,
      runSite: (s) => {
        calls.push(s.siteUrl.href);
        return Promise.resolve(passReport(s));
      },
      onSiteDone: () => undefined,
    });
    assert.deepEqual(calls, ['https://ok-1.example/']);
    assert.equal(outcomes[0]!.result, 'pass');
    assert.equal(outcomes[1]!.error, 'environment variable UNSET_TOKEN (access-token-env) is not set');
    assert.equal(outcomes[2]!.error, 'environment variable UNSET_SECRET (webhook-secret-env) is not set');
    const fleet = buildFleetFile(outcomes, new Date(), 5);
    assert.deepEqual(fleet.counts, { pass: 1, warn: 0, fail: 0, error: 2 });
    assert.deepEqual(Object.keys(fleet.sites[1]!), ['siteUrl', 'result', 'blockers', 'warnings', 'reportFile', 'error']);
  });

  it('fails the fleet only when a site reaches its own fail-on', () => {
    const o = (result: SiteOutcome['result'], failOn: SiteOutcome['failOn']): SiteOutcome => ({
      index: 0,
      siteUrl: 'x',
      result,
      blockers: 0,
      warnings: 0,
      reportFile: 'x.json',
      failOn,
      durationMs: 0,
    });
    assert.equal(fleetFails([o('warn', 'blocker'), o('pass', 'warning')]), false);
    assert.equal(fleetFails([o('warn', 'warning')]), true);
    assert.equal(fleetFails([o('fail', 'never')]), false);
    assert.equal(fleetFails([o('fail', 'blocker')]), true);
  });
});
