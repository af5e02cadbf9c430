import { text, type Text } from '../i18n/text.js';
import type { Payment, PaymentSample } from '../probes/mercadopago/payments.js';
import { fail, pass, skip, withAccount } from './support/outcomes.js';
import { coverage, itemsCarry, payerField, payerIdentification, percent, receiverAddress } from './support/payment-data.js';
import { adviceFor } from './support/rejection-advice.js';
import type { CheckDefinition, CheckOutcome } from './types.js';

const APPROVAL_DOCS = '/guides/additional-content/how-tos/payment-rejections';

const live = (sample: PaymentSample): Payment[] => sample.payments.filter((p) => p.live_mode === true);

const NO_LIVE = text(
  'Skipped: no live payment in the last 30 days to measure (see quality.live-payment).',
  'Omitido: no hay pagos en producción en los últimos 30 días para medir (ver quality.live-payment).',
  'Ignorado: não há pagamentos em produção nos últimos 30 dias para medir (veja quality.live-payment).',
);

/** A coverage check: the share of sampled live payments that carry every field of a group. */
function coverageCheck(
  id: string,
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
    defaults: { fieldCoverage: 0.9 },
    evaluate(evidence, { thresholds }) {
      return withAccount(evidence.account, () =>
        withAccount(evidence.payments, (sample): CheckOutcome => {
          const payments = live(sample);
          if (payments.length === 0) return skip(NO_LIVE);
          const all = coverage(payments, (p) => fields.every(([, test]) => test(p)));
          const perField = Object.fromEntries(fields.map(([name, test]) => [name, Math.round(coverage(payments, test).share * 1000) / 1000]));
          const facts = { livePayments: payments.length, coverage: Math.round(all.share * 1000) / 1000, threshold: thresholds.fieldCoverage, perField, missingExamples: all.examples, sampleTruncated: sample.truncated };
          const share = percent(all.share);
          const n = payments.length;
          if (all.share >= thresholds.fieldCoverage) {
            return pass(text(`${share.en} of ${n} live payments carry ${group.en}.`, `${share.es} de ${n} pagos en producción llevan ${group.es}.`, `${share['pt-BR']} de ${n} pagamentos em produção contêm ${group['pt-BR']}.`), facts);
          }
          const weakest = Object.entries(perField).sort((a, b) => a[1] - b[1])[0]![0];
          const min = percent(thresholds.fieldCoverage);
          return fail(
            text(`Only ${share.en} of ${n} live payments carry ${group.en} (at least ${min.en} expected); the most often missing is ${weakest}.`, `Solo ${share.es} de ${n} pagos en producción llevan ${group.es} (se espera al menos ${min.es}); el que más falta es ${weakest}.`, `Apenas ${share['pt-BR']} de ${n} pagamentos em produção contêm ${group['pt-BR']} (esperado pelo menos ${min['pt-BR']}); o que mais falta é ${weakest}.`),
            remediation,
            facts,
          );
        }),
      );
    },
  };
}

export const itemData = coverageCheck(
  'approval.item-data',
  'warning',
  text('Payments carry item data', 'Los pagos llevan datos de los ítems', 'Os pagamentos contêm dados dos itens'),
  text('complete item data', 'datos de ítems completos', 'dados completos dos itens'),
  ['id', 'title', 'description', 'category_id', 'quantity', 'unit_price'].map((f) => [`items.${f}`, (p: Payment) => itemsCarry(p, f)] as const),
  text(
    'Send every item with id, title, description, category_id, quantity and unit_price (additional_info.items on /v1/payments, items on preferences): the approval engine uses them to assess risk.',
    'Envía cada ítem con id, title, description, category_id, quantity y unit_price (additional_info.items en /v1/payments, items en preferencias): el motor de aprobación los usa para evaluar el riesgo.',
    'Envie cada item com id, title, description, category_id, quantity e unit_price (additional_info.items em /v1/payments, items nas preferências): o motor de aprovação os usa para avaliar o risco.',
  ),
);

export const payerData = coverageCheck(
  'approval.payer-data',
  'warning',
  text('Payments carry buyer data', 'Los pagos llevan datos del comprador', 'Os pagamentos contêm dados do comprador'),
  text('complete buyer data', 'datos completos del comprador', 'dados completos do comprador'),
  [
    ['payer.first_name', (p) => payerField(p, 'first_name')],
    ['payer.last_name', (p) => payerField(p, 'last_name')],
    ['payer.email', (p) => payerField(p, 'email')],
    ['payer.identification', payerIdentification],
  ],
  text(
    'Send the buyer\'s first and last name, e-mail and identification (type and number) with every payment (payer and additional_info.payer).',
    'Envía nombre, apellido, e-mail e identificación (tipo y número) del comprador en cada pago (payer y additional_info.payer).',
    'Envie nome, sobrenome, e-mail e identificação (tipo e número) do comprador em cada pagamento (payer e additional_info.payer).',
  ),
);

export const shippingData = coverageCheck(
  'approval.shipping-data',
  'info',
  text('Payments carry a shipping address', 'Los pagos llevan dirección de envío', 'Os pagamentos contêm endereço de entrega'),
  text('a shipping address', 'dirección de envío', 'endereço de entrega'),
  [['shipments.receiver_address', receiverAddress]],
  text(
    'For physical goods, send additional_info.shipments.receiver_address (zip_code, street_name, street_number, city_name, state_name).',
    'Para bienes físicos, envía additional_info.shipments.receiver_address (zip_code, street_name, street_number, city_name, state_name).',
    'Para produtos físicos, envie additional_info.shipments.receiver_address (zip_code, street_name, street_number, city_name, state_name).',
  ),
);

/** Statuses the issuer or Mercado Pago has decided; pending or cancelled ones say nothing of approval. */
const DECIDED = new Set(['approved', 'authorized', 'rejected', 'refunded', 'charged_back', 'in_mediation']);
export const MIN_DECIDED = 20;

export const rejectionRate: CheckDefinition = {
  id: 'approval.rejection-rate',
  section: 'approval',
  defaultSeverity: 'warning',
  title: text('Rejection rate of live payments', 'Tasa de rechazo de los pagos en producción', 'Taxa de recusa dos pagamentos em produção'),
  docs: APPROVAL_DOCS,
  defaults: { rejectionRateMax: 0.25 },
  evaluate(evidence, { thresholds }) {
    return withAccount(evidence.account, () =>
      withAccount(evidence.payments, (sample): CheckOutcome => {
        const decided = live(sample).filter((p) => DECIDED.has(p.status ?? ''));
        if (decided.length < MIN_DECIDED) {
          return skip(
            text(`Skipped: ${decided.length} decided live payments in the last 30 days, fewer than ${MIN_DECIDED} needed for a meaningful rate.`, `Omitido: ${decided.length} pagos en producción resueltos en los últimos 30 días, menos de los ${MIN_DECIDED} necesarios para una tasa significativa.`, `Ignorado: ${decided.length} pagamentos em produção concluídos nos últimos 30 dias, menos que os ${MIN_DECIDED} necessários para uma taxa significativa.`),
            { decided: decided.length, minimum: MIN_DECIDED },
          );
        }
        const rejected = decided.filter((p) => p.status === 'rejected');
        const rate = rejected.length / decided.length;
        const counts = new Map<string, number>();
        for (const p of rejected) counts.set(p.status_detail ?? 'unknown', (counts.get(p.status_detail ?? 'unknown') ?? 0) + 1);
        const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([statusDetail, count]) => ({ statusDetail, count, ...adviceFor(statusDetail) }));
        const facts = { decided: decided.length, rejected: rejected.length, rate: Math.round(rate * 1000) / 1000, threshold: thresholds.rejectionRateMax, topStatusDetails: top, sampleTruncated: sample.truncated };
        const share = percent(rate);
        if (rate <= thresholds.rejectionRateMax) {
          return pass(text(`${share.en} of ${decided.length} decided live payments were rejected in the last 30 days.`, `${share.es} de ${decided.length} pagos en producción resueltos fueron rechazados en los últimos 30 días.`, `${share['pt-BR']} de ${decided.length} pagamentos em produção concluídos foram recusados nos últimos 30 dias.`), facts);
        }
        const first = top[0]!;
        const max = percent(thresholds.rejectionRateMax);
        return fail(
          text(`${share.en} of ${decided.length} decided live payments were rejected (at most ${max.en} expected); the most frequent reason is ${first.statusDetail} (${first.count}).`, `${share.es} de ${decided.length} pagos en producción resueltos fueron rechazados (se espera como máximo ${max.es}); el motivo más frecuente es ${first.statusDetail} (${first.count}).`, `${share['pt-BR']} de ${decided.length} pagamentos em produção concluídos foram recusados (esperado no máximo ${max['pt-BR']}); o motivo mais frequente é ${first.statusDetail} (${first.count}).`),
          first.advice,
          facts,
        );
      }),
    );
  },
};
