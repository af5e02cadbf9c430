import type { Readable, Writable } from 'node:stream';

/** A DevTools protocol event: method, params, and the session it belongs to (flat mode). */
export interface CdpEvent {
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly sessionId?: string;
}

/** The DevTools protocol over `--remote-debugging-pipe`: NUL-terminated JSON messages on fds 3 (to the browser) and 4 (from it). */
export interface CdpConnection {
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<T>;
  on(listener: (event: CdpEvent) => void): void;
  /** Rejects every pending call (the browser went away). */
  close(reason: string): void;
}

/** Incoming messages are bounded: a browser that floods the pipe cannot make this process hold unbounded text. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** Wraps the two pipe ends of a spawned browser. */
export function connectPipe(toBrowser: Writable, fromBrowser: Readable): CdpConnection {
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void; method: string }>();
  const listeners: Array<(event: CdpEvent) => void> = [];
  let closed: string | undefined;
  let buffered: Buffer[] = [];
  let size = 0;

  fromBrowser.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let nul = chunk.indexOf(0); nul >= 0; nul = chunk.indexOf(0, start)) {
      buffered.push(chunk.subarray(start, nul));
      const text = Buffer.concat(buffered).toString('utf8');
      buffered = [];
      size = 0;
      start = nul + 1;
      dispatch(text);
    }
    if (start < chunk.length) {
      buffered.push(chunk.subarray(start));
      size += chunk.length - start;
      if (size > MAX_MESSAGE_BYTES) connection.close('the browser sent an oversized DevTools message');
    }
  });
  fromBrowser.on('error', () => connection.close('the DevTools pipe broke'));
  fromBrowser.on('end', () => connection.close('the browser closed the DevTools pipe'));
  toBrowser.on('error', () => connection.close('the DevTools pipe broke'));

  function dispatch(text: string): void {
    let message: { id?: number; result?: unknown; error?: { message?: string }; method?: string; params?: Record<string, unknown>; sessionId?: string };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      return;
    }
    if (typeof message.id === 'number') {
      const call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      if (message.error) call.reject(new Error(`${call.method}: ${message.error.message ?? 'DevTools error'}`));
      else call.resolve((message.result ?? {}) as never);
      return;
    }
    if (typeof message.method === 'string') {
      const event: CdpEvent = { method: message.method, params: message.params ?? {}, ...(message.sessionId ? { sessionId: message.sessionId } : {}) };
      for (const listener of listeners) listener(event);
    }
  }

  const connection: CdpConnection = {
    send<T>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
      if (closed !== undefined) return Promise.reject(new Error(`${method}: ${closed}`));
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: never) => void, reject, method });
        toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    on(listener) {
      listeners.push(listener);
    },
    close(reason) {
      if (closed !== undefined) return;
      closed = reason;
      for (const call of pending.values()) call.reject(new Error(`${call.method}: ${reason}`));
      pending.clear();
    },
  };
  return connection;
}
