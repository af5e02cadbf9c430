import * as net from 'node:net';
import { listenOnLoopback } from './net.js';

/**
 * A TLS server in name only: it reads a ClientHello and answers with a ServerHello choosing the
 * first suite of `serves` that the client offered (then a Certificate and ServerHelloDone), or a
 * handshake_failure alert. It completes no handshake. Real TLS libraries no longer serve EXPORT,
 * NULL or anonymous suites at all; this lets the probe's detection of them be tested on the wire.
 */
export interface ScriptedTls {
  readonly host: string;
  readonly port: number;
  close(): Promise<void>;
}

export type Behaviour = { readonly serves: readonly number[]; readonly certificate: Buffer } | 'silent' | 'garbage' | 'flood' | 'http';

function clientSuites(hello: Buffer): { version: number; suites: number[] } | undefined {
  if (hello.length < 44 || hello[0] !== 22 || hello[5] !== 1) return undefined;
  const version = hello.readUInt16BE(9);
  let p = 43;
  p += 1 + hello[p]!;
  const len = hello.readUInt16BE(p);
  const suites: number[] = [];
  for (let i = 0; i < len; i += 2) suites.push(hello.readUInt16BE(p + 2 + i));
  return { version, suites };
}

const u16 = (n: number): Buffer => Buffer.from([n >> 8, n & 0xff]);
const u24 = (n: number): Buffer => Buffer.from([n >> 16, (n >> 8) & 0xff, n & 0xff]);
const msg = (type: number, body: Buffer): Buffer => Buffer.concat([Buffer.from([type]), u24(body.length), body]);
const record = (type: number, version: number, body: Buffer): Buffer => Buffer.concat([Buffer.from([type]), u16(version), u16(body.length), body]);

/** Starts a scripted server on a fresh loopback address; `behaviour` says how it answers a ClientHello. */
export async function startScriptedTls(behaviour: Behaviour): Promise<ScriptedTls> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined).on('close', () => sockets.delete(socket));
    socket.once('data', (data: Buffer) => {
      if (behaviour === 'silent') return;
      if (behaviour === 'garbage') return void socket.end(Buffer.from('\x16\x03\x01\xff\xff' + 'x'.repeat(40), 'binary'));
      if (behaviour === 'http') return void socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      if (behaviour === 'flood') {
        // An endless handshake message: the probe must stop reading at its cap.
        const chunk = record(22, 0x0303, Buffer.alloc(16_000, 0));
        const head = record(22, 0x0303, Buffer.concat([Buffer.from([2]), u24(0xffffff)]));
        socket.write(head);
        const pump = (): void => {
          while (!socket.destroyed && socket.write(chunk));
          if (!socket.destroyed) socket.once('drain', pump);
        };
        return pump();
      }
      const hello = clientSuites(data);
      const chosen = hello?.suites.find((s) => behaviour.serves.includes(s));
      const version = Math.min(hello?.version ?? 0x0303, 0x0303);
      if (chosen === undefined) return void socket.end(record(21, version, Buffer.from([2, 40])));
      const serverHello = msg(2, Buffer.concat([u16(version), Buffer.alloc(32, 7), Buffer.from([0]), u16(chosen), Buffer.from([0])]));
      const certificate = msg(11, Buffer.concat([u24(behaviour.certificate.length + 3), u24(behaviour.certificate.length), behaviour.certificate]));
      socket.end(record(22, version, Buffer.concat([serverHello, certificate, msg(14, Buffer.alloc(0))])));
    });
  });
  const { host, port } = await listenOnLoopback(server, 0);
  return {
    host,
    port,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
