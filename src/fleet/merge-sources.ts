import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { InputError } from '../config/input-error.js';
import type { SiteResult } from './fleet-file.js';

/** One site as the merged summary shows it. */
export interface MergeRow {
  readonly siteUrl: string;
  readonly result: SiteResult;
  readonly blockers: number;
  readonly warnings: number;
  /** The first counted blocker (else warning) of the report, or why the site was not checked. */
  readonly firstFix?: { readonly id?: string; readonly text: string };
}

/** A fleet of 100,000 sites writes a fleet.json of ~20 MB; a §4 report is far smaller. */
const MAX_BYTES = 64 * 1024 * 1024;

const checkSchema = z.object({
  id: z.string(),
  severity: z.string(),
  status: z.string(),
  title: z.string(),
  message: z.string(),
  waiver: z.object({ expired: z.boolean().optional() }).optional(),
});
const reportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('mercadopago-readiness') }),
  siteUrl: z.string(),
  startedAt: z.string(),
  result: z.enum(['pass', 'warn', 'fail']),
  checks: z.array(checkSchema),
});
const fleetSchema = z.object({
  schemaVersion: z.literal(1),
  startedAt: z.string(),
  durationMs: z.number(),
  counts: z.object({ pass: z.number(), warn: z.number(), fail: z.number(), error: z.number() }),
  sites: z.array(
    z.object({
      siteUrl: z.string(),
      result: z.enum(['pass', 'warn', 'fail', 'error']),
      blockers: z.number(),
      warnings: z.number(),
      reportFile: z.string(),
      error: z.string().optional(),
    }),
  ),
});
type ReportJson = z.infer<typeof reportSchema>;

interface Seen {
  readonly row: MergeRow;
  /** When what it says was true: a report's start, or a fleet run's end. */
  readonly at: number;
  /** A fleet entry (its result may be `error`, which no report says). */
  readonly fromFleet: boolean;
}

/**
 * Reads reports and fleet.json files (folders are searched for *.json, as a downloaded
 * artifact lays them out) and keeps one row per site URL: each site counts once whether given
 * its report, a fleet.json that lists it, or both. Of several, the most recent wins; a fleet
 * entry stands unless a report of the site is newer than that fleet run (its own reports ran
 * inside it), and takes its first thing to fix from the site's report when it has one.
 */
export function collectRows(inputs: readonly string[]): MergeRow[] {
  const reports = new Map<string, Seen>();
  const fleets = new Map<string, Seen>();
  const keep = (into: Map<string, Seen>, seen: Seen): void => {
    const before = into.get(seen.row.siteUrl);
    if (!before || seen.at >= before.at) into.set(seen.row.siteUrl, seen);
  };
  const fleetReports: Array<{ file: string; siteUrl: string; at: number }> = [];
  for (const file of expand(inputs)) {
    const data = readJson(file);
    const fleet = fleetSchema.safeParse(data);
    if (fleet.success) {
      const end = Date.parse(fleet.data.startedAt) + fleet.data.durationMs;
      for (const site of fleet.data.sites) {
        const firstFix = site.error === undefined ? undefined : { text: `not checked: ${site.error}` };
        keep(fleets, { row: { siteUrl: site.siteUrl, result: site.result, blockers: site.blockers, warnings: site.warnings, ...(firstFix ? { firstFix } : {}) }, at: end, fromFleet: true });
        const reportFile = path.resolve(path.dirname(file), site.reportFile);
        // Only a plain name beside fleet.json: a crafted fleet.json does not make merge read files elsewhere.
        if (!site.error && path.dirname(reportFile) === path.dirname(path.resolve(file))) fleetReports.push({ file: reportFile, siteUrl: site.siteUrl, at: end });
      }
      continue;
    }
    const report = reportSchema.safeParse(data);
    if (!report.success) throw new InputError(`Invalid report '${file}': neither a mercadopago-readiness JSON report (schemaVersion 1) nor a fleet.json.`);
    keep(reports, { row: rowOf(report.data), at: Date.parse(report.data.startedAt), fromFleet: false });
  }
  // A fleet's own reports, when they sit beside it and were not given: only for the first thing to fix.
  for (const ref of fleetReports) {
    if (reports.has(ref.siteUrl) || !fs.existsSync(ref.file)) continue;
    const report = reportSchema.safeParse(readJson(ref.file));
    if (report.success && report.data.siteUrl === ref.siteUrl) keep(reports, { row: rowOf(report.data), at: Date.parse(report.data.startedAt), fromFleet: false });
  }
  const urls = new Set([...fleets.keys(), ...reports.keys()]);
  return [...urls].map((url) => {
    const fleet = fleets.get(url);
    const report = reports.get(url);
    if (!fleet) return report!.row;
    if (!report) return fleet.row;
    // A report started after the fleet run ended is a later check of the site: it supersedes the entry.
    if (report.at > fleet.at) return report.row;
    if (fleet.row.result === 'error') return fleet.row;
    return { ...fleet.row, ...(report.row.firstFix ? { firstFix: report.row.firstFix } : {}) };
  });
}

function rowOf(report: ReportJson): MergeRow {
  const counted = report.checks.filter((c) => (c.status === 'fail' || c.status === 'error') && !(c.waiver && c.waiver.expired !== true));
  const blockers = counted.filter((c) => c.severity === 'blocker');
  const warnings = counted.filter((c) => c.severity === 'warning');
  const first = blockers[0] ?? warnings[0];
  return {
    siteUrl: report.siteUrl,
    result: report.result,
    blockers: blockers.length,
    warnings: warnings.length,
    ...(first ? { firstFix: { id: first.id, text: first.message } } : {}),
  };
}

/** Files as given, and every *.json under a folder given (sorted, so the order is stable). */
function expand(inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      throw new InputError(`Invalid report '${input}': no such file or folder.`);
    }
    if (stat.isDirectory()) {
      const found = (fs.readdirSync(input, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).sort();
      files.push(...found.map((f) => path.join(input, f)).filter((f) => fs.statSync(f).isFile()));
    } else if (stat.isFile()) files.push(input);
    else throw new InputError(`Invalid report '${input}': not a regular file.`);
  }
  if (files.length === 0) throw new InputError('Nothing to merge: give report files, fleet.json files or folders that hold them.');
  return files;
}

function readJson(file: string): unknown {
  const size = fs.statSync(file).size;
  if (size > MAX_BYTES) throw new InputError(`Invalid report '${file}': larger than 64 MiB.`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`Invalid report '${file}': not JSON (${error instanceof SyntaxError ? 'syntax error' : ((error as NodeJS.ErrnoException).code ?? 'unreadable')}).`);
  }
}
