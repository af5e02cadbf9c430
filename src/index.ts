import { maskSecretInputs } from './secrets/mask.js';

// Mask the secrets first, then load the rest: the masks are in place before any module that
// could log is even evaluated, and the runner sees the step start at once.
const secrets = maskSecretInputs();
const { run } = await import('./main.js');
// Exit as soon as the report is written: a probe's lingering socket must not hold the job.
await run(secrets).finally(() => process.exit());
