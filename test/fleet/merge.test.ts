import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { InputError } from '../../src/config/input-error.js';
import type { FleetFile } from '../../src/fleet/fleet-file.js';
import { renderMergedSummary, SUMMARY_LIMIT_BYTES } from '../../src/fleet/merge.js';
import { collectRows, type MergeRow } from '../../src/fleet/merge-sources.js';
import { TOKENS } from '../sandbox/mp-api/accounts.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'merge-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, data: unknown): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(data));
  return file;
}

function report(siteUrl: string, startedAt: string, checks: Array<{ id: string; severity: string; status: string; message?: string; waiver?: object }>) {
  const failing = checks.filter((c) => c.status === 'fail' || c.status === 'error');
  const result = failing.some((c) => c.severity === 'blocker') ? 'fail' : failing.some((c) => c.severity === 'warning') ? 'warn' : 'pass';
  return {
    schemaVersion: 1,
    tool: { name: 'mercadopago-readiness', version: '1.0.0' },
    siteUrl,
    account: null,
    language: 'en',
    startedAt,
    durationMs: 10,
    result,
    counts: {},
    checks: checks.map((c) => ({ section: 'ssl', title: c.id, message: c.message ?? `${c.id} says no`, docsUrl: 'https://x', evidence: {}, durationMs: 0, ...c })),
  };
}

function fleet(startedAt: string, sites: FleetFile['sites']): FleetFile {
  const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
  for (const s of sites) counts[s.result]++;
  return { schemaVersion: 1, startedAt, durationMs: 60_000, counts, sites };
}

const T0 = '2026-12-01T02:00:00.000Z';
const IN_RUN = '2026-12-01T02:00:10.000Z';
const LATER = '2026-12-01T09:00:00.000Z';

describe('merge: one row per site, whatever it was given', () => {
  it('counts a site once when given its report, a fleet.json listing it, or both; a fleet error stands', () => {
    const a = report('https://a.example/', IN_RUN, [
      { id: 'ssl.hsts', severity: 'warning', status: 'fail' },
      { id: 'ssl.validity', severity: 'blocker', status: 'fail', message: 'The certificate expired on 2026-11-20.' },
    ]);
    write('shard-1/a.example.json', a);
    const fleetFile = write(
      'shard-1/fleet.json',
      fleet(T0, [
        { siteUrl: 'https://a.example/', result: 'fail', blockers: 1, warnings: 1, reportFile: 'a.example.json' },
        { siteUrl: 'https://b.example/', result: 'error', blockers: 0, warnings: 0, reportFile: 'b.example.json', error: 'environment variable MP_B is not set' },
      ]),
    );
    const rows = collectRows([path.join(dir, 'shard-1'), fleetFile, path.join(dir, 'shard-1/a.example.json')]);
    assert.equal(rows.length, 2);
    const byUrl = new Map(rows.map((r) => [r.siteUrl, r]));
    // The fleet's entry, its first thing to fix from the report beside it: the blocker, not the warning.
    assert.deepEqual(byUrl.get('https://a.example/'), {
      siteUrl: 'https://a.example/',
      result: 'fail',
      blockers: 1,
      warnings: 1,
      firstFix: { id: 'ssl.validity', text: 'The certificate expired on 2026-11-20.' },
    });
    assert.deepEqual(byUrl.get('https://b.example/'), {
      siteUrl: 'https://b.example/',
      result: 'error',
      blockers: 0,
      warnings: 0,
      firstFix: { text: 'not checked: environment variable MP_B is not set' },
    });
    // fleet.json alone finds the reports beside it.
    assert.equal(collectRows([fleetFile]).find((r) => r.siteUrl === 'https://a.example/')!.firstFix!.id, 'ssl.validity');
  });

  it('lets a report newer than the fleet run supersede its entry, and the newest of two reports win', () => {
    const fleetFile = write(
      'run-2/fleet.json',
      fleet(T0, [{ siteUrl: 'https://c.example/', result: 'error', blockers: 0, warnings: 0, reportFile: 'c.json', error: 'did not finish within timeout-seconds (60 s)' }]),
    );
    const rerun = write('rerun/c.json', report('https://c.example/', LATER, [{ id: 'ssl.hsts', severity: 'warning', status: 'pass' }]));
    const old = write('old/c.json', report('https://c.example/', T0, [{ id: 'ssl.hsts', severity: 'warning', status: 'fail' }]));
    assert.deepEqual(collectRows([fleetFile, rerun]), [{ siteUrl: 'https://c.example/', result: 'pass', blockers: 0, warnings: 0 }]);
    assert.equal(collectRows([rerun, old])[0]!.result, 'pass');
    assert.equal(collectRows([old, rerun])[0]!.result, 'pass');
  });

  it('does not count a waived failure, and counts one whose waiver expired', () => {
    const file = write(
      'w.json',
      report('https://w.example/', T0, [
        { id: 'ssl.hsts', severity: 'warning', status: 'fail', waiver: { reason: 'r', until: '2099-01-01' } },
        { id: 'page.security-headers', severity: 'warning', status: 'fail', waiver: { reason: 'r', until: '2020-01-01', expired: true } },
      ]),
    );
    const [row] = collectRows([file]);
    assert.equal(row!.warnings, 1);
    assert.equal(row!.firstFix!.id, 'page.security-headers');
  });

  it('refuses a file that is not a report, not JSON, or not there, in one line naming it', () => {
    const notOurs = write('other.json', { hello: 'world' });
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{"schemaVersion": 1,');
    for (const [input, pattern] of [
      [notOurs, /^Invalid report '.*other\.json': neither a mercadopago-readiness JSON report/],
      [broken, /^Invalid report '.*broken\.json': not JSON \(syntax error\)\.$/],
      [path.join(dir, 'missing.json'), /^Invalid report '.*missing\.json': no such file or folder\.$/],
    ] as const) {
      assert.throws(
        () => collectRows([input]),
        (e: unknown) => e instanceof InputError && pattern.test(e.message),
      );
    }
    fs.mkdirSync(path.join(dir, 'empty'));
    assert.throws(() => collectRows([path.join(dir, 'empty')]), /Nothing to merge/);
  });
});

describe('the merged summary', () => {
  const row = (i: number, result: MergeRow['result']): MergeRow => ({
    siteUrl: `https://shop-${String(i).padStart(5, '0')}.example/checkout`,
    result,
    blockers: result === 'fail' ? 2 : 0,
    warnings: result === 'pass' ? 0 : 1,
    ...(result === 'pass' ? {} : { firstFix: { id: 'ssl.validity', text: 'The certificate expired on 2026-11-20; renew it and install the full chain.' } }),
  });

  it('is a table of site, result, blockers, warnings and first thing to fix, worst first, with totals', () => {
    const md = renderMergedSummary([row(1, 'pass'), row(2, 'warn'), row(3, 'fail'), row(4, 'error')]);
    assert.match(md, /^## Mercado Pago readiness: 4 storefronts\n\n❌ fail 1 · 🚫 error 1 · ⚠️ warn 1 · ✅ pass 1\n/);
    assert.match(md, /\| Site \| Result \| Blockers \| Warnings \| First thing to fix \|\n\|---\|---\|---:\|---:\|---\|\n/);
    const order = [...md.matchAll(/shop-0000(\d)/g)].map((m) => m[1]);
    assert.deepEqual(order, ['4', '3', '2', '1']);
    assert.match(md, /\| https:\/\/shop-00003\.example\/checkout \| ❌ fail \| 2 \| 1 \| `ssl\.validity` The certificate expired/);
    assert.doesNotMatch(md, /not shown/);
  });

  it("stays within GitHub's 1 MiB for 20,000 sites and says how many it left out, by result", () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => row(i, i % 10 === 0 ? 'fail' : i % 3 === 0 ? 'warn' : 'pass'));
    const md = renderMergedSummary(rows);
    assert.ok(Buffer.byteLength(md) <= SUMMARY_LIMIT_BYTES, `${Buffer.byteLength(md)} bytes`);
    assert.ok(Buffer.byteLength(md) > SUMMARY_LIMIT_BYTES * 0.9, 'the room is used');
    const notShown = /\n(\d+) more sites not shown .*\((\d+) error, (\d+) fail, (\d+) warn, (\d+) pass\)/.exec(md);
    assert.ok(notShown, md.slice(-500));
    const shown = md.split('\n').filter((l) => l.startsWith('| https://')).length;
    assert.equal(shown + Number(notShown[1]), 20_000);
    // Every failing site fits before any passing one is shown.
    assert.equal(Number(notShown[3]), 0);
    assert.match(md, /^## Mercado Pago readiness: 20000 storefronts/);
    // A smaller limit (what earlier steps left) is honoured too.
    assert.ok(Buffer.byteLength(renderMergedSummary(rows, 50_000)) <= 50_000);
  });

  it('keeps a cell one line, without HTML, pipes, mentions or any token shape', () => {
    const md = renderMergedSummary([
      {
        siteUrl: 'https://x.example/',
        result: 'fail',
        blockers: 1,
        warnings: 0,
        firstFix: { id: 'credentials.secret-exposure', text: `Token ${TOKENS.productionMlb} found | in <script>\nby @mercadopago/sdk-js` },
      },
    ]);
    const line = md.split('\n').find((l) => l.startsWith('| https://x'))!;
    assert.ok(!md.includes(TOKENS.productionMlb.slice(-40)));
    assert.match(line, /Token \*\*\* found \\\| in &lt;script&gt; by &#64;mercadopago\/sdk-js \|$/);
  });
});
