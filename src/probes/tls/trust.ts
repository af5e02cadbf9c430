import { X509Certificate } from 'node:crypto';
import * as tls from 'node:tls';

/**
 * How the served chain relates to the trust store, judged apart from time and host name (those
 * have their own checks): `incomplete-chain` means an intermediate the server should send is missing.
 */
export type TrustVerdict = 'trusted' | 'self-signed' | 'untrusted-root' | 'incomplete-chain';

export interface TrustAnalysis {
  readonly verdict: TrustVerdict;
  /** The path that validates (as a browser builds it), leaf first, by subject; ends at the trusted root when trusted. */
  readonly path: readonly string[];
  /** OpenSSL's own verification error for the handshake, when it had one. */
  readonly opensslError?: string;
  /**
   * A verification error the trust verdict counts: OpenSSL's, unless it is about dates or key
   * strength (ssl.validity and ssl.key-and-signature report those), or one found here on the
   * verified path (a leaf not for server authentication, an issuer that is no CA).
   */
  readonly countedError?: string;
  /** Served certificates that are not on the verified path (an old cross-sign, a duplicate intermediate), by subject. */
  readonly offPath: readonly string[];
  /** False when no handshake completed and the chain was judged from the TLS 1.2 flight alone (no OpenSSL verdict). */
  readonly verifiedByOpenssl: boolean;
}

let trustStore: Map<string, X509Certificate[]> | undefined;
let storeSource: readonly string[] | undefined;

/**
 * Node's default CA store plus NODE_EXTRA_CA_CERTS, indexed by subject; parsed on first need and
 * again only when the store changes (`tls.setDefaultCACertificates`).
 */
function roots(): Map<string, X509Certificate[]> {
  const current = tls.getCACertificates('default');
  if (!trustStore || storeSource !== current) {
    storeSource = current;
    trustStore = new Map();
    for (const pem of current) {
      try {
        const cert = new X509Certificate(pem);
        const list = trustStore.get(cert.subject) ?? [];
        list.push(cert);
        trustStore.set(cert.subject, list);
      } catch {
        // an unreadable store entry cannot anchor anything
      }
    }
  }
  return trustStore;
}

/** Whether this very certificate (same fingerprint) is a trust anchor of the store. */
export function isTrustAnchor(cert: X509Certificate): boolean {
  return (roots().get(cert.subject) ?? []).some((root) => root.fingerprint256 === cert.fingerprint256);
}

function issuedBy(child: X509Certificate, parent: X509Certificate): boolean {
  try {
    return child.checkIssued(parent) && child.verify(parent.publicKey);
  } catch {
    return false;
  }
}

/** OpenSSL verification errors that already say what is wrong with the chain itself. */
const DEFINITE: Readonly<Record<string, TrustVerdict>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'untrusted-root',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'incomplete-chain',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'incomplete-chain',
  UNABLE_TO_GET_ISSUER_CERT: 'incomplete-chain',
};

/** Errors other checks report: dates (ssl.validity) and key or digest strength (ssl.key-and-signature). */
const SET_ASIDE = /^(CERT_HAS_EXPIRED|CERT_NOT_YET_VALID|ERROR_IN_CERT_NOT_BEFORE_FIELD|ERROR_IN_CERT_NOT_AFTER_FIELD|EE_KEY_TOO_SMALL|CA_KEY_TOO_SMALL|CA_MD_TOO_WEAK)$/;

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const ANY_EKU = '2.5.29.37.0';

/**
 * Judges the served chain as a browser does: the path is built from the leaf, trust-store roots
 * first (OpenSSL's and browsers' "trusted first"), then the served certificates, preferring one
 * valid `now` among several candidates (a renewed intermediate over its expired duplicate).
 * Certificates sent but not on that path are listed, never judged. OpenSSL's error counts unless
 * another check reports it.
 */
export function analyzeTrust(served: readonly X509Certificate[], opensslError: string | undefined, now: Date, verifiedByOpenssl = true): { analysis: TrustAnalysis; path: X509Certificate[] } {
  const built = buildPath(served, now);
  const onPath = new Set(built.path.map((c) => c.fingerprint256));
  const offPath = served.filter((c) => !onPath.has(c.fingerprint256) && !isTrustAnchor(c)).map(subjectOf);
  const definite = opensslError ? DEFINITE[opensslError] : undefined;
  const verdict = definite ?? built.verdict;
  const counted = opensslError && !definite && !SET_ASIDE.test(opensslError) ? opensslError : pathError(built.path);
  return {
    path: built.path,
    analysis: {
      verdict,
      path: built.path.map(subjectOf),
      ...(opensslError ? { opensslError } : {}),
      ...(counted ? { countedError: counted } : {}),
      offPath,
      verifiedByOpenssl,
    },
  };
}

/** What this module checks itself on the path, for when OpenSSL's one error was about something else (it reports only the last). */
function pathError(path: readonly X509Certificate[]): string | undefined {
  const leaf = path[0];
  const eku = leaf?.keyUsage;
  if (eku && eku.length > 0 && !eku.includes(SERVER_AUTH) && !eku.includes(ANY_EKU)) return 'INVALID_PURPOSE';
  if (path.slice(1).some((c) => !c.ca)) return 'INVALID_CA';
  return undefined;
}

function subjectOf(c: X509Certificate): string {
  return c.subject.replace(/\n/g, ', ');
}

function validAt(c: X509Certificate, now: Date): boolean {
  return c.validFromDate.getTime() <= now.getTime() && now.getTime() <= c.validToDate.getTime();
}

function pick(candidates: readonly X509Certificate[], now: Date): X509Certificate | undefined {
  return candidates.find((c) => validAt(c, now)) ?? candidates[0];
}

function buildPath(served: readonly X509Certificate[], now: Date): { verdict: TrustVerdict; path: X509Certificate[] } {
  const leaf = served[0];
  if (!leaf) return { verdict: 'incomplete-chain', path: [] };
  const store = roots();
  const path: X509Certificate[] = [];
  const used = new Set<string>([leaf.fingerprint256]);
  let current = leaf;
  for (let depth = 0; depth < 10; depth++) {
    path.push(current);
    if (isTrustAnchor(current)) return { verdict: 'trusted', path };
    const root = pick(
      (store.get(current.issuer) ?? []).filter((r) => issuedBy(current, r)),
      now,
    );
    if (root) return { verdict: 'trusted', path: [...path, root] };
    const next = pick(
      served.filter((c) => !used.has(c.fingerprint256) && issuedBy(current, c)),
      now,
    );
    if (next) {
      used.add(next.fingerprint256);
      current = next;
      continue;
    }
    if (issuedBy(current, current)) return { verdict: depth === 0 ? 'self-signed' : 'untrusted-root', path };
    return { verdict: 'incomplete-chain', path };
  }
  return { verdict: 'incomplete-chain', path };
}
