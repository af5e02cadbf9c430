import { text } from '../../i18n/text.js';
import type { Payment } from '../../probes/mercadopago/payments.js';
import { coverageCheck } from '../support/payment-coverage.js';
import { itemsCarry } from '../support/payment-data.js';

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
