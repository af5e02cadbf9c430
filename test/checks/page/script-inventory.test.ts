import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgeInventory, scriptInventory } from '../../../src/checks/page/script-inventory.js';
import { seenScripts } from '../../../src/checks/support/inventory-diff.js';
import { proposeInventory } from '../../../src/checks/support/inventory-proposal.js';
import { runtimeScripts, type RuntimeScripts } from '../../../src/checks/support/inventory-runtime.js';
import type { InventoryInput } from '../../../src/checks/support/inventory-types.js';
import { parseScriptInventory } from '../../../src/config/script-inventory-file.js';
import type { PageEvidence } from '../../../src/probes/http/page.js';
import { sriHashes, type GraphScript } from '../../../src/probes/http/script-graph.js';
import { contextFor, judge, pageWith } from '../../helpers/tls-page-evidence.js';

const PAGE = 'https://shop.example/checkout';
const CSP = "default-src 'self'; script-src 'self' https://sdk.mercadopago.com";
const HSTS = 'max-age=31536000; includeSubDomains';
const APP = 'console.log("checkout app")';
const INLINE = '\n  window.dataLayer = [];\n';

function ext(url: string, fields: Partial<GraphScript> = {}): GraphScript {
  const sameOrigin = new URL(url).origin === 'https://shop.example';
  return {
    url,
    foundBy: 'html',
    via: 'script',
    from: PAGE,
    line: 3,
    sameOrigin,
    module: false,
    executable: true,
    integrity: null,
    nonce: null,
    ...(sameOrigin ? {} : { unread: { reason: 'cross-origin', detail: 'another origin' } }),
    ...fields,
  };
}
function inline(textValue: string, line = 5): GraphScript {
  return {
    url: null,
    inline: { line, length: textValue.length, excerpt: textValue.trim() },
    foundBy: 'html',
    via: 'script',
    from: PAGE,
    line,
    sameOrigin: true,
    module: false,
    executable: true,
    integrity: null,
    nonce: null,
    hashes: sriHashes(textValue),
  };
}
const baseScripts = (): GraphScript[] => [
  ext('https://sdk.mercadopago.com/js/v2'),
  ext('https://shop.example/assets/index-Ab12.js', { hashes: sriHashes(APP), via: 'module', module: true }),
  inline(INLINE),
];
const page = (scripts: GraphScript[] = baseScripts(), headers: Record<string, string> = { 'content-security-policy': CSP, 'strict-transport-security': HSTS }): PageEvidence =>
  pageWith({ headers, scriptGraph: { scripts, limits: pageWith().scriptGraph.limits, bytesRead: 0, complete: true } });

const FILE = `page: ${PAGE}
scripts:
  - src: https://sdk.mercadopago.com/js/v2
    why: Mercado Pago SDK (card form, device id)
    integrity: any
  - src: /assets/index-*.js
    why: our checkout app
    integrity: ${sriHashes(APP).sha384}
  - inline: ${sriHashes(INLINE).sha256}
    why: analytics bootstrap
headers:
  content-security-policy: "${CSP}"
  Strict-Transport-Security: ${HSTS}
`;
const loaded = (source = FILE): InventoryInput => ({ state: 'loaded', file: 'inv.yml', inventory: parseScriptInventory(source, 'inv.yml') });
const none: RuntimeScripts = { ran: false, scripts: [] };
const judgeWith = (p: PageEvidence, input: InventoryInput = loaded(), runtime = none) => judgeInventory(p, input, runtime, PAGE);

describe('page.script-inventory', () => {
  it('passes when every script is approved, pinned hashes match and the watched headers are the same', () => {
    const out = judgeWith(page());
    assert.equal(out.status, 'pass', out.message.en);
    assert.equal(out.evidence!['approved'], 3);
    assert.match(out.message.en, /Static pass only: scripts injected at run time could not be seen/);
  });

  it('is manual without a file, with a proposal that parses, lists every script and leaves every why TODO', () => {
    const out = judge(scriptInventory, { page: { ok: true, value: page() } }, contextFor(PAGE, { scriptInventory: { state: 'missing', file: '.github/mercadopago-readiness-scripts.yml' } }));
    assert.equal(out.status, 'manual');
    const proposal = parseScriptInventory(String(out.evidence!['proposed']), 'p.yml');
    assert.equal(proposal.scripts.length, 3);
    assert.ok(proposal.scripts.every((e) => e.why.startsWith('TODO')));
    assert.deepEqual(
      proposal.headers.map((h) => [h.name, h.value]),
      [
        ['content-security-policy', CSP],
        ['strict-transport-security', HSTS],
      ],
    );
    // As proposed it cannot pass (the whys are TODO); with whys written it does.
    assert.equal(judgeWith(page(), { state: 'loaded', file: 'p.yml', inventory: proposal }).status, 'fail');
    const written = String(out.evidence!['proposed']).replace(/"TODO: [^"]*"/g, '"reviewed by the security team"');
    assert.equal(judgeWith(page(), loaded(written)).status, 'pass');
  });

  it('fails on a third-party script the file does not list, naming its URL, origin and how it was found', () => {
    const out = judgeWith(page([...baseScripts(), ext('https://cdn.skimmer.example/x.js', { line: 9 })]));
    assert.equal(out.status, 'fail');
    assert.match(out.message.en, /1 script\(s\) not in the inventory \(https:\/\/cdn\.skimmer\.example\/x\.js from https:\/\/cdn\.skimmer\.example, found by html\)/);
    const unapproved = out.evidence!['unapproved'] as Array<Record<string, unknown>>;
    assert.deepEqual(unapproved[0], { url: 'https://cdn.skimmer.example/x.js', origin: 'https://cdn.skimmer.example', foundBy: 'html', via: 'script', from: `${PAGE}:9` });
  });

  it('fails when a pinned script changed, with the pinned and the seen hash', () => {
    const scripts = baseScripts();
    scripts[1] = ext('https://shop.example/assets/index-Ab12.js', { hashes: sriHashes(`${APP};skim()`) });
    const out = judgeWith(page(scripts));
    assert.equal(out.status, 'fail');
    assert.deepEqual(out.evidence!['changed'], [{ url: 'https://shop.example/assets/index-Ab12.js', entryLine: 6, pinned: sriHashes(APP).sha384, seen: sriHashes(`${APP};skim()`).sha384 }]);
  });

  it('fails when a watched header changed or went missing (names case-insensitive, values exact)', () => {
    const out = judgeWith(page(baseScripts(), { 'content-security-policy': `${CSP} 'unsafe-inline'` }));
    assert.equal(out.status, 'fail');
    assert.deepEqual(out.evidence!['headersChanged'], [{ name: 'content-security-policy', pinned: CSP, seen: `${CSP} 'unsafe-inline'`, line: 12 }]);
    assert.deepEqual(out.evidence!['headersMissing'], [{ name: 'strict-transport-security', pinned: HSTS, line: 13 }]);
    assert.match(out.message.en, /header changed: content-security-policy; header missing: strict-transport-security/);
    // Headers the file does not list are not compared.
    assert.equal(judgeWith(page(baseScripts(), { 'content-security-policy': CSP, 'strict-transport-security': HSTS, 'x-new': '1' })).status, 'pass');
  });

  it('fails on an inline script added; the same text (not trimmed) is covered by its sha256, sha384 or sha512 hash', () => {
    assert.equal(judgeWith(page([...baseScripts(), inline('alert(1)', 7)])).status, 'fail');
    assert.equal(judgeWith(page([...baseScripts().slice(0, 2), inline(INLINE.trim())])).status, 'fail', 'trimmed text is another script');
    for (const alg of ['sha384', 'sha512'] as const) assert.equal(judgeWith(page(), loaded(FILE.replace(sriHashes(INLINE).sha256, sriHashes(INLINE)[alg]))).status, 'pass');
  });

  it("matches '*' within one path segment only, and queries as the design says", () => {
    const withApp = (url: string) => page([baseScripts()[0]!, ext(url, { hashes: sriHashes(APP) }), baseScripts()[2]!]);
    assert.equal(judgeWith(withApp('https://shop.example/assets/index-Zz9.js?v=3')).status, 'pass', 'no query in the entry: any query');
    assert.equal(judgeWith(withApp('https://shop.example/assets/sub/index-Zz9.js')).status, 'fail', "'*' does not cross '/'");
    assert.equal(judgeWith(withApp('https://cdn.shop.example/assets/index-Zz9.js')).status, 'fail', 'a path entry is same-origin only');
    const exactQuery = FILE.replace('/assets/index-*.js', '/assets/index-*.js?ver=1');
    assert.equal(judgeWith(withApp('https://shop.example/assets/index-Zz9.js?ver=1'), loaded(exactQuery)).status, 'pass');
    assert.equal(judgeWith(withApp('https://shop.example/assets/index-Zz9.js?ver=2'), loaded(exactQuery)).status, 'fail');
  });

  it('checks a pinned cross-origin script through the integrity attribute the browser enforces, and says so when it cannot', () => {
    const pin = sriHashes('widget').sha384;
    const file = `${FILE.replace('headers:', `  - src: https://cdn.example/widget.js\n    why: support chat\n    integrity: ${pin}\nheaders:`)}`;
    const withWidget = (integrity: string | null) => page([...baseScripts(), ext('https://cdn.example/widget.js', { integrity })]);
    assert.equal(judgeWith(withWidget(pin), loaded(file)).status, 'pass');
    assert.equal(judgeWith(withWidget(sriHashes('other').sha384), loaded(file)).status, 'fail');
    const out = judgeWith(withWidget(null), loaded(file));
    assert.equal(out.status, 'error', 'an unverifiable pin is never a pass');
    assert.match(out.message.en, /pinned hashes could not be checked for https:\/\/cdn\.example\/widget\.js/);
  });

  it('fails on a TODO why even when everything matches, and lists entries not seen without failing', () => {
    assert.equal(judgeWith(page(), loaded(FILE.replace('why: our checkout app', 'why: "TODO: fill in"'))).status, 'fail');
    const out = judgeWith(page([baseScripts()[1]!, baseScripts()[2]!]));
    assert.equal(out.status, 'pass');
    assert.deepEqual(out.evidence!['notSeen'], [{ entry: 'https://sdk.mercadopago.com/js/v2', line: 3 }]);
  });

  it('notes a page other than site-url, and errors when same-origin scripts were left unread', () => {
    const out = judgeWith(page(), loaded(FILE.replace(`page: ${PAGE}`, 'page: https://staging.shop.example/checkout')));
    assert.equal(out.status, 'pass');
    assert.deepEqual(out.evidence!['pageMismatch'], { pageInFile: 'https://staging.shop.example/checkout', siteUrl: PAGE });
    const cut = [...baseScripts(), ext('https://shop.example/assets/late.js', { unread: { reason: 'count', detail: 'more than 60 same-origin scripts' } })];
    const file = FILE.replace('headers:', '  - src: /assets/late.js\n    why: late\nheaders:');
    assert.equal(judgeWith(page(cut), loaded(file)).status, 'error');
  });

  it('takes runtime-injected scripts from the browser pass into the same comparison, and drops the static-only note', () => {
    const browser = {
      ok: true,
      value: {
        requests: [
          { url: 'https://evil.example/inject.js', type: 'Script', frame: 'main' as const, initiator: { type: 'script', url: 'https://shop.example/assets/index-Ab12.js' } },
          { url: 'https://www.mercadopago.com/x.js', type: 'Script', frame: 'sub' as const, initiator: { type: 'parser' } },
        ],
      },
    };
    const out = judgeWith(page(), loaded(), runtimeScripts(browser, PAGE));
    assert.equal(out.status, 'fail');
    assert.match(out.message.en, /https:\/\/evil\.example\/inject\.js from https:\/\/evil\.example, found by browser/);
    assert.doesNotMatch(out.message.en, /Static pass only/);
    assert.equal((out.evidence!['unapproved'] as unknown[]).length, 1, 'scripts inside a frame are that frame page’s, not the merchant’s');
  });

  it('ignores data blocks and URLs that are not served as scripts, but keeps redirects', () => {
    const json: GraphScript = { ...inline('{"a":1}'), executable: false };
    const read = { bytes: 0, encoding: null, contentType: null, truncated: false };
    const missing = ext('https://shop.example/assets/gone.js', { read: { ...read, status: 404 }, unread: { reason: 'status', detail: 'answered HTTP 404' } });
    assert.equal(seenScripts(page([...baseScripts(), json, missing])).length, 3);
    // A redirect is followed by the browser: the script stays, and a pin on it cannot be verified.
    const moved = ext('https://shop.example/js/moved.js', { read: { ...read, status: 302 }, unread: { reason: 'status', detail: 'answered 302' } });
    assert.equal(seenScripts(page([...baseScripts(), moved])).length, 4);
    const pinned = FILE.replace('headers:', `  - src: /js/moved.js\n    why: moved\n    integrity: ${sriHashes('x').sha256}\nheaders:`);
    assert.equal(judgeWith(page([...baseScripts(), moved]), loaded(pinned)).status, 'error');
  });

  it('re-proposes over an existing file: keeps the whys, marks NEW, CHANGED and NOT SEEN, and the result parses', () => {
    const scripts = [ext('https://shop.example/assets/index-Ab12.js', { hashes: sriHashes('v2') }), inline(INLINE), ext('https://cdn.new.example/a.js')];
    const text = proposeInventory(seenScripts(page(scripts)), { 'content-security-policy': CSP }, PAGE, parseScriptInventory(FILE, 'inv.yml'));
    assert.match(text, /# CHANGED: pinned sha384-\S+, now sha384-\S+/);
    assert.match(text, /# NEW: not in the previous inventory\n(?:.*\n){2} {2}- src: "https:\/\/cdn\.new\.example\/a\.js"/);
    assert.match(text, /# NOT SEEN on the page in this run.*\n {2}- src: "https:\/\/sdk\.mercadopago\.com\/js\/v2"/);
    assert.match(text, /# MISSING in this run/);
    const again = parseScriptInventory(text, 'again.yml');
    assert.deepEqual(
      again.scripts.map((e) => e.why),
      ['our checkout app', 'analytics bootstrap', 'TODO: why the payment page needs this script', 'Mercado Pago SDK (card form, device id)'],
    );
  });
});

describe('the proposal against hostile pages', () => {
  it('round-trips whatever the page puts in URLs, inline text and header values', () => {
    const nasty = 'x";\n# injected: true\u2028\r\n  - src: /evil.js\n  why: ok';
    const scripts = [
      ext('https://cdn.example/a.js?q="quoted"&x=%0A#frag'),
      { ...inline(nasty), inline: { line: 2, length: nasty.length, excerpt: nasty } },
      ext('https://shop.example/p/%22odd%22.js', { hashes: sriHashes('odd') }),
    ];
    const headers = { 'content-security-policy': `script-src 'self' "\\" \u00e9 # not a comment`, 'x-frame-options': 'DENY' };
    const text = proposeInventory(seenScripts(page(scripts)), headers, PAGE);
    const parsed = parseScriptInventory(text, 'p.yml');
    assert.deepEqual(
      parsed.scripts.map((e) => ('src' in e ? e.src : e.inline)),
      ['https://cdn.example/a.js?q=%22quoted%22&x=%0A', sriHashes(nasty).sha256, '/p/%22odd%22.js'],
    );
    assert.deepEqual(
      parsed.headers.map((h) => h.value),
      [headers['content-security-policy'], 'DENY'],
    );
    // What was proposed covers what was seen.
    const written = text.replace(/"TODO: [^"]*"/g, '"ok"');
    assert.equal(judgeWith(page(scripts, headers), loaded(written)).status, 'pass');
  });
});
