import * as fs from 'node:fs';
import { startSandbox } from './sandbox.js';

/**
 * Starts the sandbox and keeps it running, for a workflow that runs the action itself against
 * it (`uses: ./` in .github/workflows/test.yml). The addresses, the CA file and the tokens are
 * appended to the file named by `--env FILE` (pass $GITHUB_ENV) as NAME=value lines, and
 * `--ready FILE` is created once everything listens. `--ca FILE` copies the CA certificate there,
 * readable by all (the sandbox runs as root for ports 80/443; the action's step does not, and
 * the sandbox's own folder is private). SIGTERM or SIGINT stops it.
 *
 *   node lib/test/sandbox/serve.js --env "$GITHUB_ENV" --ca "$RUNNER_TEMP/ca.pem" --ready /tmp/sandbox-ready &
 */
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const sandbox = await startSandbox();
const caOut = arg('ca');
if (caOut) {
  fs.copyFileSync(sandbox.caFile, caOut);
  fs.chmodSync(caOut, 0o644);
}
const lines = [
  `SANDBOX_HEALTHY_URL=${sandbox.healthy.url('/checkout')}`,
  `SANDBOX_BROKEN_URL=${sandbox.broken.url('/checkout')}`,
  `SANDBOX_API_URL=${sandbox.api.baseUrl}`,
  `SANDBOX_TOKEN=${sandbox.tokens.productionMlb}`,
  `SANDBOX_TEST_TOKEN=${sandbox.tokens.legacyTest}`,
  `SANDBOX_WEBHOOK_SECRET=${sandbox.webhookSecret}`,
  `NODE_EXTRA_CA_CERTS=${caOut ?? sandbox.caFile}`,
];
const envFile = arg('env');
if (envFile) fs.appendFileSync(envFile, `${lines.join('\n')}\n`);
else process.stdout.write(`${lines.join('\n')}\n`);
const ready = arg('ready');
if (ready) fs.writeFileSync(ready, 'ready\n');
const stop = (): void => {
  void sandbox.stop().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
