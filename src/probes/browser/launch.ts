import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** A running headless browser: its DevTools pipe ends, and how to end it. */
export interface LaunchedBrowser {
  readonly toBrowser: Writable;
  readonly fromBrowser: Readable;
  readonly child: ChildProcess;
  /** How the browser was made to trust NODE_EXTRA_CA_CERTS: `nss` (a certificate database), `spki` (pinned keys), or `none`. */
  readonly trust: 'nss' | 'spki' | 'none';
  /** Kills the whole process group (renderers, GPU and network services included) and removes the profile. */
  kill(): void;
}

/** Flags of a cold, quiet, isolated run: nothing of the runner's own profile, no background traffic. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--mute-audio',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-domain-reliability',
  '--no-pings',
  '--password-store=basic',
  '--use-mock-keychain',
  '--remote-debugging-pipe',
];

/**
 * Chrome's own background hosts (component updater, sign-in, extension updates, connectivity
 * check): headless Chromium 156 still looks them up at start, whatever the flags above say. They
 * are no part of the page, so they resolve nowhere: nothing of the browser's own leaves the runner.
 */
const BROWSER_OWN_HOSTS = ['update.googleapis.com', 'clients2.google.com', 'accounts.google.com', 'connectivitycheck.gstatic.com', 'clients1.google.com', 'redirector.gvt1.com'];

/** `--host-resolver-rules` for a run: Chrome's own hosts to NOTFOUND, then `extraRules` (tests: `MAP * ~NOTFOUND`). */
export function resolverRules(extraRules?: string): string {
  return [...BROWSER_OWN_HOSTS.map((h) => `MAP ${h} ~NOTFOUND`), ...(extraRules ? [extraRules] : [])].join(', ');
}

/**
 * Starts the browser with a fresh profile in a temporary HOME, in its own process group.
 * Trust: the browser must accept what Node accepts (its store plus NODE_EXTRA_CA_CERTS). On Linux
 * Chrome reads user trust anchors from the NSS database in `$HOME/.pki/nssdb`; with `certutil`
 * (libnss3-tools) the extra CAs are added there as real anchors, so hostnames and dates are still
 * checked. Without certutil the CAs' keys go to `--ignore-certificate-errors-spki-list`, which
 * accepts any chain that contains one of them (weaker; the TLS checks judge the certificate anyway).
 */
export async function launchBrowser(executable: string, env: NodeJS.ProcessEnv = process.env, extraResolverRules?: string): Promise<LaunchedBrowser> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-browser-'));
  const profile = path.join(home, 'profile');
  fs.mkdirSync(profile);
  const extra = readExtraCas(env['NODE_EXTRA_CA_CERTS']);
  let trust: LaunchedBrowser['trust'] = 'none';
  const flags = [...FLAGS, `--user-data-dir=${profile}`, `--host-resolver-rules=${resolverRules(extraResolverRules)}`];
  if (extra.length > 0) {
    if (await addToNssDb(home, extra, env)) trust = 'nss';
    else {
      trust = 'spki';
      flags.push(`--ignore-certificate-errors-spki-list=${extra.map(spkiHash).join(',')}`);
    }
  }
  const child = spawn(executable, [...flags, 'about:blank'], {
    // fd 3: we write commands; fd 4: the browser writes answers and events.
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    detached: true,
    env: { ...env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') },
  });
  child.stderr?.resume();
  let killed = false;
  const kill = (): void => {
    if (!killed) {
      killed = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    fs.rmSync(home, { recursive: true, force: true, maxRetries: 3 });
  };
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', () => resolve());
    child.once('error', (e) => {
      kill();
      reject(new Error(`could not start ${executable}: ${e.message}`));
    });
  });
  return { toBrowser: child.stdio[3] as Writable, fromBrowser: child.stdio[4] as Readable, child, trust, kill };
}

/** PEM certificates in the NODE_EXTRA_CA_CERTS file (unreadable or bad entries are left out). */
function readExtraCas(file: string | undefined): X509Certificate[] {
  if (!file) return [];
  try {
    const text = fs.readFileSync(file, 'utf8');
    return (text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).flatMap((pem) => {
      try {
        return [new X509Certificate(pem)];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

/** base64 SHA-256 of the certificate's SubjectPublicKeyInfo (the form Chrome's SPKI list takes). */
function spkiHash(cert: X509Certificate): string {
  return createHash('sha256')
    .update(cert.publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');
}

/** Creates `$HOME/.pki/nssdb` and adds each CA as a trusted issuer of server certificates; false when certutil is missing or fails. */
async function addToNssDb(home: string, cas: readonly X509Certificate[], env: NodeJS.ProcessEnv): Promise<boolean> {
  const db = path.join(home, '.pki', 'nssdb');
  fs.mkdirSync(db, { recursive: true });
  const run = (args: string[]): Promise<boolean> => new Promise((resolve) => execFile('certutil', args, { timeout: 5_000, env: { PATH: env['PATH'] ?? '' } }, (error) => resolve(error === null)));
  if (!(await run(['-N', '-d', `sql:${db}`, '--empty-password']))) return false;
  for (const [i, ca] of cas.entries()) {
    const file = path.join(home, `ca-${i}.pem`);
    fs.writeFileSync(file, ca.toString());
    if (!(await run(['-A', '-d', `sql:${db}`, '-t', 'C,,', '-n', `extra-ca-${i}`, '-i', file]))) return false;
  }
  return true;
}
