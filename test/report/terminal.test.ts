import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderTerminal } from '../../src/report/terminal.js';
import { brokenReport, healthyReport } from './fixture.js';

const ANSI = /\x1b\[\d+m/;

describe('terminal renderer', () => {
  it('prints plain text when colour is off (pipes, CI logs)', () => {
    const out = renderTerminal(brokenReport(), { color: false });
    assert.doesNotMatch(out, ANSI);
    assert.match(out, /^Mercado Pago production readiness: Not ready for production yet\n3 blockers and 3 warnings to fix before going live\. 1 item to confirm by hand\.\n/);
  });

  it('colours statuses on a TTY', () => {
    const out = renderTerminal(brokenReport(), { color: true });
    assert.match(out, /\x1b\[31m✘ failed\x1b\[39m/);
    assert.match(out, /\x1b\[32m✔ passed\x1b\[39m/);
  });

  it("keeps the summary's order: verdict, fix first, sections, tally", () => {
    const out = renderTerminal(brokenReport(), { color: false });
    const at = (s: string): number => {
      const i = out.indexOf(s);
      assert.ok(i >= 0, s);
      return i;
    };
    assert.ok(at('Fix these first') < at('Production credentials'));
    assert.ok(at('Production credentials') < at('Integration quality') && at('Integration quality') < at('SSL certificate and HTTPS') && at('SSL certificate and HTTPS') < at('Reports'));
    assert.match(out, / {2}1\. ✘ Title of credentials\.production \[blocker, credentials\.production\]\n {5}→ Use the production token\./);
    assert.match(out, /\(waived until 2027-01-31: CSP rollout tracked in #123\)/);
    assert.match(out, /\n {2}✘ failed credentials\.production · Title of credentials\.production \[blocker\]\n {6}Message of credentials\.production\.\n {6}→ Use the production token\.\n {6}https:/);
    assert.match(out, /\n12 checks: 3 blockers · 3 warnings · 1 info · 1 to confirm · 2 passed · 1 does not apply · 1 waived\n$/);
  });

  it('shows no fix list for a healthy shop', () => {
    const out = renderTerminal(healthyReport({ language: 'es' }), { color: false });
    assert.match(out, /^Preparación para producción con Mercado Pago: Listo para producción\n/);
    assert.doesNotMatch(out, /Corrige esto primero/);
  });
});
