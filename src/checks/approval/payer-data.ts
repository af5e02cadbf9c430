import { texts } from '../../i18n/text.js';
import { returnsPayerData } from '../../probes/mercadopago/payment-kinds.js';
import { coverageCheck } from '../support/payment-coverage.js';
import { payerField, payerIdentification } from '../support/payment-data.js';

const T = texts({
  failureTitle: { en: 'Payments lack buyer data', es: 'A los pagos les faltan datos del comprador', 'pt-BR': 'Faltam dados do comprador nos pagamentos' },
  paymentsCarryBuyerData: {
    en: 'Payments carry buyer data',
    es: 'Los pagos llevan datos del comprador',
    'pt-BR': 'Os pagamentos contêm dados do comprador',
  },
  completeBuyerData: {
    en: 'complete buyer data',
    es: 'datos completos del comprador',
    'pt-BR': 'dados completos do comprador',
  },
  sendBuyerSFirst: {
    en: "Send the buyer's first and last name, e-mail and identification (type and number) with every payment (payer and additional_info.payer).",
    es: 'Envía nombre, apellido, e-mail e identificación (tipo y número) del comprador en cada pago (payer y additional_info.payer).',
    'pt-BR': 'Envie nome, sobrenome, e-mail e identificação (tipo e número) do comprador em cada pagamento (payer e additional_info.payer).',
  },
});

export const payerData = coverageCheck(
  'approval.payer-data',
  'warning',
  { title: T.paymentsCarryBuyerData, failureTitle: T.failureTitle },
  T.completeBuyerData,
  [
    ['payer.first_name', (p) => payerField(p, 'first_name')],
    ['payer.last_name', (p) => payerField(p, 'last_name')],
    // The API returns these two only on approved, refunded and charged-back payments (reference §11 F1).
    ['payer.email', (p) => payerField(p, 'email'), returnsPayerData],
    ['payer.identification', payerIdentification, returnsPayerData],
  ],
  T.sendBuyerSFirst,
);
