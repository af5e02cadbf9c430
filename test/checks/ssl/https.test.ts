import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { https as sslHttps } from '../../../src/checks/ssl/https.js';
import { blankEvidence } from '../../helpers/evidence.js';
import { contextFor, judge } from '../../helpers/tls-page-evidence.js';

describe('ssl.https', () => {
  it('passes an https site-url, whatever the probes found', () => {
    const outcome = judge(sslHttps, blankEvidence(), contextFor('https://shop.example/checkout'));
    assert.equal(outcome.status, 'pass');
    assert.deepEqual(outcome.evidence, { scheme: 'https' });
  });

  it('fails a plain http site-url and says how to fix it', () => {
    const outcome = judge(sslHttps, blankEvidence(), contextFor('http://shop.example/checkout'));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /plain http/);
    assert.match(outcome.remediation?.en ?? '', /https:\/\//);
    assert.deepEqual(outcome.evidence, { scheme: 'http' });
  });
});
