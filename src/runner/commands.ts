/**
 * The few runner commands the action needs before @actions/core is loaded: reading an input and
 * failing the step. They print exactly what core.getInput / core.setFailed print, so a bad input
 * fails without loading core (and the http client it pulls in).
 */

/** The runner's escaping of a command's data (as @actions/core does it). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** An input by its action.yml name, as core.getInput reads it (INPUT_NAME, trimmed; '' when unset). */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Fails the step with one error line, as core.setFailed does. */
export function setFailed(message: string, write: (line: string) => void = (l) => process.stdout.write(l)): void {
  process.exitCode = 1;
  write(`::error::${escapeData(message)}\n`);
}
