'use client';
import dynamic from 'next/dynamic';

// The payment step in its own chunk, loaded on the client only (next/dynamic, ssr: false).
const Checkout = dynamic(() => import('./checkout.jsx'), { ssr: false, loading: () => <p>Carregando…</p> });

export default function CheckoutLoader() {
  return <Checkout />;
}
