import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CertificateInfo } from '../../src/probes/tls/certificate.js';
import type { TlsEvidence } from '../../src/probes/tls/probe.js';
import type { ProtocolSupport } from '../../src/probes/tls/versions.js';
import { redactToken } from '../../src/probes/http/scan.js';
import { contextFor, judge, pageWith } from '../helpers/tls-page-evidence.js';
import { expiryWindow } from '../../src/checks/ssl/expiry-window.js';
import { hsts } from '../../src/checks/ssl/hsts.js';
import { keyAndSignature } from '../../src/checks/ssl/key-and-signature.js';
import { protocols } from '../../src/checks/ssl/protocols.js';
import { validity } from '../../src/checks/ssl/validity.js';

const DAY = 86_400_000;
const NOW = new Date('2026-11-28T10:00:00Z');
const ctx = contextFor('https://shop.example/checkout', { now: NOW });

function cert(fields: Partial<CertificateInfo> = {}): CertificateInfo {
  return {
    subject: 'CN=shop.example',
    issuer: 'CN=Issuing CA',
    serialNumber: '01',
    notBefore: new Date(NOW.getTime() - 30 * DAY).toISOString(),
    notAfter: new Date(NOW.getTime() + 60 * DAY).toISOString(),
    subjectAltNames: ['DNS:shop.example'],
    keyType: 'ec',
    keyBits: 256,
    curve: 'prime256v1',
    signatureAlgorithm: 'ecdsa-with-SHA256',
    fingerprint256: 'AA',
    isCA: false,
    selfIssued: false,
    ...fields,
  };
}

const modern: ProtocolSupport[] = [
  { version: 'TLSv1', offered: false },
  { version: 'TLSv1.1', offered: false },
  { version: 'TLSv1.2', offered: true },
  { version: 'TLSv1.3', offered: true },
];

function tls(fields: Partial<TlsEvidence> = {}): { tls: { ok: true; value: TlsEvidence } } {
  return {
    tls: {
      ok: true,
      value: { host: 'shop.example', port: 443, protocol: 'TLSv1.3', cipher: 'TLS_AES_128_GCM_SHA256', chain: [cert()], trust: { verdict: 'trusted', path: [] }, hostnameMatches: true, weakOnlyHandshake: false, protocols: modern, ...fields },
    },
  };
}

describe('ssl.expiry-window', () => {
  it('passes a 90-day certificate with 60 days left', () => {
    assert.equal(judge(expiryWindow, tls(), ctx).status, 'pass');
  });
  it('fails a 90-day certificate with 20 days left (threshold 30)', () => {
    const leaf = cert({ notBefore: new Date(NOW.getTime() - 70 * DAY).toISOString(), notAfter: new Date(NOW.getTime() + 20 * DAY).toISOString() });
    assert.equal(judge(expiryWindow, tls({ chain: [leaf] }), ctx).status, 'fail');
  });
  it('passes a 6-day certificate with 3 days left: a third of its lifetime is the margin', () => {
    const leaf = cert({ notBefore: new Date(NOW.getTime() - 3 * DAY).toISOString(), notAfter: new Date(NOW.getTime() + 3 * DAY).toISOString() });
    const outcome = judge(expiryWindow, tls({ chain: [leaf] }), ctx);
    assert.equal(outcome.status, 'pass');
    assert.equal((outcome.evidence as { minDays: number }).minDays, 2);
  });
  it('follows the expiry-min-days threshold', () => {
    const leaf = cert({ notBefore: new Date(NOW.getTime() - 300 * DAY).toISOString(), notAfter: new Date(NOW.getTime() + 50 * DAY).toISOString() });
    const strict = contextFor('https://shop.example/checkout', { now: NOW, thresholds: { ...ctx.thresholds, expiryMinDays: 60 } });
    assert.equal(judge(expiryWindow, tls({ chain: [leaf] }), strict).status, 'fail');
  });
});

describe('ssl.validity', () => {
  it('fails when a served intermediate has expired, though the leaf is valid', () => {
    const intermediate = cert({ subject: 'CN=Old Issuing CA', isCA: true, notAfter: new Date(NOW.getTime() - DAY).toISOString() });
    const outcome = judge(validity, tls({ chain: [cert(), intermediate] }), ctx);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /Old Issuing CA/);
  });
  it("ignores the dates of the trust store's own root", () => {
    const root = cert({ subject: 'CN=Root', issuer: 'CN=Root', isCA: true, selfIssued: true, inTrustStore: true, notAfter: new Date(NOW.getTime() - DAY).toISOString() });
    assert.equal(judge(validity, tls({ chain: [cert(), root] }), ctx).status, 'pass');
  });
});

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
});

describe('ssl.key-and-signature', () => {
  it('passes EC P-256 with ECDSA-SHA256', () => {
    assert.equal(judge(keyAndSignature, tls(), ctx).status, 'pass');
  });
  it('fails an EC P-224 key and an MD5-signed intermediate', () => {
    const outcome = judge(keyAndSignature, tls({ chain: [cert({ keyBits: 224, curve: 'secp224r1' }), cert({ subject: 'CN=Old CA', isCA: true, keyType: 'rsa', keyBits: 2048, signatureAlgorithm: 'md5WithRSAEncryption' })] }), ctx);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /EC 224 bits/);
    assert.match(outcome.message.en, /Old CA: md5WithRSAEncryption/);
  });
  it("ignores a self-signed root's SHA-1 signature and a trust-store root's key", () => {
    const root = cert({ subject: 'CN=Root', issuer: 'CN=Root', isCA: true, selfIssued: true, inTrustStore: true, keyType: 'rsa', keyBits: 1024, signatureAlgorithm: 'sha1WithRSAEncryption' });
    assert.equal(judge(keyAndSignature, tls({ chain: [cert(), root] }), ctx).status, 'pass');
  });
});

describe('ssl.hsts', () => {
  const withHsts = (value: string | undefined) => ({ page: { ok: true as const, value: pageWith({ headers: value === undefined ? {} : { 'strict-transport-security': value } }) } });
  it('passes a one-year max-age', () => {
    assert.equal(judge(hsts, withHsts('max-age=31536000; includeSubDomains; preload'), ctx).status, 'pass');
  });
  it('fails a max-age under the hsts-min-days threshold', () => {
    assert.equal(judge(hsts, withHsts('max-age=86400'), ctx).status, 'fail');
    const lenient = contextFor('https://shop.example/checkout', { thresholds: { ...ctx.thresholds, hstsMinDays: 1 } });
    assert.equal(judge(hsts, withHsts('max-age=86400'), lenient).status, 'pass');
  });
  it('fails a header without a valid max-age, and a missing header', () => {
    assert.equal(judge(hsts, withHsts('includeSubDomains'), ctx).status, 'fail');
    assert.equal(judge(hsts, withHsts(undefined), ctx).status, 'fail');
  });
});

describe('token redaction', () => {
  it('keeps the prefix, four characters after it and the last four; never the secret part', () => {
    const token = 'APP_USR-367604750109681-091211-fbad3ab32ad4f89bf1c385141ba5626a-1160535239';
    assert.equal(redactToken(token), 'APP_USR-3676…5239');
    assert.equal(redactToken('TEST-short'), 'TEST-…');
    assert.equal(redactToken('opaque'), '…');
  });
});
