import * as net from 'node:net';
import { checkConnected, createGuard, guardedConnectOptions, type ConnectionGuard, type Resolve } from '../net/guard.js';
import { cachedLookup } from '../net/lookup.js';
import { buildClientHello, readFlight, type FlightResult, type HelloSpec } from './client-hello.js';
import { suiteByCode } from './suites.js';

/** One hand-built ClientHello's fate: the server's answer, or that none came. */
export type HelloOutcome = FlightResult | { readonly kind: 'no-answer'; readonly detail: string };

const isDhe = (suite: number): boolean => suiteByCode(suite).kx === 'DHE' || suiteByCode(suite).kx === 'DH';

/** At most this much of the server's first flight is read (a chain of a few certificates fits many times over). */
const MAX_FLIGHT = 256 * 1024;

export interface RawHelloOptions {
  readonly host: string;
  readonly port: number;
  readonly signal: AbortSignal;
  /** The connection guard (net/guard.ts), as the handshakes use it; by default the host is the one the user named. */
  readonly guard?: ConnectionGuard;
}

/**
 * Sends one ClientHello on a fresh TCP connection and reads the first flight. Never rejects: a
 * refused or reset connection, a silent server and an aborted probe are `no-answer`, with why.
 */
export function sendHello(options: RawHelloOptions, spec: HelloSpec): Promise<HelloOutcome> {
  return new Promise((resolve) => {
    if (options.signal.aborted) return resolve({ kind: 'no-answer', detail: 'aborted' });
    const guard = options.guard ?? createGuard({ named: [options.host] });
    let guarded: ReturnType<typeof guardedConnectOptions>;
    try {
      // The same guard and the same cached resolution as the handshakes: never a link-local address.
      guarded = guardedConnectOptions(guard, options.host, cachedLookup as Resolve);
    } catch (error) {
      return resolve({ kind: 'no-answer', detail: (error as { code?: string }).code ?? 'ERR_ADDRESS_REFUSED' });
    }
    const socket = net.connect({ ...guarded, host: options.host, port: options.port });
    let data = Buffer.alloc(0);
    let settled = false;
    const finish = (outcome: HelloOutcome): void => {
      if (settled) return;
      settled = true;
      options.signal.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(outcome);
    };
    // A probe cut short for a reason of the caller's (a dropped legacy hello) says which.
    const onAbort = (): void => {
      const code = (options.signal.reason as { code?: unknown } | undefined)?.code;
      finish({ kind: 'no-answer', detail: typeof code === 'string' ? code : 'no answer in time' });
    };
    options.signal.addEventListener('abort', onAbort, { once: true });
    socket.setNoDelay(true);
    socket.once('connect', () => {
      const refused = checkConnected(guard, options.host, socket);
      if (refused) return finish({ kind: 'no-answer', detail: refused.code ?? 'ERR_ADDRESS_REFUSED' });
      socket.write(buildClientHello(spec));
    });
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      const flight = readFlight(data, isDhe);
      if (flight) return finish(flight);
      if (data.length > MAX_FLIGHT) finish({ kind: 'garbage', detail: 'first flight too large' });
    });
    socket.once('end', () => {
      // A server that hangs up mid-flight (or at once, as some do to refuse a version) answered no.
      finish(data.length === 0 ? { kind: 'no-answer', detail: 'connection closed' } : (readFlight(data, isDhe, true) ?? { kind: 'garbage', detail: 'truncated flight' }));
    });
    socket.once('error', (error: NodeJS.ErrnoException) => finish({ kind: 'no-answer', detail: error.code ?? error.message }));
  });
}
