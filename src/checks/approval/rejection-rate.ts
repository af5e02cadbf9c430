import { type Text, texts } from '../../i18n/text.js';
import { APPROVAL_DOCS } from '../support/docs-paths.js';
import { fail, pass, skip, withAccount } from '../support/outcomes.js';
import { live } from '../support/payment-coverage.js';
import { percent } from '../support/payment-data.js';
import { adviceFor } from '../support/rejection-advice.js';
import type { CheckDefinition, CheckOutcome } from '../types.js';

const T = texts({
  failureTitle: { en: 'Too many live payments are rejected', es: 'Se rechazan demasiados pagos en producción', 'pt-BR': 'Muitos pagamentos em produção são recusados' },
  title: {
    en: 'Rejection rate of live payments',
    es: 'Tasa de rechazo de los pagos en producción',
    'pt-BR': 'Taxa de recusa dos pagamentos em produção',
  },
  skippedDecidedLivePayments: (length: number, MIN_DECIDED: number) => ({
    en: `Skipped: ${length} decided live payments in the last 30 days, fewer than ${MIN_DECIDED} needed for a meaningful rate.`,
    es: `Omitido: ${length} pagos en producción resueltos en los últimos 30 días, menos de los ${MIN_DECIDED} necesarios para una tasa significativa.`,
    'pt-BR': `Ignorado: ${length} pagamentos em produção concluídos nos últimos 30 dias, menos que os ${MIN_DECIDED} necessários para uma taxa significativa.`,
  }),
  decidedLivePaymentsWere: (share: Text, length: number) => ({
    en: `${share.en} of ${length} decided live payments were rejected in the last 30 days.`,
    es: `${share.es} de ${length} pagos en producción resueltos fueron rechazados en los últimos 30 días.`,
    'pt-BR': `${share['pt-BR']} de ${length} pagamentos em produção concluídos foram recusados nos últimos 30 dias.`,
  }),
  decidedLivePaymentsWere2: (share: Text, length: number, max: Text, statusDetail: string, count: number) => ({
    en: `${share.en} of ${length} decided live payments were rejected (at most ${max.en} expected); the most frequent reason is ${statusDetail} (${count}).`,
    es: `${share.es} de ${length} pagos en producción resueltos fueron rechazados (se espera como máximo ${max.es}); el motivo más frecuente es ${statusDetail} (${count}).`,
    'pt-BR': `${share['pt-BR']} de ${length} pagamentos em produção concluídos foram recusados (esperado no máximo ${max['pt-BR']}); o motivo mais frequente é ${statusDetail} (${count}).`,
  }),
});

/** Statuses the issuer or Mercado Pago has decided; pending or cancelled ones say nothing of approval. */
const DECIDED = new Set(['approved', 'authorized', 'rejected', 'refunded', 'charged_back', 'in_mediation']);

export const MIN_DECIDED = 20;

export const rejectionRate: CheckDefinition = {
  id: 'approval.rejection-rate',
  section: 'approval',
  defaultSeverity: 'warning',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: APPROVAL_DOCS,
  reads: ['account', 'payments'],
  defaults: { rejectionRateMax: 0.25 },
  evaluate(evidence, { thresholds }) {
    return withAccount(evidence.account, () =>
      withAccount(evidence.payments, (sample): CheckOutcome => {
        const decided = live(sample).filter((p) => DECIDED.has(p.status ?? ''));
        if (decided.length < MIN_DECIDED) {
          return skip(T.skippedDecidedLivePayments(decided.length, MIN_DECIDED), { decided: decided.length, minimum: MIN_DECIDED });
        }
        const rejected = decided.filter((p) => p.status === 'rejected');
        const rate = rejected.length / decided.length;
        const counts = new Map<string, number>();
        for (const p of rejected) counts.set(p.status_detail ?? 'unknown', (counts.get(p.status_detail ?? 'unknown') ?? 0) + 1);
        const top = [...counts.entries()]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, 5)
          .map(([statusDetail, count]) => ({ statusDetail, count, ...adviceFor(statusDetail) }));
        const facts = {
          decided: decided.length,
          rejected: rejected.length,
          rate: Math.round(rate * 1000) / 1000,
          threshold: thresholds.rejectionRateMax,
          topStatusDetails: top,
          sampleTruncated: sample.truncated,
        };
        const share = percent(rate);
        if (rate <= thresholds.rejectionRateMax) {
          return pass(T.decidedLivePaymentsWere(share, decided.length), facts);
        }
        const first = top[0]!;
        const max = percent(thresholds.rejectionRateMax);
        return fail(T.decidedLivePaymentsWere2(share, decided.length, max, first.statusDetail, first.count), first.advice, facts);
      }),
    );
  },
};
