import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

const { pki, md } = forge;

/** A key pair as PEM, made by Node (fast) and handed to node-forge for signing. */
interface KeyPair {
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
}

const keyCache = new Map<number, KeyPair>();

/** RSA keys, cached per size: every sandbox certificate of one size shares a key (fine for tests). */
function rsaKey(bits: number): KeyPair {
  let key = keyCache.get(bits);
  if (!key) {
    const pair = generateKeyPairSync('rsa', { modulusLength: bits, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    key = { privateKeyPem: pair.privateKey, publicKeyPem: pair.publicKey };
    keyCache.set(bits, key);
  }
  return key;
}

export interface Issued {
  readonly certPem: string;
  readonly keyPem: string;
  readonly cert: forge.pki.Certificate;
  readonly key: forge.pki.PrivateKey;
}

export interface CertificateSpec {
  readonly commonName: string;
  /** DNS names and IP addresses for the Subject Alternative Names. */
  readonly hosts?: readonly string[];
  readonly keyBits?: number;
  /** Signature hash; sha1 makes the weak-signature fixture. */
  readonly hash?: 'sha256' | 'sha1';
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly isCA?: boolean;
}

const DAY = 86_400_000;

/** Issues a certificate signed by `issuer`, or self-signed when no issuer is given. */
export function issue(spec: CertificateSpec, issuer?: Issued): Issued {
  const pair = rsaKey(spec.keyBits ?? 2048);
  const publicKey = pki.publicKeyFromPem(pair.publicKeyPem);
  const privateKey = pki.privateKeyFromPem(pair.privateKeyPem);
  const cert = pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  const now = Date.now();
  cert.validity.notBefore = spec.notBefore ?? new Date(now - DAY);
  cert.validity.notAfter = spec.notAfter ?? new Date(now + 90 * DAY);
  const subject = [
    { name: 'commonName', value: spec.commonName },
    { name: 'organizationName', value: 'mercadopago-readiness sandbox' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : subject);
  const extensions: object[] = [
    { name: 'basicConstraints', cA: spec.isCA === true, critical: true },
    spec.isCA ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true } : { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ];
  if (issuer) extensions.push({ name: 'authorityKeyIdentifier', keyIdentifier: issuer.cert.generateSubjectKeyIdentifier().getBytes() });
  if (!spec.isCA) {
    extensions.push({ name: 'extKeyUsage', serverAuth: true });
    const hosts = spec.hosts ?? [spec.commonName];
    extensions.push({ name: 'subjectAltName', altNames: hosts.map((h) => (/^[\d.]+$/.test(h) || h.includes(':') ? { type: 7, ip: h } : { type: 2, value: h })) });
  }
  cert.setExtensions(extensions);
  const signingKey = issuer ? (issuer.key as forge.pki.rsa.PrivateKey) : (privateKey as forge.pki.rsa.PrivateKey);
  cert.sign(signingKey, spec.hash === 'sha1' ? md.sha1.create() : md.sha256.create());
  return { cert, key: privateKey, certPem: pki.certificateToPem(cert), keyPem: pair.privateKeyPem };
}

/** The sandbox's certificate authority: a root and an intermediate, as a public CA has. */
export interface LocalCa {
  readonly root: Issued;
  readonly intermediate: Issued;
  /** Issues a server certificate from the intermediate; `chain` is leaf + intermediate PEM. */
  server(spec: CertificateSpec): { cert: string; key: string; chain: string; leafOnly: string };
}

export function createLocalCa(): LocalCa {
  const far = new Date(Date.now() + 3650 * DAY);
  const root = issue({ commonName: 'Readiness Sandbox Root CA', isCA: true, notAfter: far, notBefore: new Date(Date.now() - 30 * DAY) });
  const intermediate = issue({ commonName: 'Readiness Sandbox Issuing CA', isCA: true, notAfter: far, notBefore: new Date(Date.now() - 30 * DAY) }, root);
  return {
    root,
    intermediate,
    server(spec) {
      const leaf = issue(spec, intermediate);
      return { cert: leaf.certPem, key: leaf.keyPem, chain: leaf.certPem + intermediate.certPem, leafOnly: leaf.certPem };
    },
  };
}
