import type { X509Certificate } from 'node:crypto';

/** How the leaf certificate names the host. */
export interface HostnameFacts {
  /** A subjectAltName matches, as browsers match (whole-label wildcards only, no subject CN). */
  readonly matches: boolean;
  /** The subjectAltName that matched. */
  readonly matchedName?: string;
  /** Only the subject CN names the host: browsers ignore it (Chrome 58, 2017). */
  readonly commonNameOnly: boolean;
  /** The leaf has no subjectAltName extension at all. */
  readonly noSubjectAltName: boolean;
}

/**
 * Matches the host against the leaf as browsers do (RFC 6125 as in the CA/Browser Forum rules):
 * DNS names against DNS subjectAltNames with `*` only as a whole left-most label, IP literals
 * against IP subjectAltNames, never the subject CN.
 */
export function matchHost(leaf: X509Certificate | undefined, host: string, isIp: boolean): HostnameFacts {
  if (!leaf) return { matches: false, commonNameOnly: false, noSubjectAltName: true };
  const noSubjectAltName = (leaf.subjectAltName ?? '') === '';
  const matched = isIp ? leaf.checkIP(host) : leaf.checkHost(host, { subject: 'never', partialWildcards: false, multiLabelWildcards: false, wildcards: true });
  const viaSubject = !isIp && matched === undefined && leaf.checkHost(host, { subject: 'always', partialWildcards: false }) !== undefined;
  return { matches: matched !== undefined, ...(matched !== undefined ? { matchedName: matched } : {}), commonNameOnly: viaSubject, noSubjectAltName };
}
