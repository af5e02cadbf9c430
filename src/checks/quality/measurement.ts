import { text } from '../../i18n/text.js';
import { qualityToolUrl } from '../support/audited-payment.js';
import { QUALITY_DOCS } from '../support/docs-paths.js';
import { manual } from '../support/outcomes.js';
import { auditedPayment, latestLivePayment } from '../support/payment-choice.js';
import type { CheckDefinition } from '../types.js';

export const measurement: CheckDefinition = {
  id: 'quality.measurement',
  section: 'quality',
  defaultSeverity: 'info',
  title: text('Measure the integration quality', 'Medir la calidad de la integración', 'Medir a qualidade da integração'),
  docs: QUALITY_DOCS,
  reads: ['account', 'payments', 'paymentById', 'liveHistory'],
  evaluate(evidence) {
    const siteId = evidence.account.ok ? evidence.account.value.siteId : undefined;
    const tool = qualityToolUrl(siteId);
    const choice = auditedPayment(evidence);
    const found = choice.kind === 'found' && choice.payment.live_mode === true ? choice : undefined;
    const fallback = found ?? (evidence.account.ok ? latestLivePayment(evidence) : undefined);
    const pick = fallback?.kind === 'found' ? fallback : undefined;
    const facts = { paymentId: pick?.payment.id ?? null, source: pick?.source ?? null, qualityToolUrl: tool };
    const steps = text(
      `Open ${tool}, choose your application and use "Measure quality", entering the payment id; fix the mandatory actions it lists and measure again.`,
      `Abre ${tool}, elige tu aplicación y usa "Medir calidad" con el id de pago; corrige las acciones obligatorias que indique y vuelve a medir.`,
      `Abra ${tool}, escolha sua aplicação e use "Medir qualidade" informando o ID do pagamento; corrija as ações obrigatórias indicadas e meça novamente.`,
    );
    if (!pick) {
      return manual(
        text('No live payment is known yet: make one with production credentials, then enter its id in Mercado Pago\'s quality tool.', 'Aún no se conoce un pago en producción: haz uno con credenciales de producción e ingresa su id en la herramienta de calidad de Mercado Pago.', 'Ainda não há pagamento em produção conhecido: faça um com credenciais de produção e informe o ID na ferramenta de qualidade do Mercado Pago.'),
        steps,
        facts,
      );
    }
    const id = pick.payment.id;
    return manual(
      text(`No API returns the quality score: enter payment id ${id} in Mercado Pago's quality tool and check the score meets the minimum it shows.`, `Ninguna API devuelve el puntaje de calidad: ingresa el id de pago ${id} en la herramienta de calidad de Mercado Pago y confirma que alcanza el mínimo indicado.`, `Nenhuma API retorna a pontuação de qualidade: informe o ID de pagamento ${id} na ferramenta de qualidade do Mercado Pago e confirme que atinge a pontuação mínima indicada.`),
      steps,
      facts,
    );
  },
};
