import { InputError } from '../config/input-error.js';

/** Flags by name (`help` when -h/--help was given), and the arguments that are not flags, in order. */
export interface Flags extends Map<string, string> {
  readonly positional: readonly string[];
}

/**
 * Parses `--name value` and `--name=value` for the names given; anything else starting with `-`
 * is an input error, other arguments are positional. `--` ends the flags.
 */
export function parseFlags(argv: readonly string[], names: readonly string[]): Flags {
  const known = new Set(names);
  const values = new Map<string, string>() as Map<string, string> & { positional: string[] };
  values.positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      values.positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      values.set('help', 'true');
      continue;
    }
    if (!arg.startsWith('-')) {
      values.positional.push(arg);
      continue;
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!match || !known.has(match[1]!)) throw new InputError(`Unknown argument '${arg}'. Run with --help for the options.`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || (match[2] === undefined && value.startsWith('--'))) throw new InputError(`Option '--${match[1]}' needs a value.`);
    if (values.has(match[1]!)) throw new InputError(`Option '--${match[1]}' is given twice.`);
    values.set(match[1]!, value);
  }
  return values;
}
