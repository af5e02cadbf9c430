import { InputError } from './config/input-error.js';

/**
 * Parses `--name value` and `--name=value` for the flag names in `known`, plus `-h`/`--help`
 * (and, with `version`, `-V`/`--version`) as `help`/`version` set to `true`. Anything else is an
 * input error whose message `unknown` writes; a flag without a value is one too.
 */
export function parseArgs(argv: readonly string[], known: ReadonlySet<string>, unknown: (arg: string) => string, version = false): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      values.set('help', 'true');
      continue;
    }
    if (version && (arg === '--version' || arg === '-V')) {
      values.set('version', 'true');
      continue;
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!match || !known.has(match[1]!)) throw new InputError(unknown(arg));
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new InputError(`Option '--${match[1]}' needs a value.`);
    values.set(match[1]!, value);
  }
  return values;
}
