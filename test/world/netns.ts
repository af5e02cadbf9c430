import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isIP } from 'node:net';

/**
 * A private world for tests that need hosts by DNS name (DESIGN §8): a new network namespace that
 * has only its own loopback interface, with every address of `hosts` added to it, and a new mount
 * namespace in which `/etc/hosts` is a file of ours. Nothing in it can reach any other network:
 * "public" addresses (use the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24)
 * and private ones (10.0.0.0/8, fd00::/8) exist only on that namespace's loopback.
 *
 * Needs root (util-linux `unshare`, iproute2 `ip`): CI and the developers' machines run as root.
 * A world that cannot be made is an error, never a silently skipped test.
 */
export interface World {
  /** Host name → address, written to the world's /etc/hosts (one name may appear once). */
  readonly hosts?: Readonly<Record<string, string | readonly string[]>>;
  /** Extra addresses to bring up on the world's loopback (besides those of `hosts`). */
  readonly addresses?: readonly string[];
}

export interface WorldRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface WorldRunOptions {
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** Kill the whole world after this long (a hang fails the test, it does not stall the suite). */
  readonly killAfterMs?: number;
  readonly input?: string;
}

/** The addresses the world brings up: every non-127/8, non-::1 address named. */
export function worldAddresses(world: World): string[] {
  const all = new Set<string>(world.addresses ?? []);
  for (const value of Object.values(world.hosts ?? {})) for (const a of typeof value === 'string' ? [value] : value) all.add(a);
  return [...all].filter((a) => {
    if (isIP(a) === 0) throw new Error(`world: ${a} is not an IP address`);
    return !a.startsWith('127.') && a !== '::1';
  });
}

/** The /etc/hosts text of a world. */
export function hostsFile(world: World): string {
  const lines = ['127.0.0.1 localhost', '::1 localhost ip6-localhost ip6-loopback'];
  for (const [name, value] of Object.entries(world.hosts ?? {})) for (const a of typeof value === 'string' ? [value] : value) lines.push(`${a} ${name}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `argv` inside a new world. The command sees the world's /etc/hosts and addresses; the
 * files of this machine are shared (the mount namespace changes only /etc/hosts).
 */
export function runInWorld(world: World, argv: readonly string[], options: WorldRunOptions = {}): Promise<WorldRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-world-'));
  const hosts = path.join(dir, 'hosts');
  fs.writeFileSync(hosts, hostsFile(world));
  // No name server either: a name the world does not list fails at once, inside the world.
  const resolv = path.join(dir, 'resolv.conf');
  fs.writeFileSync(resolv, 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n');
  const up = worldAddresses(world)
    .map((a) => (isIP(a) === 6 ? `ip -6 addr add ${a}/128 dev lo nodad` : `ip addr add ${a}/32 dev lo`))
    .join(' && ');
  const setup = ['ip link set lo up', up, `mount --bind ${JSON.stringify(hosts)} /etc/hosts`, `mount --bind ${JSON.stringify(resolv)} /etc/resolv.conf`, 'exec "$@"']
    .filter((s) => s.length > 0)
    .join(' && ');
  return new Promise((resolve, reject) => {
    const child = spawn('unshare', ['--net', '--mount', '--fork', '--kill-child', '--', '/bin/sh', '-c', setup, 'world', ...argv], {
      env: { ...process.env, ...options.env },
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.end(options.input ?? '');
    const timer =
      options.killAfterMs === undefined
        ? undefined
        : setTimeout(() => {
            try {
              process.kill(-child.pid!, 'SIGKILL');
            } catch {
              /* already gone */
            }
          }, options.killAfterMs);
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      fs.rmSync(dir, { recursive: true, force: true });
      reject(new Error(`could not make a test world (unshare, needs root): ${error.message}`));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      fs.rmSync(dir, { recursive: true, force: true });
      if (code !== 0 && /unshare: |Operation not permitted|RTNETLINK/.test(stderr) && stdout === '') {
        reject(new Error(`could not make a test world (needs root): ${stderr.trim()}`));
        return;
      }
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Runs a compiled Node script (a path under lib/) inside a world with this process's Node. */
export function runNodeInWorld(world: World, script: string, args: readonly string[] = [], options: WorldRunOptions = {}): Promise<WorldRun> {
  return runInWorld(world, [process.execPath, script, ...args], options);
}
