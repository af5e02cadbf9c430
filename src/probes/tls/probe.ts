import * as net from 'node:net';
import type { Budget } from '../budget.js';
import { ok, toProbeError, type ProbeOutcome } from '../outcome.js';
import { describeCertificate, type CertificateInfo } from './certificate.js';
import { handshake, type HandshakeOptions, type HandshakeResult } from './handshake.js';
import { analyzeTrust, isTrustAnchor, type TrustAnalysis } from './trust.js';
import { codeOf, isLocalStrengthError, shakeAllVersions, supportFrom, type Attempt, type ProtocolSupport } from './versions.js';

/** What the TLS probe saw of the site's host. */
export interface TlsEvidence {
  readonly host: string;
  readonly port: number;
  /** The negotiated protocol and cipher of the handshake the chain was read from. */
  readonly protocol: string;
  readonly cipher: string;
  /** Served chain, leaf first (with the root when the trust store supplied it). */
  readonly chain: readonly CertificateInfo[];
  readonly trust: TrustAnalysis;
  /** Whether the leaf certificate names the host (DNS name or IP address). */
  readonly hostnameMatches: boolean;
  /** True when no handshake succeeded at Node's default security level, only a weaker one (legacy version or `SECLEVEL=0`). */
  readonly weakOnlyHandshake: boolean;
  /** One entry per version, TLS 1.0 to 1.3. */
  readonly protocols: readonly ProtocolSupport[];
}

const WEAK = 'DEFAULT@SECLEVEL=0';

/**
 * Four concurrent handshakes (defaults, TLS 1.2, 1.1, 1.0; see versions.ts), then the chain is
 * read from the first that completed. When the client's own security level refuses the
 * server's key or signature, that handshake is repeated at `SECLEVEL=0`, so a weak certificate
 * is still read and reported as weak rather than as "handshake failed".
 */
export async function probeTls(url: URL, budget: Budget, handshakeTimeoutMs = 10_000, connect: (o: HandshakeOptions) => Promise<HandshakeResult> = handshake): Promise<ProbeOutcome<TlsEvidence>> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port === '' ? 443 : Number(url.port);
  const label = `TLS handshake with ${host}:${port}`;
  const signal = (): AbortSignal => budget.signalWithin(handshakeTimeoutMs);
  const shake = (extra: Partial<HandshakeOptions>): Promise<Attempt> =>
    connect({ host, port, signal: signal(), ...extra }).then(
      (result): Attempt => ({ ok: true, result }),
      (error: unknown): Attempt => ({ ok: false, error }),
    );
  const retryWeak = async (attempt: Attempt, extra: Partial<HandshakeOptions>): Promise<{ attempt: Attempt; weak: boolean }> => {
    if (attempt.ok || !isLocalStrengthError(attempt.error)) return { attempt, weak: false };
    const again = await shake({ ciphers: WEAK, ...extra });
    return { attempt: again, weak: again.ok };
  };

  try {
    const shakes = await shakeAllVersions({ host, port }, signal, connect);
    const [standard, tls12] = await Promise.all([retryWeak(shakes.standard, {}), retryWeak(shakes.tls12, { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' })]);
    let source = [standard, tls12].find((a) => a.attempt.ok && !a.weak)?.attempt;
    const weakOnlyHandshake = source === undefined;
    source ??= [standard.attempt, tls12.attempt, shakes.tls11, shakes.tls10].find((a) => a.ok);
    if (!source && !standard.attempt.ok && codeOf(standard.attempt.error).startsWith('ERR_SSL')) {
      // Every probe failed at the TLS layer: one last try with everything allowed, only to read the certificate.
      source = await shake({ ciphers: WEAK, minVersion: 'TLSv1' });
    }
    if (!source || !source.ok) {
      const error = standard.attempt.ok ? undefined : standard.attempt.error;
      return { ok: false, error: toProbeError(error, label) };
    }
    const std = standard.attempt;
    const protocols: ProtocolSupport[] = [
      supportFrom('TLSv1', shakes.tls10),
      supportFrom('TLSv1.1', shakes.tls11),
      std.ok && std.result.protocol === 'TLSv1.2' ? { version: 'TLSv1.2', offered: true } : supportFrom('TLSv1.2', tls12.attempt),
      supportFrom('TLSv1.3', std),
    ];
    return ok(describe(host, port, source.result, weakOnlyHandshake, protocols));
  } catch (error) {
    return { ok: false, error: toProbeError(error, label) };
  }
}

function describe(host: string, port: number, result: HandshakeResult, weakOnlyHandshake: boolean, protocols: ProtocolSupport[]): TlsEvidence {
  const parsed = result.served.map((der) => describeCertificate(der));
  const leaf = parsed[0]?.x509;
  const hostnameMatches = leaf !== undefined && (net.isIP(host) ? leaf.checkIP(host) !== undefined : leaf.checkHost(host) !== undefined);
  return {
    host,
    port,
    protocol: result.protocol,
    cipher: result.cipher,
    chain: parsed.map((p) => ({ ...p.info, inTrustStore: isTrustAnchor(p.x509) })),
    trust: analyzeTrust(
      parsed.map((p) => p.x509),
      result.verifyError,
    ),
    hostnameMatches,
    weakOnlyHandshake,
    protocols,
  };
}
