import * as net from 'node:net';
import * as tls from 'node:tls';
import { createGuard, guardedConnectOptions, type Resolve } from './guard.js';
import { cachedLookup } from './lookup.js';

/**
 * Connections opened before the engine is even loaded. Loading the engine takes tens of
 * milliseconds of CPU; the first API connection takes two round trips of network. Started as
 * soon as the inputs are valid, the second overlaps the first, and the warm agent
 * (warm-agent.ts) hands the connection to the first request there. Only the TCP and TLS
 * handshakes happen here (the certificate verified as for any request): nothing is sent.
 */
const early = new Map<string, Array<Promise<net.Socket | undefined>>>();

/** How long an early connection waits to be taken before it is closed. */
const UNUSED_MS = 20_000;

/** The key connections are filed under: scheme, host and port, as the warm agent looks them up. */
export function originKey(protocol: string, hostname: string, port: string): string {
  return `${protocol}//${hostname.replace(/^\[|\]$/g, '').toLowerCase()}:${port || (protocol === 'https:' ? '443' : '80')}`;
}

/** Starts `count` connections to `url`'s origin (https, or plain http as the API client allows it for loopback). */
export function connectEarly(url: URL, count = 1): void {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const key = originKey(url.protocol, url.hostname, url.port);
  // The API host is the user's choice, but never a link-local address (DESIGN §1): the guard says.
  let guarded: ReturnType<typeof guardedConnectOptions>;
  try {
    guarded = guardedConnectOptions(createGuard({ named: [host] }), host, cachedLookup as Resolve);
  } catch {
    return;
  }
  const list = early.get(key) ?? [];
  early.set(key, list);
  for (let i = 0; i < count; i++) {
    list.push(
      new Promise((resolve) => {
        const socket =
          url.protocol === 'https:' ? tls.connect({ host, port, ...guarded, ALPNProtocols: ['http/1.1'], ...(net.isIP(host) ? {} : { servername: host }) }) : net.connect({ host, port, ...guarded });
        // Until a request takes it, it must neither keep the process alive nor crash it with a late error.
        socket.unref();
        socket.on('error', () => resolve(undefined));
        socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
          setTimeout(() => {
            if (socket.listenerCount('data') === 0) socket.destroy();
          }, UNUSED_MS).unref();
          resolve(socket);
        });
      }),
    );
  }
}

/** An early connection to that origin, if one was started and not taken yet. */
export function takeEarly(key: string): Promise<net.Socket | undefined> | undefined {
  return early.get(key)?.shift();
}
