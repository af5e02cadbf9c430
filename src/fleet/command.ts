import * as os from 'node:os';
import { InputError } from '../config/input-error.js';
import { createRedactor } from '../secrets/redact.js';
import { parseFlags } from './flags.js';
import { buildFleetFile } from './fleet-file.js';
import { createProgress } from './progress.js';
import { reportFileNames } from './report-names.js';
import { fleetFails, runFleet } from './run.js';
import { parseShard, pickShard, type Shard } from './shard.js';
import { planSites, type SitePlan } from './site-settings.js';
import { readTargetsFile } from './targets.js';
import { prepareOutDir, writeInside } from './write-file.js';
import { TOKEN_SHAPE } from './token-shape.js';

export const FLEET_USAGE = `Usage: mercadopago-readiness fleet --targets FILE [--shard K/N] [--concurrency C] [--out-dir DIR]

Checks every storefront of the targets file (YAML: defaults and sites, DESIGN §6c) in one
process and writes DIR/<host>-<path>.json per site and DIR/fleet.json (DIR defaults to
mercadopago-readiness-fleet). --shard K/N takes the sites at positions i with i mod N = K-1.
--concurrency defaults to ${defaultConcurrency()} on this machine. Exit status 1 when any site
reaches its fail-on or could not be checked, 2 on bad input.`;

/** Sites are mostly waiting on the network: many per core, capped so one host is not flooded. */
export function defaultConcurrency(): number {
  return Math.min(64, Math.max(8, os.availableParallelism() * 16));
}

/** `mercadopago-readiness fleet …`: returns the exit status. */
export async function runFleetCommand(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const fail = (message: string, code: number): number => {
    process.stderr.write(`${message}\n`);
    return code;
  };
  let plans: SitePlan[];
  let outDir: string;
  let concurrency: number;
  let shard: Shard | undefined;
  try {
    const flags = parseFlags(argv, ['targets', 'shard', 'concurrency', 'out-dir']);
    if (flags.has('help')) {
      process.stdout.write(`${FLEET_USAGE}\n`);
      return 0;
    }
    if (flags.positional.length > 0)
      throw new InputError(`Unexpected argument: 'fleet' takes only options (${flags.positional.length} other argument${flags.positional.length === 1 ? '' : 's'} given, not shown).`);
    const targetsFile = flags.get('targets');
    if (!targetsFile) throw new InputError("Option '--targets' is required: the YAML file listing the sites.");
    shard = flags.has('shard') ? parseShard(flags.get('shard')!) : undefined;
    concurrency = parseConcurrency(flags.get('concurrency'));
    const { targets } = readTargetsFile(targetsFile);
    // Names over the whole file, so every shard names a site the same way and none overwrite another.
    const names = reportFileNames(targets.map((t) => t.siteUrl));
    const all = planSites(targets, names, env, process.cwd(), targetsFile);
    plans = pickShard(
      all.map((p) => ({ ...p, index: p.target.index })),
      shard,
    );
    outDir = prepareOutDir(flags.get('out-dir') ?? 'mercadopago-readiness-fleet', process.cwd());
  } catch (error) {
    if (error instanceof InputError) return fail(error.message, 2);
    return fail(`Internal error: ${firstLine(error)}`, 2);
  }

  const allTokens = new Set(plans.flatMap((p) => (p.ready ? [p.settings.accessToken] : [])));
  const redactAll = (s: string): string => s.replace(TOKEN_SHAPE, (m) => (allTokens.has(m) ? '***' : m));
  const redactors = new Map(plans.map((p) => [p.target.index, createRedactor(p.ready ? p.secrets : [])]));
  const redactFor = (index: number) => (s: string) => redactAll(redactors.get(index)!(s));
  const color = process.stdout.isTTY === true && env['NO_COLOR'] === undefined;
  const progress = createProgress({ total: plans.length, tty: process.stdout.isTTY === true, color, write: (s) => process.stdout.write(s) });
  const writeErrors: string[] = [];
  const startedAt = new Date();
  const started = performance.now();
  try {
    const outcomes = await runFleet(plans, {
      concurrency,
      onSiteDone(outcome, report, plan) {
        const redact = redactFor(plan.target.index);
        try {
          writeInside(outDir, plan.reportFile, redact(JSON.stringify(report, null, 2)) + '\n');
        } catch (error) {
          writeErrors.push(`Could not write the report of ${outcome.siteUrl} to '${plan.reportFile}': ${(error as NodeJS.ErrnoException).code ?? firstLine(error)}`);
        }
        progress.site({ ...outcome, ...(outcome.error === undefined ? {} : { error: redact(outcome.error) }) });
      },
    });
    const fleet = buildFleetFile(outcomes, startedAt, Math.round(performance.now() - started));
    writeInside(outDir, 'fleet.json', redactAll(JSON.stringify(fleet, null, 2)) + '\n');
    progress.done(fleet, `${outDir}/fleet.json`);
    if (writeErrors.length > 0) return fail(writeErrors[0]! + (writeErrors.length > 1 ? ` (and ${writeErrors.length - 1} more)` : ''), 2);
    return fleetFails(outcomes) ? 1 : 0;
  } catch (error) {
    return fail(redactAll(`Internal error: ${firstLine(error)}`), 2);
  }
}

function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return defaultConcurrency();
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 1000) throw new InputError(`Invalid '--concurrency': '${value}'. Expected a whole number from 1 to 1000.`);
  return n;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
