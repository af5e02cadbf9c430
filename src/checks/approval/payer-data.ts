import { text } from '../../i18n/text.js';
import { coverageCheck } from '../support/payment-coverage.js';
import { payerField, payerIdentification } from '../support/payment-data.js';

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
