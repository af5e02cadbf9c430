import { createHash, generateKeyPairSync, randomBytes, sign, X509Certificate, type KeyObject } from 'node:crypto';
import forge from 'node-forge';

/**
 * Test certificates of every shape real sites serve. node-forge signs RSA only (it cannot read or
 * use EC or Ed25519 keys), so the certificate is laid out here with forge's ASN.1 encoder and
 * signed with Node's crypto, which signs RSA, ECDSA (P-256/384/521) and Ed25519 alike.
 */
const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;

export type KeyKind = 'rsa1024' | 'rsa2048' | 'rsa3072' | 'p256' | 'p384' | 'p521' | 'ed25519';

export interface KeyPair {
  readonly kind: KeyKind;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

const keys = new Map<KeyKind, KeyPair>();

/** A key of that kind, one per kind and process unless `fresh` (a cross-sign reuses its CA's key explicitly). */
export function keyOf(kind: KeyKind, fresh = false): KeyPair {
  const cached = keys.get(kind);
  if (cached && !fresh) return cached;
  const pair = kind.startsWith('rsa')
    ? generateKeyPairSync('rsa', { modulusLength: Number(kind.slice(3)) })
    : kind === 'ed25519'
      ? generateKeyPairSync('ed25519')
      : generateKeyPairSync('ec', { namedCurve: { p256: 'P-256', p384: 'P-384', p521: 'P-521' }[kind as 'p256'] });
  const made = { kind, ...pair };
  if (!fresh) keys.set(kind, made);
  return made;
}

export interface Made {
  readonly pem: string;
  readonly der: Buffer;
  readonly x509: X509Certificate;
  readonly key: KeyPair;
  readonly keyPem: string;
  readonly subject: string;
}

export interface CertSpec {
  /** Subject common name. */
  readonly cn: string;
  readonly key?: KeyPair;
  /** The issuing CA; none: self-signed. */
  readonly issuer?: Made;
  readonly hash?: 'sha256' | 'sha384' | 'sha512' | 'sha1';
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly ca?: boolean;
  /** subjectAltName entries; `null` leaves the extension out. Default: DNS:cn for a leaf. */
  readonly dns?: readonly string[] | null;
  readonly ips?: readonly string[];
  /** Extended key usage; `null` leaves it out. Default for a leaf: serverAuth. */
  readonly eku?: ReadonlyArray<'serverAuth' | 'clientAuth'> | null;
  /** A CA limited to these DNS subtrees (name constraints). */
  readonly permittedDns?: readonly string[];
}

const DAY = 86_400_000;
const OID = {
  cn: '2.5.4.3',
  o: '2.5.4.10',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  eku: '2.5.29.37',
  san: '2.5.29.17',
  ski: '2.5.29.14',
  aki: '2.5.29.35',
  nameConstraints: '2.5.29.30',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
} as const;

const bin = (b: Buffer): string => b.toString('binary');
const der = (node: Asn1): Buffer => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
const seq = (items: Asn1[]): Asn1 => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
const oid = (o: string): Asn1 => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(o).getBytes());
const octets = (b: Buffer): Asn1 => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bin(b));
const bool = (v: boolean): Asn1 => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BOOLEAN, false, v ? '\xff' : '\x00');
const int = (b: Buffer): Asn1 => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, bin(b));
const utc = (d: Date): Asn1 => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.UTCTIME, false, asn1.dateToUtcTime(d));

function name(cn: string): Asn1 {
  const rdn = (o: string, v: string): Asn1 =>
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, [seq([oid(o), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.UTF8, false, forge.util.encodeUtf8(v))])]);
  return seq([rdn(OID.o, 'mercadopago-readiness test world'), rdn(OID.cn, cn)]);
}

function extension(id: string, critical: boolean, value: Asn1): Asn1 {
  return seq([oid(id), ...(critical ? [bool(true)] : []), octets(der(value))]);
}

function algorithm(signer: KeyPair, hash: string): { node: Asn1; digest: string | null } {
  if (signer.kind === 'ed25519') return { node: seq([oid('1.3.101.112')]), digest: null };
  if (signer.kind.startsWith('rsa')) {
    const o = { sha1: '1.2.840.113549.1.1.5', sha256: '1.2.840.113549.1.1.11', sha384: '1.2.840.113549.1.1.12', sha512: '1.2.840.113549.1.1.13' }[hash]!;
    return { node: seq([oid(o), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '')]), digest: hash };
  }
  const o = { sha1: '1.2.840.10045.4.1', sha256: '1.2.840.10045.4.3.2', sha384: '1.2.840.10045.4.3.3', sha512: '1.2.840.10045.4.3.4' }[hash]!;
  return { node: seq([oid(o)]), digest: hash };
}

function generalNames(dns: readonly string[], ips: readonly string[]): Asn1[] {
  const ip = (a: string): Buffer => Buffer.from(a.split('.').map(Number));
  return [...dns.map((d) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, 2, false, d)), ...ips.map((a) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, 7, false, bin(ip(a))))];
}

/** The issuer's subject Name, exactly as encoded in its certificate (the 6th field of its TBS). */
function subjectNode(issuer: Made): Asn1 {
  const certificate = asn1.fromDer(forge.util.createBuffer(bin(issuer.der)));
  const tbs = (certificate.value as Asn1[])[0]!;
  return (tbs.value as Asn1[])[5]!;
}

/** Issues one certificate. */
export function makeCert(spec: CertSpec): Made {
  const key = spec.key ?? keyOf(spec.ca ? 'p256' : 'rsa2048');
  const signer = spec.issuer?.key ?? key;
  const spki = key.publicKey.export({ type: 'spki', format: 'der' });
  const ski = createHash('sha1').update(spki).digest();
  const now = Date.now();
  const { node: sigAlg, digest } = algorithm(signer, spec.hash ?? 'sha256');
  const isEc = key.kind.startsWith('p') || key.kind === 'ed25519';
  const exts: Asn1[] = [
    extension(OID.basicConstraints, true, seq(spec.ca ? [bool(true)] : [])),
    // keyUsage bits: digitalSignature (0), keyEncipherment (2), keyCertSign (5), cRLSign (6).
    extension(OID.keyUsage, true, asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, spec.ca ? '\x01\x86' : isEc ? '\x07\x80' : '\x05\xa0')),
    extension(OID.ski, false, octets(ski)),
  ];
  if (spec.issuer) {
    const issuerSki = createHash('sha1')
      .update(spec.issuer.key.publicKey.export({ type: 'spki', format: 'der' }))
      .digest();
    exts.push(extension(OID.aki, false, seq([asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, false, bin(issuerSki))])));
  }
  const eku = spec.eku === undefined ? (spec.ca ? null : ['serverAuth' as const]) : spec.eku;
  if (eku) exts.push(extension(OID.eku, false, seq(eku.map((e) => oid(OID[e])))));
  const dns = spec.dns === undefined ? (spec.ca ? null : [spec.cn]) : spec.dns;
  if (dns !== null || (spec.ips ?? []).length > 0) exts.push(extension(OID.san, false, seq(generalNames(dns ?? [], spec.ips ?? []))));
  if (spec.permittedDns) {
    const subtrees = spec.permittedDns.map((d) => seq(generalNames([d], [])));
    exts.push(extension(OID.nameConstraints, true, seq([asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, subtrees)])));
  }
  const tbs = seq([
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [int(Buffer.from([2]))]),
    int(Buffer.concat([Buffer.from([0x01]), randomBytes(8)])),
    sigAlg,
    spec.issuer ? subjectNode(spec.issuer) : name(spec.cn),
    seq([utc(spec.notBefore ?? new Date(now - DAY)), utc(spec.notAfter ?? new Date(now + 90 * DAY))]),
    name(spec.cn),
    asn1.fromDer(forge.util.createBuffer(bin(spki))),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 3, true, [seq(exts)]),
  ]);
  const tbsDer = der(tbs);
  const signature = sign(digest, tbsDer, signer.privateKey);
  const cert = der(seq([tbs, algorithm(signer, spec.hash ?? 'sha256').node, asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, '\x00' + bin(signature))]));
  const x509 = new X509Certificate(cert);
  return {
    der: cert,
    pem: x509.toString(),
    x509,
    key,
    keyPem: key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    subject: x509.subject,
  };
}
