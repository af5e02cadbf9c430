import { Agent } from 'undici';
import { runReadiness } from '../../src/engine.js';
import { createBudget } from '../../src/probes/budget.js';
import { createMercadoPagoClient } from '../../src/probes/mercadopago/client.js';
import { settingsFor } from '../probes/mp-api-harness.js';
import { TOKENS } from '../sandbox/mp-api/accounts.js';
import { startMercadoPagoStandIn } from '../sandbox/mp-api/server.js';
import { createLocalCa } from '../sandbox/pki.js';
import { summarize, timeRuns, type BenchFigure } from './figures.js';

const RUNS = 20;
const TARGET_MS = 200;

/**
 * A full account pass (every probe after /users/me, every check) against the stand-in over real
 * HTTPS, for the healthy MLB account and the busy one (350 payments, paged). "cold" opens new
 * TLS connections each run, as a fresh action process does; the request count is per run.
 */
export async function bench(): Promise<BenchFigure[]> {
  const ca = createLocalCa();
  const api = await startMercadoPagoStandIn(ca);
  const figures: BenchFigure[] = [];
  try {
    for (const [name, token] of [
      ['healthy MLB account', TOKENS.productionMlb],
      ['busy MLB account (350 payments)', TOKENS.busyMlb],
    ] as const) {
      const settings = settingsFor(api, token);
      let requests = 0;
      const pass = async (dispatcher: Agent): Promise<void> => {
        const budget = createBudget(settings.timeoutMs);
        const client = createMercadoPagoClient({ baseUrl: settings.apiBaseUrl, token, budget, dispatcher });
        const outcome = await runReadiness(settings, { client });
        if (outcome.report.account === null) throw new Error(`bench: the stand-in refused ${name}`);
        requests = outcome.apiRequests;
      };
      const cold = await timeRuns(async () => {
        const agent = new Agent({ connect: { ca: ca.root.certPem } });
        try {
          await pass(agent);
        } finally {
          await agent.close();
        }
      }, RUNS);
      const shared = new Agent({ connect: { ca: ca.root.certPem } });
      const warm = await timeRuns(() => pass(shared), RUNS).finally(() => shared.close());
      const c = summarize(cold);
      const w = summarize(warm);
      figures.push(
        { name: `api-checks: full account pass, ${name}, cold connections`, unit: 'ms', ...round(c), samples: cold.length, target: `< ${TARGET_MS} ms`, meets: c.median < TARGET_MS },
        { name: `api-checks: full account pass, ${name}, kept-alive connections`, unit: 'ms', ...round(w), samples: warm.length },
        { name: `api-checks: API requests per run, ${name}`, unit: 'count', median: requests, samples: 1, target: 'fewer is better' },
      );
    }
  } finally {
    await api.close();
  }
  return figures;
}

const round = (s: { median: number; p10: number; p90: number }) => ({ median: Math.round(s.median * 10) / 10, p10: Math.round(s.p10 * 10) / 10, p90: Math.round(s.p90 * 10) / 10 });
