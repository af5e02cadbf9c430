import * as net from 'node:net';

/**
 * A TCP proxy on loopback that makes a connection behave as if the server were `rttMs` away:
 * the connection set-up costs one round trip (the TCP handshake a real network has and loopback
 * does not), and every byte then takes half a round trip each way. So a new TLS 1.3 connection's
 * first answer arrives after three round trips, a reused connection's after one, as on a real
 * network. Bytes are relayed unchanged (TLS goes through end to end) and in order.
 */
export interface LatencyProxy {
  readonly host: string;
  readonly port: number;
  /** Connections accepted so far: how many connection set-ups the client paid for. */
  readonly connections: number;
  close(): Promise<void>;
}

export interface LatencyProxyOptions {
  /** Where the proxy listens (loopback only). */
  readonly host: string;
  readonly port: number;
  /** The real server, on another loopback address. */
  readonly target: { readonly host: string; readonly port: number };
  readonly rttMs: number;
}

/** Starts the proxy; refuses any address that is not loopback, so it can never relay elsewhere. */
export async function startLatencyProxy(options: LatencyProxyOptions): Promise<LatencyProxy> {
  for (const host of [options.host, options.target.host]) {
    if (!/^127\./.test(host) && host !== '::1') throw new Error(`the latency proxy is loopback only, not ${host}`);
  }
  const half = options.rttMs / 2;
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const server = net.createServer((client) => {
    connections++;
    const openedAt = performance.now();
    const upstream = net.connect({ host: options.target.host, port: options.target.port });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      s.setNoDelay(true);
    }
    // Client to server: nothing arrives before the handshake's round trip, then half a trip on the way.
    relay(client, upstream, () => Math.max(performance.now(), openedAt + options.rttMs) + half);
    relay(upstream, client, () => performance.now() + half);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: options.host, port: options.port, exclusive: true }, () => resolve());
  });
  const address = server.address() as net.AddressInfo;
  return {
    host: options.host,
    port: address.port,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Forwards `from` to `to`, each chunk (and the end) no earlier than `dueAt()` and never out of order. */
function relay(from: net.Socket, to: net.Socket, dueAt: () => number): void {
  const queue: Array<{ due: number; chunk: Buffer | null }> = [];
  let timer: NodeJS.Timeout | undefined;
  const drain = (): void => {
    timer = undefined;
    const now = performance.now();
    while (queue.length > 0 && queue[0]!.due <= now + 0.5) {
      const { chunk } = queue.shift()!;
      if (to.destroyed) continue;
      if (chunk === null) to.end();
      else to.write(chunk);
    }
    if (queue.length > 0) timer = setTimeout(drain, Math.max(0, queue[0]!.due - now));
  };
  const push = (chunk: Buffer | null): void => {
    const due = Math.max(queue.at(-1)?.due ?? 0, dueAt());
    queue.push({ due, chunk });
    if (timer === undefined) timer = setTimeout(drain, Math.max(0, due - performance.now()));
  };
  from.on('data', (chunk: Buffer) => push(chunk));
  from.on('end', () => push(null));
  from.on('close', () => {
    if (queue.length === 0 && !to.destroyed) to.end();
  });
}
