/** The report languages. Texts are written in all three; ids never are. */
export const LANGUAGES = ['pt-BR', 'es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in every report language, picked at render time (the language may follow the account). */
export type Text = Readonly<Record<Language, string>>;

/** Builds a Text; argument order is fixed so call sites read the same everywhere. */
export function text(en: string, es: string, ptBR: string): Text {
  return { en, es, 'pt-BR': ptBR };
}

/** One entry of a text table: a Text, or a function of the facts it names that returns one. */
export type TextEntry = Text | ((...facts: never[]) => Text);

/**
 * A check's texts, in one table at the top of its file, the three languages side by side:
 * `const T = texts({ expired: (day: string) => ({ en: …, es: …, 'pt-BR': … }), renew: { … } })`,
 * then `fail(T.expired(day), T.renew, facts)`. Every entry must give en, es and pt-BR (a missing
 * language does not compile), and each function keeps its parameters' types.
 */
export function texts<const T extends Readonly<Record<string, TextEntry>>>(table: T): T {
  return table;
}

/** Joins Texts language by language. */
export function join(parts: readonly Text[], separator = ' '): Text {
  const pick = (lang: Language): string =>
    parts
      .map((p) => p[lang])
      .filter((s) => s.length > 0)
      .join(separator);
  return { en: pick('en'), es: pick('es'), 'pt-BR': pick('pt-BR') };
}

/** Mercado Pago sites whose developer docs are in Spanish; MLB is Portuguese; anything else English. */
const SPANISH_SITES = new Set(['MLA', 'MLM', 'MLC', 'MCO', 'MPE', 'MLU']);

/** `language: auto` follows the account's site: MLB → pt-BR, other MP sites → es, unknown → en. */
export function languageForSite(siteId: string | undefined): Language {
  if (siteId === 'MLB') return 'pt-BR';
  if (siteId !== undefined && SPANISH_SITES.has(siteId)) return 'es';
  return 'en';
}

/** Spanish-speaking Latin American country-code TLDs (the Mercado Pago countries and their neighbours). */
const SPANISH_TLDS = new Set(['ar', 'mx', 'cl', 'co', 'pe', 'uy', 've', 'ec', 'bo', 'py', 'cr', 'gt', 'hn', 'ni', 'pa', 'sv', 'do', 'cu', 'pr']);

/**
 * `language: auto` when the account could not be read (a refused token: the most common first
 * run error): a guess from the site's domain, `.br` (`.com.br`) → pt-BR, another Latin American
 * country code → es, anything else → en.
 */
export function languageForHost(hostname: string): Language {
  const tld = hostname.toLowerCase().replace(/\.$/, '').split('.').pop() ?? '';
  if (tld === 'br') return 'pt-BR';
  return SPANISH_TLDS.has(tld) ? 'es' : 'en';
}
