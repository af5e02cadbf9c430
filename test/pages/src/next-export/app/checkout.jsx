'use client';
import { initMercadoPago, Payment } from '@mercadopago/sdk-react';

initMercadoPago(process.env.NEXT_PUBLIC_MP_PUBLIC_KEY, { locale: 'pt-BR' });

export default function Checkout() {
  return <Payment initialization={{ amount: 100 }} onSubmit={async () => {}} />;
}
