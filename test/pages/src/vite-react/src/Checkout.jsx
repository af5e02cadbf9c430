import { initMercadoPago, Payment } from '@mercadopago/sdk-react';
import { publicKey, debugToken } from './config.js';
import { release } from './notes.js';
import Brand from './Brand.jsx';
import './checkout.css';

initMercadoPago(publicKey, { locale: 'pt-BR' });

export default function Checkout({ amount }) {
  if (debugToken) console.debug('paying with', debugToken);
  return (
    <div className="checkout" data-release={release}>
    <Brand />
    <Payment
      initialization={{ amount }}
      customization={{ paymentMethods: { creditCard: 'all', bankTransfer: 'all' } }}
      onSubmit={async ({ formData }) => {
        await fetch('/process_payment', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(formData) });
      }}
    />
    </div>
  );
}
