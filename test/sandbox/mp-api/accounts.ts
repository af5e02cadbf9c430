import {
  argentineMethods,
  brazilianMethods,
  busyPayments,
  generatedReports,
  healthyMlbPayments,
  pendingReport,
  mlaPayments,
  NO_CONFIG,
  poorPayments,
  preferencesFor,
  quietPayments,
  scheduledConfig,
  testUserPayments,
  type FixtureOptions,
  type ReportFixture,
} from './account-data.js';

/**
 * The API stand-in's accounts, keyed by access token. Shapes follow the documented responses
 * (reference §1: GET /users/me; PHP SDK test-user mock for the test user).
 */
export interface AccountFixture {
  readonly usersMe: Readonly<Record<string, unknown>>;
  /** Payments as /v1/payments/search returns them, newest first. */
  readonly payments?: ReadonlyArray<Readonly<Record<string, unknown>>>;
  /** Preferences as /checkout/preferences/search lists them. */
  readonly preferences?: ReadonlyArray<Readonly<Record<string, unknown>>>;
  /** GET /v1/payment_methods */
  readonly paymentMethods?: ReadonlyArray<Readonly<Record<string, unknown>>>;
  readonly reports?: { readonly release: ReportFixture; readonly settlement: ReportFixture };
  /** A misbehaving API for this token; /users/me still answers, so the fault hits the checks that follow. */
  readonly fault?: FaultMode;
  /**
   * The most payments one search page gives (no maximum is documented, F18): `cap` grants less
   * than asked and says so in paging.limit; `error` answers 400 with cause 1000 "Number of rows
   * exceeded the limits". Default: 1000, capped.
   */
  readonly searchLimit?: { readonly max: number; readonly over: 'cap' | 'error' };
  /** Paths (regular expressions) Mercado Pago's PolicyAgent blocks for this token: 403 (F15). */
  readonly policyBlocked?: readonly RegExp[];
}

/**
 * - `rate-limited`: each request answers 429 the first time, as the gateway does: `text/plain`
 *   `local_rate_limited`, no `Retry-After` (F16); then normally;
 * - `server-error`: 500 with Mercado Pago's error body, every time;
 * - `malformed`: 200 with a truncated JSON body;
 * - `hang`: never answers (the connection stays open until the client gives up).
 */
export type FaultMode = 'rate-limited' | 'server-error' | 'malformed' | 'hang';

/** Token shape: PREFIX-<16-digit app id>-<6 digits>-<32 hex>-<user_id> (reference §1). */
export function tokenFor(prefix: 'APP_USR' | 'TEST', userId: number, seed: string): string {
  const hex = Buffer.from(seed.padEnd(16, seed)).toString('hex').slice(0, 32).padEnd(32, '0');
  return `${prefix}-4862191752735213-112817-${hex}-${userId}`;
}

export const TOKENS = {
  /** A production MLB seller. */
  productionMlb: tokenFor('APP_USR', 1160535239, 'production-mlb'),
  /** A production MLA seller (Spanish). */
  productionMla: tokenFor('APP_USR', 1187654321, 'production-mla'),
  /** A Mercado Pago test user: APP_USR- prefix, tagged test_user. */
  testUser: tokenFor('APP_USR', 2893135, 'test-user'),
  /** A test user as created since 2023: no `tags` at all, only the @testuser.com e-mail (sdk-go, F14). */
  testUserUntagged: tokenFor('APP_USR', 658045679, 'test-user-untagged'),
  /** productionMlb's data, but PolicyAgent blocks payments search and reports for this token (F15). */
  policyBlocked: tokenFor('APP_USR', 1160535239, 'policy-blocked'),
  /** A legacy TEST- credential. */
  legacyTest: tokenFor('TEST', 148760055, 'legacy-test'),
  /** Well-formed, but unknown to the stand-in: answered 401. */
  refused: tokenFor('APP_USR', 999999, 'refused-token'),
  /** A production MLB seller with no payment in 30 days; its one live payment is 90 days old. */
  quietMlb: tokenFor('APP_USR', 1190000001, 'quiet-mlb'),
  /** A production MLB seller with 350 payments in 30 days (more than the sample reads). */
  busyMlb: tokenFor('APP_USR', 1190000002, 'busy-mlb'),
  /** productionMlb's data without any notification_url (webhooks set only in the dashboard). */
  noWebhookMlb: tokenFor('APP_USR', 1160535239, 'no-webhook'),
  /** productionMlb's data behind a misbehaving API (see FaultMode). */
  fault429: tokenFor('APP_USR', 1160535239, 'fault-429'),
  fault500: tokenFor('APP_USR', 1160535239, 'fault-500'),
  faultMalformed: tokenFor('APP_USR', 1160535239, 'fault-malformed'),
  faultHang: tokenFor('APP_USR', 1160535239, 'fault-hang'),
} as const;

function user(id: number, site: string, country: string, nickname: string, email: string, tags: string[] | undefined): Record<string, unknown> {
  return {
    id,
    nickname,
    registration_date: '2021-03-04T10:11:12.000-04:00',
    first_name: 'Loja',
    last_name: 'Exemplo',
    country_id: country,
    email,
    identification: { type: site === 'MLB' ? 'CNPJ' : 'CUIT', number: site === 'MLB' ? '12345678000190' : '30712345678' },
    address: { city: site === 'MLB' ? 'São Paulo' : 'Buenos Aires', state: site === 'MLB' ? 'BR-SP' : 'AR-C', zip_code: '01310-100' },
    phone: { area_code: '11', number: '40041234', extension: '', verified: false },
    ...(tags ? { tags } : {}),
    user_type: 'normal',
    site_id: site,
    permalink: `http://perfil.mercadolivre.com.br/${nickname}`,
    status: { site_status: 'active', confirmed_email: true, mercadopago_account_type: 'personal', mercadopago_tc_accepted: true },
    context: { ip_address: '127.0.0.1' },
  };
}

/** Every account of the stand-in; `options` points the fixtures' notification_url (loopback by default). */
export function buildAccounts(options: FixtureOptions = {}): ReadonlyMap<string, AccountFixture> {
  const report = (release: ReportFixture, settlement: ReportFixture): AccountFixture['reports'] => ({ release, settlement });
  const notConfigured = report({ config: NO_CONFIG.release, list: [] }, { config: NO_CONFIG.settlement, list: [] });
  const healthyMlb: AccountFixture = {
    usersMe: user(1160535239, 'MLB', 'BR', 'LOJAEXEMPLO', 'financeiro@loja.example', ['normal', 'messages_as_seller']),
    payments: healthyMlbPayments(1160535239, options),
    preferences: preferencesFor('MLB', 1160535239, 5, options),
    paymentMethods: brazilianMethods('active'),
    reports: report(
      { config: scheduledConfig('release', true), list: generatedReports('release', 1160535239, 3, options.now) },
      { config: scheduledConfig('settlement', true), list: generatedReports('settlement', 1160535239, 3, options.now) },
    ),
  };
  return new Map<string, AccountFixture>([
    [TOKENS.productionMlb, healthyMlb],
    [
      TOKENS.productionMla,
      {
        usersMe: user(1187654321, 'MLA', 'AR', 'TIENDAEJEMPLO', 'pagos@tienda.example', ['normal', 'messages_as_seller']),
        payments: mlaPayments(1187654321, options),
        preferences: preferencesFor('MLA', 1187654321, 3, options),
        paymentMethods: argentineMethods(),
        reports: report({ config: scheduledConfig('release', true), list: [] }, { config: NO_CONFIG.settlement, list: [] }),
        searchLimit: { max: 100, over: 'error' },
      },
    ],
    [
      TOKENS.testUser,
      {
        usersMe: user(2893135, 'MLB', 'BR', 'TETE2893135', 'test_user_2893135@testuser.com', ['normal', 'test_user', 'messages_as_seller']),
        payments: testUserPayments(2893135, options),
        preferences: preferencesFor('MLB', 2893135, 2, options, false),
        paymentMethods: brazilianMethods('deactivated'),
        // A report asked for once and still pending: nothing was ever generated (F3).
        reports: report({ config: NO_CONFIG.release, list: [pendingReport('release', 2893135, options.now)] }, { config: scheduledConfig('settlement', false), list: [] }),
      },
    ],
    [
      TOKENS.testUserUntagged,
      {
        usersMe: user(658045679, 'MLB', 'BR', 'TEST_USER_658045679', 'test_user_658045679@testuser.com', undefined),
        payments: testUserPayments(658045679, options),
        paymentMethods: brazilianMethods('active'),
        reports: notConfigured,
      },
    ],
    [
      TOKENS.legacyTest,
      {
        usersMe: user(148760055, 'MLB', 'BR', 'TESTLEGACY', 'test_user_148760055@testuser.com', ['normal', 'test_user']),
        payments: poorPayments(148760055, options),
        paymentMethods: brazilianMethods('temporally_deactivated'),
        reports: notConfigured,
      },
    ],
    [
      TOKENS.quietMlb,
      {
        usersMe: user(1190000001, 'MLB', 'BR', 'LOJAQUIETA', 'contato@quieta.example', ['normal']),
        payments: quietPayments(1190000001, options),
        paymentMethods: brazilianMethods('active'),
        reports: report({ config: NO_CONFIG.release, list: generatedReports('release', 1190000001, 1, options.now) }, { config: scheduledConfig('settlement', true), list: [] }),
      },
    ],
    [
      TOKENS.busyMlb,
      {
        usersMe: user(1190000002, 'MLB', 'BR', 'LOJAMOVIMENTADA', 'financeiro@movimentada.example', ['normal', 'messages_as_seller']),
        payments: busyPayments(1190000002, options),
        paymentMethods: brazilianMethods('active'),
        reports: healthyMlb.reports!,
        searchLimit: { max: 100, over: 'cap' },
      },
    ],
    [
      TOKENS.noWebhookMlb,
      {
        ...healthyMlb,
        payments: (healthyMlb.payments ?? []).map((p) => ({ ...p, notification_url: null })),
        preferences: (healthyMlb.preferences ?? []).map((p) => ({ ...p, notification_url: null })),
      },
    ],
    [TOKENS.policyBlocked, { ...healthyMlb, policyBlocked: [/^\/v1\/payments\//, /^\/v1\/account\//] }],
    [TOKENS.fault429, { ...healthyMlb, fault: 'rate-limited' }],
    [TOKENS.fault500, { ...healthyMlb, fault: 'server-error' }],
    [TOKENS.faultMalformed, { ...healthyMlb, fault: 'malformed' }],
    [TOKENS.faultHang, { ...healthyMlb, fault: 'hang' }],
  ]);
}

/** The accounts with the default (loopback) notification_url. */
export const ACCOUNTS: ReadonlyMap<string, AccountFixture> = buildAccounts();
