import { texts } from '../../i18n/text.js';
import { qualityToolUrl } from '../support/audited-payment.js';
import { QUALITY_DOCS } from '../support/docs-paths.js';
import { manual } from '../support/outcomes.js';
import { auditedPayment, latestLivePayment } from '../support/payment-choice.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'Integration quality not measured yet', es: 'La calidad de la integración todavía no se midió', 'pt-BR': 'A qualidade da integração ainda não foi medida' },
  title: {
    en: 'Measure the integration quality',
    es: 'Medir la calidad de la integración',
    'pt-BR': 'Medir a qualidade da integração',
  },
  openChooseYourApplication: (tool: string) => ({
    en: `Open ${tool}, choose your application and use "Measure quality", entering the payment id; fix the mandatory actions it lists and measure again.`,
    es: `Abre ${tool}, elige tu aplicación y usa "Medir calidad" con el id de pago; corrige las acciones obligatorias que indique y vuelve a medir.`,
    'pt-BR': `Abra ${tool}, escolha sua aplicação e use "Medir qualidade" informando o ID do pagamento; corrija as ações obrigatórias indicadas e meça novamente.`,
  }),
  noLivePaymentKnown: {
    en: "No live payment is known yet: make one with production credentials, then enter its id in Mercado Pago's quality tool.",
    es: 'Aún no se conoce un pago en producción: haz uno con credenciales de producción e ingresa su id en la herramienta de calidad de Mercado Pago.',
    'pt-BR': 'Ainda não há pagamento em produção conhecido: faça um com credenciais de produção e informe o ID na ferramenta de qualidade do Mercado Pago.',
  },
  noApiReturnsQuality: (id: number) => ({
    en: `No API returns the quality score: enter payment id ${id} in Mercado Pago's quality tool and check the score meets the minimum it shows.`,
    es: `Ninguna API devuelve el puntaje de calidad: ingresa el id de pago ${id} en la herramienta de calidad de Mercado Pago y confirma que alcanza el mínimo indicado.`,
    'pt-BR': `Nenhuma API retorna a pontuação de qualidade: informe o ID de pagamento ${id} na ferramenta de qualidade do Mercado Pago e confirme que atinge a pontuação mínima indicada.`,
  }),
});

export const measurement: CheckDefinition = {
  id: 'quality.measurement',
  section: 'quality',
  defaultSeverity: 'info',
  title: T.title,
  failureTitle: T.failureTitle,
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
    const steps = T.openChooseYourApplication(tool);
    if (!pick) {
      return manual(T.noLivePaymentKnown, steps, facts);
    }
    const id = pick.payment.id;
    return manual(T.noApiReturnsQuality(id), steps, facts);
  },
};
