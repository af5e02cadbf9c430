import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckId } from '../../src/checks/ids.js';
import type { CheckDefinition, Severity, Status } from '../../src/checks/types.js';
import { text } from '../../src/i18n/text.js';
import { annotationsFor } from '../../src/report/annotations.js';
import { buildReport, reachesFailOn, tally, waiverFor, type EvaluatedCheck } from '../../src/report/model.js';
import { renderMarkdown } from '../../src/report/markdown.js';

const t = text('x', 'x', 'x');

function check(id: string, severity: Severity, status: Status, waiverUntil?: string, today = '2026-11-29'): EvaluatedCheck {
  // Synthetic checks: the policy is about statuses and severities, so the ids are placeholders.
  const definition: CheckDefinition = { id: id as CheckId, section: 'ssl', defaultSeverity: severity, title: t, failureTitle: t, docs: '/docs/x', reads: [], evaluate: () => ({ status, message: t }) };
  const waiver = waiverUntil ? waiverFor(id as CheckId, [{ check: id as CheckId, reason: 'tracked', until: waiverUntil }], today) : undefined;
  return { definition, outcome: { status, message: t, remediation: t }, severity, durationMs: 0, ...(waiver ? { waiver } : {}) };
}

describe('result policy (DESIGN §3)', () => {
  it('fails on a blocker that fails or errors', () => {
    assert.equal(reportOf([check('a', 'blocker', 'fail')]).result, 'fail');
    assert.equal(reportOf([check('a', 'blocker', 'error')]).result, 'fail');
  });

  it('warns on a failing warning, and passes on failing info', () => {
    assert.equal(reportOf([check('a', 'warning', 'fail'), check('b', 'blocker', 'pass')]).result, 'warn');
    assert.equal(reportOf([check('a', 'info', 'fail')]).result, 'pass');
  });

  it('does not count skip or manual', () => {
    assert.equal(reportOf([check('a', 'blocker', 'skip'), check('b', 'blocker', 'manual')]).result, 'pass');
  });

  it('does not count a waived check until its waiver expires', () => {
    assert.equal(reportOf([check('a', 'blocker', 'fail', '2026-11-29')]).result, 'pass', 'waiver applies through its last day');
    assert.equal(reportOf([check('a', 'blocker', 'fail', '2026-11-28')]).result, 'fail', 'expired waiver is ignored');
  });

  it('counts blockers and warnings for the outputs', () => {
    assert.deepEqual(tally(reportOf([check('a', 'blocker', 'error'), check('b', 'warning', 'fail'), check('c', 'warning', 'pass'), check('d', 'info', 'fail')]).checks), { blockers: 1, warnings: 1 });
  });

  it('fails the workflow per fail-on', () => {
    assert.equal(reachesFailOn('fail', 'blocker'), true);
    assert.equal(reachesFailOn('warn', 'blocker'), false);
    assert.equal(reachesFailOn('warn', 'warning'), true);
    assert.equal(reachesFailOn('pass', 'warning'), false);
    assert.equal(reachesFailOn('fail', 'never'), false);
  });
});

function reportOf(checks: EvaluatedCheck[]) {
  return buildReport({ settings: { siteUrl: new URL('https://shop.example/') }, checks, account: null, language: 'en', startedAt: new Date(0), durationMs: 1, version: '1.0.0' });
}

describe('report outputs', () => {
  it('keeps annotations within 10 per level and says how many more', () => {
    const checks = Array.from({ length: 14 }, (_, i) => check(`c${i}`, 'blocker', 'fail'));
    const errors = annotationsFor(reportOf(checks)).filter((a) => a.level === 'error');
    assert.equal(errors.length, 10);
    assert.match(errors[9]!.message, /5 more in the job summary/);
  });

  it('shows an expired waiver as expired and counts the check', () => {
    const report = reportOf([check('ssl.hsts', 'warning', 'fail', '2026-01-01')]);
    assert.equal(report.result, 'warn');
    assert.deepEqual(report.checks[0]!.waiver, { reason: 'tracked', until: '2026-01-01', expired: true });
    assert.match(renderMarkdown(report), /waiver expired on Jan 1, 2026/);
  });

  it('keeps the summary under the size limit whatever the evidence', () => {
    const huge = check('ssl.hsts', 'warning', 'fail');
    const big: EvaluatedCheck = { ...huge, outcome: { ...huge.outcome, evidence: { blob: 'x'.repeat(2_000_000) } } };
    const md = renderMarkdown(reportOf([big]));
    assert.ok(Buffer.byteLength(md) <= 1000 * 1024);
    assert.match(md, /ssl\.hsts/);
  });
});
