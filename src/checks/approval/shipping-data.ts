import { text } from '../../i18n/text.js';
import { coverageCheck } from '../support/payment-coverage.js';
import { receiverAddress } from '../support/payment-data.js';

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
