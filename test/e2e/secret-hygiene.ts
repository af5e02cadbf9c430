import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { runAction, type ActionRun, type RunOptions } from '../helpers/run-action.js';
import { close, listenOnLoopback } from '../sandbox/net.js';
import type { Sandbox } from '../sandbox/sandbox.js';

/**
 * Secret hygiene, shared by the fault matrix (every fault run is also a hygiene run, so the
 * matrix runs once) and the secrets suite (the scenarios that are not faults): every run is on a
 * pull request with every secret input set and a SARIF file asked for, and every surface a run
 * shows anyone is searched for every form of every secret.
 */

/** A webhook secret nobody could mistake for anything else. */
export const WEBHOOK_SECRET = 'whsec-canary-7e1f9a3b5c2d4e6f8a0b1c3d';
/** The github-token input is a secret too (masked like the others). */
export const GITHUB_TOKEN = 'ghs_canaryGithubToken4b7d9f1a3c5e';
/** Where each hygiene run writes SARIF, relative to its workspace. */
const SARIF_FILE = 'out/readiness.sarif';

/**
 * The forms in which a secret could leak: whole; its secret part (an access token's 32 hex digits,
 * the part that is not the public app and user ids) whole, in capitals and as 12-character
 * fragments; base64 and base64url at each of the three byte alignments (an Authorization header
 * echoed inside a longer value); percent-encoded byte by byte; JSON \u escapes.
 */
export function leakForms(secret: string): string[] {
  const core = /-([0-9a-f]{32})-/.exec(secret)?.[1];
  const part = core ?? secret;
  const forms = new Set<string>([secret, part, ...(core ? [core.toUpperCase()] : [])]);
  for (let i = 0; i + 12 <= part.length; i += 5) forms.add(part.slice(i, i + 12));
  for (let pad = 0; pad < 3; pad++) {
    const encoded = Buffer.concat([Buffer.alloc(pad, 0x41), Buffer.from(secret)]).toString('base64');
    const stable = encoded.slice(4, encoded.length - 4);
    const middle = stable.slice(Math.max(0, Math.floor(stable.length / 2) - 10), Math.floor(stable.length / 2) + 10);
    forms.add(middle);
    forms.add(middle.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  forms.add(Buffer.from(secret).toString('base64'));
  const bytes = [...Buffer.from(part.slice(0, 12))];
  forms.add(bytes.map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
  forms.add(bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
  forms.add([...part.slice(0, 12)].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''));
  return [...forms];
}

export interface SecretWitness {
  /** Every body sent to the (fake) GitHub API: the PR comments. */
  readonly comments: readonly string[];
  /** How many runs wrote a SARIF file: the hygiene must have had real files to read. */
  readonly sarifFilesRead: number;
  /**
   * Runs dist/index.js with the secret inputs (webhook-secret, github-token) and a SARIF file
   * added to `options.inputs`, on a pull request whose comments reach the witness. A given
   * `webhook-secret` input wins over the canary (a receiver that verifies needs the real one).
   */
  run(options: RunOptions): Promise<ActionRun>;
  /** Asserts the secrets were masked first and that no form of them is on any surface of `run`. */
  assertNoLeak(run: ActionRun, token: string): void;
  close(): Promise<void>;
}

/** Starts the fake GitHub API that records PR comments, and the pull-request event file. */
export async function startSecretWitness(sandbox: Pick<Sandbox, 'dir'>): Promise<SecretWitness> {
  const comments: string[] = [];
  const webhookSecrets = new WeakMap<ActionRun, string>();
  let sarifFilesRead = 0;
  const github = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      comments.push(body);
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' }).end(req.method === 'GET' ? '[]' : '{"id":1}');
    });
  });
  const { host, port } = await listenOnLoopback(github, 0);
  const githubUrl = `http://${host}:${port}`;
  const eventFile = path.join(sandbox.dir, 'event.json');
  fs.writeFileSync(eventFile, JSON.stringify({ pull_request: { number: 7, head: { sha: 'abc' } }, repository: { name: 'shop', owner: { login: 'merchant' } } }));

  /** Everything a run shows anyone, but the ::add-mask:: commands that hide the secrets from the log. */
  function surfaces(run: ActionRun): Record<string, string> {
    const sarifPath = path.join(run.workspace, SARIF_FILE);
    return {
      stdout: run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      stderr: run.stderr,
      summary: run.summary,
      outputs: JSON.stringify(run.outputs),
      'JSON report': run.reportText,
      SARIF: fs.existsSync(sarifPath) ? fs.readFileSync(sarifPath, 'utf8') : '',
      'PR comment': comments.join('\n'),
    };
  }

  return {
    comments,
    get sarifFilesRead() {
      return sarifFilesRead;
    },
    async run(options) {
      const inputs = { 'webhook-secret': WEBHOOK_SECRET, 'github-token': GITHUB_TOKEN, 'sarif-file': SARIF_FILE, ...options.inputs };
      const run = await runAction({
        ...options,
        inputs,
        env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile, GITHUB_REPOSITORY: 'merchant/shop', GITHUB_API_URL: githubUrl, GITHUB_SERVER_URL: githubUrl, ...options.env },
      });
      webhookSecrets.set(run, inputs['webhook-secret']);
      return run;
    },
    assertNoLeak(run, token) {
      if (fs.existsSync(path.join(run.workspace, SARIF_FILE))) sarifFilesRead++;
      const first = run.stdout.split('\n')[0] ?? '';
      assert.ok(first.startsWith('::add-mask::'), `the secrets are masked before anything else is printed; first line: ${first}`);
      const shown = surfaces(run);
      for (const secret of [token, webhookSecrets.get(run) ?? WEBHOOK_SECRET, GITHUB_TOKEN]) {
        assert.ok(run.stdout.includes(`::add-mask::${secret}`), 'every secret input is masked');
        for (const [where, content] of Object.entries(shown)) {
          for (const form of leakForms(secret)) assert.ok(!content.includes(form), `a secret (${secret.slice(0, 8)}…) appears in the ${where}`);
        }
      }
    },
    close: () => close(github),
  };
}
