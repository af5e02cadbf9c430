import type { Server } from 'node:net';
import { startLatencyProxy, type LatencyProxy } from './latency.js';

/** The latency proxies standing in front of a server (bench only), closed with it. */
const proxies = new WeakMap<Server, LatencyProxy>();

/**
 * A random loopback address (127.16.0.1 – 127.250.254.254): hosts of one sandbox differ by
 * address, and parallel test files do not collide on ports 80/443.
 */
export function randomLoopback(): string {
  const n = (lo: number, hi: number): number => lo + Math.floor(Math.random() * (hi - lo + 1));
  return `127.${n(16, 250)}.${n(0, 254)}.${n(1, 254)}`;
}

/** Listens on host:port; resolves with the bound port. */
export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen({ host, port, exclusive: true }, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/**
 * Listens on a fresh random loopback address (retrying on a clash), on a fixed or ephemeral port.
 * With `latencyMs`, the server itself listens on another loopback address and a latency proxy
 * (latency.ts) takes the address and port asked for: clients see a server `latencyMs` away.
 */
export async function listenOnLoopback(server: Server, port = 0, host?: string, latencyMs?: number): Promise<{ host: string; port: number }> {
  if (latencyMs !== undefined && latencyMs > 0) {
    const inner = await listenOnLoopback(server, 0);
    for (let attempt = 0; ; attempt++) {
      const address = host ?? randomLoopback();
      try {
        const proxy = await startLatencyProxy({ host: address, port, target: inner, rttMs: latencyMs });
        proxies.set(server, proxy);
        return { host: proxy.host, port: proxy.port };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || host !== undefined || attempt > 20) throw error;
      }
    }
  }
  for (let attempt = 0; ; attempt++) {
    const address = host ?? randomLoopback();
    try {
      return { host: address, port: await listen(server, address, port) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || host !== undefined || attempt > 20) throw error;
    }
  }
}

/** Connections the latency proxy in front of `server` accepted (undefined without one). */
export function proxiedConnections(server: Server): number | undefined {
  return proxies.get(server)?.connections;
}

/** Closes a server and every connection it still holds. */
export async function close(server: Server & { closeAllConnections?: () => void }): Promise<void> {
  await proxies.get(server)?.close();
  await new Promise<void>((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}
