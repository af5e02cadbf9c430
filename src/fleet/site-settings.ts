import { parseConfigFile, type ConfigFile } from '../config/config-file.js';
import { parseScriptInventory } from '../config/script-inventory-file.js';
import { buildSettings, type Settings } from '../config/settings.js';
import { readBoundedRegularFile } from '../config/workspace-files.js';
import { InputError } from '../config/input-error.js';
import type { Target } from './targets.js';

/** A site ready to run, or one that cannot (its token's variable is unset): it still gets a row. */
export type SitePlan =
  | { readonly target: Target; readonly reportFile: string; readonly ready: true; readonly settings: Settings; readonly secrets: readonly string[] }
  | { readonly target: Target; readonly reportFile: string; readonly ready: false; readonly error: string };

/** Stands in for an unset token while the site's other inputs are validated; never sent anywhere. */
const PLACEHOLDER_TOKEN = 'APP_USR-unset';

/**
 * Builds each site's Settings as the action would from its inputs: the same validation, the same
 * messages, prefixed with the site's line. A bad value in any site stops the fleet before any
 * request (InputError); an unset variable only marks that one site.
 */
export function planSites(targets: readonly Target[], reportFiles: readonly string[], env: NodeJS.ProcessEnv, workspace: string, targetsFile: string): SitePlan[] {
  // Sites usually share one config file: read and parse each file once, not once per site.
  const sources = new Map<string, string | undefined>();
  const parsed = new Map<string, ConfigFile>();
  const readFile = (file: string): string | undefined => {
    if (!sources.has(file)) sources.set(file, readIfExists(file));
    return sources.get(file);
  };
  const parseConfig = (source: string, fileName: string): ConfigFile => {
    const key = `${fileName}\0${source}`;
    if (!parsed.has(key)) parsed.set(key, parseConfigFile(source, fileName));
    return parsed.get(key)!;
  };
  return targets.map((target, i) => {
    const reportFile = reportFiles[i]!;
    const token = env[target.accessTokenEnv]?.trim() ?? '';
    const secretEnv = target.webhookSecretEnv;
    const secret = secretEnv === undefined ? undefined : env[secretEnv]?.trim();
    const read = (name: string): string => {
      if (name === 'site-url') return target.siteUrl.href;
      if (name === 'access-token') return token || PLACEHOLDER_TOKEN;
      if (name === 'webhook-secret') return secret ?? '';
      if (name === 'report-file') return reportFile;
      if (name === 'pr-comment') return 'false';
      if (name === 'github-token') return '';
      return target.inputs[name] ?? '';
    };
    let settings: Settings;
    try {
      settings = buildSettings(read, { workspace, readFile, parseConfig, parseInventory: parseScriptInventory });
    } catch (error) {
      const message = error instanceof InputError ? error.message : String(error);
      throw new InputError(`Invalid targets file '${targetsFile}' at line ${target.line} (${target.siteUrl.href}): ${message}`);
    }
    if (token === '') return { target, reportFile, ready: false, error: `environment variable ${target.accessTokenEnv} (access-token-env) is not set` };
    if (secretEnv !== undefined && !secret) return { target, reportFile, ready: false, error: `environment variable ${secretEnv} (webhook-secret-env) is not set` };
    return { target, reportFile, ready: true, settings, secrets: [token, ...(secret ? [secret] : [])] };
  });
}

/** The shared config file, read as the action reads it: a regular file of at most 1 MiB. */
function readIfExists(file: string): string | undefined {
  return readBoundedRegularFile('config', file);
}
