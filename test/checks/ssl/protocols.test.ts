import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProtocolSupport } from '../../../src/probes/tls/versions.js';
import { contextFor, judge } from '../../helpers/tls-page-evidence.js';
import { protocols } from '../../../src/checks/ssl/protocols.js';
import { ctx, modern, tls } from './fixtures.js';

describe('ssl.protocols', () => {
  it('says error, not pass, when a legacy version could not be probed', () => {
    const unknown = modern.map((p) => (p.version === 'TLSv1' ? { version: p.version, offered: null, detail: 'TimeoutError' } : p));
    assert.equal(judge(protocols, tls({ protocols: unknown }), ctx).status, 'error');
  });
  it('fails when TLS 1.0 is offered even if another probe is unknown', () => {
    const mixed: ProtocolSupport[] = [{ version: 'TLSv1', offered: true }, { version: 'TLSv1.1', offered: null }, ...modern.slice(2)];
    const outcome = judge(protocols, tls({ protocols: mixed }), ctx);
    assert.equal(outcome.status, 'fail');
    assert.deepEqual((outcome.evidence as { offered: string[] }).offered, ['TLSv1', 'TLSv1.2', 'TLSv1.3']);
  });
  it('fails a server with neither TLS 1.2 nor 1.3', () => {
    const none = modern.map((p) => ({ ...p, offered: false }));
    assert.equal(judge(protocols, tls({ protocols: none }), ctx).status, 'fail');
  });
  it('skips on an http site-url', () => {
    assert.equal(judge(protocols, {}, contextFor('http://shop.example/')).status, 'skip');
  });

  it('names a server that demands a client certificate instead of calling TLS 1.2 not offered', () => {
    const outcome = judge(
      protocols,
      tls({
        clientCertificate: 'required',
        protocols: [
          { version: 'TLSv1', offered: false },
          { version: 'TLSv1.1', offered: false },
          { version: 'TLSv1.2', offered: true, detail: 'the server demands a client certificate' },
          { version: 'TLSv1.3', offered: false },
        ],
      }),
      ctx,
    );
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /demands a client certificate.*TLS 1\.2/);
    assert.doesNotMatch(outcome.message.en, /neither TLS 1\.2/);
  });
});
