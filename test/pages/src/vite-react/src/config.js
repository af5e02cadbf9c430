// Set at build time (VITE_*): the rebuild script makes one healthy and one broken build.
export const publicKey = import.meta.env.VITE_MP_PUBLIC_KEY;
export const debugToken = import.meta.env.VITE_MP_DEBUG_TOKEN;
