import { spawn, type ChildProcess } from 'node:child_process';
import { createDiffieHellmanGroup } from 'node:crypto';
import * as net from 'node:net';
import * as tls from 'node:tls';
import forge from 'node-forge';
import { writePem, type SiteSpec } from './tls-sites.js';

/** A running site; `stop` ends it and whatever it spawned. */
export interface RunningSite {
  readonly spec: SiteSpec;
  stop(): Promise<void>;
}

let dh1024: string | undefined;
/** RFC 2409 group 2 (1024 bits) as a DH PARAMETERS PEM: the group old Apache builds shipped. */
function oakley1024(): string {
  if (!dh1024) {
    const group = createDiffieHellmanGroup('modp2');
    const { asn1 } = forge;
    const int = (b: Buffer): forge.asn1.Asn1 => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, (b[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b).toString('binary'));
    const der = asn1.toDer(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [int(group.getPrime()), int(group.getGenerator())])).getBytes();
    dh1024 = `-----BEGIN DH PARAMETERS-----\n${Buffer.from(der, 'binary')
      .toString('base64')
      .replace(/(.{64})/g, '$1\n')}\n-----END DH PARAMETERS-----\n`;
  }
  return dh1024;
}

function nodeOptions(site: SiteSpec): tls.TlsOptions {
  const extra = { ...(site.node ?? {}) } as Record<string, unknown>;
  if (extra['dhparam'] === 'dh1024') extra['dhparam'] = oakley1024();
  return { cert: site.chain.map((c) => c.pem).join(''), key: site.key.keyPem, ...(extra as tls.TlsOptions) };
}

function listen(server: net.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

function serveHttp(socket: tls.TLSSocket): void {
  socket.on('error', () => undefined);
  socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok'));
}

async function startNode(site: SiteSpec, port = site.port, host = site.address): Promise<tls.Server> {
  const options = nodeOptions(site);
  const fallback = site.fallback;
  const context = tls.createSecureContext(options);
  const server = tls.createServer(
    fallback
      ? {
          ...options,
          cert:
            fallback.pem +
            site.chain
              .slice(1)
              .map((c) => c.pem)
              .join(''),
          key: fallback.keyPem,
          SNICallback: (name, cb) => cb(null, name === site.host ? context : undefined),
        }
      : options,
    serveHttp,
  );
  server.on('tlsClientError', () => undefined);
  // Scanners leave half-open connections behind: track them so that stopping cannot wait on one.
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined).on('close', () => sockets.delete(socket));
  });
  (server as tls.Server & { destroyAll?: () => void }).destroyAll = () => {
    for (const socket of sockets) socket.destroy();
  };
  await listen(server, port, host);
  return server;
}

function stopServer(server: net.Server): Promise<void> {
  (server as net.Server & { destroyAll?: () => void }).destroyAll?.();
  return new Promise((resolve) => server.close(() => resolve()));
}

async function waitForPort(host: string, port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const up = await new Promise<boolean>((resolve) =>
      net
        .connect(port, host)
        .once('connect', function (this: net.Socket) {
          this.destroy();
          resolve(true);
        })
        .once('error', () => resolve(false)),
    );
    if (up) return;
    if (Date.now() > until) throw new Error(`gnutls-serv did not listen on ${host}:${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function startGnutls(site: SiteSpec, dir: string): Promise<ChildProcess> {
  const pem = writePem(dir, site);
  // gnutls-serv listens on every address of the world: each GnuTLS site has a port of its own.
  const child = spawn('gnutls-serv', ['-p', String(site.port), '-a', '--x509certfile', pem.cert, '--x509keyfile', pem.key, '--priority', site.priority ?? 'NORMAL', '--http'], { stdio: 'ignore' });
  const missing = new Promise<never>((_, reject) =>
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'ENOENT' ? 'gnutls-serv is not installed (apt-get install gnutls-bin; .ci/run does)' : `gnutls-serv: ${error.message}`)),
    ),
  );
  missing.catch(() => undefined);
  await Promise.race([waitForPort(site.address, site.port, 10_000), missing]);
  return child;
}

/**
 * A middlebox in front of a Node TLS server: it reads the ClientHello and forwards it when it
 * offers TLS 1.2 or later; an older hello it holds without a word, as some firewalls do.
 */
async function startMiddlebox(site: SiteSpec): Promise<{ front: net.Server; back: tls.Server; held: Set<net.Socket> }> {
  const back = await startNode(site, 0, '127.0.0.1');
  const backPort = (back.address() as net.AddressInfo).port;
  const held = new Set<net.Socket>();
  const front = net.createServer((client) => {
    client.on('error', () => undefined);
    client.once('data', (first: Buffer) => {
      const clientVersion = first.length >= 11 ? first.readUInt16BE(9) : 0;
      if (clientVersion < 0x0303) {
        held.add(client);
        client.on('close', () => held.delete(client));
        return;
      }
      const upstream = net.connect(backPort, '127.0.0.1');
      upstream.on('error', () => client.destroy());
      upstream.write(first);
      client.pipe(upstream).pipe(client);
    });
  });
  await listen(front, site.port, site.address);
  return { front, back, held };
}

/** Starts one site. */
export async function startSite(site: SiteSpec, dir: string): Promise<RunningSite> {
  if (site.server === 'gnutls') {
    const child = await startGnutls(site, dir);
    return { spec: site, stop: async () => void child.kill('SIGTERM') };
  }
  if (site.server === 'middlebox') {
    const { front, back, held } = await startMiddlebox(site);
    return {
      spec: site,
      stop: async () => {
        for (const s of held) s.destroy();
        await Promise.all([new Promise((r) => front.close(r)), stopServer(back)]);
      },
    };
  }
  const server = await startNode(site);
  return { spec: site, stop: () => stopServer(server) };
}
