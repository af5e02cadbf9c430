import type { Server } from 'node:net';

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

/** Listens on a fresh random loopback address (retrying on a clash), on a fixed or ephemeral port. */
export async function listenOnLoopback(server: Server, port = 0, host?: string): Promise<{ host: string; port: number }> {
  for (let attempt = 0; ; attempt++) {
    const address = host ?? randomLoopback();
    try {
      return { host: address, port: await listen(server, address, port) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || host !== undefined || attempt > 20) throw error;
    }
  }
}

/** Closes a server and every connection it still holds. */
export function close(server: Server & { closeAllConnections?: () => void }): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}
