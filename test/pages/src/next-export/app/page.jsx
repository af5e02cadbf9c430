import Checkout from './checkout-loader.jsx';

export default function Page() {
  return (
    <main>
      <h1>Pagamento</h1>
      <Checkout />
    </main>
  );
}
