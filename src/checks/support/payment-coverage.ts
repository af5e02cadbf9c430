import { type Text, texts } from '../../i18n/text.js';
import { isOnlineLive } from '../../probes/mercadopago/live-payment.js';
import type { Payment, PaymentSample } from '../../probes/mercadopago/payments.js';
import type { CheckId } from '../ids.js';
import type { CheckDefinition, CheckOutcome } from '../types.js';
import { APPROVAL_DOCS } from './docs-paths.js';
import { fail, pass, skip, withAccount } from './outcomes.js';
import { coverage, percent } from './payment-data.js';

const T = texts({
  skippedNoLivePayment: {
    en: 'Skipped: no live checkout payment in the last 30 days to measure (in-person sales and transfers are left out; see quality.live-payment).',
    es: 'Omitido: no hay pagos de checkout en producción en los últimos 30 días para medir (las ventas presenciales y las transferencias no cuentan; ver quality.live-payment).',
    'pt-BR': 'Ignorado: não há pagamentos de checkout em produção nos últimos 30 dias para medir (vendas presenciais e transferências não contam; veja quality.live-payment).',
  },
  livePaymentsCarry: (share: Text, n: number, group: Text) => ({
    en: `${share.en} of ${n} live checkout payments carry ${group.en}.`,
    es: `${share.es} de ${n} pagos de checkout en producción llevan ${group.es}.`,
    'pt-BR': `${share['pt-BR']} de ${n} pagamentos de checkout em produção contêm ${group['pt-BR']}.`,
  }),
  onlyLivePaymentsCarry: (share: Text, n: number, group: Text, min: Text, weakest: string) => ({
    en: `Only ${share.en} of ${n} live checkout payments carry ${group.en} (at least ${min.en} expected); the most often missing is ${weakest}.`,
    es: `Solo ${share.es} de ${n} pagos de checkout en producción llevan ${group.es} (se espera al menos ${min.es}); el que más falta es ${weakest}.`,
    'pt-BR': `Apenas ${share['pt-BR']} de ${n} pagamentos de checkout em produção contêm ${group['pt-BR']} (esperado pelo menos ${min['pt-BR']}); o que mais falta é ${weakest}.`,
  }),
});

/**
 * The sample's live payments of an online checkout: in-person sales (Point, QR), transfers and
 * other operation types are not the integration's and carry none of its data (reference §11 F7).
 */
export const live = (sample: PaymentSample): Payment[] => sample.payments.filter(isOnlineLive);

/** Live payments of the sample that are not an online checkout's, left out of every sample. */
export const otherChannels = (sample: PaymentSample): number => sample.payments.filter((p) => p.live_mode === true && !isOnlineLive(p)).length;

/** One field of a coverage group: its name, its test, and the payments it applies to (all by default). */
export type CoverageField = readonly [name: string, test: (p: Payment) => boolean, appliesTo?: (p: Payment) => boolean];

export const NO_LIVE = T.skippedNoLivePayment;

/**
 * A coverage check: the share of sampled live checkout payments that carry every field of a
 * group. A field with `appliesTo` is judged only on the payments it applies to (the buyer's
 * e-mail only where the API returns it, reference §11 F1): on the others it neither counts nor
 * fails.
 */
export function coverageCheck(
  id: CheckId,
  severity: 'warning' | 'info',
  titles: { readonly title: Text; readonly failureTitle: Text },
  group: Text,
  fields: readonly CoverageField[],
  remediation: Text,
): CheckDefinition {
  return {
    id,
    section: 'approval',
    defaultSeverity: severity,
    ...titles,
    docs: APPROVAL_DOCS,
    reads: ['account', 'payments'],
    defaults: { fieldCoverage: 0.9 },
    evaluate(evidence, { thresholds }) {
      return withAccount(evidence.account, () =>
        withAccount(evidence.payments, (sample): CheckOutcome => {
          const payments = live(sample);
          if (payments.length === 0) return skip(NO_LIVE);
          const applies = (p: Payment, appliesTo?: (p: Payment) => boolean): boolean => appliesTo === undefined || appliesTo(p);
          const all = coverage(payments, (p) => fields.every(([, test, appliesTo]) => !applies(p, appliesTo) || test(p)));
          const perField = Object.fromEntries(
            fields.map(([name, test, appliesTo]) => {
              const judged = payments.filter((p) => applies(p, appliesTo));
              return [name, judged.length === 0 ? null : Math.round(coverage(judged, test).share * 1000) / 1000];
            }),
          );
          const facts = {
            livePayments: payments.length,
            otherChannelsLeftOut: otherChannels(sample),
            coverage: Math.round(all.share * 1000) / 1000,
            threshold: thresholds.fieldCoverage,
            perField,
            missingExamples: all.examples,
            sampleTruncated: sample.truncated,
          };
          const share = percent(all.share);
          const n = payments.length;
          if (all.share >= thresholds.fieldCoverage) {
            return pass(T.livePaymentsCarry(share, n, group), facts);
          }
          const weakest = Object.entries(perField).sort((a, b) => (a[1] ?? 1) - (b[1] ?? 1))[0]![0];
          const min = percent(thresholds.fieldCoverage);
          return fail(T.onlyLivePaymentsCarry(share, n, group, min, weakest), remediation, facts);
        }),
      );
    },
  };
}
