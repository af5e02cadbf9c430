import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';
import { normaliseSummary } from '../golden/normalise.js';

/**
 * Rounds of the three scenarios run side by side. What can vary between runs is the order in
 * which parallel probes finish and shared stand-ins answer; each run is compared whole (verdicts
 * and the normalised summary, every word a user reads), so a few rounds show it. The golden suite
 * adds two sequential runs of each shop in each language.
 */
const RUNS = 3;

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(async () => {
  await sandbox.stop();
});

/** What a gate reads of a run: exit code, result, counts, and every check's status. */
function verdicts(run: ActionRun): string {
  const checks = (run.report?.checks ?? []).map((c: { id: string; status: string }) => `${c.id}=${c.status}`);
  return JSON.stringify(
    { code: run.code, result: run.outputs['result'], blockers: run.outputs['blockers'], warnings: run.outputs['warnings'], checks, summary: normaliseSummary(run.summary, sandbox) },
    null,
    1,
  );
}

it(`gives the same verdicts and summary on ${RUNS} rounds of parallel runs against the same sandbox`, async () => {
  const scenarios = [
    { site: sandbox.healthy.url('/checkout'), token: sandbox.tokens.productionMlb },
    { site: sandbox.broken.url('/checkout'), token: sandbox.tokens.legacyTest },
    { site: sandbox.healthy.url('/checkout'), token: sandbox.tokens.refused },
  ];
  const seen: string[][] = scenarios.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    // The scenarios of one round run side by side, as parallel jobs of one workflow would.
    const runs = await Promise.all(
      scenarios.map((s) =>
        runAction({
          caFile: sandbox.caFile,
          inputs: { 'site-url': s.site, 'access-token': s.token, 'api-base-url': sandbox.api.baseUrl, 'webhook-secret': sandbox.webhookSecret, 'timeout-seconds': '20' },
          killAfterMs: 30_000,
        }),
      ),
    );
    runs.forEach((run, k) => seen[k]!.push(verdicts(run)));
  }
  const results = seen.map((list) => JSON.parse(list[0]!).result);
  assert.deepEqual(results, ['pass', 'fail', 'fail'], 'the scenarios differ, so a constant verdict cannot pass this test');
  for (const [k, list] of seen.entries()) {
    assert.equal(list.length, RUNS);
    const distinct = [...new Set(list)];
    assert.equal(distinct.length, 1, `scenario ${k} changed its verdicts across runs:\n${distinct.join('\n')}`);
  }
});
