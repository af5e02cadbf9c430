import { runAction } from '../helpers/run-action.js';
import { startSandbox } from './sandbox.js';

/**
 * `npm run demo`: starts the sandbox on loopback and runs the built dist/index.js against a
 * healthy and a broken shop, exactly as the runner would, then prints both job summaries.
 */
const sandbox = await startSandbox();
try {
  const runs: Array<{ name: string; url: string; token: string; extra: Record<string, string> }> = [
    { name: 'healthy shop', url: sandbox.healthy.url('/checkout'), token: sandbox.tokens.productionMlb, extra: { 'webhook-url': sandbox.webhook.url, 'webhook-secret': sandbox.webhookSecret } },
    { name: 'broken shop', url: sandbox.broken.url('/checkout'), token: sandbox.tokens.legacyTest, extra: {} },
  ];
  for (const r of runs) {
    const run = await runAction({
      caFile: sandbox.caFile,
      inputs: { 'site-url': r.url, 'access-token': r.token, 'api-base-url': sandbox.api.baseUrl, 'timeout-seconds': '20', ...r.extra },
    });
    const line = '='.repeat(78);
    process.stdout.write(`\n${line}\n${r.name}: ${r.url}\n`);
    process.stdout.write(`exit code ${run.code} · outputs ${JSON.stringify(run.outputs)} · ${Math.round(run.wallMs)} ms\n${line}\n\n`);
    process.stdout.write(run.summary || '(no summary written)\n');
    const failedLine = run.stdout.split('\n').find((l) => l.startsWith('::error::'));
    if (failedLine) process.stdout.write(`\nrunner log: ${failedLine}\n`);
  }
  const nonGet = sandbox.api.requests.filter((q) => q.method !== 'GET');
  process.stdout.write(`\nMercado Pago API stand-in: ${sandbox.api.requests.length} requests, ${nonGet.length} other than GET.\n`);
} finally {
  await sandbox.stop();
}
