import { Agent, type buildConnector, type Dispatcher } from 'undici';
import type { Socket } from 'node:net';
import { originKey, takeEarly } from './early.js';
import { checkConnected, type ConnectionGuard } from './guard.js';
import { guardedConnector } from './guarded-agent.js';
import { cachedLookup } from './lookup.js';

/**
 * An undici Agent that can open connections ahead of the requests that will use them: while
 * `/users/me` is answered, the connections the fan-out after it needs are set up; while the
 * API answers, the webhook's connection is. On a real network each set-up costs two round trips
 * (TCP, TLS), so doing them early takes them off the run's critical path. A warmed connection
 * carries nothing until undici hands it a request: no header, no token, no byte of HTTP.
 */
export interface WarmAgent {
  readonly dispatcher: Dispatcher;
  /** Opens `count` connections to `url`'s origin now, for the next requests there to take. */
  warm(url: URL, count?: number): void;
  /** Connections opened ahead and not (yet) taken. */
  readonly idle: number;
  /** Closes the agent and every connection still unused. */
  close(): Promise<void>;
}

export interface WarmAgentOptions {
  /** Every connection, warmed, early or on demand, goes through this guard (net/guard.ts). */
  readonly guard: ConnectionGuard;
  /** Passed to the TLS connect (e.g. `rejectUnauthorized: false` for a probe that reports certificates itself). */
  readonly connect?: buildConnector.BuildOptions;
  /** Most connections per origin (undici's default: no limit). */
  readonly connections?: number;
  readonly headersTimeout?: number;
  readonly bodyTimeout?: number;
}

type ConnectArgs = Parameters<buildConnector.connector>[0];

/** Creates the agent. Host names are resolved once per run (cachedLookup). */
export function createWarmAgent(options: WarmAgentOptions): WarmAgent {
  const base = guardedConnector(options.guard, options.connect ?? {}, cachedLookup as Parameters<typeof guardedConnector>[2]);
  const ready = new Map<string, Array<Promise<Socket | undefined>>>();
  const opened = new Set<Socket>();
  const keyOf = (o: { protocol: string; hostname: string; port: string }): string => originKey(o.protocol, o.hostname, o.port);

  const connect = (args: ConnectArgs, callback: buildConnector.Callback): void => {
    // A connection opened before the engine loaded (early.ts) first, then those warmed here.
    const waiting = takeEarly(keyOf(args)) ?? ready.get(keyOf(args))?.shift();
    if (!waiting) {
      base(args, callback);
      return;
    }
    void waiting.then((socket) => {
      // An early connection (early.ts) was opened before any guard existed: judge its address now.
      if (socket && !socket.destroyed && socket.readyState === 'open' && checkConnected(options.guard, args.hostname, socket) === undefined) {
        opened.delete(socket);
        socket.ref();
        return callback(null, socket);
      }
      base(args, callback);
    });
  };

  const agent = new Agent({
    connect,
    ...(options.connections !== undefined ? { connections: options.connections } : {}),
    ...(options.headersTimeout !== undefined ? { headersTimeout: options.headersTimeout } : {}),
    ...(options.bodyTimeout !== undefined ? { bodyTimeout: options.bodyTimeout } : {}),
  });

  return {
    dispatcher: agent,
    get idle() {
      return opened.size;
    },
    warm(url: URL, count = 1) {
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
      const args: ConnectArgs = { protocol: url.protocol, hostname: url.hostname.replace(/^\[|\]$/g, ''), host: url.host, port: url.port };
      const list = ready.get(keyOf(args)) ?? [];
      ready.set(keyOf(args), list);
      for (let i = 0; i < count; i++) {
        list.push(
          new Promise((resolve) => {
            base(args, (error, socket) => {
              if (error || !socket) return resolve(undefined);
              // Unused, it must not keep the process alive; a late error must not crash it.
              socket.unref();
              socket.on('error', () => undefined);
              opened.add(socket);
              socket.once('close', () => opened.delete(socket));
              resolve(socket);
            });
          }),
        );
      }
    },
    async close() {
      for (const socket of opened) socket.destroy();
      opened.clear();
      ready.clear();
      await agent.close().catch(() => undefined);
    },
  };
}
