import type { CertificateInfo } from '../../../src/probes/tls/certificate.js';
import type { CipherEvidence, OfferedSuite, VersionSuites } from '../../../src/probes/tls/ciphers.js';
import type { TlsEvidence } from '../../../src/probes/tls/probe.js';
import { suiteByCode } from '../../../src/probes/tls/suites.js';
import type { ProtocolSupport } from '../../../src/probes/tls/versions.js';
import { contextFor } from '../../helpers/tls-page-evidence.js';

export const DAY = 86_400_000;
export const NOW = new Date('2026-11-28T10:00:00Z');
export const ctx = contextFor('https://shop.example/checkout', { now: NOW });

export function cert(fields: Partial<CertificateInfo> = {}): CertificateInfo {
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

export const modern: ProtocolSupport[] = [
  { version: 'TLSv1', offered: false },
  { version: 'TLSv1.1', offered: false },
  { version: 'TLSv1.2', offered: true },
  { version: 'TLSv1.3', offered: true },
];

export function tls(fields: Partial<TlsEvidence> = {}): { tls: { ok: true; value: TlsEvidence } } {
  return {
    tls: {
      ok: true,
      value: {
        host: 'shop.example',
        port: 443,
        protocol: 'TLSv1.3',
        cipher: 'TLS_AES_128_GCM_SHA256',
        chain: [cert()],
        served: [cert()],
        trust: { verdict: 'trusted', path: [], offPath: [], verifiedByOpenssl: true },
        hostnameMatches: true,
        hostname: { matches: true, matchedName: 'shop.example', commonNameOnly: false, noSubjectAltName: false },
        weakOnlyHandshake: false,
        protocols: modern,
        ciphers: modernCiphers(),
        clientCertificate: 'none',
        elapsedMs: 40,
        ...fields,
      },
    },
  };
}

/** A suite by IANA code, as the probe reports it offered. */
export function suite(code: number, extra: Partial<OfferedSuite> = {}): OfferedSuite {
  return { ...suiteByCode(code), ...extra };
}

/** Cipher evidence with the given suites per version (TLS 1.0/1.1 refused unless given). */
export function cipherEvidence(
  byVersion: Partial<Record<VersionSuites['version'], OfferedSuite[]>>,
  browser: CipherEvidence['browser'] = { tls13: 'TLS_AES_128_GCM_SHA256', tls12: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256' },
): CipherEvidence {
  const versions = (['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const).map((version): VersionSuites => {
    const suites = byVersion[version] ?? [];
    return suites.length > 0 ? { version, accepted: true, suites, complete: true } : { version, accepted: false, suites: [], complete: true, detail: 'protocol_version' };
  });
  return { versions, browser, clientCertificateRequested: false, probes: 12 };
}

/** What a Mozilla-"intermediate" server offers. */
export function modernCiphers(): CipherEvidence {
  return cipherEvidence({ 'TLSv1.2': [suite(0xc02b), suite(0xc02c), suite(0xcca9)], 'TLSv1.3': [suite(0x1301), suite(0x1302), suite(0x1303)] });
}
