// Run by run.test.ts in a process of its own: sites whose engine throws from a callback, leaves a
// rejection unobserved, throws at once or hangs, among sites that pass. Prints the outcomes as JSON.
import type { Report } from '../../src/report/model.js';
import { runFleet } from '../../src/fleet/run.js';
import { engine, plans } from './engine-stand-in.js';

const reports: Record<string, Report> = {};
const outcomes = await runFleet(plans(['ok', 'throws', 'ok', 'rejects', 'ok', 'hangs', 'sync', 'ok']), {
  concurrency: 8,
  graceMs: 300,
  runSite: engine({ now: 0, max: 0 }),
  onSiteDone: (o, r) => (reports[o.siteUrl] = r),
});
process.stdout.write(JSON.stringify({ outcomes, reports, listeners: process.listenerCount('uncaughtException') + process.listenerCount('unhandledRejection') }));
