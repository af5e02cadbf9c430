import * as path from 'node:path';
import { findBrowser } from '../probes/browser/find.js';
import { LANGUAGES, type Language } from '../i18n/text.js';
import type { CheckId } from '../checks/ids.js';
import type { Severity, Thresholds } from '../checks/types.js';
import type { InventoryInput, ScriptInventory } from '../checks/support/inventory-types.js';
import type { ConfigFile } from './config-file.js';
import { isLoopbackHost } from '../probes/net/address-policy.js';
import { ACCESS_TOKEN_SHAPE, createRedactor } from '../secrets/redact.js';
import { InputError } from './input-error.js';
import { readBoundedInputFile, resolveWorkspacePath } from './workspace-files.js';

export type FailOn = 'blocker' | 'warning' | 'never';

export interface Waiver {
  readonly check: CheckId;
  readonly reason: string;
  /** Last day (YYYY-MM-DD, inclusive) the waiver applies. */
  readonly until: string;
}

/** Everything the run needs, read and validated once. */
/** `pr-comment` values, normalised: `true` is `always`, `false` is `never`. */
export type PrCommentMode = 'always' | 'on-failure' | 'never';
const PR_COMMENT_MODES: Readonly<Record<string, PrCommentMode>> = { true: 'always', always: 'always', 'on-failure': 'on-failure', false: 'never', never: 'never' };

export interface Settings {
  readonly siteUrl: URL;
  readonly accessToken: string;
  readonly publicKey?: string;
  readonly webhookUrl?: URL;
  readonly webhookSecret?: string;
  readonly paymentId?: string;
  readonly failOn: FailOn;
  readonly language: Language | 'auto';
  readonly githubToken?: string;
  /**
   * When to post the sticky pull-request comment (DESIGN §2): `always` (`true`), `on-failure`
   * (only while the result is warn or fail; an earlier comment is then updated to say it is
   * fixed) or `never` (`false`).
   */
  readonly prComment: PrCommentMode;
  /** Absolute path of the JSON report. */
  readonly reportFile: string;
  /** Absolute path of the SARIF file, when asked for. */
  readonly sarifFile?: string;
  readonly timeoutMs: number;
  readonly apiBaseUrl: URL;
  /**
   * The `browser` input: `off`, or `auto`/`on` with the Chrome/Chromium found (`CHROME_PATH` or the
   * usual install paths). `auto` without one keeps `missing` (the summary says the pass did not run);
   * `on` without one is an input error.
   */
  readonly browser: { readonly mode: 'off' | 'auto' | 'on'; readonly executable?: string; readonly missing?: string };
  readonly severityOverrides: Readonly<Partial<Record<CheckId, Severity | 'off'>>>;
  readonly waivers: readonly Waiver[];
  /** The config file's threshold overrides only; each check carries its own defaults. */
  readonly thresholds: Partial<Thresholds>;
  /** The `script-inventory` file (DESIGN §6b), parsed; or that the default file is absent (→ `page.script-inventory` manual). */
  readonly scriptInventory: InventoryInput;
}

export const DEFAULT_CONFIG_PATH = '.github/mercadopago-readiness.yml';
export const DEFAULT_SCRIPT_INVENTORY_PATH = '.github/mercadopago-readiness-scripts.yml';

/** Inputs by their action.yml names; a missing input reads as ''. */
export type InputReader = (name: string) => string;

export interface SettingsEnvironment {
  /** Where relative paths (config, report files) are resolved: GITHUB_WORKSPACE or the cwd. */
  readonly workspace: string;
  /**
   * Reads a file as UTF-8, or returns undefined when it does not exist; `inside` (the workspace,
   * for a relative input) is where its real path must lie (workspace-files.ts readBoundedRegularFile).
   */
  readonly readFile: (absolutePath: string, inside?: string) => string | undefined;
  /**
   * Parses and validates the config file (config-file.ts's parseConfigFile). Needed only when a
   * config file exists: loadSettings() imports it then, so yaml and zod load only for a config.
   */
  readonly parseConfig?: ConfigParser;
  /** Environment for CHROME_PATH (default: process.env). */
  readonly env?: NodeJS.ProcessEnv;
  /** Parses the script inventory (script-inventory-file.ts); loaded, like parseConfig, only when the file exists. */
  readonly parseInventory?: InventoryParser;
  /** Reads the `script-inventory` file (bounded, inside the workspace); undefined when absent. Default: readBoundedInputFile. */
  readonly readInventory?: (given: string, workspace: string) => string | undefined;
}

export type ConfigParser = (source: string, fileName: string) => ConfigFile;
export type InventoryParser = (source: string, fileName: string) => ScriptInventory;

/** Thrown by loadSettings' first pass when a config file exists and its parser is not loaded yet. */
const NEEDS_PARSER = Symbol('needs the config parser');

/**
 * buildSettings, loading the config parser (yaml, zod) only when a config file exists. Inputs
 * are validated in the same order either way: an input error before the config's comes first.
 */
export async function loadSettings(read: InputReader, env: SettingsEnvironment): Promise<Settings> {
  try {
    return buildSettings(read, {
      ...env,
      parseConfig: () => {
        throw NEEDS_PARSER;
      },
      parseInventory: () => {
        throw NEEDS_PARSER;
      },
    });
  } catch (error) {
    if (error !== NEEDS_PARSER) throw error;
  }
  const [{ parseConfigFile }, { parseScriptInventory }] = await Promise.all([import('./config-file.js'), import('./script-inventory-file.js')]);
  return buildSettings(read, { ...env, parseConfig: parseConfigFile, parseInventory: parseScriptInventory });
}

/** The inputs that hold secrets; every other input is refused when it carries one. */
const SECRET_INPUT_NAMES = ['access-token', 'webhook-secret', 'github-token'];
/** Inputs that are not secrets: none may carry a token (they are echoed, logged, sent in URLs). */
const PLAIN_INPUT_NAMES = [
  'site-url',
  'public-key',
  'webhook-url',
  'payment-id',
  'fail-on',
  'config',
  'language',
  'pr-comment',
  'report-file',
  'sarif-file',
  'timeout-seconds',
  'api-base-url',
  'browser',
  'script-inventory',
];

/**
 * A secret pasted into the wrong input (the access token as `public-key`, a token in site-url's
 * query or user info, in webhook-url) is refused before anything echoes or sends it: one line
 * naming the input, and never the value.
 */
function refuseSecretsInPlainInputs(input: (name: string) => string): void {
  const redact = createRedactor(SECRET_INPUT_NAMES.map(input));
  for (const name of PLAIN_INPUT_NAMES) {
    const value = input(name);
    // Decoded too: a token percent-encoded in a URL's query is still the token.
    if (value === '' || (!ACCESS_TOKEN_SHAPE.test(value) && !ACCESS_TOKEN_SHAPE.test(safeDecode(value)) && redact(value) === value)) continue;
    const what =
      name === 'public-key'
        ? 'an access token (a secret), not a public key; pass the public key (APP_USR- followed by a UUID) from Production credentials'
        : 'an access token or another secret; secrets go only in access-token and webhook-secret, from a secret';
    throw new InputError(`Invalid '${name}': it holds ${what}. The value is not shown.`);
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Reads every input once and validates it; the first problem is an InputError naming the input. */
export function buildSettings(read: InputReader, env: SettingsEnvironment): Settings {
  const input = (name: string): string => read(name).trim();
  refuseSecretsInPlainInputs(input);

  const siteUrl = parseUrl(input('site-url'), 'site-url', 'the URL of the page that shows the payment form, e.g. https://shop.example/checkout', true)!;
  const accessToken = input('access-token');
  if (accessToken === '') {
    throw new InputError("Input 'access-token' is required: pass your Mercado Pago production access token from a secret.");
  }
  if (/\s/.test(accessToken)) {
    throw new InputError("Invalid 'access-token': it contains white space inside; expected a single token such as APP_USR-….");
  }

  const failOn = oneOf(input('fail-on') || 'blocker', 'fail-on', ['blocker', 'warning', 'never'] as const);
  const language = oneOf(input('language') || 'auto', 'language', ['auto', ...LANGUAGES] as const);
  const timeoutText = input('timeout-seconds') || '60';
  const timeoutSeconds = Number(timeoutText);
  if (!/^\d+(\.\d+)?$/.test(timeoutText) || !(timeoutSeconds > 0) || timeoutSeconds > 3600) {
    throw new InputError(`Invalid 'timeout-seconds': '${timeoutText}'. Expected a number of seconds greater than 0 (at most 3600).`);
  }
  const prCommentText = (input('pr-comment') || 'true').toLowerCase();
  const prComment = Object.hasOwn(PR_COMMENT_MODES, prCommentText) ? PR_COMMENT_MODES[prCommentText] : undefined;
  if (prComment === undefined) {
    throw new InputError(`Invalid 'pr-comment': '${prCommentText}'. Expected true (or always), on-failure, or false (or never).`);
  }

  const browserMode = oneOf((input('browser') || 'off').toLowerCase(), 'browser', ['off', 'auto', 'on'] as const);
  const found = browserMode === 'off' ? undefined : findBrowser(env.env ?? process.env);
  if (browserMode === 'on' && found && 'missing' in found) {
    throw new InputError(`Invalid 'browser': 'on' needs Chrome or Chromium, and ${found.missing}. Install one, set CHROME_PATH to it, or use browser: auto.`);
  }
  const browser = found === undefined ? { mode: browserMode } : 'path' in found ? { mode: browserMode, executable: found.path } : { mode: browserMode, missing: found.missing };

  const configInput = input('config');
  const configValue = configInput || DEFAULT_CONFIG_PATH;
  const configPath = resolveWorkspacePath('config', configValue, env.workspace);
  const configSource = env.readFile(configPath, path.isAbsolute(configValue) ? undefined : env.workspace);
  if (configSource === undefined && configInput !== '' && configInput !== DEFAULT_CONFIG_PATH) {
    throw new InputError(`Invalid 'config': file '${configInput}' does not exist.`);
  }
  const parse = env.parseConfig ?? missingParser;
  const config = configSource === undefined ? {} : parse(configSource, configInput || DEFAULT_CONFIG_PATH);
  const t = config.thresholds ?? {};

  const scriptInventory = inventoryInput(input('script-inventory'), env);

  const sarifInput = input('sarif-file');
  return {
    siteUrl,
    accessToken,
    ...optional('publicKey', input('public-key') || undefined),
    ...optional('webhookUrl', parseUrl(input('webhook-url'), 'webhook-url', 'the https:// URL of your notification endpoint', false)),
    ...optional('webhookSecret', input('webhook-secret') || undefined),
    ...optional('paymentId', paymentIdOf(input('payment-id'))),
    failOn,
    language,
    ...optional('githubToken', input('github-token') || undefined),
    prComment,
    reportFile: resolveWorkspacePath('report-file', input('report-file') || 'mercadopago-readiness.json', env.workspace),
    ...optional('sarifFile', sarifInput ? resolveWorkspacePath('sarif-file', sarifInput, env.workspace) : undefined),
    timeoutMs: Math.round(timeoutSeconds * 1000),
    apiBaseUrl: apiBaseUrlOf(input('api-base-url')),
    browser,
    severityOverrides: config.checks ?? {},
    waivers: config.waivers ?? [],
    thresholds: {
      ...optional('expiryMinDays', t['expiry-min-days']),
      ...optional('hstsMinDays', t['hsts-min-days']),
      ...optional('fieldCoverage', t['field-coverage']),
      ...optional('rejectionRateMax', t['rejection-rate-max']),
      ...optional('webhookTimeoutMs', t['webhook-timeout-ms']),
    },
    scriptInventory,
  };
}

/**
 * DESIGN §6b: the runner passes the default path explicitly, so "the default file is missing"
 * means the input equals the default (or is empty) and nothing is there → manual; any other
 * missing path is an input error.
 */
function inventoryInput(given: string, env: SettingsEnvironment): InventoryInput {
  const file = given || DEFAULT_SCRIPT_INVENTORY_PATH;
  const source = (env.readInventory ?? ((g, w) => readBoundedInputFile('script-inventory', g, w)))(file, env.workspace);
  if (source === undefined) {
    if (file !== DEFAULT_SCRIPT_INVENTORY_PATH) throw new InputError(`Invalid 'script-inventory': file '${given}' does not exist.`);
    return { state: 'missing', file };
  }
  const parse = env.parseInventory ?? missingParser;
  return { state: 'loaded', file, inventory: parse(source, file) };
}

function missingParser(): never {
  throw new Error('buildSettings: a config file exists but no parseConfig was given (use loadSettings)');
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function parseUrl(value: string, name: string, expected: string, required: boolean): URL | undefined {
  if (value === '') {
    if (required) throw new InputError(`Input '${name}' is required: expected ${expected}.`);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`Invalid '${name}': '${value}' is not a URL. Expected ${expected}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(`Invalid '${name}': '${value}' is not an http(s) URL. Expected ${expected}.`);
  }
  if (url.username || url.password) {
    throw new InputError(`Invalid '${name}': the URL must not carry a user name or password.`);
  }
  return url;
}

/** The token travels over https only: plain http is allowed to a loopback address (a local proxy, the sandbox). */
function apiBaseUrlOf(value: string): URL {
  const url = parseUrl(value || 'https://api.mercadopago.com', 'api-base-url', 'an https URL such as https://api.mercadopago.com', true)!;
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new InputError(`Invalid 'api-base-url': plain http would send the access token in clear text to ${url.host}. Use https (http is accepted only for a loopback address).`);
  }
  return url;
}

function oneOf<T extends string>(value: string, name: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Invalid '${name}': '${value}'. Expected one of: ${allowed.join(', ')}.`);
}

function paymentIdOf(value: string): string | undefined {
  if (value === '') return undefined;
  if (!/^\d{1,20}$/.test(value)) throw new InputError(`Invalid 'payment-id': '${value}'. Expected the numeric id of a production payment.`);
  return value;
}
