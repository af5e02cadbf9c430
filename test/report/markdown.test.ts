import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMPACT_COMMENT_BYTES, renderComment } from '../../src/report/comment-markdown.js';
import { renderMarkdown, SUMMARY_LIMIT_BYTES } from '../../src/report/markdown.js';
import { COMMENT_LIMIT_BYTES } from '../../src/report/pr-comment.js';
import { brokenReport, check, healthyReport } from './fixture.js';

const section = (md: string, heading: string): string => {
  const start = md.indexOf(`### ${heading}`);
  assert.ok(start >= 0, `no ${heading}`);
  const next = md.indexOf('\n### ', start + 4);
  return md.slice(start, next < 0 ? undefined : next);
};

describe('job summary Markdown', () => {
  it('names the site in the heading, then the verdict, then counts that say what they count', () => {
    const md = renderMarkdown(brokenReport());
    const [heading, , verdict, , counts] = md.split('\n');
    assert.equal(heading, '## ❌ `shop.example/checkout` is not ready for Mercado Pago production yet');
    // 3 blockers (two fails and one error), 3 warnings (the waived one does not count, the expired one does).
    assert.equal(verdict, '**3 blockers and 3 warnings to fix before going live. 1 item to confirm by hand.**');
    assert.equal(counts, '**12 checks:** ❌ 3 blockers · ⚠️ 3 warnings · ℹ️ 1 info · 📝 1 to confirm · ✅ 2 passed · ⏭️ 1 does not apply · 🏷️ 1 waived');
  });

  it('says a passing run with manual items is ready once they are confirmed, with the checklist under the verdict', () => {
    const md = renderMarkdown(healthyReport({ language: 'pt-BR', checks: [...healthyReport().checks, check('pix.key', { severity: 'info', status: 'manual' })] }));
    assert.match(md, /^## ✅ `shop\.example\/checkout` está pronto para produção com o Mercado Pago, assim que você confirmar 1 item\n/);
    assert.ok(md.indexOf('### Para confirmar manualmente') < md.indexOf('<details>'), 'the checklist comes before the folded rows');
    assert.doesNotMatch(md, /Corrija isto primeiro/);
  });

  it('says so plainly when everything passed, and folds the passing rows', () => {
    const md = renderMarkdown(healthyReport({ language: 'pt-BR' }));
    assert.match(md, /^## ✅ `shop\.example\/checkout` está pronto para produção com o Mercado Pago\n\n\*\*Todas as verificações automáticas foram aprovadas ou não se aplicam\.\*\*/);
    assert.match(md, /<details><summary><b>Aprovadas, e as que não se aplicam<\/b>: ✅ 4 aprovadas<\/summary>/);
    assert.doesNotMatch(md, /Como corrigir/);
  });

  it('puts what fits the first screen first: verdict, counts, fix-first list, manual items, then the details', () => {
    const md = renderMarkdown(brokenReport());
    const at = (s: string): number => {
      const i = md.indexOf(s);
      assert.ok(i >= 0, s);
      return i;
    };
    assert.ok(at('**3 blockers') < at('**12 checks:**'));
    assert.ok(at('**12 checks:**') < at('### Fix these first'));
    assert.ok(at('### Fix these first') < at('### To confirm by hand'));
    assert.ok(at('### To confirm by hand') < at('### What to fix, and how'));
    assert.ok(at('### What to fix, and how') < at('<details><summary><b>Passed'));
    const top = md.slice(0, at('### What to fix, and how'));
    assert.doesNotMatch(top, /How to fix|```/, 'no fix text or evidence before the details');
  });

  it('counts only blockers when no warning is left', () => {
    const checks = [check('credentials.production', { status: 'fail', remediation: 'x' })];
    assert.match(renderMarkdown(brokenReport({ checks, language: 'pt-BR' })), /\*\*1 bloqueante a corrigir antes de entrar em produção\.\*\*/);
  });

  it('lists blockers before warnings under "fix these first", one line each, titled by the finding', () => {
    const checks = [check('credentials.production', { status: 'fail', failureTitle: 'Test credentials in use', remediation: 'Use the production token.' }), ...brokenReport().checks.slice(2)];
    const md = renderMarkdown(brokenReport({ checks }));
    const first = section(md, 'Fix these first');
    const order = [...first.matchAll(/ · `([a-z]+\.[a-z0-9-]+)`$/gm)].map((m) => m[1]);
    assert.deepEqual(order, ['credentials.production', 'ssl.certificate-trust', 'ssl.validity', 'quality.live-payment', 'ssl.hsts', 'pix.enabled']);
    assert.match(first, /^1\. ❌ \*\*Test credentials in use\*\* · `credentials\.production`$/m);
    assert.match(first, /^3\. ❌ \*\*Title of `ssl\.validity` \(not checked\)\*\* · `ssl\.validity`$/m, 'an error says it was not checked');
    assert.match(first, /^4\. ⚠️ /m, 'warnings carry ⚠️, not ❌');
    assert.doesNotMatch(first, /page\.security-headers/, 'a waived check is not in the list');
    assert.doesNotMatch(first, /approval\.sdk-v2/, 'an info check never blocks');
    const how = section(md, 'What to fix, and how');
    assert.match(
      how,
      /#### 1\. ❌ Test credentials in use\n\n`credentials\.production` · blocker · Production credentials\n\nMessage of `credentials\.production`\.\n\n\*\*How to fix:\*\* Use the production token\. \[docs\]\(https:\/\/www\.mercadopago\.com\.br\/developers\/pt\/docs\/credentials\.production\)/,
    );
    assert.equal((md.match(/Use the production token\./g) ?? []).length, 1, 'each finding in full once');
  });

  it('puts info findings and waived ones apart, as not blocking', () => {
    const md = renderMarkdown(brokenReport());
    const others = section(md, 'Other findings (they do not block)');
    assert.match(others, /#### ℹ️ Title of `approval\.sdk-v2`/);
    assert.match(others, /#### 🏷️ Title of `page\.security-headers`\n\n`page\.security-headers` · warning · Checkout page security · 🏷️ waived until Jan 31, 2027/);
  });

  it('shows waivers with their reason and the date in the reader’s format, and says when one has expired', () => {
    assert.match(renderMarkdown(brokenReport()), /- 🏷️ \*\*Title of `page\.security-headers`\*\* \(`page\.security-headers`, failed\): waived until Jan 31, 2027\. CSP rollout tracked in `#123`/);
    assert.match(renderMarkdown(brokenReport()), /- ⌛ \*\*Title of `pix\.enabled`\*\* .*waiver expired on Jan 31, 2026 \(expired: counts again\)\. Pix launch in Q1/);
    assert.match(renderMarkdown(brokenReport({ language: 'es' })), /con excepción hasta el 31 ene 2027/);
    assert.match(renderMarkdown(brokenReport({ language: 'pt-BR' })), /dispensado até 31 de jan\. de 2027/);
  });

  it('turns manual items into a checklist', () => {
    const md = renderMarkdown(brokenReport());
    assert.match(md, /### To confirm by hand\n\n- \[ \] \*\*Title of `quality\.measurement`\*\*: Message of `quality\.measurement`\. Enter payment 123 in the quality tool\. \[docs\]\(/);
  });

  it('folds passing and skipped rows by section, with their evidence', () => {
    const md = renderMarkdown(brokenReport());
    assert.match(md, /<details><summary><b>Passed, and not applicable<\/b>: ✅ 2 passed · ⏭️ 1 does not apply<\/summary>\n\n#### Production credentials\n\n\| Status \| Check \| Finding \|/);
    assert.match(md, /<details><summary>Evidence: Production credentials \(1\)<\/summary>\n\n`credentials\.token-valid`\n\n```json\n\{\n {2}"userId": 1\n\}\n```/);
    assert.equal((md.match(/^\| (✅|⏭️) /gm) ?? []).length, 3, 'one row per passing or skipped check');
  });

  it('keeps pipes, line breaks and HTML in server text inert', () => {
    const md = renderMarkdown(brokenReport());
    assert.match(md, /\nChain \| incomplete `<leaf` only`>`\.\n|\nChain `\|` incomplete/);
    assert.doesNotMatch(md, /&lt;|&gt;/);
  });

  it('fences evidence with more backticks than it contains', () => {
    const report = brokenReport({ checks: [check('credentials.token-valid', { status: 'fail', evidence: { snippet: '```html <script>' } })] });
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
    assert.match(md, /^## ❌ `shop\.example\/checkout`/);
  });

  it('names an unknown account and a test user', () => {
    assert.match(renderMarkdown(brokenReport({ account: null })), /Account: unknown \(token refused or API unavailable\)/);
    assert.match(renderMarkdown(brokenReport({ account: { userId: 7, siteId: 'MLA', testUser: true }, language: 'es' })), /Cuenta: `7` \(`MLA`, usuario de prueba\)/);
  });
});

describe('pull-request comment', () => {
  const context = { marker: '<!-- m -->', runUrl: 'https://github.com/o/r/actions/runs/1', sha: '0123456789abcdef0123456789abcdef01234567', at: '2026-11-28T10:00:00.000Z' };

  it('is compact: verdict, fixes with their fix, manual items, commit, time and the link to the full summary', () => {
    const body = renderComment(brokenReport(), context);
    assert.ok(body.startsWith('<!-- m -->\n### ❌ `shop.example/checkout` is not ready'));
    assert.match(body, /\*\*Fix these first\*\*\n\n1\. ❌ \*\*Title of `credentials\.production`\*\* · `credentials\.production` {2}\n {3}Use the production token\. \[docs\]\(/);
    assert.match(body, /\*\*To confirm by hand\*\*\n\n- \[ \] \*\*Title of `quality\.measurement`\*\*/);
    assert.match(
      body,
      /<sub>Commit `0123456` · Checked Nov 28, 2026, 10:00 AM UTC · \[Full report, with evidence\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\) · mercadopago-readiness 1\.0\.0<\/sub>\n$/,
    );
    assert.doesNotMatch(body, /<details>|```/, 'no evidence');
  });

  it('says a passing run fixed it, when on-failure updates an earlier comment', () => {
    assert.match(renderComment(healthyReport({ language: 'es' }), { ...context, fixed: true }), /✅ Corregido: este pull request ya no tiene hallazgos por corregir\./);
  });

  it('stays under 8 KB with hundreds of long findings, keeping the link to the rest', () => {
    const checks = Array.from({ length: 300 }, (_, i) => check(`ssl.check-${i}`, { status: 'fail', message: 'm'.repeat(900), remediation: 'r'.repeat(3000) }));
    const body = renderComment(brokenReport({ checks }), context);
    assert.ok(Buffer.byteLength(body) <= COMPACT_COMMENT_BYTES, `${Buffer.byteLength(body)} bytes`);
    assert.match(body, /\[Full report, with evidence\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\)/);
  });
});

describe('the summary and the browser pass', () => {
  it('says when browser: auto found no browser, so the reader knows the page was judged statically', () => {
    const report = healthyReport({
      checks: [check('credentials.public-key', { evidence: { browser: 'did not run: no Chrome/Chromium found (set CHROME_PATH, or install google-chrome or chromium)' } })],
    });
    const md = renderMarkdown({ ...report, language: 'en' });
    assert.match(md, /> \*\*The browser pass did not run\*\* \(no Chrome\/Chromium found .*\): page checks judged only what the static scan reads/);
  });
  it('says nothing when the browser ran or was off', () => {
    for (const browser of ['ran', 'off']) {
      const md = renderMarkdown(healthyReport({ checks: [check('credentials.public-key', { evidence: { browser } })] }));
      assert.doesNotMatch(md, /browser pass did not run|navegador não foi executada/);
    }
  });
});
