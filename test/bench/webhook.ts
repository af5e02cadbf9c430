import * as tls from 'node:tls';
import { createBudget } from '../../src/probes/budget.js';
import { probeWebhook } from '../../src/probes/webhook/probe.js';
import { createLocalCa } from '../sandbox/pki.js';
import { startWebhookReceiver } from '../sandbox/webhook.js';
import { summarize, timeRuns, type BenchFigure } from './figures.js';

const SECRET = 'bench-secret-0123456789abcdef0123456789abcdef0123456789abcdef';
const SUBJECT = { dataId: '1319247892', synthetic: false, liveMode: true, userId: 1160535239 };

/**
 * The webhook probe against local receivers: the cost of the signed + forged pair over HTTPS,
 * and how long the probe takes to give up on an endpoint that hangs, against its budget.
 */
export async function bench(): Promise<BenchFigure[]> {
  const ca = createLocalCa();
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), ca.root.certPem]);
  const verify = await startWebhookReceiver(ca, { mode: 'verify', secret: SECRET });
  const hang = await startWebhookReceiver(ca, { mode: 'hang' });
  try {
    const probe = (url: string, budgetMs: number): ReturnType<typeof probeWebhook> =>
      probeWebhook({ target: { url, source: 'input', othersSeen: [] }, subject: SUBJECT, secret: SECRET, budget: createBudget(budgetMs), thresholdMs: 22_000 });
    const pair = await timeRuns(() => probe(verify.url, 10_000), 30, 3);
    const budgetMs = 500;
    const giveUp = await timeRuns(() => probe(hang.url, budgetMs), 5, 1);
    const p = summarize(pair);
    const g = summarize(giveUp);
    return [
      { name: 'webhook: signed + forged notification to a verifying receiver', unit: 'ms', ...p, samples: pair.length, target: '< 50 ms', meets: p.median < 50 },
      { name: `webhook: give up on a hanging endpoint (budget ${budgetMs} ms)`, unit: 'ms', ...g, samples: giveUp.length, target: `< ${budgetMs} ms`, meets: g.p90 < budgetMs },
    ];
  } finally {
    await Promise.all([verify.close(), hang.close()]);
  }
}
