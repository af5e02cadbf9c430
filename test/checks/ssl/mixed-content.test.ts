import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextFor, judge, pageWith } from '../../helpers/tls-page-evidence.js';
import { hsts } from '../../../src/checks/ssl/hsts.js';
import { mixedContent } from '../../../src/checks/ssl/mixed-content.js';
import { status } from '../page/fixtures.js';
import { useLocalShop } from '../../helpers/local-shop.js';
import { browserSaw, graphScript, UNREAD_BY_COUNT, withGraph } from '../../helpers/page-graph.js';

describe('ssl.mixed-content', () => {
  it('fails mixed content when site-url redirects to plain http', () => {
    assert.equal(status({ finalUrl: 'http://shop.example/checkout', hops: [{ url: 'https://shop.example/checkout', status: 302, location: 'http://shop.example/checkout' }] }, mixedContent), 'fail');
  });
  it('skips mixed content and HSTS on an http site-url', () => {
    const http = contextFor('http://shop.example/checkout');
    assert.equal(judge(mixedContent, { page: { ok: true, value: pageWith() } }, http).status, 'skip');
    assert.equal(judge(hsts, { page: { ok: true, value: pageWith() } }, http).status, 'skip');
  });
});

const local = useLocalShop();

describe('ssl.mixed-content on a real local shop', () => {
  const { check } = local;
  it('fails mixed content for a script, an iframe and a form action over http, and lists the image as passive', async () => {
    const outcome = await check('/mixed', mixedContent);
    assert.equal(outcome.status, 'fail');
    const evidence = outcome.evidence as { active: Array<{ kind: string; line: number }>; passive: Array<{ kind: string }> };
    assert.deepEqual(evidence.active.map((r) => r.kind).sort(), ['form', 'iframe', 'script']);
    assert.equal(evidence.active.find((r) => r.kind === 'script')!.line, 5);
    assert.deepEqual(
      evidence.passive.map((r) => r.kind),
      ['image'],
    );
  });
  it('passes mixed content with passive http images, listing them in evidence', async () => {
    const outcome = await check('/passive-only', mixedContent);
    assert.equal(outcome.status, 'pass');
    assert.equal((outcome.evidence as { passive: unknown[] }).passive.length, 2);
  });
});

describe('ssl.mixed-content with the script graph and the browser', () => {
  const page = (fields: Parameters<typeof pageWith>[0]) => ({ ok: true as const, value: pageWith(fields) });
  const ctxS = contextFor('https://shop.example/checkout');
  it('fails a chunk imported over http by a script', () => {
    const graph = withGraph([
      graphScript(),
      graphScript({
        url: 'http://cdn.example/chunk.js',
        sameOrigin: false,
        foundBy: 'import',
        via: 'dynamic-import',
        from: 'https://shop.example/assets/app.js',
        line: 7,
        read: undefined,
        unread: { reason: 'cross-origin', detail: '' },
      }),
    ]);
    const outcome = judge(mixedContent, { page: page(graph) }, ctxS);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /http:\/\/cdn\.example\/chunk\.js \(https:\/\/shop\.example\/assets\/app\.js:7\)/);
  });
  it('fails active http content requested at run time, blocked or not; lists passive content', () => {
    const browser = browserSaw({
      requests: [
        { url: 'http://cdn.example/late.js', type: 'Script', frame: 'main', initiator: { type: 'script', url: 'https://shop.example/app.js' }, blocked: 'mixed-content' },
        { url: 'http://img.example/a.png', type: 'Image', frame: 'main', initiator: { type: 'parser' }, status: 200 },
      ],
    });
    const outcome = judge(mixedContent, { page: page({}), browser }, ctxS);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /script http:\/\/cdn\.example\/late\.js \(run time, from https:\/\/shop\.example\/app\.js, blocked: mixed-content\)/);
    assert.equal((outcome.evidence as { passive: unknown[] }).passive.length, 1);
  });
  it('says error when a script was left unread and no browser ran', () => {
    assert.equal(judge(mixedContent, { page: page(withGraph([UNREAD_BY_COUNT])) }, ctxS).status, 'error');
    assert.equal(judge(mixedContent, { page: page(withGraph([UNREAD_BY_COUNT])), browser: browserSaw() }, ctxS).status, 'pass');
  });
});

describe('ssl.mixed-content and http URLs in script code', () => {
  it('fails a script that loads another over http (s.src = "http://…")', () => {
    const finding = { url: 'http://cdn.example/lib.js', where: { url: 'https://shop.example/assets/app.js', line: 4, context: 'script' as const } };
    const outcome = judge(mixedContent, { page: { ok: true, value: pageWith({ insecureUrls: [finding] }) } }, contextFor('https://shop.example/checkout'));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /script-url http:\/\/cdn\.example\/lib\.js \(https:\/\/shop\.example\/assets\/app\.js:4\)/);
  });
});
