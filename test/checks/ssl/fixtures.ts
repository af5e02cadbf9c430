import type { CertificateInfo } from '../../../src/probes/tls/certificate.js';
import type { TlsEvidence } from '../../../src/probes/tls/probe.js';
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
        trust: { verdict: 'trusted', path: [] },
        hostnameMatches: true,
        weakOnlyHandshake: false,
        protocols: modern,
        ...fields,
      },
    },
  };
}
