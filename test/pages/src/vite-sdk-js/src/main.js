// Card form in a lazy chunk (@mercadopago/sdk-js), and Checkout Pro sent by script: the button
// asks the backend for a preference and sends the buyer to its init_point.
document.getElementById('pay-with-mp').addEventListener('click', async () => {
  const preference = await fetch('/api/preference', { method: 'POST' }).then((r) => r.json());
  window.location.href = preference.init_point;
});

if (import.meta.env.VITE_CARD_FORM === '1') {
  import('./card.js').then(({ mountCardForm }) => mountCardForm());
}
