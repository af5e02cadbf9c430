import { loadMercadoPago } from '@mercadopago/sdk-js';

export async function mountCardForm() {
  await loadMercadoPago();
  // The key comes from the backend at run time: only the browser pass can see which one.
  const { publicKey } = await fetch('/api/config').then((r) => r.json());
  const mp = new window.MercadoPago(publicKey, { locale: 'es-AR' });
  await mp.bricks().create('cardPayment', 'cardPaymentBrick_container', { initialization: { amount: 100 } });
}
