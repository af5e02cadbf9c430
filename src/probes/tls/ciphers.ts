import { BROWSER_GROUPS, BROWSER_SIGALGS, WIRE, type HelloSpec } from './client-hello.js';
import { sendHello, type HelloOutcome } from './raw-hello.js';
import { BROWSER_TLS12, BROWSER_TLS13, LEGACY, suiteByCode, TLS13, type SuiteTraits } from './suites.js';
import type { TlsVersion } from './versions.js';

/** One suite a server accepted, with what its key exchange showed. */
export interface OfferedSuite extends SuiteTraits {
  /** DHE: the size of the server's DH group in bits. */
  readonly dhBits?: number;
  /** The (EC)DHE group the server chose, by name (`x25519`, `secp256r1`, …). */
  readonly group?: string;
}

/** The suites one protocol version accepted. */
export interface VersionSuites {
  readonly version: TlsVersion;
  /** Whether the server answered this version with a ServerHello; `null` when that could not be told. */
  readonly accepted: boolean | null;
  readonly suites: readonly OfferedSuite[];
  /** False when the probe bound was reached before the server refused every remaining suite. */
  readonly complete: boolean;
  /** Why it was not accepted, or could not be told (alert name, `dropped`, socket error). */
  readonly detail?: string;
}

/** What the cipher-suite probes found. */
export interface CipherEvidence {
  readonly versions: readonly VersionSuites[];
  /**
   * What a current browser's ClientHello (its suites, curves and signature schemes, no Ed25519 /
   * P-521 / SHA-1) gets, per version: the suite chosen, or null when the server refused it.
   */
  readonly browser: { readonly tls13: string | null; readonly tls12: string | null };
  /** The server asked for a client certificate in its TLS 1.2 flight. */
  readonly clientCertificateRequested: boolean;
  /** ClientHellos sent. */
  readonly probes: number;
}

/** The raw facts beside the evidence: the certificates of a TLS ≤ 1.2 flight (1.2 preferred), exactly as sent. */
export interface CipherProbe {
  readonly evidence: CipherEvidence;
  readonly servedTls12?: readonly Buffer[];
}

export interface CipherProbeOptions {
  readonly host: string;
  readonly port: number;
  /** The signal for a version's probes; TLS 1.0/1.1 may get one that ends sooner (silently dropped hellos). */
  signal(version: TlsVersion): AbortSignal;
  /** At most this many ClientHellos in flight at once, and in all. */
  readonly concurrency?: number;
  readonly maxProbes?: number;
}

const GROUP_NAMES: Readonly<Record<number, string>> = { 23: 'secp256r1', 24: 'secp384r1', 25: 'secp521r1', 29: 'x25519', 30: 'x448', 256: 'ffdhe2048', 257: 'ffdhe3072', 258: 'ffdhe4096' };
const ALERTS: Readonly<Record<number, string>> = {
  10: 'unexpected_message',
  40: 'handshake_failure',
  47: 'illegal_parameter',
  50: 'decode_error',
  70: 'protocol_version',
  71: 'insufficient_security',
  80: 'internal_error',
  86: 'inappropriate_fallback',
  109: 'missing_extension',
  112: 'unrecognized_name',
  116: 'certificate_required',
  120: 'no_application_protocol',
};

/** A tiny semaphore: the hellos of all versions share one bound. */
function limiter(max: number): <T>(work: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await work();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/** Families whose elimination loops run side by side: few suites each, so few round trips each. */
function families(codes: readonly number[]): number[][] {
  const family = (s: SuiteTraits): string =>
    s.kx === 'ECDHE' ? `${s.name.includes('ECDSA') ? 'ecdsa' : 'rsa'}-${s.aead ? 'aead' : 'cbc'}` : s.kx === 'RSA' ? (s.aead ? 'rsa-kx-aead' : 'rsa-kx') : s.kx;
  const groups = new Map<string, number[]>();
  for (const code of codes) {
    const key = family(suiteByCode(code));
    groups.set(key, [...(groups.get(key) ?? []), code]);
  }
  return [...groups.values()];
}

/**
 * Enumerates the suites a server accepts per version, as testssl.sh and sslyze do: offer a list,
 * read the ServerHello's choice, offer the list again without it, until the server refuses. The
 * first hello of each version offers every suite (it also says whether the version is served at
 * all); then suite families are eliminated concurrently, under one bound on sockets and hellos.
 * TLS 1.3 has five suites: each is offered alone, all at once.
 */
export async function probeCiphers(options: CipherProbeOptions): Promise<CipherProbe> {
  const run = limiter(options.concurrency ?? 12);
  const maxProbes = options.maxProbes ?? 160;
  let probes = 0;
  let servedTls12: readonly Buffer[] | undefined;
  let certificateRequested = false;
  const hello = (version: TlsVersion, spec: Omit<HelloSpec, 'serverName' | 'version'> & { version?: number }): Promise<HelloOutcome | undefined> => {
    if (probes >= maxProbes) return Promise.resolve(undefined);
    probes++;
    return run(() => sendHello({ host: options.host, port: options.port, signal: options.signal(version) }, { version: WIRE[version], serverName: options.host, ...spec }));
  };
  const offered = (o: HelloOutcome & { kind: 'hello' }): OfferedSuite => ({
    ...suiteByCode(o.suite),
    ...(o.dhBits !== undefined ? { dhBits: o.dhBits } : {}),
    ...(o.group !== undefined ? { group: GROUP_NAMES[o.group] ?? `0x${o.group.toString(16)}` } : {}),
  });

  const legacy = async (version: TlsVersion): Promise<VersionSuites> => {
    const all = LEGACY.map((s) => s.code);
    const first = await hello(version, { suites: all });
    const refused = verdictOf(first, WIRE[version]);
    if (refused) return { version, suites: [], complete: true, ...refused };
    const opening = first as HelloOutcome & { kind: 'hello' };
    if (opening.certificates.length > 0 && (version === 'TLSv1.2' || servedTls12 === undefined)) servedTls12 = opening.certificates;
    if (version === 'TLSv1.2') certificateRequested = opening.certificateRequested;
    const found: OfferedSuite[] = [offered(opening)];
    let complete = true;
    await Promise.all(
      families(all.filter((c) => c !== opening.suite)).map(async (family) => {
        let left = family;
        while (left.length > 0) {
          const answer = await hello(version, { suites: left });
          if (answer === undefined) {
            complete = false;
            return;
          }
          if (answer.kind !== 'hello' || answer.version !== WIRE[version] || !left.includes(answer.suite)) {
            if (answer.kind === 'no-answer') complete = false;
            return;
          }
          found.push(offered(answer));
          left = left.filter((c) => c !== answer.suite);
        }
      }),
    );
    return { version, accepted: true, suites: sortLike(found, all), complete };
  };

  const tls13 = async (): Promise<VersionSuites> => {
    const answers = await Promise.all(TLS13.map((s) => hello('TLSv1.3', { suites: [s.code] }).then((a) => ({ code: s.code, a }))));
    const accepted = answers.filter((x) => x.a?.kind === 'hello' && x.a.version === WIRE['TLSv1.3'] && x.a.suite === x.code);
    if (accepted.length > 0)
      return { version: 'TLSv1.3', accepted: true, suites: accepted.map((x) => offered(x.a as HelloOutcome & { kind: 'hello' })), complete: answers.every((x) => x.a !== undefined) };
    const verdicts = answers.map((x) => verdictOf(x.a, WIRE['TLSv1.3']));
    const unknown = verdicts.find((v) => v?.accepted === null);
    return { version: 'TLSv1.3', suites: [], complete: true, ...(unknown ?? verdicts[0] ?? { accepted: null, detail: 'not probed' }) };
  };

  const browser = async (version: 'TLSv1.2' | 'TLSv1.3'): Promise<string | null> => {
    const answer = await hello(version, { suites: version === 'TLSv1.3' ? BROWSER_TLS13 : BROWSER_TLS12, signatureAlgorithms: BROWSER_SIGALGS, groups: BROWSER_GROUPS });
    return answer?.kind === 'hello' && answer.version === WIRE[version] ? suiteByCode(answer.suite).name : null;
  };

  const [v10, v11, v12, v13, b13, b12] = await Promise.all([legacy('TLSv1'), legacy('TLSv1.1'), legacy('TLSv1.2'), tls13(), browser('TLSv1.3'), browser('TLSv1.2')]);
  return {
    evidence: { versions: [v10, v11, v12, v13], browser: { tls13: b13, tls12: b12 }, clientCertificateRequested: certificateRequested, probes },
    ...(servedTls12 ? { servedTls12 } : {}),
  };
}

/** Why a first hello says the version is not served (or cannot be told); undefined when it is served. */
function verdictOf(answer: HelloOutcome | undefined, wire: number): { accepted: boolean | null; detail: string } | undefined {
  if (answer === undefined) return { accepted: null, detail: 'probe bound reached' };
  switch (answer.kind) {
    case 'hello':
      return answer.version === wire ? undefined : { accepted: false, detail: `answers with ${wireName(answer.version)}` };
    case 'alert':
      return { accepted: false, detail: ALERTS[answer.description] ?? `alert ${answer.description}` };
    case 'garbage':
      return { accepted: null, detail: answer.detail };
    case 'no-answer':
      // Hanging up on a hello is how many servers refuse a version; silence or a refused connection tells nothing.
      if (/^(connection closed|ECONNRESET|EPIPE)$/.test(answer.detail)) return { accepted: false, detail: answer.detail };
      if (answer.detail === 'ERR_LEGACY_DROPPED') return { accepted: false, detail: 'dropped' };
      return { accepted: null, detail: answer.detail };
  }
}

function wireName(wire: number): string {
  return Object.entries(WIRE).find(([, w]) => w === wire)?.[0] ?? `0x${wire.toString(16)}`;
}

function sortLike(found: readonly OfferedSuite[], order: readonly number[]): OfferedSuite[] {
  return [...found].sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
}
