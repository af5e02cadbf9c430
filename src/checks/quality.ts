import { SITE_DOMAINS } from '../i18n/docs.js';
import { text } from '../i18n/text.js';
import type { Payment } from '../probes/mercadopago/payments.js';
import { fail, manual, pass, probeFailed, skip, withAccount } from './support/outcomes.js';
import { auditedPayment, latestLivePayment, paymentRef, type AuditChoice } from './support/payment-choice.js';
import { given, itemsCarry, payerField, payerIdentification, receiverAddress } from './support/payment-data.js';
import type { CheckDefinition, CheckOutcome } from './types.js';

const QUALITY_DOCS = '/guides/additional-content/homologator/homologator';

const MAKE_LIVE_PAYMENT = text(
  'Make one real payment through your checkout with the production credentials (a small purchase you refund afterwards will do), then run again.',
  'Haz un pago real en tu checkout con las credenciales de producción (sirve una compra pequeña que luego reembolsas) y vuelve a ejecutar.',
  'Faça um pagamento real no seu checkout com as credenciais de produção (uma compra pequena que você reembolsa depois serve) e execute novamente.',
);

/** The choice could not be made: the token (skip) or the API (error) is the reason. */
function unavailable(choice: Extract<AuditChoice, { kind: 'refused' | 'error' }>): CheckOutcome {
  if (choice.kind === 'error') return probeFailed(choice.error);
  return probeFailed({ kind: 'http', message: 'a call after /users/me was refused' });
}

export const livePayment: CheckDefinition = {
  id: 'quality.live-payment',
  section: 'quality',
  defaultSeverity: 'warning',
  title: text('At least one live payment', 'Al menos un pago en producción', 'Pelo menos um pagamento em produção'),
  docs: QUALITY_DOCS,
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

/** A field the audit reads, and whether the measurement requires it or only recommends it. */
interface FieldRule {
  readonly field: string;
  readonly required: boolean;
  readonly test: (p: Payment) => boolean;
}

const FIELD_RULES: readonly FieldRule[] = [
  { field: 'external_reference', required: true, test: (p) => given(p.external_reference) },
  { field: 'notification_url', required: true, test: (p) => given(p.notification_url) },
  { field: 'statement_descriptor', required: true, test: (p) => given(p.statement_descriptor) },
  { field: 'additional_info.items.id', required: true, test: (p) => itemsCarry(p, 'id') },
  { field: 'additional_info.items.title', required: true, test: (p) => itemsCarry(p, 'title') },
  { field: 'additional_info.items.quantity', required: true, test: (p) => itemsCarry(p, 'quantity') },
  { field: 'additional_info.items.unit_price', required: true, test: (p) => itemsCarry(p, 'unit_price') },
  { field: 'payer.email', required: true, test: (p) => payerField(p, 'email') },
  { field: 'additional_info.items.description', required: false, test: (p) => itemsCarry(p, 'description') },
  { field: 'additional_info.items.category_id', required: false, test: (p) => itemsCarry(p, 'category_id') },
  { field: 'additional_info.items.picture_url', required: false, test: (p) => itemsCarry(p, 'picture_url') },
  { field: 'payer.first_name', required: false, test: (p) => payerField(p, 'first_name') },
  { field: 'payer.last_name', required: false, test: (p) => payerField(p, 'last_name') },
  { field: 'payer.identification', required: false, test: payerIdentification },
  { field: 'payer.phone', required: false, test: (p) => payerField(p, 'phone') },
  { field: 'payer.address', required: false, test: (p) => payerField(p, 'address') },
  { field: 'additional_info.shipments.receiver_address', required: false, test: receiverAddress },
];

/** The required and recommended fields a payment lacks. */
export function fieldGaps(p: Payment): { required: string[]; recommended: string[] } {
  const missing = FIELD_RULES.filter((r) => !r.test(p));
  return { required: missing.filter((r) => r.required).map((r) => r.field), recommended: missing.filter((r) => !r.required).map((r) => r.field) };
}

export const paymentFields: CheckDefinition = {
  id: 'quality.payment-fields',
  section: 'quality',
  defaultSeverity: 'warning',
  title: text('Audited payment carries the data the quality measurement requires', 'El pago auditado lleva los datos que exige la medición de calidad', 'O pagamento auditado contém os dados exigidos pela medição de qualidade'),
  docs: QUALITY_DOCS,
  evaluate(evidence) {
    return withAccount(evidence.account, () => {
      const choice = auditedPayment(evidence);
      if (choice.kind === 'refused' || choice.kind === 'error') return unavailable(choice);
      if (choice.kind === 'none') {
        return skip(text('Skipped: no approved live payment to audit (see quality.live-payment).', 'Omitido: no hay un pago aprobado en producción para auditar (ver quality.live-payment).', 'Ignorado: não há pagamento aprovado em produção para auditar (veja quality.live-payment).'));
      }
      const p = choice.payment;
      const gaps = fieldGaps(p);
      const facts = { payment: paymentRef(p, choice.source), requiredGaps: gaps.required, recommendedGaps: gaps.recommended };
      if (p.live_mode !== true) {
        return fail(
          text(`Payment ${p.id} (payment-id) was made in test mode: the quality measurement only takes a payment made with production credentials.`, `El pago ${p.id} (payment-id) se hizo en modo de prueba: la medición de calidad solo acepta un pago hecho con credenciales de producción.`, `O pagamento ${p.id} (payment-id) foi feito em modo de teste: a medição de qualidade só aceita um pagamento feito com credenciais de produção.`),
          MAKE_LIVE_PAYMENT,
          facts,
        );
      }
      const recommended = gaps.recommended.length === 0 ? '' : ` ${gaps.recommended.length}`;
      if (gaps.required.length === 0) {
        return pass(
          gaps.recommended.length === 0
            ? text(`Payment ${p.id} carries every required and recommended field.`, `El pago ${p.id} lleva todos los campos obligatorios y recomendados.`, `O pagamento ${p.id} contém todos os campos obrigatórios e recomendados.`)
            : text(`Payment ${p.id} carries every required field;${recommended} recommended ones are missing: ${gaps.recommended.join(', ')}.`, `El pago ${p.id} lleva todos los campos obligatorios; faltan${recommended} recomendados: ${gaps.recommended.join(', ')}.`, `O pagamento ${p.id} contém todos os campos obrigatórios; faltam${recommended} recomendados: ${gaps.recommended.join(', ')}.`),
          facts,
        );
      }
      const list = gaps.required.join(', ');
      return fail(
        text(`Payment ${p.id} lacks fields the quality measurement requires: ${list}.`, `Al pago ${p.id} le faltan campos que exige la medición de calidad: ${list}.`, `O pagamento ${p.id} não tem campos exigidos pela medição de qualidade: ${list}.`),
        text(
          'Send these fields when you create the payment or preference (items under additional_info.items on /v1/payments), then measure again with a new payment.',
          'Envía estos campos al crear el pago o la preferencia (los ítems en additional_info.items en /v1/payments) y vuelve a medir con un pago nuevo.',
          'Envie esses campos ao criar o pagamento ou a preferência (os itens em additional_info.items em /v1/payments) e meça novamente com um novo pagamento.',
        ),
        facts,
      );
    });
  },
};

/** Mercado Pago's "Your integrations" panel, where the quality tool lives, on the account's site. */
export function qualityToolUrl(siteId: string | null | undefined): string {
  return `https://${(siteId && SITE_DOMAINS[siteId]) || SITE_DOMAINS['MLB']}/developers/panel/app`;
}

export const measurement: CheckDefinition = {
  id: 'quality.measurement',
  section: 'quality',
  defaultSeverity: 'info',
  title: text('Measure the integration quality', 'Medir la calidad de la integración', 'Medir a qualidade da integração'),
  docs: QUALITY_DOCS,
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
