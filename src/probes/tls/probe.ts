import * as net from 'node:net';
import type { Budget } from '../budget.js';
import { ok, toProbeError, type ProbeOutcome } from '../outcome.js';
import { describeCertificate, type CertificateInfo } from './certificate.js';
import { handshake, type HandshakeResult } from './handshake.js';
import { analyzeTrust, type TrustAnalysis } from './trust.js';

/** What the TLS probe saw of the site's host. */
export interface TlsEvidence {
  readonly host: string;
  readonly port: number;
  /** The negotiated protocol and cipher of the default handshake. */
  readonly protocol: string;
  readonly cipher: string;
  /** Served chain, leaf first (with the root when the trust store supplied it). */
  readonly chain: readonly CertificateInfo[];
  readonly trust: TrustAnalysis;
  /** Whether the leaf certificate names the host (DNS name or IP address). */
  readonly hostnameMatches: boolean;
  /** True when only a `SECLEVEL=0` handshake succeeded (the certificate is too weak for OpenSSL's defaults). */
  readonly weakOnlyHandshake: boolean;
}

/** One handshake with Node's defaults; when that fails on the certificate's strength, one more at SECLEVEL=0. */
export async function probeTls(url: URL, budget: Budget, handshakeTimeoutMs = 10_000): Promise<ProbeOutcome<TlsEvidence>> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port === '' ? 443 : Number(url.port);
  const label = `TLS handshake with ${host}:${port}`;
  let result: HandshakeResult;
  let weakOnlyHandshake = false;
  try {
    try {
      result = await handshake({ host, port, signal: budget.signalWithin(handshakeTimeoutMs) });
    } catch (error) {
      if (!isTlsLibraryError(error)) throw error;
      result = await handshake({ host, port, signal: budget.signalWithin(handshakeTimeoutMs), ciphers: 'DEFAULT@SECLEVEL=0', minVersion: 'TLSv1' });
      weakOnlyHandshake = true;
    }
  } catch (error) {
    return { ok: false, error: toProbeError(error, label) };
  }
  const parsed = result.served.map((der) => describeCertificate(der));
  const leaf = parsed[0]?.x509;
  const hostnameMatches = leaf !== undefined && (net.isIP(host) ? leaf.checkIP(host) !== undefined : leaf.checkHost(host) !== undefined);
  return ok({
    host,
    port,
    protocol: result.protocol,
    cipher: result.cipher,
    chain: parsed.map((p) => p.info),
    trust: analyzeTrust(
      parsed.map((p) => p.x509),
      result.verifyError,
    ),
    hostnameMatches,
    weakOnlyHandshake,
  });
}

function isTlsLibraryError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_SSL');
}
