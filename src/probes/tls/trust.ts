import { X509Certificate } from 'node:crypto';
import * as tls from 'node:tls';

/**
 * How the served chain relates to the trust store, judged apart from time and host name (those
 * have their own checks): `incomplete-chain` means an intermediate the server should send is missing.
 */
export type TrustVerdict = 'trusted' | 'self-signed' | 'untrusted-root' | 'incomplete-chain';

export interface TrustAnalysis {
  readonly verdict: TrustVerdict;
  /** The chain as it validates, leaf first, by subject; ends at the trusted root when trusted. */
  readonly path: readonly string[];
  /** OpenSSL's own verification error for the handshake, when it had one. */
  readonly opensslError?: string;
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

/**
 * Judges the served chain. OpenSSL's verdict is taken when it is clean or names a chain fault.
 * Otherwise its error may be only about time or key strength (OpenSSL reports the last error it
 * met), so the path is built here, ignoring dates, to say whether the chain itself is trusted.
 */
export function analyzeTrust(served: readonly X509Certificate[], opensslError: string | undefined): TrustAnalysis {
  const subjects = served.map((c) => c.subject.replace(/\n/g, ', '));
  const withError = opensslError ? { opensslError } : {};
  if (opensslError === undefined) return { verdict: 'trusted', path: subjects };
  const definite = DEFINITE[opensslError];
  if (definite) return { verdict: definite, path: subjects, ...withError };
  return { ...buildPath(served), ...withError };
}

function buildPath(served: readonly X509Certificate[]): TrustAnalysis {
  const leaf = served[0];
  if (!leaf) return { verdict: 'incomplete-chain', path: [] };
  const store = roots();
  const path: string[] = [];
  const used = new Set<X509Certificate>([leaf]);
  let current = leaf;
  for (let depth = 0; depth < 10; depth++) {
    path.push(current.subject.replace(/\n/g, ', '));
    const anchored = (store.get(current.subject) ?? []).some((root) => root.fingerprint256 === current.fingerprint256);
    if (anchored) return { verdict: 'trusted', path };
    const root = (store.get(current.issuer) ?? []).find((r) => issuedBy(current, r));
    if (root) return { verdict: 'trusted', path: [...path, root.subject.replace(/\n/g, ', ')] };
    const next = served.find((c) => !used.has(c) && issuedBy(current, c));
    if (next) {
      used.add(next);
      current = next;
      continue;
    }
    if (issuedBy(current, current)) return { verdict: depth === 0 ? 'self-signed' : 'untrusted-root', path };
    return { verdict: 'incomplete-chain', path };
  }
  return { verdict: 'incomplete-chain', path };
}
