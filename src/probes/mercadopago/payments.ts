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
  /** regular_payment for a checkout; money_transfer, pos_payment, recurring_payment, account_fund, … otherwise (reference §11 F7). */
  readonly operation_type?: string;
  /** Where the payment was taken: `type` POINT, INSTORE, … for in-person sales, PIX for a Pix QR (reference §11 F7). */
  readonly point_of_interaction?: { readonly type?: string | null; readonly sub_type?: string | null } | null;
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

/** The page size asked first: the whole sample in one request when the API grants it. */
export const FIRST_PAGE_SIZE = 300;
/** The page size used when the API refuses FIRST_PAGE_SIZE: what public integrations use without trouble. */
export const PAGE_SIZE = 100;
export const MAX_SAMPLE = 300;
/** Most search requests one sample may take. */
const MAX_PAGES = 6;

/** The search query for one page of payments created in a window, newest first. */
export function searchQuery(beginDate: string, offset: number, limit = PAGE_SIZE): Record<string, string | number> {
  return { sort: 'date_created', criteria: 'desc', range: 'date_created', begin_date: beginDate, end_date: 'NOW', limit, offset };
}

/**
 * Recent payments (last 30 days, newest first, at most MAX_SAMPLE). The first request asks for
 * the whole sample at once (limit=300; no maximum is documented, reference §11 F18); a 400 to
 * that (error 1000 "Number of rows exceeded the limits") is asked again with limit=100. The
 * remaining pages, stepped by the limit the API actually granted, are fetched concurrently.
 */
export async function probePayments(client: MercadoPagoClient, days = 30): Promise<ProbeOutcome<PaymentSample>> {
  const window = { beginDate: `NOW-${days}DAYS`, endDate: 'NOW' };
  const query = (offset: number, limit: number): Record<string, string | number> => searchQuery(window.beginDate, offset, limit);
  let asked = FIRST_PAGE_SIZE;
  let first = await client.get<SearchBody>('/v1/payments/search', query(0, asked));
  if (!first.ok && first.error.status === 400) {
    asked = PAGE_SIZE;
    first = await client.get<SearchBody>('/v1/payments/search', query(0, asked));
  }
  if (!first.ok) return { ok: false, error: first.error };
  const firstPage = readPage(first.data);
  if (!firstPage) return failed('parse', 'GET /v1/payments/search answered without a results array');
  const total = firstPage.total ?? firstPage.results.length;
  const wanted = Math.min(total, MAX_SAMPLE);
  // Page by what the API actually granted: were it to cap `limit` below ours, stepping by what
  // we asked would skip payments. A tiny grant still costs at most MAX_PAGES requests.
  const granted = firstPage.limit !== undefined && firstPage.limit > 0 ? Math.min(firstPage.limit, asked) : Math.max(firstPage.results.length, 1);
  const step = Math.min(granted, asked);
  const offsets: number[] = [];
  for (let offset = firstPage.results.length > 0 ? step : wanted; offset < wanted && offsets.length < MAX_PAGES - 1; offset += step) offsets.push(offset);
  const pages = await Promise.all(offsets.map((offset) => client.get<SearchBody>('/v1/payments/search', query(offset, step))));
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
  return { results: body.results.map(asPayment).filter((p): p is Payment => p !== undefined), total, limit };
}

/**
 * A payment with a numeric id. The recordings give `id` as a number, the SDK's type says string
 * (reference §11 F12): a string of digits is taken as that number, so neither shape loses payments.
 */
export function asPayment(value: unknown): Payment | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const id = (value as { id?: unknown }).id;
  if (typeof id === 'number' && Number.isSafeInteger(id)) return value as Payment;
  if (typeof id === 'string' && /^\d{1,15}$/.test(id)) return { ...(value as object), id: Number(id) } as Payment;
  return undefined;
}

export function isPayment(value: unknown): value is Payment {
  return asPayment(value) !== undefined;
}
