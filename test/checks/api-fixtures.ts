import { evaluateDeclared } from '../helpers/declared.js';
import { blankEvidence } from '../helpers/evidence.js';
import { DEFAULT_THRESHOLDS } from '../../src/checks/catalog.js';
import type { CheckContext, CheckDefinition, CheckOutcome } from '../../src/checks/types.js';
import type { Evidence } from '../../src/probes/evidence.js';
import type { Account } from '../../src/probes/mercadopago/account.js';
import type { LiveHistory } from '../../src/probes/mercadopago/live-payment.js';
import type { Payment, PaymentSample } from '../../src/probes/mercadopago/payments.js';
import { failed, ok, type ProbeOutcome } from '../../src/probes/outcome.js';
import { payment, type PaymentSpec } from '../sandbox/mp-api/payment-fixtures.js';
import { isApprovedOnlineLive, isOnlineLive } from '../../src/probes/mercadopago/live-payment.js';

/** Evidence fixtures in the documented shapes (the stand-in's payment factory), for pure check tests. */

export const NOW = new Date('2026-11-28T12:00:00.000Z');

export const MLB_ACCOUNT: Account = { userId: 1160535239, siteId: 'MLB', countryId: 'BR', tags: ['normal', 'messages_as_seller'], email: 'financeiro@loja.example', nickname: 'LOJAEXEMPLO' };
export const MLA_ACCOUNT: Account = { ...MLB_ACCOUNT, userId: 1187654321, siteId: 'MLA', countryId: 'AR' };

export const REFUSED = failed<never>('refused', 'GET /users/me answered 401: unauthorized: invalid access token');
export const SERVER_ERROR = failed<never>('http', 'GET /v1/payments/search answered 500 after 3 retries: internal_error: Internal server error');

let nextId = 1400000000;
/** One payment in the documented shape; spec fields as the stand-in's factory takes them. */
export function pay(spec: Partial<Omit<PaymentSpec, 'id'>> & { id?: number } = {}): Payment {
  return payment({ id: spec.id ?? nextId++, daysAgo: 1, site: 'MLB', collectorId: 1160535239, notificationUrl: 'https://127.0.0.1/webhooks', ...spec }, NOW.getTime()) as unknown as Payment;
}

export function many(count: number, spec: Partial<Omit<PaymentSpec, 'id'>> = {}): Payment[] {
  return Array.from({ length: count }, (_, i) => pay({ daysAgo: 1 + i * 0.5, ...spec }));
}

export function sample(payments: readonly Payment[], truncated = false): ProbeOutcome<PaymentSample> {
  return ok({ payments, total: payments.length, window: { beginDate: 'NOW-30DAYS', endDate: 'NOW' }, truncated });
}

export function history(payments: readonly Payment[]): ProbeOutcome<LiveHistory> {
  return ok({
    window: { beginDate: 'NOW-365DAYS', endDate: 'NOW' },
    searched: payments.length,
    // As the probe reads them: online checkout payments only (reference §11 F7).
    latestLive: payments.find(isOnlineLive) ?? null,
    latestApprovedLive: payments.find(isApprovedOnlineLive) ?? null,
  });
}

/** Evidence for an accepted MLB token with the given parts; everything else empty but fine. */
export function evidenceWith(parts: Partial<Evidence> = {}): Evidence {
  return blankEvidence({
    account: ok(MLB_ACCOUNT),
    payments: sample([]),
    preferences: ok({ preferences: [], total: 0 }),
    reports: ok({ release: { config: { state: 'found', scheduled: true, frequency: 'daily' } }, settlement: { config: { state: 'found', scheduled: true, frequency: 'daily' } } }),
    ...parts,
  });
}

/** Evidence as gather builds it for a refused token: every API field carries the refusal. */
export function refusedEvidence(): Evidence {
  return blankEvidence({ account: REFUSED, payments: REFUSED, preferences: REFUSED, paymentMethods: REFUSED, reports: REFUSED });
}

export function context(parts: Partial<CheckContext> = {}): CheckContext {
  return { now: NOW, thresholds: DEFAULT_THRESHOLDS, siteUrl: new URL('https://shop.example/checkout'), tokenPrefix: 'APP_USR', webhookSecretGiven: false, ...parts };
}

export function run(check: CheckDefinition, evidence: Evidence, ctx: CheckContext = context()): CheckOutcome {
  return evaluateDeclared(check, evidence, ctx);
}
