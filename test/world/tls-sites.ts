import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MODERN_CIPHERS } from '../sandbox/modern-tls.js';
import { keyOf, makeCert, type Made } from './x509.js';

/**
 * TLS sites as merchants' hosts really are (DESIGN §8), each by DNS name in a test world: a
 * Let's-Encrypt-shaped ECDSA chain, wildcard names behind SNI, chains with more than one path,
 * certificates browsers refuse, weak suites only GnuTLS still serves, mutual TLS, a middlebox that
 * drops old ClientHellos. `expect` is what a browser (and the product) must conclude.
 */
export interface SiteSpec {
  readonly name: string;
  readonly host: string;
  readonly address: string;
  readonly port: number;
  /** `node`: Node's TLS server; `gnutls`: gnutls-serv; `middlebox`: drops TLS 1.0/1.1 hellos, passes the rest to Node. */
  readonly server: 'node' | 'gnutls' | 'middlebox';
  /** Leaf first; what the server sends. */
  readonly chain: readonly Made[];
  readonly key: Made;
  /** Node server options beyond cert/key (ciphers, versions, dhparam, requestCert). */
  readonly node?: Record<string, unknown>;
  /** GnuTLS priority string. */
  readonly priority?: string;
  /** A default certificate for clients that send no (or another) SNI name. */
  readonly fallback?: Made;
}

export interface WorldPki {
  readonly roots: readonly Made[];
  readonly sites: readonly SiteSpec[];
}

const DAY = 86_400_000;
const MODERN = MODERN_CIPHERS;

/** Makes every site's certificates (a few hundred ms: RSA keys are made once per size). */
export function buildWorld(): WorldPki {
  const now = Date.now();
  const far = new Date(now + 3650 * DAY);
  const old = new Date(now - 3650 * DAY);
  const ago = (d: number): Date => new Date(now - d * DAY);
  // Roots the world trusts: an ECDSA root (as ISRG Root X2), an RSA root (as ISRG Root X1 / USERTrust).
  const ecRoot = makeCert({ cn: 'World Root X2', ca: true, key: keyOf('p384', true), notBefore: old, notAfter: far });
  const rsaRoot = makeCert({ cn: 'World Root X1', ca: true, key: keyOf('rsa2048', true), notBefore: old, notAfter: far });
  // A retired root, expired (as AddTrust External CA Root in 2020): still in old stores, here too.
  const retired = makeCert({ cn: 'World Retired Root', ca: true, key: keyOf('rsa2048', true), notBefore: ago(7000), notAfter: ago(200), hash: 'sha1' });
  // A legacy root that the store no longer has (as DST Root CA X3 after 2021), signing with SHA-1.
  const legacy = makeCert({ cn: 'World Legacy Root', ca: true, key: keyOf('rsa2048', true), notBefore: old, notAfter: far, hash: 'sha1' });

  const e5 = makeCert({ cn: 'World E5', ca: true, issuer: ecRoot, key: keyOf('p384', true), notBefore: ago(400), notAfter: far, hash: 'sha384' });
  const r10 = makeCert({ cn: 'World R10', ca: true, issuer: rsaRoot, key: keyOf('rsa2048', true), notBefore: ago(400), notAfter: far });
  // The same R10 (subject and key) issued again earlier and now expired: a stale copy some servers still send first.
  const r10Expired = makeCert({ cn: 'World R10', ca: true, issuer: rsaRoot, key: r10.key, notBefore: ago(900), notAfter: ago(30) });
  // World Root X1 cross-signed by the retired root, expired: the AddTrust / ISRG-X1-by-DST shape.
  const x1ByRetired = makeCert({ cn: 'World Root X1', ca: true, issuer: retired, key: rsaRoot.key, notBefore: ago(3000), notAfter: ago(100) });
  // World Root X1 cross-signed by the legacy root with SHA-1: valid, but off the path a browser builds.
  const x1ByLegacy = makeCert({ cn: 'World Root X1', ca: true, issuer: legacy, key: rsaRoot.key, notBefore: ago(1000), notAfter: far, hash: 'sha1' });
  // An intermediate constrained to other.example (name constraints).
  const constrained = makeCert({ cn: 'World Constrained CA', ca: true, issuer: rsaRoot, key: keyOf('p256', true), notBefore: ago(100), notAfter: far, permittedDns: ['other.example'] });

  const leaf = (host: string, issuer: Made, extra: Partial<Parameters<typeof makeCert>[0]> = {}): Made =>
    makeCert({ cn: host, issuer, key: keyOf('p256'), notBefore: ago(10), notAfter: new Date(now + 80 * DAY), ...extra });
  const rsaLeaf = (host: string, extra: Partial<Parameters<typeof makeCert>[0]> = {}): Made => leaf(host, r10, { key: keyOf('rsa2048'), ...extra });

  let n = 10;
  const at = (): string => `203.0.113.${n++}`;
  const site = (s: Omit<SiteSpec, 'address' | 'port' | 'server' | 'key'> & Partial<Pick<SiteSpec, 'port' | 'server'>>): SiteSpec => ({
    address: at(),
    port: 443,
    server: 'node',
    key: s.chain[0]!,
    ...s,
    node: { ciphers: MODERN, ...(s.node ?? {}) },
  });

  const wildcard = leaf('*.wild.example', e5, { dns: ['*.wild.example', 'wild.example'] });
  const sites: SiteSpec[] = [
    site({ name: 'ecdsa-le', host: 'shop.example', chain: [leaf('shop.example', e5, { dns: ['shop.example', 'www.shop.example'] }), e5] }),
    site({ name: 'wildcard-sni', host: 'checkout.wild.example', chain: [wildcard, e5], fallback: leaf('default.invalid', e5) }),
    site({ name: 'p384-leaf', host: 'p384.example', chain: [leaf('p384.example', e5, { key: keyOf('p384'), hash: 'sha384' }), e5] }),
    site({ name: 'rsa-expired-cross', host: 'renewed.example', chain: [rsaLeaf('renewed.example'), r10, x1ByRetired] }),
    site({ name: 'expired-leaf', host: 'lapsed.example', chain: [rsaLeaf('lapsed.example', { notBefore: ago(100), notAfter: ago(3) }), r10] }),
    site({ name: 'expired-duplicate', host: 'dup.example', chain: [rsaLeaf('dup.example'), r10Expired, r10] }),
    site({ name: 'sha1-cross', host: 'cross.example', chain: [rsaLeaf('cross.example'), r10, x1ByLegacy] }),
    site({ name: 'eku-client-only', host: 'clientauth.example', chain: [rsaLeaf('clientauth.example', { eku: ['clientAuth'] }), r10] }),
    site({ name: 'name-constraints', host: 'constrained.example', chain: [leaf('constrained.example', constrained), constrained] }),
    site({ name: 'no-san', host: 'nosan.example', chain: [rsaLeaf('nosan.example', { dns: null }), r10] }),
    site({ name: 'ip-san-only', host: 'iponly.example', chain: [rsaLeaf('iponly.example', { dns: null, ips: ['203.0.113.99'] }), r10] }),
    site({ name: 'partial-wildcard', host: 'shop1.partial.example', chain: [leaf('shop*.partial.example', e5, { dns: ['shop*.partial.example'] }), e5] }),
    site({ name: 'ed25519-leaf', host: 'ed.example', chain: [leaf('ed.example', e5, { key: keyOf('ed25519') }), e5], node: { ciphers: MODERN } }),
    site({ name: 'p521-leaf', host: 'p521.example', chain: [leaf('p521.example', e5, { key: keyOf('p521'), hash: 'sha512' }), e5] }),
    site({ name: 'rsa-kx', host: 'nofs.example', chain: [rsaLeaf('nofs.example'), r10], node: { ciphers: `${MODERN}:AES128-SHA:AES256-GCM-SHA384` } }),
    site({ name: 'cbc-only', host: 'cbc.example', chain: [rsaLeaf('cbc.example'), r10], node: { ciphers: 'ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES256-SHA', maxVersion: 'TLSv1.2' } }),
    site({
      name: 'dhe-1024-only',
      host: 'dhe.example',
      chain: [rsaLeaf('dhe.example'), r10],
      node: { ciphers: 'DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:@SECLEVEL=0', maxVersion: 'TLSv1.2', dhparam: 'dh1024' },
    }),
    site({ name: 'mtls', host: 'mtls.example', chain: [rsaLeaf('mtls.example'), r10], node: { ciphers: MODERN, requestCert: true, rejectUnauthorized: true, maxVersion: 'TLSv1.2' } }),
    site({ name: 'middlebox', host: 'mbox.example', chain: [rsaLeaf('mbox.example'), r10], server: 'middlebox' }),
    site({
      name: 'gnutls-3des-rc4',
      host: 'legacy.example',
      chain: [rsaLeaf('legacy.example'), r10],
      server: 'gnutls',
      port: 8443,
      priority: 'NORMAL:+3DES-CBC:+ARCFOUR-128:+RSA:+VERS-TLS1.0:+VERS-TLS1.1:-VERS-TLS1.3',
    }),
    site({ name: 'gnutls-3des-tls12', host: 'sweet32.example', chain: [rsaLeaf('sweet32.example'), r10], server: 'gnutls', port: 9443, priority: 'NORMAL:+3DES-CBC:-VERS-TLS1.0:-VERS-TLS1.1' }),
  ];
  return { roots: [ecRoot, rsaRoot, retired], sites };
}

/** Writes a site's PEM files for gnutls-serv; returns their paths. */
export function writePem(dir: string, site: SiteSpec): { cert: string; key: string } {
  const cert = path.join(dir, `${site.name}.crt`);
  const key = path.join(dir, `${site.name}.key`);
  fs.writeFileSync(cert, site.chain.map((c) => c.pem).join(''));
  fs.writeFileSync(key, site.key.keyPem);
  return { cert, key };
}

/** A fresh temporary folder for a world's files. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mp-tls-world-'));
}
