import { ok, toProbeError, type ProbeError, type ProbeOutcome } from '../outcome.js';
import type { ApiError, MercadoPagoClient } from './client.js';

export type ReportKind = 'release' | 'settlement';

/**
 * What `GET /v1/account/<kind>_report/config` said. `not-found` is the answer a third party
 * validated against the live API (404 with `"error":"config_not_found_for_user"`, reference §11
 * F11; a 400 with the same code is accepted too); any other answer is `failed`, so an
 * unexpected answer can never read as "configured".
 */
export type ReportConfigAnswer =
  | { readonly state: 'found'; readonly scheduled: boolean | null; readonly frequency: string | null }
  | { readonly state: 'not-found'; readonly httpStatus: number }
  | { readonly state: 'failed'; readonly error: ProbeError };

/**
 * What `GET /v1/account/<kind>_report/list` said, when it was asked. `count` counts generated
 * reports only: an entry with a file name whose `status`, when present, is not pending or
 * failed. A request shows up at once as `status: "pending"` with an empty `file_name` and can
 * stay so for a long time (reference §11 F3): such entries are `unfinished`, and never proof.
 */
export type ReportListAnswer =
  | {
      readonly state: 'listed';
      readonly count: number;
      /** Entries that are not (yet) a file: pending, failed, or without a file name. */
      readonly unfinished?: number;
      /** The newest generated report. */
      readonly latest: { readonly file_name: string | null; readonly date_created: string | null; readonly created_from: string | null } | null;
    }
  | { readonly state: 'failed'; readonly error: ProbeError };

/** Report statuses that mean no file exists (yet). */
const UNFINISHED_STATUSES = new Set(['pending', 'failed', 'error', 'processing', 'in_progress', 'deleted']);

/** A list entry that is a generated report file. */
export function isGenerated(entry: Readonly<Record<string, unknown>>): boolean {
  const name = entry['file_name'];
  const status = entry['status'];
  if (typeof name !== 'string' || name.trim() === '') return false;
  return status === undefined || status === null || (typeof status === 'string' && !UNFINISHED_STATUSES.has(status.toLowerCase()));
}

export interface ReportEvidence {
  readonly config: ReportConfigAnswer;
  /** Absent when the config already shows a schedule (one request saved). */
  readonly list?: ReportListAnswer;
}

export interface ReportsEvidence {
  readonly release: ReportEvidence;
  readonly settlement: ReportEvidence;
}

/** Both reports, concurrently; for each the config first, the list only when the config shows no schedule. */
export async function probeReports(client: MercadoPagoClient): Promise<ProbeOutcome<ReportsEvidence>> {
  const [release, settlement] = await Promise.all([probeReport(client, 'release'), probeReport(client, 'settlement')]);
  return ok({ release, settlement });
}

async function probeReport(client: MercadoPagoClient, kind: ReportKind): Promise<ReportEvidence> {
  const config = await readConfig(client, kind);
  if (config.state === 'found' && config.scheduled === true) return { config };
  return { config, list: await readList(client, kind) };
}

async function readConfig(client: MercadoPagoClient, kind: ReportKind): Promise<ReportConfigAnswer> {
  const path = `/v1/account/${kind}_report/config`;
  try {
    const answer = await client.get(path);
    if (!answer.ok) {
      if (isConfigNotFound(answer.error)) return { state: 'not-found', httpStatus: answer.error.status! };
      return { state: 'failed', error: plain(answer.error) };
    }
    const body = answer.data;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return { state: 'failed', error: { kind: 'parse', message: `GET ${path} answered 200 without a config object` } };
    }
    const { scheduled, frequency } = body as { scheduled?: unknown; frequency?: { type?: unknown } };
    return {
      state: 'found',
      scheduled: typeof scheduled === 'boolean' ? scheduled : null,
      frequency: typeof frequency?.type === 'string' ? frequency.type : null,
    };
  } catch (error) {
    return { state: 'failed', error: toProbeError(error, `GET ${path}`) };
  }
}

async function readList(client: MercadoPagoClient, kind: ReportKind): Promise<ReportListAnswer> {
  const path = `/v1/account/${kind}_report/list`;
  try {
    const answer = await client.get(path);
    if (!answer.ok) return { state: 'failed', error: plain(answer.error) };
    if (!Array.isArray(answer.data)) return { state: 'failed', error: { kind: 'parse', message: `GET ${path} answered 200 without an array` } };
    const entries = (answer.data as unknown[]).filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null && !Array.isArray(r));
    const reports = entries.filter(isGenerated);
    const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
    const newest = [...reports].sort((a, b) => String(b['date_created'] ?? '').localeCompare(String(a['date_created'] ?? '')))[0];
    return {
      state: 'listed',
      count: reports.length,
      unfinished: entries.length - reports.length,
      latest: newest ? { file_name: str(newest['file_name']), date_created: str(newest['date_created']), created_from: str(newest['created_from']) } : null,
    };
  } catch (error) {
    return { state: 'failed', error: toProbeError(error, `GET ${path}`) };
  }
}

/** The documented-by-others "no config" answer: 404/400 whose body names config_not_found_for_user. */
function isConfigNotFound(error: ApiError): boolean {
  if (error.status !== 404 && error.status !== 400) return false;
  const body = error.body;
  if (!body) return false;
  const codes = [body.error, body.message, ...(body.cause ?? []).flatMap((c) => [c.code, c.description])];
  return codes.some((c) => c === 'config_not_found_for_user');
}

/** Evidence is plain JSON: keep kind, message and whether PolicyAgent blocked it; drop the raw body. */
function plain(error: ApiError): ProbeError {
  return { kind: error.kind === 'refused' ? 'http' : error.kind, message: error.message, ...(error.policyBlocked ? { policyBlocked: true } : {}) } as ProbeError;
}
