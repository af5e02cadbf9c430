import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactToken } from '../../../src/probes/http/scan.js';

describe('token redaction', () => {
  it('keeps the prefix, four characters after it and the last four; never the secret part', () => {
    const token = 'APP_USR-367604750109681-091211-fbad3ab32ad4f89bf1c385141ba5626a-1160535239';
    assert.equal(redactToken(token), 'APP_USR-3676…5239');
    assert.equal(redactToken('TEST-short'), 'TEST-…');
    assert.equal(redactToken('opaque'), '…');
  });
});
