import { Agent, buildConnector } from 'undici';
import type { Socket } from 'node:net';
import { assertLiteralAllowed, checkConnected, guardedLookup, type ConnectionGuard, type Resolve } from './guard.js';

/*
 * The guard (guard.ts) for undici: kept apart so that guard.ts loads no HTTP client, and the
 * action's entry can open its early connection through the guard before undici is loaded.
 */

type ConnectorOptions = buildConnector.BuildOptions;

/**
 * An undici connector through the guard: IP literals are judged before connecting, names in the
 * look-up, and the connected socket's address once more.
 */
export function guardedConnector(guard: ConnectionGuard, options: ConnectorOptions = {}, resolve?: Resolve): buildConnector.connector {
  const base = buildConnector({ ...options, lookup: guardedLookup(guard, resolve) } as ConnectorOptions);
  return (opts, callback) => {
    try {
      assertLiteralAllowed(guard, opts.hostname);
    } catch (error) {
      callback(error as Error, null);
      return;
    }
    base(opts, (error, socket) => {
      if (error || !socket) return callback(error ?? new Error('no socket'), null);
      const refused = checkConnected(guard, opts.hostname, socket as Socket);
      if (refused) return callback(refused, null);
      callback(null, socket);
    });
  };
}

/** An undici Agent whose every connection goes through the guard. */
export function createGuardedAgent(guard: ConnectionGuard, options: Omit<Agent.Options, 'connect'> = {}, tls: ConnectorOptions = {}, resolve?: Resolve): Agent {
  return new Agent({ ...options, connect: guardedConnector(guard, tls, resolve) });
}
