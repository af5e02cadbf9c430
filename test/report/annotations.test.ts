import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotationsFor, ANNOTATIONS_PER_LEVEL } from '../../src/report/annotations.js';
import { brokenReport, check } from './fixture.js';

describe('annotations', () => {
  it('gives one per failing or unverifiable check, at the level of its severity, waived ones left out', () => {
    const list = annotationsFor(brokenReport());
    assert.deepEqual(
      list.map((a) => [a.level, a.title]),
      [
        ['error', 'Title of credentials.production (credentials.production)'],
        ['error', 'Title of ssl.certificate-trust (ssl.certificate-trust)'],
        ['error', 'Title of ssl.validity (ssl.validity)'],
        ['warning', 'Title of quality.live-payment (quality.live-payment)'],
        ['warning', 'Title of ssl.hsts (ssl.hsts)'],
        ['warning', 'Title of pix.enabled (pix.enabled)'],
        ['notice', 'Title of approval.sdk-v2 (approval.sdk-v2)'],
      ],
    );
    assert.equal(list[0]!.message, 'Message of credentials.production.\nUse the production token.\nhttps://www.mercadopago.com.br/developers/pt/docs/credentials.production');
  });

  it("keeps within GitHub's 10 per level and says how many more are in the summary", () => {
    const checks = [
      ...Array.from({ length: 14 }, (_, i) => check(`ssl.b${i}`, { status: 'fail' })),
      ...Array.from({ length: 10 }, (_, i) => check(`ssl.w${i}`, { severity: 'warning', status: 'error' })),
    ];
    const list = annotationsFor(brokenReport({ checks, language: 'pt-BR' }));
    const errors = list.filter((a) => a.level === 'error');
    assert.equal(errors.length, ANNOTATIONS_PER_LEVEL);
    assert.equal(errors.at(-1)!.message, 'mais 5 no resumo do job');
    assert.equal(list.filter((a) => a.level === 'warning').length, 10, 'exactly ten fit without a "more" line');
    assert.ok(list.filter((a) => a.level === 'warning').every((a) => a.title.startsWith('Title of')));
  });

  it('gives none for a healthy report', () => {
    assert.deepEqual(annotationsFor(brokenReport({ checks: [check('ssl.https')] })), []);
  });
});
