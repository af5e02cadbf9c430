import { payment, preference, type PaymentSpec } from './payment-fixtures.js';

/**
 * What the API stand-in serves beyond /users/me, per account: payments, preferences, payment
 * methods (reference §5) and reports (reference §3), in the shapes the real API returns
 * (reference §11).
 */

export interface HttpAnswer {
  readonly status: number;
  readonly body: unknown;
}

export interface ReportFixture {
  /** GET /v1/account/<kind>_report/config */
  readonly config: HttpAnswer;
  /** GET /v1/account/<kind>_report/list */
  readonly list: readonly Record<string, unknown>[];
}

/** Where the fixtures' notification_url points; the default is loopback, so nothing leaves the machine. */
export interface FixtureOptions {
  readonly notificationUrl?: string;
  readonly now?: number;
}

export const DEFAULT_NOTIFICATION_URL = 'https://127.0.0.1/webhooks/mercadopago?source_news=webhooks';

/**
 * The "no config" answer as a third party validated it against the live API (reference §11
 * F11): 404 with the code in `error`, for settlement and release alike. The message comes from
 * the API's own annotations; the validated settlement answer had none, so that one has none.
 */
export const NO_CONFIG = {
  release: { status: 404, body: { message: 'Configuration not found for user', error: 'config_not_found_for_user', status: 404 } },
  settlement: { status: 404, body: { error: 'config_not_found_for_user', status: 404 } },
} as const;

export function scheduledConfig(kind: 'release' | 'settlement', scheduled: boolean): HttpAnswer {
  const columns =
    kind === 'release'
      ? ['DATE', 'SOURCE_ID', 'EXTERNAL_REFERENCE', 'RECORD_TYPE', 'DESCRIPTION', 'NET_CREDIT_AMOUNT', 'NET_DEBIT_AMOUNT']
      : ['TRANSACTION_DATE', 'SOURCE_ID', 'EXTERNAL_REFERENCE', 'TRANSACTION_TYPE', 'TRANSACTION_AMOUNT', 'FEE_AMOUNT'];
  return {
    status: 200,
    body: {
      file_name_prefix: `${kind}-report-loja`,
      columns: columns.map((key) => ({ key })),
      frequency: { hour: 3, type: 'daily', value: 1 },
      separator: ';',
      display_timezone: 'GMT-03',
      report_translation: 'pt',
      notification_email_list: ['financeiro@loja.example'],
      refund_detailed: true,
      include_withdrawal_at_end: true,
      coupon_detailed: true,
      scheduled,
    },
  };
}

export function generatedReports(kind: 'release' | 'settlement', userId: number, count: number, now = Date.now()): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(now - (i + 1) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: 9000 + i,
      user_id: userId,
      begin_date: `${day}T00:00:00Z`,
      end_date: `${day}T23:59:59Z`,
      file_name: `${kind}-report-${userId}-${day}.csv`,
      created_from: 'manual',
      date_created: `${day}T04:00:00.000-03:00`,
    };
  });
}

/**
 * A report that was asked for but never finished: the list shows it at once with
 * `status: "pending"` and an empty `file_name`, and it can stay so for 15 minutes and more
 * (reference §11 F3).
 */
export function pendingReport(kind: 'release' | 'settlement', userId: number, now = Date.now()): Record<string, unknown> {
  const day = new Date(now - 86_400_000).toISOString().slice(0, 10);
  return {
    id: 9900,
    user_id: userId,
    begin_date: `${day}T00:00:00Z`,
    end_date: `${day}T23:59:59Z`,
    file_name: '',
    created_from: 'manual',
    status: 'pending',
    report_type: kind,
    date_created: new Date(now - 600_000).toISOString(),
  };
}

const method = (id: string, name: string, type: string, status = 'active'): Record<string, unknown> => ({
  id,
  name,
  payment_type_id: type,
  status,
  secure_thumbnail: `https://127.0.0.1/static/${id}.gif`,
  thumbnail: `http://127.0.0.1/static/${id}.gif`,
  deferred_capture: type === 'credit_card' ? 'supported' : 'does_not_apply',
  settings: [],
  additional_info_needed: type === 'credit_card' ? ['cardholder_name', 'cardholder_identification_number'] : [],
  min_allowed_amount: 0.5,
  max_allowed_amount: 60000,
  accreditation_time: type === 'bank_transfer' ? 0 : 2880,
  financial_institutions: [],
  processing_modes: ['aggregator'],
});

export function brazilianMethods(pixStatus: 'active' | 'deactivated' | 'temporally_deactivated' | 'absent'): Record<string, unknown>[] {
  return [
    ...(pixStatus === 'absent' ? [] : [method('pix', 'PIX', 'bank_transfer', pixStatus)]),
    method('master', 'Mastercard', 'credit_card'),
    method('visa', 'Visa', 'credit_card'),
    method('bolbradesco', 'Boleto', 'ticket'),
    method('account_money', 'Dinheiro na minha conta do MercadoPago', 'account_money'),
  ];
}

export function argentineMethods(): Record<string, unknown>[] {
  return [
    method('visa', 'Visa', 'credit_card'),
    method('master', 'Mastercard', 'credit_card'),
    method('rapipago', 'Rapipago', 'ticket'),
    method('pagofacil', 'Pago Fácil', 'ticket'),
    method('account_money', 'Dinero en cuenta', 'account_money'),
  ];
}

type Spec = Omit<PaymentSpec, 'notificationUrl' | 'site' | 'collectorId'>;

function build(specs: readonly Spec[], site: 'MLB' | 'MLA', collectorId: number, options: FixtureOptions): Record<string, unknown>[] {
  const url = options.notificationUrl ?? DEFAULT_NOTIFICATION_URL;
  return specs.map((s) => payment({ ...s, site, collectorId, notificationUrl: url }, options.now)).sort((a, b) => String(b['date_created']).localeCompare(String(a['date_created'])));
}

/**
 * The healthy Brazilian shop: 40 checkout payments in 30 days with complete data, 5 rejected
 * (12.5%), card and Pix, one Pix awaiting transfer and one expired unpaid; some orders with the
 * platform's discount and shipping lines (F6), two digital orders with empty address objects
 * (F13). Around them, what else a real account holds (F7): the newest sales are in person (Point,
 * QR), a transfer and a payment link, none of them the integration's. Two older payments lie
 * outside the window.
 */
export function healthyMlbPayments(userId: number, options: FixtureOptions): Record<string, unknown>[] {
  const rejections = new Map([
    [3, 'cc_rejected_bad_filled_security_code'],
    [9, 'cc_rejected_call_for_authorize'],
    [15, 'cc_rejected_insufficient_amount'],
    [22, 'cc_rejected_high_risk'],
    [30, 'cc_rejected_other_reason'],
  ]);
  const specs: Spec[] = [];
  for (let i = 0; i < 40; i++) {
    const detail = rejections.get(i);
    specs.push({
      id: 1319000100 + i,
      daysAgo: 0.2 + i * 0.7,
      ...(detail ? { status: 'rejected', statusDetail: detail } : i === 1 ? { status: 'pending' } : i === 13 ? { status: 'cancelled', statusDetail: 'expired' } : {}),
      method: i % 4 === 1 ? 'pix' : 'card',
      ...(i % 3 === 0 ? { pluginLines: true } : {}),
      ...(i === 6 || i === 27 ? { data: 'digital' as const } : {}),
    });
  }
  specs.push(
    { id: 1319900001, daysAgo: 0.05, channel: 'point' },
    { id: 1319900002, daysAgo: 0.1, channel: 'qr' },
    { id: 1319900003, daysAgo: 0.15, channel: 'transfer' },
    { id: 1319900004, daysAgo: 2.1, channel: 'link' },
  );
  specs.push({ id: 1318000001, daysAgo: 45 }, { id: 1318000002, daysAgo: 60, status: 'refunded' });
  return build(specs, 'MLB', userId, options);
}

/**
 * The Argentine shop (Checkout Pro: Mercado Pago fills in the statement_descriptor itself, F10):
 * 30 live payments, 10 rejected (33%, mostly form errors), half without buyer identification.
 */
export function mlaPayments(userId: number, options: FixtureOptions): Record<string, unknown>[] {
  const details = [
    'cc_rejected_bad_filled_security_code',
    'cc_rejected_bad_filled_security_code',
    'cc_rejected_bad_filled_date',
    'cc_rejected_bad_filled_security_code',
    'cc_rejected_high_risk',
    'cc_rejected_bad_filled_security_code',
    'cc_rejected_bad_filled_date',
    'cc_rejected_bad_filled_security_code',
    'cc_rejected_high_risk',
    'cc_rejected_bad_filled_security_code',
  ];
  const specs: Spec[] = Array.from({ length: 30 }, (_, i) => ({
    id: 1320000100 + i,
    daysAgo: 0.5 + i * 0.9,
    ...(i % 3 === 2 ? { status: 'rejected' as const, statusDetail: details[Math.floor(i / 3)]! } : {}),
    data: i % 2 === 0 ? ('complete' as const) : ('no-identification' as const),
    autoDescriptor: 'MERPAGO*TIENDAEJEMPLO    ',
  }));
  return build(specs, 'MLA', userId, options);
}

/** A test user's payments: test mode only, complete data. */
export function testUserPayments(userId: number, options: FixtureOptions): Record<string, unknown>[] {
  return build(
    Array.from({ length: 6 }, (_, i) => ({ id: 1321000100 + i, daysAgo: 1 + i * 2, live: false })),
    'MLB',
    userId,
    options,
  );
}

/** The legacy TEST- integration: test mode, poor data. */
export function poorPayments(userId: number, options: FixtureOptions): Record<string, unknown>[] {
  return build(
    Array.from({ length: 8 }, (_, i) => ({
      id: 1322000100 + i,
      daysAgo: 0.5 + i * 3,
      live: false,
      data: 'poor' as const,
      ...(i % 2 ? { status: 'rejected' as const, statusDetail: 'cc_rejected_bad_filled_card_number' } : {}),
    })),
    'MLB',
    userId,
    options,
  );
}

/** A quiet shop: no payment in 30 days; test payments, and one live approved payment 90 days ago. */
export function quietPayments(userId: number, options: FixtureOptions): Record<string, unknown>[] {
  return build(
    [
      { id: 1323000001, daysAgo: 40, live: false },
      { id: 1323000002, daysAgo: 90 },
      { id: 1323000003, daysAgo: 120, live: false },
    ],
    'MLB',
    userId,
    options,
  );
}

/** A busy shop: 350 live payments in 30 days (more than the sample reads), 10% rejected. */
export function busyPayments(userId: number, options: FixtureOptions): Record<string, unknown>[] {
  return build(
    Array.from({ length: 350 }, (_, i) => ({
      id: 1324000000 + i,
      daysAgo: 0.05 + i * 0.08,
      ...(i % 10 === 5 ? { status: 'rejected' as const, statusDetail: 'cc_rejected_insufficient_amount' } : {}),
    })),
    'MLB',
    userId,
    options,
  );
}

export function preferencesFor(site: 'MLB' | 'MLA', userId: number, count: number, options: FixtureOptions, live = true): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => preference(`pref${100 + i}`, 0.3 + i, site, userId, live, options.now));
}
