import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CATALOG, DEFAULT_THRESHOLDS, defaultThresholds } from '../../src/checks/catalog.js';
import { CHECK_IDS } from '../../src/checks/ids.js';
import { SECTIONS, type CheckDefinition } from '../../src/checks/types.js';
import type { CheckId } from '../../src/checks/ids.js';
import { evaluateDeclared } from '../helpers/declared.js';
import { checkIds, checksAmong, idsReading } from '../helpers/invariants.js';
import { blankEvidence } from '../helpers/evidence.js';
import { contextFor } from '../helpers/tls-page-evidence.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** The rows of the README's check table, as written. */
function readmeRows(): Array<{ id: string; severity: string; title: string }> {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n');
  const start = readme.indexOf('| id | default severity | what it checks |');
  assert.ok(start >= 0, 'README has the check table');
  const rows: Array<{ id: string; severity: string; title: string }> = [];
  for (const line of readme.slice(start + 2)) {
    const m = /^\| `([^`]+)` \| ([a-z]+) \| (.+) \|$/.exec(line);
    if (!m) break;
    rows.push({ id: m[1]!, severity: m[2]!, title: m[3]! });
  }
  return rows;
}

describe('the check catalog (DESIGN §5, §7)', () => {
  it('holds every contract id once, in contract order', () => {
    assert.deepEqual(
      CATALOG.map((c) => c.id),
      [...CHECK_IDS],
    );
  });

  it('README check table equals the catalog: ids, order, default severity, English title', () => {
    assert.deepEqual(
      readmeRows(),
      CATALOG.map((c) => ({ id: c.id, severity: c.defaultSeverity, title: c.title.en })),
    );
  });

  it('lives at src/checks/<section>/<name>.ts, with its test at test/checks/<section>/<name>.test.ts', () => {
    for (const check of CATALOG) {
      const [section, name] = check.id.split('.') as [string, string];
      assert.equal(section, check.section, `${check.id} is in section ${check.section}`);
      assert.ok(fs.existsSync(path.join(ROOT, 'src', 'checks', section, `${name}.ts`)), `src/checks/${section}/${name}.ts`);
      assert.ok(fs.existsSync(path.join(ROOT, 'test', 'checks', section, `${name}.test.ts`)), `test/checks/${section}/${name}.test.ts`);
    }
    const allowed = new Set([...SECTIONS, 'support', 'catalog.ts', 'ids.ts', 'types.ts']);
    for (const entry of fs.readdirSync(path.join(ROOT, 'src', 'checks'))) assert.ok(allowed.has(entry), `src/checks/${entry} is neither a section, support/, the catalog nor its types`);
  });

  it('gathers each threshold default from the checks that read it, and refuses two checks disagreeing', () => {
    assert.deepEqual(Object.keys(DEFAULT_THRESHOLDS).sort(), ['expiryMinDays', 'fieldCoverage', 'hstsMinDays', 'rejectionRateMax', 'webhookTimeoutMs']);
    const a = { ...CATALOG[0]!, defaults: { hstsMinDays: 180 } } as CheckDefinition;
    const b = { ...CATALOG[1]!, defaults: { hstsMinDays: 90 } } as CheckDefinition;
    assert.throws(() => defaultThresholds([a, b]), /hstsMinDays/);
  });

  it('declares only evidence keys, and an undeclared read fails the test that makes it', () => {
    const keys = new Set(Object.keys(blankEvidence({ paymentById: undefined, liveHistory: undefined, paymentMethods: undefined, reports: undefined, browser: undefined })));
    for (const check of CATALOG) for (const key of check.reads) assert.ok(keys.has(key), `${check.id} reads ${key}`);
    const tokenValid = CATALOG.find((c) => c.id === 'credentials.token-valid')!;
    const lying = { ...tokenValid, reads: [] } as CheckDefinition;
    assert.throws(() => evaluateDeclared(lying, blankEvidence(), contextFor('https://shop.example/')), /reads evidence\.account/);
  });

  it('every check survives evidence where every probe failed, reading only what it declares', () => {
    for (const check of CATALOG) {
      const outcome = evaluateDeclared(check, blankEvidence(), contextFor('https://shop.example/'));
      // A check that reads no evidence (ssl.https judges site-url) may pass; any other may not.
      if (check.reads.length > 0) assert.notEqual(outcome.status, 'pass', `${check.id} passed with no evidence`);
    }
  });

  it('test id lists fail on an id outside the catalog, and on one the report lacks', () => {
    const report = { checks: [{ id: 'ssl.hsts', status: 'pass', message: 'ok' }] };
    assert.equal(checksAmong(report, ['ssl.hsts']).length, 1);
    assert.throws(() => checksAmong(report, ['ssl.htst' as CheckId]), /not a check id of the catalog/);
    assert.throws(() => checksAmong(report, ['ssl.hsts', 'ssl.validity']), /lacks/);
    assert.throws(() => checkIds('ssl.htst' as CheckId), /not a check id/);
    assert.deepEqual(idsReading('httpRedirect'), ['ssl.http-redirect', 'ssl.hsts']);
  });
});
