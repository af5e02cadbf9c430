import * as fs from 'node:fs';
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { InputError } from '../config/input-error.js';
import { lineAt } from './yaml-lines.js';
import { hasTokenShape } from './token-shape.js';

/** One storefront of the targets file (DESIGN §6c), its own keys merged over `defaults`. */
export interface Target {
  /** 0-based position in the file: what `--shard` splits on. */
  readonly index: number;
  /** Line of the site's entry, for messages. */
  readonly line: number;
  readonly siteUrl: URL;
  /** Action inputs by name (site-url and the secrets' variable names excluded), as strings. */
  readonly inputs: Readonly<Record<string, string>>;
  /** The NAME of the environment variable holding the access token. */
  readonly accessTokenEnv: string;
  /** The NAME of the environment variable holding the webhook secret, when one is named. */
  readonly webhookSecretEnv?: string;
}

export interface TargetsFile {
  readonly file: string;
  readonly targets: readonly Target[];
}

/** Where a site's token is read from when neither it nor `defaults` names a variable: as the single-site CLI. */
export const DEFAULT_TOKEN_ENV = 'MP_ACCESS_TOKEN';

/** A fleet of 10,000 sites is ~1.5 MB of YAML; anything far larger is not a targets file. */
const MAX_BYTES = 16 * 1024 * 1024;

/** Inputs written as values would put a secret in a file that is committed: only their variable's name may be. */
const SECRET_KEYS: Readonly<Record<string, string>> = {
  'access-token': 'access-token-env',
  'webhook-secret': 'webhook-secret-env',
  'github-token': '',
};

/** Action inputs the fleet has its own answer for: each site's report goes to --out-dir, no PR is commented. */
const NOT_IN_FLEET = new Set(['report-file', 'sarif-file', 'pr-comment']);

const scalar = z.union([z.string(), z.number(), z.boolean()], { message: 'expected a single value (text, number or true/false)' }).transform(String);
const envName = z.string({ message: 'expected the NAME of an environment variable' }).regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected the NAME of an environment variable, e.g. MP_TOKEN_LOJA_A');
const inputKeys = {
  'access-token-env': envName.optional(),
  'webhook-secret-env': envName.optional(),
  'public-key': scalar.optional(),
  'webhook-url': scalar.optional(),
  'payment-id': scalar.optional(),
  'fail-on': scalar.optional(),
  config: scalar.optional(),
  language: scalar.optional(),
  'timeout-seconds': scalar.optional(),
  'api-base-url': scalar.optional(),
  // A site may ask for the browser pass too (each site then starts its own cold browser).
  browser: scalar.optional(),
  // Each storefront has its own payment page, so its own approved script inventory (relative to the working directory).
  'script-inventory': scalar.optional(),
};

/** The action inputs a site may set (test/fleet/targets.test.ts keeps this equal to action.yml's, less the secrets and NOT_IN_FLEET). */
export const SITE_INPUTS: readonly string[] = ['site-url', ...Object.keys(inputKeys).filter((k) => !k.endsWith('-env'))];
/** Inputs refused as literal secrets, and those the fleet decides itself. */
export const REFUSED_INPUTS: readonly string[] = [...Object.keys(SECRET_KEYS), ...NOT_IN_FLEET];
const siteSchema = z.strictObject({ 'site-url': z.string({ message: "expected 'site-url' to be a URL" }), ...inputKeys });
const fileSchema = z.strictObject({
  defaults: z.strictObject(inputKeys).nullish(),
  sites: z.array(siteSchema, { message: "expected 'sites' to be a list of sites" }).min(1, "'sites' is empty: list at least one site"),
});

/**
 * Reads and validates a targets file. Every problem is an InputError of one line naming the file
 * and line; nothing here sends a request. A value shaped like an access token is refused wherever
 * it appears, and is never part of the message.
 */
export function readTargetsFile(file: string): TargetsFile {
  const name = `'${file}'`;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(`Invalid '--targets': file ${name} does not exist.`);
  }
  if (!stat.isFile()) throw new InputError(`Invalid '--targets': ${name} is not a regular file.`);
  if (stat.size > MAX_BYTES) throw new InputError(`Invalid '--targets': ${name} is larger than 16 MiB.`);
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`Invalid '--targets': cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? 'read error'}.`);
  }
  return { file, targets: parseTargets(source, file) };
}

/** Parses the YAML text of a targets file (see readTargetsFile). */
export function parseTargets(source: string, file: string): Target[] {
  const fail = (line: number | undefined, message: string): never => {
    throw new InputError(`Invalid targets file '${file}'${line === undefined ? '' : ` at line ${line}`}: ${message}`);
  };
  // Before parsing: a token pasted anywhere (a value, a comment, a URL's query) is refused by line alone.
  const tokenLine = source.split('\n').findIndex((l) => hasTokenShape(l));
  if (tokenLine >= 0) fail(tokenLine + 1, 'it contains a Mercado Pago access token (not shown). Put each token in an environment variable and name it with access-token-env.');

  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  // The parser's own message can quote the text around the error: only its code is shown.
  if (yamlError) fail(counter.linePos(yamlError.pos[0]).line, `not valid YAML (${yamlError.code.toLowerCase().replace(/_/g, ' ')}).`);
  if (!isMap(doc.contents)) fail(undefined, "expected a mapping with a 'sites' list (and optional 'defaults').");

  refuseLiteralSecrets(doc, counter, fail);
  const sitesNode = doc.get('sites', true);
  if (isSeq(sitesNode)) {
    sitesNode.items.forEach((item, i) => {
      const line = isNode(item) && item.range ? counter.linePos(item.range[0]).line : undefined;
      if (!isMap(item)) return fail(line, `site ${i + 1} is not a mapping with a 'site-url'.`);
      if (!item.has('site-url')) fail(line, `site ${i + 1} has no 'site-url'.`);
    });
  }
  const defaultsNode = doc.get('defaults', true);
  if (isMap(defaultsNode) && defaultsNode.has('site-url')) fail(lineAt(doc, counter, ['defaults', 'site-url']), "'site-url' belongs to each site, not to 'defaults'.");

  const parsed = fileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path: (string | number)[] = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    if (issue.code === 'unrecognized_keys') {
      const key = String(issue.keys[0]);
      path.push(key);
      const why = NOT_IN_FLEET.has(key) ? ` ('${key}' does not apply to a fleet run: each site's report is written to --out-dir)` : '';
      fail(lineAt(doc, counter, path), `unknown key '${key}'${why}.`);
    }
    fail(lineAt(doc, counter, path), `${issue.message}${path.length > 0 ? ` at '${path.join('.')}'` : ''}.`);
  }
  const { defaults, sites } = parsed.data!;
  const seen = new Map<string, number>();
  return sites.map((site, index) => {
    const line = lineAt(doc, counter, ['sites', index]) ?? 0;
    let siteUrl: URL;
    try {
      siteUrl = new URL(site['site-url'].trim());
    } catch {
      return fail(line, `site ${index + 1}: 'site-url' is not a URL.`);
    }
    if (siteUrl.protocol !== 'https:' && siteUrl.protocol !== 'http:') fail(line, `site ${index + 1}: 'site-url' is not an http(s) URL.`);
    const first = seen.get(siteUrl.href);
    if (first !== undefined) fail(line, `site ${siteUrl.href} is listed twice (first at line ${first}).`);
    seen.set(siteUrl.href, line);
    const merged: Record<string, string> = {};
    for (const [key, value] of [...Object.entries(defaults ?? {}), ...Object.entries(site)]) {
      if (value !== undefined && key !== 'site-url' && !key.endsWith('-env')) merged[key] = value;
    }
    const webhookSecretEnv = site['webhook-secret-env'] ?? defaults?.['webhook-secret-env'];
    return {
      index,
      line,
      siteUrl,
      inputs: merged,
      accessTokenEnv: site['access-token-env'] ?? defaults?.['access-token-env'] ?? DEFAULT_TOKEN_ENV,
      ...(webhookSecretEnv === undefined ? {} : { webhookSecretEnv }),
    };
  });
}

/** `access-token: …` in defaults or a site is refused before anything else is read of it. */
function refuseLiteralSecrets(doc: Document, counter: LineCounter, fail: (line: number | undefined, message: string) => never): void {
  const maps = [doc.get('defaults', true), ...((doc.get('sites', true) as { items?: unknown[] } | undefined)?.items ?? [])];
  for (const map of maps) {
    if (!isMap(map)) continue;
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!(key in SECRET_KEYS)) continue;
      const line = isNode(pair.key) && pair.key.range ? counter.linePos(pair.key.range[0]).line : undefined;
      const instead = SECRET_KEYS[key] ? ` and name that variable with '${SECRET_KEYS[key]}'` : '';
      fail(line, `'${key}' is written literally (value not shown). Secrets never go in this file: put it in an environment variable${instead}.`);
    }
  }
}
