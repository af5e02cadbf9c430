import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMarkdown, SUMMARY_LIMIT_BYTES } from '../../src/report/markdown.js';
import { COMMENT_LIMIT_BYTES } from '../../src/report/pr-comment.js';
import { brokenReport, check, healthyReport } from './fixture.js';

describe('job summary Markdown', () => {
  it('opens with the verdict and the counted blockers and warnings', () => {
    const md = renderMarkdown(brokenReport());
    const [heading, , verdict] = md.split('\n');
    assert.equal(heading, '## ❌ Mercado Pago: Not ready for production');
    // 3 blockers (two fails and one error), 3 warnings (the waived one does not count, the expired one does).
    assert.equal(verdict, '**3 blockers and 3 warnings to fix before going live. 1 item to confirm by hand.**');
  });

  it('says so plainly when everything passed', () => {
    const md = renderMarkdown(healthyReport({ language: 'pt-BR' }));
    assert.match(md, /^## ✅ Mercado Pago: Pronto para produção\n\n\*\*Todas as verificações automáticas foram aprovadas ou não se aplicam\.\*\*/);
    assert.doesNotMatch(md, /Corrija isto primeiro/);
  });

  it('drops the fix column from a section with nothing to fix, and zero tallies from the counts', () => {
    const md = renderMarkdown(healthyReport());
    assert.match(md, /\n\| Status \| Check \| Finding \|\n\|---\|---\|---\|\n/);
    assert.doesNotMatch(md, /How to fix/);
    assert.match(md, /\n✅ pass: 4\n/);
  });

  it('counts only blockers when no warning is left', () => {
    const checks = [check('credentials.production', { status: 'fail', remediation: 'x' })];
    assert.match(renderMarkdown(brokenReport({ checks, language: 'pt-BR' })), /\*\*1 bloqueante a corrigir antes de entrar em produção\.\*\*/);
  });

  it('lists blockers before warnings under "fix these first", each with its fix and docs link', () => {
    const md = renderMarkdown(brokenReport());
    const first = md.slice(md.indexOf('### Fix these first'), md.indexOf('### Production credentials'));
    const order = [...first.matchAll(/`([a-z]+\.[a-z0-9-]+)`\)/g)].map((m) => m[1]);
    assert.deepEqual(order, ['credentials.production', 'ssl.certificate-trust', 'ssl.validity', 'quality.live-payment', 'ssl.hsts', 'pix.enabled']);
    assert.match(first, /\*\*How to fix:\*\* Use the production token\. \[docs\]\(https:\/\/www\.mercadopago\.com\.br\/developers\/pt\/docs\/credentials\.production\)/);
    assert.doesNotMatch(first, /page\.security-headers/, 'a waived check is not in the list');
    assert.doesNotMatch(first, /approval\.sdk-v2/, 'an info check never blocks');
  });

  it("keeps the go-live page's section order with one row per check", () => {
    const md = renderMarkdown(brokenReport({ language: 'es' }));
    const headings = [...md.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(headings, [
      'Corrige esto primero',
      'Credenciales de producción',
      'Calidad de la integración (homologación)',
      'Certificado SSL y HTTPS',
      'Seguridad de la página de pago',
      'Clave Pix',
      'Aprobación de pagos',
      'Notificaciones (Webhooks / IPN)',
      'Reportes',
      'Dispensas',
      'Para confirmar manualmente',
    ]);
    assert.equal((md.match(/^\| (✅|❌|⚠️|⏭️|📝) /gm) ?? []).length, brokenReport().checks.length);
  });

  it('shows waivers with their reason and date, and says when one has expired', () => {
    const md = renderMarkdown(brokenReport());
    assert.match(md, /- 🏷️ \*\*Title of page\.security-headers\*\* \(`page\.security-headers`, ❌ fail\): waived until 2027-01-31\. CSP rollout tracked in #123/);
    assert.match(md, /- ⌛ \*\*Title of pix\.enabled\*\* .*waiver expired on 2026-01-31 \(expired: counts again\)\. Pix launch in Q1/);
    assert.match(md, /\| ❌ fail<br>🏷️ waived \|/);
  });

  it('turns manual items into a checklist', () => {
    const md = renderMarkdown(brokenReport());
    assert.match(md, /### To confirm by hand\n\n.+\n\n- \[ \] \*\*Title of quality\.measurement\*\*: Message of quality\.measurement\. Enter payment 123 in the quality tool\. \[docs\]\(/);
  });

  it('folds evidence away per section', () => {
    const md = renderMarkdown(brokenReport());
    assert.match(md, /<details><summary>Evidence: Production credentials \(2\)<\/summary>\n\n<code>credentials\.token-valid<\/code>\n\n```json\n\{\n {2}"userId": 1\n\}\n```/);
  });

  it('keeps pipes, line breaks and HTML from breaking a table row', () => {
    const md = renderMarkdown(brokenReport());
    const row = md.split('\n').find((l) => l.includes('`ssl.certificate-trust` ·'))!;
    assert.match(row, /Chain \\\| incomplete &lt;leaf only&gt;\./);
    assert.equal(row.split(/(?<!\\)\|/).length, 6, 'four cells');
  });

  it('fences evidence with more backticks than it contains', () => {
    const report = brokenReport({ checks: [check('credentials.token-valid', { evidence: { snippet: '```html <script>' } })] });
    const md = renderMarkdown(report);
    assert.match(md, /````json\n[^]*```html <script>[^]*\n````/);
  });

  it("stays under GitHub's 1 MiB summary limit whatever the evidence", () => {
    const huge = { blob: 'x'.repeat(300_000), list: Array.from({ length: 20_000 }, (_, i) => `item-${i}`) };
    const checks = Array.from({ length: 8 }, (_, i) => check(`ssl.check-${i}`, { status: 'fail', evidence: huge }));
    const md = renderMarkdown(brokenReport({ checks }));
    assert.ok(Buffer.byteLength(md) <= SUMMARY_LIMIT_BYTES, `${Buffer.byteLength(md)} bytes`);
    assert.ok(SUMMARY_LIMIT_BYTES < 1024 * 1024);
    assert.match(md, /cut here; the JSON report has all of it/);
    assert.match(md, /### Fix these first/);
  });

  it('leaves evidence out, then cuts the tail, to fit a small limit', () => {
    const checks = Array.from({ length: 400 }, (_, i) => check(`ssl.check-${i}`, { status: 'fail', message: 'm'.repeat(400), remediation: 'r'.repeat(400), evidence: { n: i } }));
    const md = renderMarkdown(brokenReport({ checks }), { maxBytes: COMMENT_LIMIT_BYTES, evidenceBytes: 2048 });
    assert.ok(Buffer.byteLength(md) <= COMMENT_LIMIT_BYTES, `${Buffer.byteLength(md)} bytes`);
    assert.doesNotMatch(md, /<details>/);
    assert.match(md, /Report cut short to fit GitHub's size limit/);
    assert.match(md, /^## ❌ Mercado Pago/);
  });

  it('puts the marker first and the run link last when asked (PR comment)', () => {
    const md = renderMarkdown(brokenReport(), { marker: '<!-- m -->', footer: { runUrl: 'https://github.com/o/r/actions/runs/1', reportFile: 'out/report.json' } });
    assert.ok(md.startsWith('<!-- m -->\n## ❌'));
    assert.match(md, /<sub>mercadopago-readiness 1\.0\.0 · \[Full report, with evidence\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\) · JSON report: `out\/report\.json`<\/sub>\n$/);
  });

  it('names an unknown account and a test user', () => {
    assert.match(renderMarkdown(brokenReport({ account: null })), /\*\*Account:\*\* unknown \(token refused or API unavailable\)/);
    assert.match(renderMarkdown(brokenReport({ account: { userId: 7, siteId: 'MLA', testUser: true }, language: 'es' })), /\*\*Cuenta:\*\* 7 \(MLA, usuario de prueba\)/);
  });
});
