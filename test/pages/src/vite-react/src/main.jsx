import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';

// The payment step is code-split, as most React checkouts do: the SDK and the key live in a lazy chunk.
const Checkout = lazy(() => import('./Checkout.jsx'));

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <h1>Pagamento</h1>
    <Suspense fallback={<p>Carregando…</p>}>
      <Checkout amount={100} />
    </Suspense>
  </StrictMode>,
);
