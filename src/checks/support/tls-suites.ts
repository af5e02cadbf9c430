import type { CipherEvidence } from '../../probes/tls/ciphers.js';

/** The offered suites per version, by IANA name (the evidence ssl.ciphers and ssl.forward-secrecy show). */
export function suitesByVersion(probe: CipherEvidence): Record<string, string[]> {
  return Object.fromEntries(probe.versions.filter((v) => v.suites.length > 0).map((v) => [v.version, v.suites.map((s) => s.name)]));
}

/** `TLSv1` → `TLS 1.0`, `TLSv1.2` → `TLS 1.2`. */
export function versionLabel(version: string): string {
  return version === 'TLSv1' ? 'TLS 1.0' : version.replace('TLSv', 'TLS ');
}
