import { X509Certificate } from 'node:crypto';
import * as net from 'node:net';
import type { Budget } from '../budget.js';
import { ok, toProbeError, type ProbeOutcome } from '../outcome.js';
import { describeCertificate, type CertificateInfo } from './certificate.js';
import { probeCiphers, type CipherEvidence, type CipherProbe, type VersionSuites } from './ciphers.js';
import { handshake, type HandshakeOptions, type HandshakeResult } from './handshake.js';
import { matchHost, type HostnameFacts } from './hostname.js';
import { analyzeTrust, isTrustAnchor, type TrustAnalysis } from './trust.js';
import { codeOf, isLocalStrengthError, shakeAllVersions, supportFrom, type Attempt, type ProtocolSupport, type TlsVersion } from './versions.js';

/** What the TLS probe saw of the site's host. */
export interface TlsEvidence {
  readonly host: string;
  readonly port: number;
  /** The negotiated protocol and cipher of the handshake the chain was read from. */
  readonly protocol: string;
  readonly cipher: string;
  /** The verified path, leaf first, ending at the trust-store root when trusted (what validity and key rules judge). */
  readonly chain: readonly CertificateInfo[];
  /** Every certificate the server sent, as sent (from the TLS 1.2 flight when there is one). */
  readonly served: readonly CertificateInfo[];
  readonly trust: TrustAnalysis;
  /** Whether a subjectAltName of the leaf names the host (as browsers match: no subject CN fallback). */
  readonly hostnameMatches: boolean;
  readonly hostname: HostnameFacts;
  /** True when no handshake succeeded at Node's default security level, only a weaker one (legacy version or `SECLEVEL=0`). */
  readonly weakOnlyHandshake: boolean;
  /** One entry per version, TLS 1.0 to 1.3. */
  readonly protocols: readonly ProtocolSupport[];
  /** The suites offered per version, and what a browser's ClientHello gets. */
  readonly ciphers: CipherEvidence;
  /** `required`: the server refuses clients without a certificate (mutual TLS); `requested`: it asks but goes on. */
  readonly clientCertificate: 'none' | 'requested' | 'required';
  /** Wall time of the whole TLS pass. */
  readonly elapsedMs: number;
}

/** Options of the TLS probe; defaults fit a real site. */
export interface TlsProbeOptions {
  /** Bound on each handshake. */
  readonly handshakeTimeoutMs?: number;
  /**
   * A TLS 1.0/1.1 probe still unanswered this long after TLS 1.2/1.3 answered is "not offered":
   * middleboxes drop old ClientHellos silently rather than refuse them.
   */
  readonly legacyGraceMs?: number;
  /** Bound on each hand-built ClientHello: a server answers one within a round trip or two. */
  readonly helloTimeoutMs?: number;
  readonly connect?: (o: HandshakeOptions) => Promise<HandshakeResult>;
}

const WEAK = 'DEFAULT@SECLEVEL=0';

/** The reason a legacy probe is cut short with: the silence itself is the answer. */
class LegacyDropped extends Error {
  readonly code = 'ERR_LEGACY_DROPPED';
}

/**
 * Four concurrent handshakes (defaults, TLS 1.2, 1.1, 1.0; see versions.ts) and, beside them, the
 * cipher-suite probes (ciphers.ts); the chain is read from the first handshake that completed.
 * When the client's own security level refuses the server's key or signature, that handshake is
 * repeated at `SECLEVEL=0`, so a weak certificate is still read and reported as weak.
 */
export async function probeTls(url: URL, budget: Budget, options: TlsProbeOptions = {}): Promise<ProbeOutcome<TlsEvidence>> {
  const started = performance.now();
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port === '' ? 443 : Number(url.port);
  const label = `TLS handshake with ${host}:${port}`;
  const connect = options.connect ?? handshake;
  const timeout = options.handshakeTimeoutMs ?? 10_000;
  const legacy = new AbortController();
  const signal = (): AbortSignal => budget.signalWithin(timeout);
  const legacySignal = (): AbortSignal => AbortSignal.any([signal(), legacy.signal]);
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

  let grace: NodeJS.Timeout | undefined;
  try {
    const modernAnswered = (): void => {
      grace ??= setTimeout(() => legacy.abort(new LegacyDropped('legacy hello dropped')), options.legacyGraceMs ?? 1500);
    };
    const helloBound = options.helloTimeoutMs ?? 3_000;
    const helloSignal = (v: TlsVersion): AbortSignal => AbortSignal.any([v === 'TLSv1' || v === 'TLSv1.1' ? legacySignal() : signal(), AbortSignal.timeout(helloBound)]);
    const cipherProbe = probeCiphers({ host, port, signal: helloSignal });
    const shakes = await shakeAllVersions({ host, port }, (v) => (v === 'TLSv1' || v === 'TLSv1.1' ? legacySignal() : signal()), connect, modernAnswered);
    const [standard, tls12, ciphers] = await Promise.all([retryWeak(shakes.standard, {}), retryWeak(shakes.tls12, { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' }), cipherProbe]);
    let source = [standard, tls12].find((a) => a.attempt.ok && !a.weak)?.attempt;
    const weakOnlyHandshake = source === undefined;
    source ??= [standard.attempt, tls12.attempt, shakes.tls11, shakes.tls10].find((a) => a.ok);
    if (!source && !standard.attempt.ok && codeOf(standard.attempt.error).startsWith('ERR_SSL')) {
      // Every probe failed at the TLS layer: one last try with everything allowed, only to read the certificate.
      source = await shake({ ciphers: WEAK, minVersion: 'TLSv1' });
    }
    const std = standard.attempt;
    const raw = ciphers.evidence.versions;
    const protocols: ProtocolSupport[] = [
      mergeSupport('TLSv1', shakes.tls10, raw[0]),
      mergeSupport('TLSv1.1', shakes.tls11, raw[1]),
      std.ok && std.result.protocol === 'TLSv1.2' ? { version: 'TLSv1.2', offered: true } : mergeSupport('TLSv1.2', tls12.attempt, raw[2]),
      mergeSupport('TLSv1.3', std, raw[3]),
    ];
    const anyHandshake = source?.ok === true;
    const clientCertificate = ciphers.evidence.clientCertificateRequested ? (tls12.attempt.ok || (std.ok && std.result.protocol === 'TLSv1.2') ? 'requested' : 'required') : 'none';
    if (clientCertificate === 'required') {
      // The version is served; only the missing client certificate stops the handshake: say so.
      const i = protocols.findIndex((p) => p.version === 'TLSv1.2' && p.offered === true);
      if (i >= 0) protocols[i] = { version: 'TLSv1.2', offered: true, detail: 'the server demands a client certificate' };
    }
    if (!source || !source.ok) {
      // No handshake completes (a server demanding a client certificate, or serving only suites Node's
      // OpenSSL cannot offer): the plaintext TLS ≤ 1.2 flight still shows the chain and the suites.
      const flightVersion = [...raw].reverse().find((v) => v.accepted === true && v.version !== 'TLSv1.3');
      if (ciphers.servedTls12 && ciphers.servedTls12.length > 0 && flightVersion) {
        const suite = flightVersion.suites[0]?.name ?? 'unknown';
        return ok(describe(host, port, { protocol: flightVersion.version, cipher: suite, served: [...ciphers.servedTls12] }, true, protocols, ciphers, clientCertificate, started, true));
      }
      const error = standard.attempt.ok ? undefined : standard.attempt.error;
      return { ok: false, error: toProbeError(error, label) };
    }
    return ok(describe(host, port, source.result, weakOnlyHandshake && anyHandshake, protocols, ciphers, clientCertificate, started));
  } catch (error) {
    return { ok: false, error: toProbeError(error, label) };
  } finally {
    if (grace) clearTimeout(grace);
    legacy.abort();
  }
}

function describe(
  host: string,
  port: number,
  result: HandshakeResult,
  weakOnlyHandshake: boolean,
  protocols: ProtocolSupport[],
  ciphers: CipherProbe,
  clientCertificate: TlsEvidence['clientCertificate'],
  started: number,
  fromFlight = false,
): TlsEvidence {
  const walked = result.served.map((der) => new X509Certificate(der));
  // The TLS 1.2 flight is the chain exactly as sent; Node's walk drops what it could not link.
  const flight = ciphers.servedTls12?.map((der) => new X509Certificate(der));
  const sent = flight && flight[0] && walked[0] && flight[0].fingerprint256 === walked[0].fingerprint256 ? flight : walked;
  const { analysis, path } = analyzeTrust(sent, result.verifyError, new Date(), !fromFlight);
  const info = (c: X509Certificate): CertificateInfo => ({ ...describeCertificate(c.raw).info, inTrustStore: isTrustAnchor(c) });
  const leaf = sent[0];
  return {
    host,
    port,
    protocol: result.protocol,
    cipher: result.cipher,
    chain: path.map(info),
    served: sent.map(info),
    trust: analysis,
    ...hostFacts(leaf, host),
    weakOnlyHandshake,
    protocols,
    ciphers: ciphers.evidence,
    clientCertificate,
    elapsedMs: Math.round(performance.now() - started),
  };
}

function hostFacts(leaf: X509Certificate | undefined, host: string): { hostnameMatches: boolean; hostname: HostnameFacts } {
  const hostname = matchHost(leaf, host, net.isIP(host) !== 0);
  return { hostnameMatches: hostname.matches, hostname };
}

/**
 * One version's support from both probes: Node's handshake and the hand-built ClientHello. Either
 * seeing the version served is enough (a server that serves TLS 1.0 only with RC4 or 3DES, which
 * Node's OpenSSL cannot offer, still serves TLS 1.0); a refusal by either beats "could not tell".
 */
function mergeSupport(version: TlsVersion, attempt: Attempt, raw: VersionSuites | undefined): ProtocolSupport {
  const node = supportFrom(version, attempt);
  if (node.offered === true || raw === undefined) return node;
  if (raw.accepted === true) return { version, offered: true, detail: `only with suites OpenSSL cannot offer (${raw.suites[0]?.name ?? '?'})` };
  if (node.offered === false) return node;
  if (raw.accepted === false) return { version, offered: false, detail: raw.detail === 'dropped' ? 'dropped: no answer while TLS 1.2/1.3 answered' : (raw.detail ?? node.detail ?? 'refused') };
  return node;
}
