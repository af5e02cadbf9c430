// A second lazy chunk shared by the checkout: Vite lists it in the preload map.
export default function Brand() {
  return <p className="brand">Loja Vite</p>;
}
