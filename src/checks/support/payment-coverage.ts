import { type Text, texts } from '../../i18n/text.js';
import type { Payment, PaymentSample } from '../../probes/mercadopago/payments.js';
import type { CheckId } from '../ids.js';
import type { CheckDefinition, CheckOutcome } from '../types.js';
import { APPROVAL_DOCS } from './docs-paths.js';
import { fail, pass, skip, withAccount } from './outcomes.js';
import { coverage, percent } from './payment-data.js';

const T = texts({
  skippedNoLivePayment: {
    en: 'Skipped: no live payment in the last 30 days to measure (see quality.live-payment).',
    es: 'Omitido: no hay pagos en producción en los últimos 30 días para medir (ver quality.live-payment).',
    'pt-BR': 'Ignorado: não há pagamentos em produção nos últimos 30 dias para medir (veja quality.live-payment).',
  },
  livePaymentsCarry: (share: Text, n: number, group: Text) => ({
    en: `${share.en} of ${n} live payments carry ${group.en}.`,
    es: `${share.es} de ${n} pagos en producción llevan ${group.es}.`,
    'pt-BR': `${share['pt-BR']} de ${n} pagamentos em produção contêm ${group['pt-BR']}.`,
  }),
  onlyLivePaymentsCarry: (share: Text, n: number, group: Text, min: Text, weakest: string) => ({
    en: `Only ${share.en} of ${n} live payments carry ${group.en} (at least ${min.en} expected); the most often missing is ${weakest}.`,
    es: `Solo ${share.es} de ${n} pagos en producción llevan ${group.es} (se espera al menos ${min.es}); el que más falta es ${weakest}.`,
    'pt-BR': `Apenas ${share['pt-BR']} de ${n} pagamentos em produção contêm ${group['pt-BR']} (esperado pelo menos ${min['pt-BR']}); o que mais falta é ${weakest}.`,
  }),
});

export const live = (sample: PaymentSample): Payment[] => sample.payments.filter((p) => p.live_mode === true);

export const NO_LIVE = T.skippedNoLivePayment;

/** A coverage check: the share of sampled live payments that carry every field of a group. */
export function coverageCheck(
  id: CheckId,
  severity: 'warning' | 'info',
  title: Text,
  group: Text,
  fields: ReadonlyArray<readonly [string, (p: Payment) => boolean]>,
  remediation: Text,
): CheckDefinition {
  return {
    id,
    section: 'approval',
    defaultSeverity: severity,
    title,
    docs: APPROVAL_DOCS,
    reads: ['account', 'payments'],
    defaults: { fieldCoverage: 0.9 },
    evaluate(evidence, { thresholds }) {
      return withAccount(evidence.account, () =>
        withAccount(evidence.payments, (sample): CheckOutcome => {
          const payments = live(sample);
          if (payments.length === 0) return skip(NO_LIVE);
          const all = coverage(payments, (p) => fields.every(([, test]) => test(p)));
          const perField = Object.fromEntries(fields.map(([name, test]) => [name, Math.round(coverage(payments, test).share * 1000) / 1000]));
          const facts = {
            livePayments: payments.length,
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
          const weakest = Object.entries(perField).sort((a, b) => a[1] - b[1])[0]![0];
          const min = percent(thresholds.fieldCoverage);
          return fail(T.onlyLivePaymentsCarry(share, n, group, min, weakest), remediation, facts);
        }),
      );
    },
  };
}
