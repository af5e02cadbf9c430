import { texts } from '../../i18n/text.js';
import type { Payment } from '../../probes/mercadopago/payments.js';
import { coverageCheck } from '../support/payment-coverage.js';
import { itemsCarry } from '../support/payment-data.js';

const T = texts({
  failureTitle: { en: 'Payments lack item data', es: 'A los pagos les faltan datos de los ítems', 'pt-BR': 'Faltam dados dos itens nos pagamentos' },
  paymentsCarryItemData: {
    en: 'Payments carry item data',
    es: 'Los pagos llevan datos de los ítems',
    'pt-BR': 'Os pagamentos contêm dados dos itens',
  },
  completeItemData: {
    en: 'complete item data',
    es: 'datos de ítems completos',
    'pt-BR': 'dados completos dos itens',
  },
  sendEveryItemWith: {
    en: 'Send every item with id, title, description, category_id, quantity and unit_price (additional_info.items on /v1/payments, items on preferences): the approval engine uses them to assess risk.',
    es: 'Envía cada ítem con id, title, description, category_id, quantity y unit_price (additional_info.items en /v1/payments, items en preferencias): el motor de aprobación los usa para evaluar el riesgo.',
    'pt-BR':
      'Envie cada item com id, title, description, category_id, quantity e unit_price (additional_info.items em /v1/payments, items nas preferências): o motor de aprovação os usa para avaliar o risco.',
  },
});

export const itemData = coverageCheck(
  'approval.item-data',
  'warning',
  { title: T.paymentsCarryItemData, failureTitle: T.failureTitle },
  T.completeItemData,
  ['id', 'title', 'description', 'category_id', 'quantity', 'unit_price'].map((f) => [`items.${f}`, (p: Payment) => itemsCarry(p, f)] as const),
  T.sendEveryItemWith,
);
