import * as path from 'node:path';
import { LANGUAGES, type Language } from '../i18n/text.js';
import type { CheckId } from '../checks/ids.js';
import type { Severity, Thresholds } from '../checks/types.js';
import type { InventoryInput, ScriptInventory } from '../checks/support/inventory-types.js';
import { readBoundedInputFile } from './bounded-file.js';
import type { ConfigFile } from './config-file.js';
import { InputError } from './input-error.js';

export type FailOn = 'blocker' | 'warning' | 'never';

export interface Waiver {
  readonly check: CheckId;
  readonly reason: string;
  /** Last day (YYYY-MM-DD, inclusive) the waiver applies. */
  readonly until: string;
}

/** Everything the run needs, read and validated once. */
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
  readonly prComment: boolean;
  /** Absolute path of the JSON report. */
  readonly reportFile: string;
  /** Absolute path of the SARIF file, when asked for. */
  readonly sarifFile?: string;
  readonly timeoutMs: number;
  readonly apiBaseUrl: URL;
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
  /** Reads a file as UTF-8, or returns undefined when it does not exist. */
  readonly readFile: (absolutePath: string) => string | undefined;
  /**
   * Parses and validates the config file (config-file.ts's parseConfigFile). Needed only when a
   * config file exists: loadSettings() imports it then, so yaml and zod load only for a config.
   */
  readonly parseConfig?: ConfigParser;
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

/** Reads every input once and validates it; the first problem is an InputError naming the input. */
export function buildSettings(read: InputReader, env: SettingsEnvironment): Settings {
  const input = (name: string): string => read(name).trim();

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
  if (prCommentText !== 'true' && prCommentText !== 'false') {
    throw new InputError(`Invalid 'pr-comment': '${prCommentText}'. Expected true or false.`);
  }

  const configInput = input('config');
  const configPath = path.resolve(env.workspace, configInput || DEFAULT_CONFIG_PATH);
  const configSource = env.readFile(configPath);
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
    prComment: prCommentText === 'true',
    reportFile: path.resolve(env.workspace, input('report-file') || 'mercadopago-readiness.json'),
    ...optional('sarifFile', sarifInput ? path.resolve(env.workspace, sarifInput) : undefined),
    timeoutMs: Math.round(timeoutSeconds * 1000),
    apiBaseUrl: parseUrl(input('api-base-url') || 'https://api.mercadopago.com', 'api-base-url', 'an http(s) URL such as https://api.mercadopago.com', true)!,
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

function oneOf<T extends string>(value: string, name: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Invalid '${name}': '${value}'. Expected one of: ${allowed.join(', ')}.`);
}

function paymentIdOf(value: string): string | undefined {
  if (value === '') return undefined;
  if (!/^\d{1,20}$/.test(value)) throw new InputError(`Invalid 'payment-id': '${value}'. Expected the numeric id of a production payment.`);
  return value;
}
