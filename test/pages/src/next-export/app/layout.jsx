export const metadata = { title: 'Finalizar compra — Loja Next' };

export default function RootLayout({ children }) {
  return (
    <html lang="pt-BR">
      <body>{children}</body>
    </html>
  );
}
