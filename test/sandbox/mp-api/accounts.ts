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
}

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
  /** A legacy TEST- credential. */
  legacyTest: tokenFor('TEST', 148760055, 'legacy-test'),
  /** Well-formed, but unknown to the stand-in: answered 401. */
  refused: tokenFor('APP_USR', 999999, 'refused-token'),
} as const;

function user(id: number, site: string, country: string, nickname: string, email: string, tags: string[]): Record<string, unknown> {
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
    tags,
    user_type: 'normal',
    site_id: site,
    permalink: `http://perfil.mercadolivre.com.br/${nickname}`,
    status: { site_status: 'active', confirmed_email: true, mercadopago_account_type: 'personal', mercadopago_tc_accepted: true },
    context: { ip_address: '127.0.0.1' },
  };
}

export const ACCOUNTS: ReadonlyMap<string, AccountFixture> = new Map<string, AccountFixture>([
  [TOKENS.productionMlb, { usersMe: user(1160535239, 'MLB', 'BR', 'LOJAEXEMPLO', 'financeiro@loja.example', ['normal', 'messages_as_seller']) }],
  [TOKENS.productionMla, { usersMe: user(1187654321, 'MLA', 'AR', 'TIENDAEJEMPLO', 'pagos@tienda.example', ['normal', 'messages_as_seller']) }],
  [TOKENS.testUser, { usersMe: user(2893135, 'MLB', 'BR', 'TETE2893135', 'test_user_2893135@testuser.com', ['normal', 'test_user', 'messages_as_seller']) }],
  [TOKENS.legacyTest, { usersMe: user(148760055, 'MLB', 'BR', 'TESTLEGACY', 'test_user_148760055@testuser.com', ['normal', 'test_user']) }],
]);
