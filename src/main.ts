import * as fs from 'node:fs';
import { errorLine, InputError } from './config/input-error.js';
import { loadSettings, type Settings } from './config/settings.js';
import { connectEarly } from './probes/net/early.js';
import { createRedactor } from './report/redact.js';
import { getInput, setFailed } from './runner/commands.js';

/**
 * The action: inputs → settings, then (only once they are valid) the engine and the outputs in
 * action.ts. A bad input fails here, before @actions/core, the probes or the renderers load.
 * `secrets` are the secret inputs' values, already masked by the entry (src/index.ts).
 */
export async function run(secrets: readonly string[]): Promise<void> {
  const redact = createRedactor(secrets);
  let settings: Settings;
  try {
    settings = await loadSettings(getInput, {
      workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
      readFile: readIfExists,
    });
  } catch (error) {
    setFailed(redact(error instanceof InputError ? error.message : `Could not read the inputs: ${errorLine(error)}`));
    return;
  }
  // The first API connection's two round trips overlap loading the engine (probes/net/early.ts).
  connectEarly(settings.apiBaseUrl);
  const { runAction } = await import('./action.js');
  await runAction(settings, redact);
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`Invalid 'config': cannot read '${file}': ${errorLine(error)}`);
  }
}
