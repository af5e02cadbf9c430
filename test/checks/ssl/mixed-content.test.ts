import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextFor, judge, pageWith } from '../../helpers/tls-page-evidence.js';
import { hsts } from '../../../src/checks/ssl/hsts.js';
import { mixedContent } from '../../../src/checks/ssl/mixed-content.js';
import { status } from '../page/fixtures.js';
import { useLocalShop } from '../../helpers/local-shop.js';

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
