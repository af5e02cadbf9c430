import * as https from 'node:https';
import { MODERN_CIPHERS } from './modern-tls.js';
import { close, listenOnLoopback, randomLoopback } from './net.js';
import { issue, type LocalCa } from './pki.js';

const DAY = 86_400_000;

/** One TLS flaw per server, as a merchant's host can have it. */
export const TLS_FLAWS = [
  'healthy',
  'expired',
  'not-yet-valid',
  'wrong-host',
  'self-signed',
  'incomplete-chain',
  'rsa-1024',
  'rsa-512',
  'sha1-signature',
  'tls10-offered',
  'tls11-offered',
  'tls13-only',
  'expiring-soon',
] as const;
export type TlsFlaw = (typeof TLS_FLAWS)[number];

export interface TlsFixture {
  readonly flaw: TlsFlaw;
  readonly host: string;
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

/** Weak keys, SHA-1 and legacy versions need the server's OpenSSL level lowered too, or it refuses to load them. */
const LEGACY_SERVER: Partial<https.ServerOptions> = { ciphers: 'DEFAULT@SECLEVEL=0' };

/** The certificate and server options that make each flaw, issued by the sandbox CA (node-forge). */
function configure(flaw: TlsFlaw, ca: LocalCa, host: string): { cert: string; key: string; options: Partial<https.ServerOptions> } {
  const now = Date.now();
  const spec = { commonName: host, hosts: [host] };
  const full = (s: Parameters<LocalCa['server']>[0], options: Partial<https.ServerOptions> = {}): ReturnType<typeof configure> => {
    const c = ca.server(s);
    return { cert: c.chain, key: c.key, options };
  };
  switch (flaw) {
    case 'healthy':
      return full(spec);
    case 'expired':
      return full({ ...spec, notBefore: new Date(now - 100 * DAY), notAfter: new Date(now - 2 * DAY) });
    case 'not-yet-valid':
      return full({ ...spec, notBefore: new Date(now + 3 * DAY), notAfter: new Date(now + 93 * DAY) });
    case 'wrong-host':
      return full({ commonName: 'shop.example', hosts: ['shop.example', 'www.shop.example'] });
    case 'self-signed': {
      const c = issue(spec);
      return { cert: c.certPem, key: c.keyPem, options: {} };
    }
    case 'incomplete-chain': {
      const c = ca.server(spec);
      return { cert: c.leafOnly, key: c.key, options: {} };
    }
    case 'rsa-1024':
      return full({ ...spec, keyBits: 1024 }, LEGACY_SERVER);
    case 'rsa-512':
      return full({ ...spec, keyBits: 512 }, LEGACY_SERVER);
    case 'sha1-signature':
      return full({ ...spec, hash: 'sha1' }, LEGACY_SERVER);
    case 'tls10-offered':
      return full(spec, { ...LEGACY_SERVER, minVersion: 'TLSv1' });
    case 'tls11-offered':
      return full(spec, { ...LEGACY_SERVER, minVersion: 'TLSv1.1' });
    case 'tls13-only':
      return full(spec, { minVersion: 'TLSv1.3' });
    case 'expiring-soon':
      // A 9-day certificate with 2 days left: under a third of its lifetime.
      return full({ ...spec, notBefore: new Date(now - 7 * DAY), notAfter: new Date(now + 2 * DAY) });
  }
}

/** Starts an HTTPS server with one flaw on a fresh loopback address (ephemeral port). */
export async function startTlsFixture(flaw: TlsFlaw, ca: LocalCa, port = 0): Promise<TlsFixture> {
  const host = randomLoopback();
  const { cert, key, options } = configure(flaw, ca, host);
  const server = https.createServer({ cert, key, ciphers: MODERN_CIPHERS, ...options }, (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));
  const bound = await listenOnLoopback(server, port, host);
  return {
    flaw,
    host,
    port: bound.port,
    url: `https://${host}:${bound.port}/checkout`,
    close: () => close(server),
  };
}
