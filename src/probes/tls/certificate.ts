import { X509Certificate } from 'node:crypto';

/** The facts about one certificate that the checks read. Dates are ISO strings. */
export interface CertificateInfo {
  readonly subject: string;
  readonly issuer: string;
  readonly serialNumber: string;
  readonly notBefore: string;
  readonly notAfter: string;
  readonly subjectAltNames: readonly string[];
  /** `rsa`, `ec`, `ed25519`, … as Node names the key type. */
  readonly keyType: string;
  /** RSA modulus length, or the EC curve's size in bits. */
  readonly keyBits: number | undefined;
  readonly curve?: string;
  /** E.g. `sha256WithRSAEncryption`, `ecdsa-with-SHA384`. */
  readonly signatureAlgorithm: string;
  readonly fingerprint256: string;
  readonly isCA: boolean;
  /** Extended key usage OIDs; absent when the certificate has no such extension (any use). */
  readonly extendedKeyUsage?: readonly string[];
  readonly selfIssued: boolean;
  /** Set by the probe: the certificate is itself a trust anchor of the store (a root, possibly appended by OpenSSL). */
  readonly inTrustStore?: boolean;
}

const CURVE_BITS: Readonly<Record<string, number>> = {
  prime256v1: 256,
  'P-256': 256,
  secp384r1: 384,
  'P-384': 384,
  secp521r1: 521,
  'P-521': 521,
  secp256k1: 256,
  secp224r1: 224,
  prime192v1: 192,
};

/**
 * Reads a DER certificate with Node's own X.509 parser (OpenSSL). node-forge is not used here:
 * it cannot read EC public keys, and most certificates served today are ECDSA.
 */
export function describeCertificate(der: Buffer): { info: CertificateInfo; x509: X509Certificate } {
  const x509 = new X509Certificate(der);
  const key = x509.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  const keyType = key.asymmetricKeyType ?? 'unknown';
  const curve = details.namedCurve;
  const keyBits = details.modulusLength ?? (curve ? CURVE_BITS[curve] : undefined) ?? (keyType === 'ed25519' ? 256 : keyType === 'ed448' ? 448 : undefined);
  return {
    x509,
    info: {
      subject: x509.subject.replace(/\n/g, ', '),
      issuer: x509.issuer.replace(/\n/g, ', '),
      serialNumber: x509.serialNumber,
      notBefore: x509.validFromDate.toISOString(),
      notAfter: x509.validToDate.toISOString(),
      subjectAltNames: (x509.subjectAltName ?? '').split(/,\s*/).filter((s) => s !== ''),
      keyType,
      keyBits,
      ...(curve ? { curve } : {}),
      signatureAlgorithm: x509.signatureAlgorithm ?? 'unknown',
      fingerprint256: x509.fingerprint256,
      isCA: x509.ca,
      ...(x509.keyUsage && x509.keyUsage.length > 0 ? { extendedKeyUsage: x509.keyUsage } : {}),
      selfIssued: x509.subject === x509.issuer,
    },
  };
}
