import { texts } from '../../i18n/text.js';
import { MAKE_LIVE_PAYMENT, unavailable } from '../support/audited-payment.js';
import { QUALITY_DOCS } from '../support/docs-paths.js';
import { fail, pass, withAccount } from '../support/outcomes.js';
import { latestLivePayment, paymentRef } from '../support/payment-choice.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  title: {
    en: 'At least one live payment',
    es: 'Al menos un pago en producción',
    'pt-BR': 'Pelo menos um pagamento em produção',
  },
  noLiveModePayment: (searched: number) => ({
    en: `No live-mode payment among the latest ${searched} payments of the last 12 months: the quality measurement needs a payment made with production credentials.`,
    es: `Ningún pago en modo productivo entre los últimos ${searched} pagos de los últimos 12 meses: la medición de calidad necesita un pago hecho con credenciales de producción.`,
    'pt-BR': `Nenhum pagamento em modo produtivo entre os últimos ${searched} pagamentos dos últimos 12 meses: a medição de qualidade precisa de um pagamento feito com credenciais de produção.`,
  }),
  livePaymentsLast30: (liveInSample: number, id: number, day: string) => ({
    en: `${liveInSample} live payments in the last 30 days; the latest is ${id} (${day}).`,
    es: `${liveInSample} pagos en producción en los últimos 30 días; el último es ${id} (${day}).`,
    'pt-BR': `${liveInSample} pagamentos em produção nos últimos 30 dias; o mais recente é ${id} (${day}).`,
  }),
  noLivePaymentLast: (id: number, day: string) => ({
    en: `No live payment in the last 30 days, but payment ${id} (${day}) was made in production.`,
    es: `Ningún pago en producción en los últimos 30 días, pero el pago ${id} (${day}) se hizo en producción.`,
    'pt-BR': `Nenhum pagamento em produção nos últimos 30 dias, mas o pagamento ${id} (${day}) foi feito em produção.`,
  }),
});

export const livePayment: CheckDefinition = {
  id: 'quality.live-payment',
  section: 'quality',
  defaultSeverity: 'warning',
  title: T.title,
  docs: QUALITY_DOCS,
  reads: ['account', 'payments', 'paymentById', 'liveHistory'],
  evaluate(evidence) {
    return withAccount(evidence.account, () => {
      const choice = latestLivePayment(evidence);
      if (choice.kind === 'refused' || choice.kind === 'error') return unavailable(choice);
      const liveInSample = evidence.payments.ok ? evidence.payments.value.payments.filter((p) => p.live_mode === true).length : 0;
      if (choice.kind === 'none') {
        return fail(T.noLiveModePayment(choice.searched), MAKE_LIVE_PAYMENT, { liveInSample, searched: choice.searched });
      }
      const p = choice.payment;
      const day = (p.date_created ?? '').slice(0, 10) || '?';
      const facts = { liveInSample, latestLive: paymentRef(p, choice.source) };
      if (choice.source === 'sample') {
        return pass(T.livePaymentsLast30(liveInSample, p.id, day), facts);
      }
      return pass(T.noLivePaymentLast(p.id, day), facts);
    });
  },
};
