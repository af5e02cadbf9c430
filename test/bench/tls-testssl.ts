import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import type * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tls from 'node:tls';
import { createBudget } from '../../src/probes/budget.js';
import { probeTls } from '../../src/probes/tls/probe.js';
import { close, listenOnLoopback } from '../sandbox/net.js';
import { createLocalCa } from '../sandbox/pki.js';
import { summarize, timeRuns, type BenchFigure } from './figures.js';

const OURS_RUNS = 15;
const VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
/** testssl.sh's JSON ids for the same versions. */
const TESTSSL_IDS: Readonly<Record<string, (typeof VERSIONS)[number]>> = { TLS1: 'TLSv1', TLS1_1: 'TLSv1.1', TLS1_2: 'TLSv1.2', TLS1_3: 'TLSv1.3' };

/**
 * Our TLS subset: the product's own TLS probe (default handshake with chain analysis, and one
 * handshake per protocol version, all at once), exactly as ssl.* and ssl.protocols read it.
 * Returns the versions offered.
 */
async function ourTlsSubset(host: string, port: number): Promise<string[]> {
  const outcome = await probeTls(new URL(`https://${host}:${port}/`), createBudget(10_000));
  if (!outcome.ok) throw new Error(`our TLS probe failed on ${host}:${port}: ${outcome.error.message}`);
  return outcome.value.protocols.filter((p) => p.offered === true).map((p) => p.version);
}

function findTestssl(): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(':')) {
    for (const name of ['testssl', 'testssl.sh']) if (fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

/**
 * testssl.sh probes its openssl at start-up with `s_client -connect invalid.`, which asks the DNS
 * resolver of /etc/resolv.conf — not on loopback here. It runs in a private mount namespace whose
 * resolv.conf names 127.0.0.1 (nothing answers), so no look-up leaves the machine. Without that
 * isolation it is not run at all.
 */
function canIsolateDns(resolv: string): boolean {
  try {
    const seen = execFileSync('unshare', ['-m', 'sh', '-c', 'mount --bind "$0" /etc/resolv.conf && cat /etc/resolv.conf', resolv], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).toString();
    return seen.trim() === 'nameserver 127.0.0.1';
  } catch {
    return false;
  }
}

/** testssl.sh protocols-only scan (`-p`); resolves with its wall time and the versions it found offered. */
function runTestssl(binary: string, resolv: string, target: string, dir: string, attempt: string): Promise<{ ms: number; offered: string[] }> {
  const json = path.join(dir, `testssl-${target.replace(/[^\w]/g, '_')}-${attempt}.json`);
  const args = [
    '-m',
    'sh',
    '-c',
    'mount --bind "$0" /etc/resolv.conf && exec "$@"',
    resolv,
    binary,
    '--quiet',
    '--color',
    '0',
    '--warnings',
    'off',
    '--nodns',
    'none',
    '-p',
    '--jsonfile',
    json,
    target,
  ];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('unshare', args, { stdio: 'ignore' });
    const killer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(killer);
      const ms = performance.now() - started;
      try {
        const findings = JSON.parse(fs.readFileSync(json, 'utf8')) as Array<{ id: string; finding: string }>;
        const offered = findings.filter((f) => TESTSSL_IDS[f.id] && /^offered/.test(f.finding)).map((f) => TESTSSL_IDS[f.id]!);
        resolve({ ms, offered });
      } catch (error) {
        reject(new Error(`testssl.sh (exit ${code}) wrote no readable JSON for ${target}: ${(error as Error).message.split('\n')[0]}`));
      }
    });
  });
}

/** (d) The TLS subset against Debian's testssl.sh on the same local servers, as a ratio. */
export async function bench(): Promise<BenchFigure[]> {
  const ca = createLocalCa();
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), ca.root.certPem]);
  const kinds = [
    { name: 'TLS 1.2–1.3 server', options: {} },
    { name: 'TLS 1.0–1.3 server', options: { minVersion: 'TLSv1' as const, ciphers: 'DEFAULT@SECLEVEL=0' } },
  ];
  const servers: Array<{ name: string; host: string; port: number; server: tls.Server }> = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-testssl-'));
  const sockets = new Set<net.Socket>();
  try {
    for (const kind of kinds) {
      const server = tls.createServer({ ...kind.options }, (socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok'));
      server.on('tlsClientError', () => undefined);
      // Scanners leave half-open connections behind: track them so that closing the server cannot wait on one.
      server.on('connection', (socket: net.Socket) => {
        sockets.add(socket);
        socket.on('error', () => undefined).on('close', () => sockets.delete(socket));
      });
      const { host, port } = await listenOnLoopback(server, 0);
      const issued = ca.server({ commonName: host, hosts: [host] });
      server.setSecureContext({ cert: issued.chain, key: issued.key, ...kind.options });
      servers.push({ name: kind.name, host, port, server });
    }
    const ours: number[] = [];
    const ourVerdicts = new Map<string, string[]>();
    for (const s of servers) {
      ourVerdicts.set(s.name, await ourTlsSubset(s.host, s.port));
      ours.push(...(await timeRuns(() => ourTlsSubset(s.host, s.port), OURS_RUNS)));
    }
    const oursFigure: BenchFigure = {
      name: 'TLS subset, ours (chain + 4 version handshakes)',
      unit: 'ms',
      ...summarize(ours),
      samples: ours.length,
      note: `in-process, on both servers; offered: ${[...ourVerdicts].map(([n, v]) => `${n} → ${v.join(' ')}`).join('; ')}`,
    };

    const binary = findTestssl();
    if (!binary) return [{ ...oursFigure, note: `${oursFigure.note}. testssl.sh: not installed (apt-get install testssl.sh), no ratio` }];
    const resolv = path.join(dir, 'resolv.conf');
    fs.writeFileSync(resolv, 'nameserver 127.0.0.1\n');
    if (!canIsolateDns(resolv)) return [{ ...oursFigure, note: `${oursFigure.note}. testssl.sh: not run, its DNS look-ups could not be kept on loopback (unshare -m)` }];

    const theirs: number[] = [];
    const mismatches: string[] = [];
    for (const s of servers) {
      const target = `${s.host}:${s.port}`;
      // One retry: testssl.sh now and then gives up on a connect it judges failed (a busy 2-core machine).
      const result = await runTestssl(binary, resolv, target, dir, 'a').catch(() => runTestssl(binary, resolv, target, dir, 'b'));
      theirs.push(result.ms);
      const ourSet = [...(ourVerdicts.get(s.name) ?? [])].sort().join(' ');
      const theirSet = [...result.offered].sort().join(' ');
      if (ourSet !== theirSet) mismatches.push(`${s.name}: ours ${ourSet || 'none'}, testssl.sh ${theirSet || 'none'}`);
    }
    const t = summarize(theirs);
    const ratio = t.median / summarize(ours).median;
    const same = mismatches.length === 0;
    return [
      oursFigure,
      { name: 'testssl.sh -p (protocols only)', unit: 'ms', ...t, samples: theirs.length, note: `${binary}, one scan per server` },
      {
        name: 'speed-up over testssl.sh -p',
        unit: 'ratio',
        median: ratio,
        samples: 1,
        target: '≥ 20× and same verdicts',
        meets: ratio >= 20 && same,
        note: same ? 'same protocol verdicts (TLS 1.0, 1.1, 1.2, 1.3 offered or not) on both servers' : `verdicts differ: ${mismatches.join('; ')}`,
      },
    ];
  } finally {
    for (const socket of sockets) socket.destroy();
    await Promise.all(servers.map((s) => close(s.server as never)));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
