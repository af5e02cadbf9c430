import { errorLine, InputError } from './config/input-error.js';
import { loadSettings, type Settings } from './config/settings.js';
import { readBoundedRegularFile } from './config/workspace-files.js';
import { connectEarly } from './probes/net/early.js';
import { createRedactor } from './secrets/redact.js';
import { getInput, setFailed } from './runner/commands.js';
import { maskSecretInputs } from './secrets/mask.js';

/**
 * The action: inputs → settings, then (only once they are valid) the engine and the outputs in
 * action.ts. A bad input fails here, before @actions/core, the probes or the renderers load.
 * `secrets` are the secret inputs' values, already masked by the entry (src/index.ts). Called
 * without them, as GitHub's local runner calls an entry's `run()`
 * (`npx @github/local-action . src/main.ts .env`), it masks them itself first.
 */
export async function run(secrets: readonly string[] = maskSecretInputs()): Promise<void> {
  const redact = createRedactor(secrets);
  let settings: Settings;
  try {
    settings = await loadSettings(getInput, {
      workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
      readFile: (file, inside) => readBoundedRegularFile('config', file, undefined, inside),
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
