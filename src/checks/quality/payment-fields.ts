import { texts } from '../../i18n/text.js';
import type { Payment } from '../../probes/mercadopago/payments.js';
import { MAKE_LIVE_PAYMENT, unavailable } from '../support/audited-payment.js';
import { QUALITY_DOCS } from '../support/docs-paths.js';
import { fail, manual, pass, skip, withAccount } from '../support/outcomes.js';
import { auditedPayment, paymentRef } from '../support/payment-choice.js';
import { given, isMercadoPagoDescriptor, itemsCarry, payerField, payerIdentification, receiverAddress } from '../support/payment-data.js';
import { returnsPayerData } from '../../probes/mercadopago/payment-kinds.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: {
    en: 'Audited payment lacks data the quality measurement requires',
    es: 'Al pago auditado le faltan datos que exige la medición de calidad',
    'pt-BR': 'Faltam no pagamento auditado dados exigidos pela medição de qualidade',
  },
  title: {
    en: 'Audited payment carries the data the quality measurement requires',
    es: 'El pago auditado lleva los datos que exige la medición de calidad',
    'pt-BR': 'O pagamento auditado contém os dados exigidos pela medição de qualidade',
  },
  skippedNoApprovedLive: {
    en: 'Skipped: no approved live payment to audit (see quality.live-payment).',
    es: 'Omitido: no hay un pago aprobado en producción para auditar (ver quality.live-payment).',
    'pt-BR': 'Ignorado: não há pagamento aprovado em produção para auditar (veja quality.live-payment).',
  },
  paymentPaymentIdWas: (id: number) => ({
    en: `Payment ${id} (payment-id) was made in test mode: the quality measurement only takes a payment made with production credentials.`,
    es: `El pago ${id} (payment-id) se hizo en modo de prueba: la medición de calidad solo acepta un pago hecho con credenciales de producción.`,
    'pt-BR': `O pagamento ${id} (payment-id) foi feito em modo de teste: a medição de qualidade só aceita um pagamento feito com credenciais de produção.`,
  }),
  paymentCarriesEveryRequired: (id: number) => ({
    en: `Payment ${id} carries every required and recommended field.`,
    es: `El pago ${id} lleva todos los campos obligatorios y recomendados.`,
    'pt-BR': `O pagamento ${id} contém todos os campos obrigatórios e recomendados.`,
  }),
  paymentCarriesEveryRequired2: (id: number, recommended: string, gaps: { required: string[]; recommended: string[] }) => ({
    en: `Payment ${id} carries every required field;${recommended} recommended ones are missing: ${gaps.recommended.join(', ')}.`,
    es: `El pago ${id} lleva todos los campos obligatorios; faltan${recommended} recomendados: ${gaps.recommended.join(', ')}.`,
    'pt-BR': `O pagamento ${id} contém todos os campos obrigatórios; faltam${recommended} recomendados: ${gaps.recommended.join(', ')}.`,
  }),
  paymentLacksFieldsQuality: (id: number, list: string) => ({
    en: `Payment ${id} lacks fields the quality measurement requires: ${list}.`,
    es: `Al pago ${id} le faltan campos que exige la medición de calidad: ${list}.`,
    'pt-BR': `O pagamento ${id} não tem campos exigidos pela medição de qualidade: ${list}.`,
  }),
  unverifiable: (id: number, list: string) => ({
    en: `Payment ${id} carries every other required field, but what it shows of ${list} cannot tell whether the integration sends it.`,
    es: `El pago ${id} lleva todos los demás campos obligatorios, pero lo que muestra de ${list} no permite saber si la integración lo envía.`,
    'pt-BR': `O pagamento ${id} contém todos os demais campos obrigatórios, mas o que ele mostra de ${list} não permite saber se a integração o envia.`,
  }),
  confirmUnverifiable: {
    en: "Mercado Pago fills in a statement_descriptor of its own (MERPAGO*…) on Checkout Pro payments, and returns the buyer's e-mail only on approved, refunded or charged-back payments. Confirm in your code that the preference or payment sets these fields, or audit an approved payment with payment-id.",
    es: 'Mercado Pago completa un statement_descriptor propio (MERPAGO*…) en los pagos de Checkout Pro, y devuelve el e-mail del comprador solo en pagos aprobados, reembolsados o con contracargo. Confirma en tu código que la preferencia o el pago envían estos campos, o audita un pago aprobado con payment-id.',
    'pt-BR':
      'O Mercado Pago preenche um statement_descriptor próprio (MERPAGO*…) nos pagamentos do Checkout Pro e só retorna o e-mail do comprador em pagamentos aprovados, reembolsados ou com chargeback. Confirme no seu código que a preferência ou o pagamento envia esses campos, ou audite um pagamento aprovado com payment-id.',
  },
  sendTheseFieldsWhen: {
    en: 'Send these fields when you create the payment or preference (items under additional_info.items on /v1/payments), then measure again with a new payment.',
    es: 'Envía estos campos al crear el pago o la preferencia (los ítems en additional_info.items en /v1/payments) y vuelve a medir con un pago nuevo.',
    'pt-BR': 'Envie esses campos ao criar o pagamento ou a preferência (os itens em additional_info.items em /v1/payments) e meça novamente com um novo pagamento.',
  },
});

/**
 * A field the audit reads, and whether the measurement requires it or only recommends it.
 * `unknowable` says when the payment cannot show whether the integration sent the field: then
 * it is neither present nor missing.
 */
interface FieldRule {
  readonly field: string;
  readonly required: boolean;
  readonly test: (p: Payment) => boolean;
  readonly unknowable?: (p: Payment) => boolean;
}

const FIELD_RULES: readonly FieldRule[] = [
  { field: 'external_reference', required: true, test: (p) => given(p.external_reference) },
  { field: 'notification_url', required: true, test: (p) => given(p.notification_url) },
  // Checkout Pro fills it in itself (MERPAGO*…, reference §11 F10): such a value is no proof.
  { field: 'statement_descriptor', required: true, test: (p) => given(p.statement_descriptor), unknowable: (p) => isMercadoPagoDescriptor(p.statement_descriptor) },
  { field: 'additional_info.items.id', required: true, test: (p) => itemsCarry(p, 'id') },
  { field: 'additional_info.items.title', required: true, test: (p) => itemsCarry(p, 'title') },
  { field: 'additional_info.items.quantity', required: true, test: (p) => itemsCarry(p, 'quantity') },
  { field: 'additional_info.items.unit_price', required: true, test: (p) => itemsCarry(p, 'unit_price') },
  // Returned only on approved, refunded and charged-back payments (reference §11 F1).
  { field: 'payer.email', required: true, test: (p) => payerField(p, 'email'), unknowable: (p) => !returnsPayerData(p) && !payerField(p, 'email') },
  { field: 'additional_info.items.description', required: false, test: (p) => itemsCarry(p, 'description') },
  { field: 'additional_info.items.category_id', required: false, test: (p) => itemsCarry(p, 'category_id') },
  { field: 'additional_info.items.picture_url', required: false, test: (p) => itemsCarry(p, 'picture_url') },
  { field: 'payer.first_name', required: false, test: (p) => payerField(p, 'first_name') },
  { field: 'payer.last_name', required: false, test: (p) => payerField(p, 'last_name') },
  { field: 'payer.identification', required: false, test: payerIdentification, unknowable: (p) => !returnsPayerData(p) && !payerIdentification(p) },
  { field: 'payer.phone', required: false, test: (p) => payerField(p, 'phone') },
  { field: 'payer.address', required: false, test: (p) => payerField(p, 'address') },
  { field: 'additional_info.shipments.receiver_address', required: false, test: receiverAddress },
];

/** The required and recommended fields a payment lacks, and the required ones it cannot show. */
export function fieldGaps(p: Payment): { required: string[]; recommended: string[]; unknowable: string[] } {
  const unknown = FIELD_RULES.filter((r) => r.unknowable?.(p) === true);
  const missing = FIELD_RULES.filter((r) => !unknown.includes(r) && !r.test(p));
  return {
    required: missing.filter((r) => r.required).map((r) => r.field),
    recommended: missing.filter((r) => !r.required).map((r) => r.field),
    unknowable: unknown.filter((r) => r.required).map((r) => r.field),
  };
}

export const paymentFields: CheckDefinition = {
  id: 'quality.payment-fields',
  section: 'quality',
  defaultSeverity: 'warning',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: QUALITY_DOCS,
  reads: ['account', 'payments', 'paymentById', 'liveHistory'],
  evaluate(evidence) {
    return withAccount(evidence.account, () => {
      const choice = auditedPayment(evidence);
      if (choice.kind === 'refused' || choice.kind === 'error') return unavailable(choice);
      if (choice.kind === 'none') {
        return skip(T.skippedNoApprovedLive);
      }
      const p = choice.payment;
      const gaps = fieldGaps(p);
      const facts = {
        payment: paymentRef(p, choice.source),
        requiredGaps: gaps.required,
        recommendedGaps: gaps.recommended,
        unknowable: gaps.unknowable,
        ...(isMercadoPagoDescriptor(p.statement_descriptor) ? { statementDescriptor: p.statement_descriptor } : {}),
      };
      if (p.live_mode !== true) {
        return fail(T.paymentPaymentIdWas(p.id), MAKE_LIVE_PAYMENT, facts);
      }
      const recommended = gaps.recommended.length === 0 ? '' : ` ${gaps.recommended.length}`;
      if (gaps.required.length === 0 && gaps.unknowable.length > 0) {
        const shown = gaps.unknowable
          .map((f) => (f === 'statement_descriptor' ? `statement_descriptor ("${String(p.statement_descriptor).trim()}", Mercado Pago's own)` : `${f} (not returned on a ${p.status ?? '?'} payment)`))
          .join(', ');
        return manual(T.unverifiable(p.id, shown), T.confirmUnverifiable, facts);
      }
      if (gaps.required.length === 0) {
        return pass(gaps.recommended.length === 0 ? T.paymentCarriesEveryRequired(p.id) : T.paymentCarriesEveryRequired2(p.id, recommended, gaps), facts);
      }
      const list = gaps.required.join(', ');
      return fail(T.paymentLacksFieldsQuality(p.id, list), T.sendTheseFieldsWhen, facts);
    });
  },
};
