import assert from 'node:assert/strict';
import * as net from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startLatencyProxy, type LatencyProxy } from './latency.js';
import { close, listenOnLoopback, randomLoopback } from './net.js';

/** An echo server: every byte comes straight back. */
const echo = net.createServer((s) => s.pipe(s));
let proxy: LatencyProxy;
const RTT = 120;

before(async () => {
  const target = await listenOnLoopback(echo, 0);
  proxy = await startLatencyProxy({ host: randomLoopback(), port: 0, target, rttMs: RTT });
});
after(async () => {
  await proxy.close();
  await close(echo);
});

/** Connects, sends `message` at once, and resolves with the time until it came back and the socket. */
function roundTrip(socket: net.Socket | undefined, message: string): Promise<{ ms: number; socket: net.Socket }> {
  return new Promise((resolve, reject) => {
    const s = socket ?? net.connect({ host: proxy.host, port: proxy.port });
    const started = performance.now();
    let got = '';
    const onData = (d: Buffer): void => {
      got += d.toString();
      if (got === message) {
        s.off('data', onData);
        resolve({ ms: performance.now() - started, socket: s });
      }
    };
    s.on('data', onData).once('error', reject);
    s.write(message);
  });
}

describe("the bench's latency proxy", () => {
  it('costs a new connection two round trips to its first answer (the handshake and the trip), a reused one one round trip', async () => {
    const first = await roundTrip(undefined, 'hello');
    const second = await roundTrip(first.socket, 'again');
    first.socket.destroy();
    // Generous margins: the machine is loaded, but the proxy can only ever add time.
    assert.ok(first.ms >= 2 * RTT - 5, `first answer after ${first.ms} ms`);
    assert.ok(second.ms >= RTT - 5 && second.ms < first.ms, `second answer after ${second.ms} ms`);
  });

  it('keeps bytes in order across many small writes', async () => {
    const s = net.connect({ host: proxy.host, port: proxy.port });
    const parts = Array.from({ length: 200 }, (_, i) => `${i},`);
    const want = parts.join('');
    const got = await new Promise<string>((resolve) => {
      let text = '';
      s.on('data', (d: Buffer) => {
        text += d.toString();
        if (text.length >= want.length) resolve(text);
      });
      for (const p of parts) s.write(p);
    });
    s.destroy();
    assert.equal(got, want);
  });

  it('counts the connections it accepted', () => {
    assert.ok(proxy.connections >= 2);
  });

  it('refuses to listen on, or relay to, anything but loopback', async () => {
    await assert.rejects(startLatencyProxy({ host: '0.0.0.0', port: 0, target: { host: '127.0.0.1', port: 1 }, rttMs: 10 }), /loopback only/);
    await assert.rejects(startLatencyProxy({ host: '127.0.0.1', port: 0, target: { host: '192.0.2.1', port: 443 }, rttMs: 10 }), /loopback only/);
  });
});
