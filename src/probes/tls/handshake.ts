import * as net from 'node:net';
import * as tls from 'node:tls';
import type { PeerCertificate, TLSSocket } from 'node:tls';
import { checkConnected, createGuard, guardedConnectOptions, type ConnectionGuard, type Resolve } from '../net/guard.js';
import { cachedLookup } from '../net/lookup.js';

export interface HandshakeOptions {
  readonly host: string;
  readonly port: number;
  readonly signal: AbortSignal;
  readonly minVersion?: tls.SecureVersion;
  readonly maxVersion?: tls.SecureVersion;
  /** OpenSSL cipher string; `DEFAULT@SECLEVEL=0` lets legacy versions and weak keys through. */
  readonly ciphers?: string;
  /** The connection guard (net/guard.ts); by default the host is the one the user named. */
  readonly guard?: ConnectionGuard;
}

/** What one completed handshake showed. */
export interface HandshakeResult {
  readonly protocol: string;
  readonly cipher: string;
  /** The certificates as the server sent them, leaf first, DER. */
  readonly served: readonly Buffer[];
  /** OpenSSL's chain verification error against the trust store, if any (host name not included). */
  readonly verifyError?: string;
}

/**
 * One TLS handshake, then the socket is closed. Never rejects on a bad certificate: it reports it.
 * Rejects with the socket error when no handshake completes (refused, reset, protocol not offered).
 */
export function handshake(options: HandshakeOptions): Promise<HandshakeResult> {
  return new Promise((resolve, reject) => {
    if (options.signal.aborted) return reject(options.signal.reason);
    const guard = options.guard ?? createGuard({ named: [options.host] });
    let guarded: ReturnType<typeof guardedConnectOptions>;
    try {
      // The four version probes and the page fetch share one resolution of the host.
      guarded = guardedConnectOptions(guard, options.host, cachedLookup as Resolve);
    } catch (error) {
      return reject(error);
    }
    const socket: TLSSocket = tls.connect({
      ...guarded,
      host: options.host,
      port: options.port,
      ...(net.isIP(options.host) ? {} : { servername: options.host }),
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined,
      ...(options.minVersion ? { minVersion: options.minVersion } : {}),
      ...(options.maxVersion ? { maxVersion: options.maxVersion } : {}),
      ...(options.ciphers ? { ciphers: options.ciphers } : {}),
    });
    const onAbort = (): void => {
      socket.destroy();
      reject(options.signal.reason);
    };
    options.signal.addEventListener('abort', onAbort, { once: true });
    const done = (): void => {
      options.signal.removeEventListener('abort', onAbort);
      socket.destroy();
    };
    socket.once('connect', () => {
      const refused = checkConnected(guard, options.host, socket);
      if (refused) {
        done();
        reject(refused);
      }
    });
    socket.once('secureConnect', () => {
      const cipher = socket.getCipher();
      const result: HandshakeResult = {
        protocol: socket.getProtocol() ?? 'unknown',
        cipher: cipher?.standardName ?? cipher?.name ?? 'unknown',
        served: servedChain(socket),
        ...(socket.authorizationError ? { verifyError: String(socket.authorizationError) } : {}),
      };
      done();
      resolve(result);
    });
    socket.once('error', (error) => {
      done();
      reject(error);
    });
  });
}

/** The chain exactly as the server sent it (OpenSSL's peer chain), leaf first. */
function servedChain(socket: TLSSocket): Buffer[] {
  const chain: Buffer[] = [];
  const seen = new Set<string>();
  let cert: PeerCertificate | undefined = socket.getPeerCertificate(true);
  // getPeerCertificate(true) links issuerCertificate through what the server sent and, where
  // OpenSSL completed the chain from the store, beyond it; stop at a repeat (self-signed root).
  while (cert && cert.raw && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    chain.push(cert.raw);
    cert = (cert as tls.DetailedPeerCertificate).issuerCertificate;
  }
  return chain;
}
