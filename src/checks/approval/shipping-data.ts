import { texts } from '../../i18n/text.js';
import { coverageCheck } from '../support/payment-coverage.js';
import { receiverAddress } from '../support/payment-data.js';

const T = texts({
  failureTitle: { en: 'Payments lack a shipping address', es: 'A los pagos les falta la dirección de envío', 'pt-BR': 'Falta endereço de entrega nos pagamentos' },
  paymentsCarryShippingAddress: {
    en: 'Payments carry a shipping address',
    es: 'Los pagos llevan dirección de envío',
    'pt-BR': 'Os pagamentos contêm endereço de entrega',
  },
  shippingAddress: {
    en: 'a shipping address',
    es: 'dirección de envío',
    'pt-BR': 'endereço de entrega',
  },
  physicalGoodsSendAdditional: {
    en: 'For physical goods, send additional_info.shipments.receiver_address (zip_code, street_name, street_number, city_name, state_name).',
    es: 'Para bienes físicos, envía additional_info.shipments.receiver_address (zip_code, street_name, street_number, city_name, state_name).',
    'pt-BR': 'Para produtos físicos, envie additional_info.shipments.receiver_address (zip_code, street_name, street_number, city_name, state_name).',
  },
});

export const shippingData = coverageCheck(
  'approval.shipping-data',
  'info',
  { title: T.paymentsCarryShippingAddress, failureTitle: T.failureTitle },
  T.shippingAddress,
  [['shipments.receiver_address', receiverAddress]],
  T.physicalGoodsSendAdditional,
);
