import { failed, ok, type ProbeOutcome } from '../outcome.js';
import type { MercadoPagoClient } from './client.js';

/** The parts of a payment (GET /v1/payments/search results, /v1/payments/{id}) the checks read. */
export interface Payment {
  readonly id: number;
  readonly status?: string;
  readonly status_detail?: string;
  readonly live_mode?: boolean;
  readonly date_created?: string;
  readonly date_approved?: string | null;
  readonly transaction_amount?: number;
  readonly currency_id?: string;
  readonly external_reference?: string | null;
  readonly notification_url?: string | null;
  readonly statement_descriptor?: string | null;
  readonly payment_method_id?: string;
  readonly payment_type_id?: string;
  readonly payer?: Readonly<Record<string, unknown>> | null;
  readonly binary_mode?: boolean;
  readonly additional_info?: {
    readonly items?: ReadonlyArray<Readonly<Record<string, unknown>>>;
    readonly payer?: Readonly<Record<string, unknown>>;
    readonly shipments?: Readonly<Record<string, unknown>>;
  } | null;
}

/** A bounded sample of recent payments, newest first. */
export interface PaymentSample {
  readonly payments: readonly Payment[];
  /** `paging.total` as the API reported it for the window. */
  readonly total: number;
  /** The search window, as sent (relative dates are Mercado Pago's syntax). */
  readonly window: { readonly beginDate: string; readonly endDate: string };
  /** True when the window held more payments than were read. */
  readonly truncated: boolean;
}

interface SearchBody {
  paging?: { total?: unknown; limit?: unknown; offset?: unknown };
  results?: unknown;
}

export const PAGE_SIZE = 100;
export const MAX_SAMPLE = 300;
/** Most search requests one sample may take. */
const MAX_PAGES = 6;

/** The search query for one page of payments created in a window, newest first. */
export function searchQuery(beginDate: string, offset: number, limit = PAGE_SIZE): Record<string, string | number> {
  return { sort: 'date_created', criteria: 'desc', range: 'date_created', begin_date: beginDate, end_date: 'NOW', limit, offset };
}

/**
 * Recent payments (last 30 days, newest first, at most MAX_SAMPLE). The first page tells the
 * total; the remaining pages are fetched concurrently.
 */
export async function probePayments(client: MercadoPagoClient, days = 30): Promise<ProbeOutcome<PaymentSample>> {
  const window = { beginDate: `NOW-${days}DAYS`, endDate: 'NOW' };
  const query = (offset: number): Record<string, string | number> => searchQuery(window.beginDate, offset);
  const first = await client.get<SearchBody>('/v1/payments/search', query(0));
  if (!first.ok) return { ok: false, error: first.error };
  const firstPage = readPage(first.data);
  if (!firstPage) return failed('parse', 'GET /v1/payments/search answered without a results array');
  const total = firstPage.total ?? firstPage.results.length;
  const wanted = Math.min(total, MAX_SAMPLE);
  // Page by what the API actually granted: were it to cap `limit` below ours, stepping by
  // PAGE_SIZE would skip payments. A tiny grant still costs at most MAX_PAGES requests.
  const step = firstPage.limit !== undefined && firstPage.limit > 0 ? Math.min(firstPage.limit, PAGE_SIZE) : PAGE_SIZE;
  const offsets: number[] = [];
  for (let offset = step; offset < wanted && offsets.length < MAX_PAGES - 1; offset += step) offsets.push(offset);
  const pages = await Promise.all(offsets.map((offset) => client.get<SearchBody>('/v1/payments/search', query(offset))));
  const payments = [...firstPage.results];
  for (const page of pages) {
    if (!page.ok) return { ok: false, error: page.error };
    const read = readPage(page.data);
    if (!read) return failed('parse', 'GET /v1/payments/search answered without a results array');
    payments.push(...read.results);
  }
  // A payment created while paging shifts the offsets: a payment may show on two pages.
  const seen = new Set<number>();
  const sample = payments.filter((p) => !seen.has(p.id) && seen.add(p.id)).slice(0, MAX_SAMPLE);
  return ok({ payments: sample, total, window, truncated: total > sample.length });
}

export function readPage(body: SearchBody | undefined): { results: Payment[]; total: number | undefined; limit: number | undefined } | undefined {
  if (typeof body !== 'object' || body === null || !Array.isArray(body.results)) return undefined;
  const total = typeof body.paging?.total === 'number' ? body.paging.total : undefined;
  const limit = typeof body.paging?.limit === 'number' ? body.paging.limit : undefined;
  return { results: body.results.filter(isPayment), total, limit };
}

export function isPayment(value: unknown): value is Payment {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'number';
}
