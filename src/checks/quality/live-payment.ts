import { texts } from '../../i18n/text.js';
import { isOnlineLive } from '../../probes/mercadopago/live-payment.js';
import { MAKE_LIVE_PAYMENT, unavailable } from '../support/audited-payment.js';
import { QUALITY_DOCS } from '../support/docs-paths.js';
import { fail, pass, withAccount } from '../support/outcomes.js';
import { latestLivePayment, paymentRef } from '../support/payment-choice.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'No live payment yet', es: 'Todavía no hay pagos en producción', 'pt-BR': 'Ainda não há pagamentos em produção' },
  title: {
    en: 'At least one live payment',
    es: 'Al menos un pago en producción',
    'pt-BR': 'Pelo menos um pagamento em produção',
  },
  noLiveModePayment: (searched: number) => ({
    en: `No live-mode checkout payment among the latest ${searched} payments of the last 12 months (in-person sales and transfers do not count): the quality measurement needs a payment made through the integration with production credentials.`,
    es: `Ningún pago de checkout en modo productivo entre los últimos ${searched} pagos de los últimos 12 meses (las ventas presenciales y las transferencias no cuentan): la medición de calidad necesita un pago hecho por la integración con credenciales de producción.`,
    'pt-BR': `Nenhum pagamento de checkout em produção entre os últimos ${searched} pagamentos dos últimos 12 meses (vendas presenciais e transferências não contam): a medição de qualidade precisa de um pagamento feito pela integração com credenciais de produção.`,
  }),
  livePaymentsLast30: (liveInSample: number, id: number, day: string) => ({
    en: `${liveInSample} live checkout payments in the last 30 days; the latest is ${id} (${day}).`,
    es: `${liveInSample} pagos de checkout en producción en los últimos 30 días; el último es ${id} (${day}).`,
    'pt-BR': `${liveInSample} pagamentos de checkout em produção nos últimos 30 dias; o mais recente é ${id} (${day}).`,
  }),
  noLivePaymentLast: (id: number, day: string) => ({
    en: `No live checkout payment in the last 30 days, but payment ${id} (${day}) was made in production.`,
    es: `Ningún pago de checkout en producción en los últimos 30 días, pero el pago ${id} (${day}) se hizo en producción.`,
    'pt-BR': `Nenhum pagamento de checkout em produção nos últimos 30 dias, mas o pagamento ${id} (${day}) foi feito em produção.`,
  }),
});

export const livePayment: CheckDefinition = {
  id: 'quality.live-payment',
  section: 'quality',
  defaultSeverity: 'warning',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: QUALITY_DOCS,
  reads: ['account', 'payments', 'paymentById', 'liveHistory'],
  evaluate(evidence) {
    return withAccount(evidence.account, () => {
      const choice = latestLivePayment(evidence);
      if (choice.kind === 'refused' || choice.kind === 'error') return unavailable(choice);
      const liveInSample = evidence.payments.ok ? evidence.payments.value.payments.filter(isOnlineLive).length : 0;
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
