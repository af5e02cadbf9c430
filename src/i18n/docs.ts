import type { Language } from './text.js';

/** Mercado Pago's country sites, by site id: docs are linked on the merchant's own site. */
export const SITE_DOMAINS: Readonly<Record<string, string>> = {
  MLA: 'www.mercadopago.com.ar',
  MLB: 'www.mercadopago.com.br',
  MLM: 'www.mercadopago.com.mx',
  MLC: 'www.mercadopago.cl',
  MCO: 'www.mercadopago.com.co',
  MPE: 'www.mercadopago.com.pe',
  MLU: 'www.mercadopago.com.uy',
};

const LANGUAGE_SEGMENT: Readonly<Record<Language, string>> = { 'pt-BR': 'pt', es: 'es', en: 'en' };

/**
 * A check's docs link. `ref` is either an absolute URL (standards, MDN) or a path under Mercado
 * Pago's developer site (`/docs/...`), placed on the account's country site in the report language.
 */
export function docsUrl(ref: string, siteId: string | null | undefined, language: Language): string {
  if (/^https?:\/\//.test(ref)) return ref;
  const domain = (siteId && SITE_DOMAINS[siteId]) || (language === 'pt-BR' ? SITE_DOMAINS['MLB']! : language === 'es' ? SITE_DOMAINS['MLA']! : SITE_DOMAINS['MLB']!);
  return `https://${domain}/developers/${LANGUAGE_SEGMENT[language]}${ref.startsWith('/') ? ref : `/${ref}`}`;
}
