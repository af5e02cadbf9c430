import type { AccountFixture } from './accounts.js';

/** One route's answer. */
export interface RouteAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
}

type Handler = (account: AccountFixture, url: URL, match: RegExpExecArray) => RouteAnswer;

const DAY = 86_400_000;

function page<T>(items: readonly T[], url: URL, max = 1000): { slice: T[]; limit: number; offset: number } {
  // The default limit is 30 (sdk-java recording, reference §11 F18).
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 30) || 30, max);
  const offset = Number(url.searchParams.get('offset') ?? 0) || 0;
  return { slice: items.slice(offset, offset + limit), limit, offset };
}

/** begin_date/end_date as the search reads them: ISO, or relative (`NOW`, `NOW-30DAYS`; reference §6). */
function dateParam(value: string | null, fallback: number): number | undefined {
  if (value === null) return fallback;
  const relative = /^NOW(?:-(\d+)DAYS)?$/.exec(value);
  if (relative) return Date.now() - Number(relative[1] ?? 0) * DAY;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** Payments search past its row limit (search reference, error 1000; reference §11 F18). */
const TOO_MANY_ROWS = {
  status: 400,
  body: { message: 'Number of rows exceeded the limits', error: 'bad_request', status: 400, cause: [{ code: 1000, description: 'Number of rows exceeded the limits', data: null }] },
};

const BAD_DATE = { status: 400, body: { message: 'Invalid date format', error: 'bad_request', status: 400, cause: [{ code: 1001, description: 'date_created must be a valid date' }] } };

function reportRoute(kind: 'release' | 'settlement', what: 'config' | 'list'): Handler {
  return (account) => {
    const report = account.reports?.[kind];
    if (!report) return { status: 404, body: { error: 'config_not_found_for_user', status: 404 } };
    return what === 'config' ? report.config : { status: 200, body: report.list };
  };
}

/** The stand-in's routes (GET only; the server answers 405 to anything else before routing). */
export const ROUTES: ReadonlyArray<[RegExp, Handler]> = [
  [/^\/users\/me$/, (account) => ({ status: 200, body: account.usersMe })],
  [
    /^\/v1\/payments\/search$/,
    (account, url) => {
      // Defaults as documented: the last three months.
      const begin = dateParam(url.searchParams.get('begin_date'), Date.now() - 90 * DAY);
      const end = dateParam(url.searchParams.get('end_date'), Date.now());
      if (begin === undefined || end === undefined) return BAD_DATE;
      const all = (account.payments ?? []).filter((p) => {
        const created = Date.parse(String(p['date_created']));
        return created >= begin && created <= end;
      });
      const max = account.searchLimit?.max ?? 1000;
      if (account.searchLimit?.over === 'error' && Number(url.searchParams.get('limit') ?? 30) > max) return TOO_MANY_ROWS;
      const { slice, limit, offset } = page(all, url, max);
      return { status: 200, body: { paging: { total: all.length, limit, offset }, results: slice } };
    },
  ],
  [
    /^\/v1\/payments\/(\d+)$/,
    (account, _url, match) => {
      const found = (account.payments ?? []).find((p) => String(p['id']) === match[1]);
      if (found) return { status: 200, body: found };
      return { status: 404, body: { message: 'Payment not found', error: 'not_found', status: 404, cause: [{ code: 2000, description: 'Payment not found', data: null }] } };
    },
  ],
  [
    /^\/checkout\/preferences\/search$/,
    (account, url) => {
      const all = account.preferences ?? [];
      const { slice, offset } = page(all, url);
      return { status: 200, body: { elements: slice, next_offset: offset + slice.length, total: all.length } };
    },
  ],
  [/^\/v1\/payment_methods$/, (account) => ({ status: 200, body: account.paymentMethods ?? [] })],
  [/^\/v1\/account\/release_report\/config$/, reportRoute('release', 'config')],
  [/^\/v1\/account\/release_report\/list$/, reportRoute('release', 'list')],
  [/^\/v1\/account\/settlement_report\/config$/, reportRoute('settlement', 'config')],
  [/^\/v1\/account\/settlement_report\/list$/, reportRoute('settlement', 'list')],
];
