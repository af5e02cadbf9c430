import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inventorySarifProperties, renderInventoryDiff } from '../../src/report/inventory-diff.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { COMMENT_LIMIT_BYTES } from '../../src/report/pr-comment.js';
import { renderSarif } from '../../src/report/sarif.js';
import { brokenReport, check } from './fixture.js';

const evidence = {
  inventoryFile: '.github/mercadopago-readiness-scripts.yml',
  browser: false,
  unapproved: [
    { url: 'https://skim.example/x.js', origin: 'https://skim.example', foundBy: 'html', via: 'script', from: 'https://shop.example/checkout:12' },
    { inline: 'sha256-abc=', excerpt: 'new Image().src = "<b>|x"', origin: 'inline', foundBy: 'html', via: 'script', from: 'https://shop.example/checkout:14' },
  ],
  changed: [{ url: 'https://shop.example/js/vendor.js', entryLine: 9, pinned: 'sha384-old', seen: 'sha384-new' }],
  headersChanged: [{ name: 'content-security-policy', pinned: "script-src 'self'", seen: "script-src 'self' *", line: 20 }],
  headersMissing: [{ name: 'strict-transport-security', pinned: 'max-age=31536000', line: 21 }],
  unjustified: [{ entry: '/assets/index-*.js', line: 6, why: 'TODO: x' }],
  unverified: [],
  notSeen: [{ entry: 'https://cdn.example/old.js', line: 15 }],
};
const failing = check('page.script-inventory', { severity: 'warning', status: 'fail', message: 'The page differs.', evidence });

describe('inventory diff block (summary and PR comment)', () => {
  it('lists what appeared (URL, origin, how found), what changed, which header, the TODO whys and what was not seen', () => {
    const md = renderInventoryDiff(failing, 'en').join('\n');
    assert.match(md, /^#### Script inventory: what to review \(`page\.script-inventory`, <code>\.github\/mercadopago-readiness-scripts\.yml<\/code>\)/);
    assert.match(
      md,
      /\| ➕ not in the inventory \| <code>https:\/\/skim\.example\/x\.js<\/code> \| origin <code>https:\/\/skim\.example<\/code>, found by html \(script\) line <code>https:\/\/shop\.example\/checkout:12<\/code> \|/,
    );
    assert.match(md, /\| ✏️ pinned hash changed \| <code>https:\/\/shop\.example\/js\/vendor\.js<\/code> \| pinned <code>sha384-old<\/code> \(line 9\) → now <code>sha384-new<\/code> \|/);
    assert.match(md, /\| 🧾 header changed \| <code>content-security-policy<\/code> \|/);
    assert.match(md, /\| 🚫 header missing \| <code>strict-transport-security<\/code> \|/);
    assert.match(md, /\| 📝 why still TODO \| <code>\/assets\/index-\*\.js<\/code> \| line 6 \|/);
    assert.match(md, /\| 👻 approved, not seen \| <code>https:\/\/cdn\.example\/old\.js<\/code> \| line 15 \|/);
    assert.match(md, /> Static pass only: scripts injected at run time could not be seen/);
    assert.doesNotMatch(md, /<b>|\|x/, 'page text cannot add HTML or break the table');
  });

  it('is in the summary, in the report language, and not for other checks', () => {
    const report = brokenReport({ language: 'pt-BR', checks: [...brokenReport().checks, failing] });
    assert.match(renderMarkdown(report), /#### Inventário de scripts: o que revisar/);
    // The PR comment is the same renderer with a smaller budget: the diff is there, not folded away.
    const comment = renderMarkdown(report, { maxBytes: COMMENT_LIMIT_BYTES, evidenceBytes: 2048, marker: '<!-- m -->' });
    assert.match(comment, /\| ➕ fora do inventário \| <code>https:\/\/skim\.example\/x\.js<\/code>/);
    assert.deepEqual(renderInventoryDiff(check('ssl.hsts', { evidence }), 'en'), []);
  });

  it('folds the proposed inventory when there is no file, and keeps a huge one out of the summary', () => {
    const manual = check('page.script-inventory', { status: 'manual', evidence: { inventoryFile: 'x.yml', browser: true, proposed: 'page: "https://shop.example/"\nscripts: []\n' } });
    const md = renderInventoryDiff(manual, 'en').join('\n');
    assert.match(md, /<details><summary>Proposed inventory: <code>x\.yml<\/code><\/summary>[\s\S]*```yaml\npage: "https:\/\/shop\.example\/"\nscripts: \[\]\n```/);
    const huge = check('page.script-inventory', { status: 'manual', evidence: { inventoryFile: 'x.yml', browser: true, proposed: 'x'.repeat(100_000) } });
    assert.match(renderInventoryDiff(huge, 'en').join('\n'), /too long for the summary/);
  });

  it('says nothing on a pass with the browser and nothing to review', () => {
    assert.deepEqual(renderInventoryDiff(check('page.script-inventory', { evidence: { inventoryFile: 'x.yml', browser: true, unapproved: [] } }), 'en'), []);
  });

  it('names the diff in the SARIF result', () => {
    const report = brokenReport({ checks: [...brokenReport().checks, failing] });
    const sarif = renderSarif(report, { path: '.github/workflows/x.yml', line: 1 }) as any;
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'page.script-inventory');
    assert.deepEqual(result.properties.inventory, inventorySarifProperties(failing)['inventory']);
    assert.deepEqual(result.properties.inventory.unapproved, ['https://skim.example/x.js', 'inline sha256-abc=']);
    assert.deepEqual(result.properties.inventory.headersMissing, ['strict-transport-security']);
  });
});
