import { text } from '../../i18n/text.js';
import { MAKE_LIVE_PAYMENT, unavailable } from '../support/audited-payment.js';
import { QUALITY_DOCS } from '../support/docs-paths.js';
import { fail, pass, withAccount } from '../support/outcomes.js';
import { latestLivePayment, paymentRef } from '../support/payment-choice.js';
import type { CheckDefinition } from '../types.js';

export const livePayment: CheckDefinition = {
  id: 'quality.live-payment',
  section: 'quality',
  defaultSeverity: 'warning',
  title: text('At least one live payment', 'Al menos un pago en producción', 'Pelo menos um pagamento em produção'),
  docs: QUALITY_DOCS,
  reads: ['account', 'payments', 'paymentById', 'liveHistory'],
  evaluate(evidence) {
    return withAccount(evidence.account, () => {
      const choice = latestLivePayment(evidence);
      if (choice.kind === 'refused' || choice.kind === 'error') return unavailable(choice);
      const liveInSample = evidence.payments.ok ? evidence.payments.value.payments.filter((p) => p.live_mode === true).length : 0;
      if (choice.kind === 'none') {
        return fail(
          text(
            `No live-mode payment among the latest ${choice.searched} payments of the last 12 months: the quality measurement needs a payment made with production credentials.`,
            `Ningún pago en modo productivo entre los últimos ${choice.searched} pagos de los últimos 12 meses: la medición de calidad necesita un pago hecho con credenciales de producción.`,
            `Nenhum pagamento em modo produtivo entre os últimos ${choice.searched} pagamentos dos últimos 12 meses: a medição de qualidade precisa de um pagamento feito com credenciais de produção.`,
          ),
          MAKE_LIVE_PAYMENT,
          { liveInSample, searched: choice.searched },
        );
      }
      const p = choice.payment;
      const day = (p.date_created ?? '').slice(0, 10) || '?';
      const facts = { liveInSample, latestLive: paymentRef(p, choice.source) };
      if (choice.source === 'sample') {
        return pass(text(`${liveInSample} live payments in the last 30 days; the latest is ${p.id} (${day}).`, `${liveInSample} pagos en producción en los últimos 30 días; el último es ${p.id} (${day}).`, `${liveInSample} pagamentos em produção nos últimos 30 dias; o mais recente é ${p.id} (${day}).`), facts);
      }
      return pass(text(`No live payment in the last 30 days, but payment ${p.id} (${day}) was made in production.`, `Ningún pago en producción en los últimos 30 días, pero el pago ${p.id} (${day}) se hizo en producción.`, `Nenhum pagamento em produção nos últimos 30 dias, mas o pagamento ${p.id} (${day}) foi feito em produção.`), facts);
    });
  },
};
