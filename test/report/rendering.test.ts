import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { LANGUAGES } from '../../src/i18n/text.js';
import { renderComment } from '../../src/report/comment-markdown.js';
import { codeSpan, inert } from '../../src/report/inert.js';
import { UI } from '../../src/report/labels.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { ROOT } from '../helpers/run-action.js';
import { brokenReport, check } from './fixture.js';

/**
 * The reports as GitHub shows them: GitHub-flavoured Markdown (tables, raw HTML, autolinked
 * URLs) rendered by markdown-it, then read as a person reads the page. Links may only be the
 * ones the renderer writes itself (docs, full report); nothing a server sent may become a link,
 * an image, a mention, an issue reference, an emoji, maths or markup, and no HTML entity may
 * show as text (`&gt;`).
 */
const md = new MarkdownIt({ html: true, linkify: true });

const OWN_LINK_TEXTS = new Set(LANGUAGES.flatMap((lang) => [UI.docs[lang], UI.fullReport[lang]]));
/** The HTML GitHub's Markdown gives our reports: what markdown-it makes of it, plus our own tags. */
const TAGS = new Set(['h2', 'h3', 'h4', 'p', 'strong', 'em', 'ol', 'ul', 'li', 'code', 'pre', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'sub', 'br', 'b', 'blockquote']);

function problemsOf(markdown: string): string[] {
  const html = md.render(markdown);
  const problems: string[] = [];
  for (const m of html.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gs)) {
    if (!OWN_LINK_TEXTS.has(m[2]!)) problems.push(`a link the renderer did not write: ${m[0]}`);
    if (!m[1]!.startsWith('https://')) problems.push(`a link that is not https: ${m[1]}`);
  }
  // Outside code: the text nodes a reader sees, and GitHub post-processes (mentions, references).
  const outsideCode = html.replace(/<pre>[\s\S]*?<\/pre>/g, ' ').replace(/<code>[\s\S]*?<\/code>/g, ' ');
  for (const m of outsideCode.matchAll(/<\/?([a-z0-9]+)\b[^>]*>/gi)) {
    if (!TAGS.has(m[1]!.toLowerCase())) problems.push(`an element GitHub would render: ${m[0]}`);
  }
  const text = outsideCode
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  const rules: Array<[RegExp, string]> = [
    [/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i, 'an HTML entity shown as text'],
    [/(^|[^\w`])@[A-Za-z0-9][\w-]*/, 'a mention'],
    [/(^|\s)#\d+/, 'an issue reference'],
    [/\bGH-\d+/i, 'an issue reference'],
    [/:[a-z0-9_+-]+:/, 'an emoji shortcode'],
    [/\$/, 'maths'],
    [/\b[0-9a-f]{7,40}\b/i, 'a commit-like hex string'],
    [/:\/\/|\bwww\./, 'a URL GitHub would autolink'],
    [/[<`*~|]/, 'Markdown or HTML left as text'],
  ];
  for (const [rule, what] of rules) {
    const found = rule.exec(text);
    if (found) problems.push(`${what}: …${text.slice(Math.max(0, found.index - 40), found.index + 40).replace(/\s+/g, ' ')}…`);
  }
  return problems;
}

const HOSTILE = [
  'Use @mercadopago/sdk-js or <script src="https://sdk.mercadopago.com/js/v2"></script>.',
  '![pixel](https://evil.example/p.png) [click here](https://evil.example/phish) <img src=x onerror=alert(1)>',
  'See https://evil.example/a?b=<c>&d=1 and www.evil.example, or mail evil@example.com.',
  'Fixes #123 and GH-12 in deadbeefcafe :tada: costs $5 $x$.',
  '&lt;b&gt;bold&lt;/b&gt; **strong** _em_ ~strike~ a|b `tick` ``` fence',
  'javascript:alert(1) <!-- comment --> </details></td></table>',
  'line one\n# a heading\n> a quote\n- a list\n1. numbered',
  "Content-Security-Policy: default-src 'self'; script-src https://sdk.mercadopago.com; frame-ancestors 'none'",
  'Strict-Transport-Security: max-age=31536000; includeSubDomains',
];

function hostileReport(language: (typeof LANGUAGES)[number]) {
  const nasty = HOSTILE.join(' ');
  const checks = [
    check('credentials.secret-exposure', { status: 'fail', failureTitle: `Token at ${HOSTILE[0]}`, message: nasty, remediation: nasty, evidence: { body: nasty, fence: '````' } }),
    check('ssl.hsts', { severity: 'warning', status: 'fail', message: HOSTILE[8]!, remediation: nasty, waiver: { reason: nasty, until: '2020-01-01', expired: true } }),
    check('page.security-headers', { severity: 'warning', status: 'fail', message: HOSTILE[7]!, waiver: { reason: nasty, until: '2099-01-01' } }),
    check('quality.measurement', { severity: 'info', status: 'manual', message: nasty, remediation: nasty }),
    check('approval.sdk-v2', { severity: 'info', status: 'error', title: nasty, message: nasty }),
    check('reports.release', { status: 'pass', message: nasty, evidence: { x: nasty } }),
    check('notifications.signature', { status: 'skip', message: nasty }),
  ];
  return brokenReport({ checks, language, siteUrl: 'https://shop.example/checkout?q=<x>&r=@team#12' });
}

describe('rendered as GitHub renders it', () => {
  const golden = path.join(ROOT, 'test/golden/summaries');
  const files = fs.readdirSync(golden).filter((f) => f.endsWith('.md'));

  it('has the goldens to read: summaries and comments, healthy and broken, three languages', () => {
    for (const shop of ['healthy', 'broken']) {
      for (const lang of LANGUAGES) {
        assert.ok(files.includes(`${shop}-shop.${lang}.md`), `${shop} ${lang} summary`);
        assert.ok(files.includes(`${shop}-shop.${lang}.comment.md`), `${shop} ${lang} comment`);
      }
    }
  });

  for (const file of files) {
    it(`${file}: no broken autolink, no stray entity, no server text as a link or mention`, () => {
      // The normaliser's placeholders (`<hex>`, `<time>`) would read as HTML: words stand in for them.
      const text = fs.readFileSync(path.join(golden, file), 'utf8').replace(/<(hex|time|uuid|fingerprint|seconds|key)>/g, (_, name: string) => name.toUpperCase());
      assert.deepEqual(problemsOf(text), []);
    });
  }

  for (const lang of LANGUAGES) {
    it(`keeps hostile server text inert in the summary and the comment (${lang})`, () => {
      const report = hostileReport(lang);
      const summary = renderMarkdown(report, { footer: { runUrl: 'https://github.com/acme/shop/actions/runs/1', reportFile: 'report`s.json' } });
      assert.deepEqual(problemsOf(summary), [], summary);
      const comment = renderComment(report, { marker: '<!-- m -->', runUrl: 'https://github.com/acme/shop/actions/runs/1', sha: 'abcdef0123456789' });
      assert.deepEqual(problemsOf(comment), [], comment);
      // Every table row still has its three cells: a pipe in server text did not split one.
      for (const row of md.render(summary).match(/<tr>[\s\S]*?<\/tr>/g) ?? []) assert.equal((row.match(/<t[dh]\b/g) ?? []).length, 3, row);
    });
  }

  it('shows code, tags and package names as written, in code spans', () => {
    const html = md.renderInline(inert('Add <script src="https://sdk.mercadopago.com/js/v2"></script> or the @mercadopago/sdk-js package.'));
    assert.equal(html, 'Add <code>&lt;script src=&quot;https://sdk.mercadopago.com/js/v2&quot;&gt;&lt;/script&gt;</code> or the <code>@mercadopago/sdk-js</code> package.');
    assert.equal(
      md.renderInline(inert('Send Strict-Transport-Security: max-age=31536000; includeSubDomains.')),
      'Send <code>Strict-Transport-Security</code>: <code>max-age=31536000</code>; includeSubDomains.',
    );
    assert.equal(md.renderInline(inert('new MercadoPago(publicKey), then go on.')), 'new <code>MercadoPago(publicKey)</code>, then go on.');
    assert.equal(md.renderInline(inert('Your integrations > your application')), 'Your integrations &gt; your application');
    assert.equal(md.renderInline(codeSpan('a ``b`` c`')), '<code>a ``b`` c`</code>');
    assert.equal(inert('plain words, nothing else.'), 'plain words, nothing else.');
  });
});
