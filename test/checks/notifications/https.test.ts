import { evaluateDeclared } from '../../helpers/declared.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { https as notificationsHttps } from '../../../src/checks/notifications/https.js';
import { TARGET, context, delivery, evidence, sent } from './fixtures.js';

describe('notifications.https', () => {
  it('passes an https URL and fails a plain http one', () => {
    assert.equal(evaluateDeclared(notificationsHttps, sent(delivery('none', { status: 200 })), context(false)).status, 'pass');
    const plain = evaluateDeclared(notificationsHttps, sent(delivery('none', { status: 200 }), undefined, { ...TARGET, url: 'http://shop.example/hook' }), context(false));
    assert.equal(plain.status, 'fail');
    assert.equal(plain.evidence?.['scheme'], 'http');
  });
  it('skips when no URL is known', () => {
    assert.equal(evaluateDeclared(notificationsHttps, evidence({ target: undefined }), context(false)).status, 'skip');
  });
});
