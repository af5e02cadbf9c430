import { generateKeyPairSync, randomBytes } from 'node:crypto';
import * as net from 'node:net';

/**
 * A hand-built ClientHello and a reader for the server's first flight. Node's OpenSSL cannot offer
 * RC4, DES, 3DES, EXPORT, NULL or anonymous suites, nor name a DH group it dislikes; a ClientHello
 * is a few hundred bytes of plain structure, so the probe writes it itself, reads the plaintext
 * ServerHello (the chosen suite), and for TLS ≤ 1.2 the Certificate, ServerKeyExchange (DH group
 * size, curve) and CertificateRequest messages that follow, then hangs up. No key is ever derived.
 */

/** Protocol versions as they appear on the wire. */
export const WIRE: Readonly<Record<'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3', number>> = { TLSv1: 0x0301, 'TLSv1.1': 0x0302, 'TLSv1.2': 0x0303, 'TLSv1.3': 0x0304 };

export interface HelloSpec {
  /** The highest version offered (TLS 1.3 is offered through supported_versions). */
  readonly version: number;
  readonly suites: readonly number[];
  /** SNI; left out for an IP literal, as clients do. */
  readonly serverName?: string;
  /** signature_algorithms; defaults to every scheme a server may pick. */
  readonly signatureAlgorithms?: readonly number[];
  readonly groups?: readonly number[];
}

/** Every signature scheme (RFC 8446 §4.2.3), SHA-1 and Ed25519 included, so any server certificate can be used. */
export const ALL_SIGALGS: readonly number[] = [
  0x0403, 0x0503, 0x0603, 0x0807, 0x0808, 0x0804, 0x0805, 0x0806, 0x0809, 0x080a, 0x080b, 0x0401, 0x0501, 0x0601, 0x0303, 0x0301, 0x0203, 0x0201, 0x0402, 0x0202,
];
/** What Chrome sends (no Ed25519, no P-521, no SHA-1): a server that needs another scheme cannot serve a browser. */
export const BROWSER_SIGALGS: readonly number[] = [0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601];
/** x25519, P-256, P-384, P-521, x448. No FFDHE groups: with them, an RFC 7919 server would hide the DH group an old client gets. */
export const ALL_GROUPS: readonly number[] = [29, 23, 24, 25, 30];
export const BROWSER_GROUPS: readonly number[] = [29, 23, 24];

let x25519Share: Buffer | undefined;
/** A real X25519 public key (made once): a server checks the key share before it answers. */
function keyShare(): Buffer {
  if (!x25519Share) {
    const jwk = generateKeyPairSync('x25519').publicKey.export({ format: 'jwk' });
    x25519Share = Buffer.from(String(jwk.x), 'base64url');
  }
  return x25519Share;
}

const u8 = (n: number): Buffer => Buffer.from([n & 0xff]);
const u16 = (n: number): Buffer => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const u24 = (n: number): Buffer => Buffer.from([(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
const vec16 = (b: Buffer): Buffer => Buffer.concat([u16(b.length), b]);
const ext = (type: number, body: Buffer): Buffer => Buffer.concat([u16(type), vec16(body)]);
const list16 = (values: readonly number[]): Buffer => vec16(Buffer.concat(values.map(u16)));

/** The ClientHello record for a spec. */
export function buildClientHello(spec: HelloSpec): Buffer {
  const tls13 = spec.version >= WIRE['TLSv1.3'];
  const extensions: Buffer[] = [];
  if (spec.serverName && net.isIP(spec.serverName) === 0) {
    const name = Buffer.from(spec.serverName, 'ascii');
    extensions.push(ext(0, vec16(Buffer.concat([u8(0), vec16(name)]))));
  }
  extensions.push(ext(10, list16(spec.groups ?? ALL_GROUPS)));
  extensions.push(ext(11, Buffer.from([1, 0])));
  extensions.push(ext(13, list16(spec.signatureAlgorithms ?? ALL_SIGALGS)));
  extensions.push(ext(23, Buffer.alloc(0)));
  extensions.push(ext(0xff01, Buffer.from([0])));
  if (tls13) {
    extensions.push(ext(43, Buffer.from([2, 0x03, 0x04])));
    extensions.push(ext(45, Buffer.from([1, 1])));
    extensions.push(ext(51, vec16(Buffer.concat([u16(29), vec16(keyShare())]))));
  }
  const body = (exts: Buffer[]): Buffer =>
    Buffer.concat([u16(tls13 ? WIRE['TLSv1.2'] : spec.version), randomBytes(32), u8(32), randomBytes(32), list16(spec.suites), Buffer.from([1, 0]), vec16(Buffer.concat(exts))]);
  let hello = body(extensions);
  // Some load balancers hang on a ClientHello of 256–511 bytes: pad past it (RFC 7685), as browsers do.
  if (hello.length + 4 >= 256 && hello.length + 4 < 512) {
    extensions.push(ext(21, Buffer.alloc(Math.max(0, 512 - (hello.length + 4) - 4))));
    hello = body(extensions);
  }
  const handshake = Buffer.concat([u8(1), u24(hello.length), hello]);
  return Buffer.concat([u8(22), u16(WIRE.TLSv1), u16(handshake.length), handshake]);
}

/** What the server's first flight said. */
export type FlightResult =
  | {
      readonly kind: 'hello';
      /** The negotiated version on the wire (0x0304 for TLS 1.3). */
      readonly version: number;
      readonly suite: number;
      /** A TLS 1.3 HelloRetryRequest: the suite is accepted, another key share is asked for. */
      readonly retry: boolean;
      /** Certificates as sent, leaf first (TLS ≤ 1.2 only: TLS 1.3 encrypts them). */
      readonly certificates: readonly Buffer[];
      /** DHE: the group's prime size in bits. */
      readonly dhBits?: number;
      /** ECDHE (TLS ≤ 1.2) or the TLS 1.3 key-share group: its IANA code. */
      readonly group?: number;
      /** The server asked for a client certificate (seen in TLS ≤ 1.2). */
      readonly certificateRequested: boolean;
    }
  | { readonly kind: 'alert'; readonly description: number }
  | { readonly kind: 'garbage'; readonly detail: string };

const HRR_RANDOM = 'cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c';

/**
 * Reads the server's answer from the bytes received so far. Returns undefined while more bytes are
 * needed; a result once the flight says enough (ServerHello for TLS 1.3, ServerHelloDone before),
 * or, once the server `closed` the connection, from what it sent.
 */
export function readFlight(data: Buffer, isDhe: (suite: number) => boolean, closed = false): FlightResult | undefined {
  const handshake: Buffer[] = [];
  let offset = 0;
  let sawHello: { version: number; suite: number; retry: boolean; group?: number } | undefined;
  // Set when a record other than a plaintext handshake follows: the readable part has ended.
  let ended = closed;
  let firstAlert: number | undefined;
  while (offset + 5 <= data.length) {
    const type = data[offset]!;
    const length = data.readUInt16BE(offset + 3);
    if (type < 20 || type > 23 || length > 18_432) return { kind: 'garbage', detail: 'not a TLS record' };
    if (offset + 5 + length > data.length) break;
    const fragment = data.subarray(offset + 5, offset + 5 + length);
    offset += 5 + length;
    if (type !== 22) {
      // An alert, ChangeCipherSpec or encrypted data: nothing readable follows.
      if (type === 21) firstAlert = fragment[1] ?? 0;
      ended = true;
      break;
    }
    handshake.push(fragment);
  }
  const hs = Buffer.concat(handshake);
  let at = 0;
  const certificates: Buffer[] = [];
  let dhBits: number | undefined;
  let group: number | undefined;
  let certificateRequested = false;
  const done = (): FlightResult => ({ kind: 'hello', ...sawHello!, certificates, certificateRequested, ...(dhBits !== undefined ? { dhBits } : {}), ...(group !== undefined ? { group } : {}) });
  while (at + 4 <= hs.length) {
    const type = hs[at]!;
    const length = hs.readUIntBE(at + 1, 3);
    if (at + 4 + length > hs.length) return ended && sawHello ? done() : ended ? { kind: 'garbage', detail: 'truncated handshake' } : undefined;
    const msg = hs.subarray(at + 4, at + 4 + length);
    at += 4 + length;
    try {
      if (type === 2) {
        sawHello = parseServerHello(msg);
        if (sawHello.version >= WIRE['TLSv1.3'] || sawHello.retry) return { kind: 'hello', ...sawHello, certificates, certificateRequested };
      } else if (!sawHello) {
        return { kind: 'garbage', detail: `handshake message ${type} before ServerHello` };
      } else if (type === 11) {
        let p = 3;
        while (p + 3 <= msg.length) {
          const len = msg.readUIntBE(p, 3);
          certificates.push(Buffer.from(msg.subarray(p + 3, p + 3 + len)));
          p += 3 + len;
        }
      } else if (type === 12) {
        if (isDhe(sawHello.suite)) dhBits = significantBits(msg.subarray(2, 2 + msg.readUInt16BE(0)));
        else if (msg[0] === 3) group = msg.readUInt16BE(1);
      } else if (type === 13) {
        certificateRequested = true;
      } else if (type === 14) {
        return done();
      }
    } catch {
      return { kind: 'garbage', detail: `malformed handshake message ${type}` };
    }
  }
  if (!ended) return undefined;
  if (sawHello) return done();
  return firstAlert !== undefined ? { kind: 'alert', description: firstAlert } : { kind: 'garbage', detail: 'no ServerHello' };
}

function parseServerHello(msg: Buffer): { version: number; suite: number; retry: boolean; group?: number } {
  let version = msg.readUInt16BE(0);
  const retry = msg.subarray(2, 34).toString('hex') === HRR_RANDOM;
  const sid = msg[34]!;
  let p = 35 + sid;
  const suite = msg.readUInt16BE(p);
  p += 3;
  let group: number | undefined;
  if (p + 2 <= msg.length) {
    const end = p + 2 + msg.readUInt16BE(p);
    p += 2;
    while (p + 4 <= end) {
      const type = msg.readUInt16BE(p);
      const len = msg.readUInt16BE(p + 2);
      if (type === 43 && len >= 2) version = msg.readUInt16BE(p + 4);
      if (type === 51 && len >= 2) group = msg.readUInt16BE(p + 4);
      p += 4 + len;
    }
  }
  return { version, suite, retry, ...(group !== undefined ? { group } : {}) };
}

function significantBits(prime: Buffer): number {
  let i = 0;
  while (i < prime.length && prime[i] === 0) i++;
  if (i === prime.length) return 0;
  return (prime.length - i - 1) * 8 + (32 - Math.clz32(prime[i]!));
}
