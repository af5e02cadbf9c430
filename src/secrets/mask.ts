/**
 * Masks the secret inputs before anything else is loaded or run. It speaks the runner's
 * `::add-mask::` command itself (what `core.setSecret` prints), so the masks are the first bytes
 * of the step's log, written before the bundle's heavy modules are even evaluated.
 */
import { escapeData } from '../runner/commands.js';
import { maskForms } from './redact.js';

/** Input names whose values are secrets. */
export const SECRET_INPUTS = ['access-token', 'webhook-secret', 'github-token'] as const;

/**
 * Masks each secret input, trimmed and line by line (a secret pasted with a newline), and returns
 * the values for the redactor.
 */
export function maskSecretInputs(env: NodeJS.ProcessEnv = process.env, write: (line: string) => void = (l) => process.stdout.write(l)): string[] {
  const values: string[] = [];
  for (const name of SECRET_INPUTS) {
    const raw = env[`INPUT_${name.toUpperCase()}`] ?? '';
    for (const v of [raw.trim(), ...raw.split(/\r?\n/).map((l) => l.trim())]) {
      if (v !== '' && !values.includes(v)) {
        write(`::add-mask::${escapeData(v)}\n`);
        values.push(v);
      }
    }
  }
  // The runner masks exact strings only: its derived forms are masked too (the redactor covers the rest).
  for (const form of values.flatMap(maskForms)) write(`::add-mask::${escapeData(form)}\n`);
  return values;
}
