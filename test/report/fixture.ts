import type { CheckReport, Report } from '../../src/report/model.js';

/** A check row for renderer tests; every field overridable. */
export function check(id: string, overrides: Partial<CheckReport> = {}): CheckReport {
  const section = id.split('.')[0] as CheckReport['section'];
  return {
    id,
    section,
    severity: 'blocker',
    status: 'pass',
    title: `Title of ${id}`,
    message: `Message of ${id}.`,
    docsUrl: `https://www.mercadopago.com.br/developers/pt/docs/${id}`,
    evidence: {},
    durationMs: 1,
    ...overrides,
  };
}

/**
 * A broken shop's report: blockers, warnings, an error, a waiver and an expired one, a manual
 * item, skips. Counts follow the checks, so renderers see a consistent report.
 */
export function brokenReport(overrides: Partial<Report> = {}): Report {
  const checks: CheckReport[] = [
    check('credentials.token-valid', { evidence: { userId: 1 } }),
    check('credentials.production', { status: 'fail', remediation: 'Use the production token.', evidence: { tokenPrefix: 'TEST-' } }),
    check('quality.live-payment', { severity: 'warning', status: 'fail', remediation: 'Make one live payment.' }),
    check('quality.measurement', { severity: 'info', status: 'manual', remediation: 'Enter payment 123 in the quality tool.' }),
    check('ssl.certificate-trust', { status: 'fail', message: 'Chain | incomplete <leaf only>.', remediation: 'Serve fullchain.pem.' }),
    check('ssl.validity', { status: 'error', message: 'Could not be checked: timeout.', remediation: 'Run again.' }),
    check('ssl.hsts', { severity: 'warning', status: 'fail', remediation: 'Send HSTS.' }),
    check('page.security-headers', { severity: 'warning', status: 'fail', remediation: 'Add a CSP.', waiver: { reason: 'CSP rollout tracked in #123', until: '2027-01-31' } }),
    check('pix.enabled', { severity: 'warning', status: 'fail', remediation: 'Activate Pix.', waiver: { reason: 'Pix launch in Q1', until: '2026-01-31', expired: true } }),
    check('approval.sdk-v2', { severity: 'info', status: 'fail', remediation: 'Move to MercadoPago.js v2.' }),
    check('notifications.signature', { severity: 'warning', status: 'skip', message: 'No webhook-secret given.' }),
    check('reports.release', { severity: 'warning' }),
  ];
  const counts = { pass: 0, fail: 0, error: 0, skip: 0, manual: 0 };
  for (const c of checks) counts[c.status]++;
  return {
    schemaVersion: 1,
    tool: { name: 'mercadopago-readiness', version: '1.0.0' },
    siteUrl: 'https://shop.example/checkout',
    account: { userId: 1160535239, siteId: 'MLB', testUser: false },
    language: 'en',
    startedAt: '2026-11-28T10:00:00.000Z',
    durationMs: 812,
    result: 'fail',
    counts,
    checks,
    ...overrides,
  };
}

/** A report whose every check passed. */
export function healthyReport(overrides: Partial<Report> = {}): Report {
  const checks = [check('credentials.token-valid'), check('credentials.production'), check('ssl.https'), check('reports.release', { severity: 'warning' })];
  return brokenReport({ result: 'pass', checks, counts: { pass: checks.length, fail: 0, error: 0, skip: 0, manual: 0 }, ...overrides });
}
