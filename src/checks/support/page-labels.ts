import type { Language } from '../../i18n/text.js';

/**
 * What a person calls the parts of a page the probes name by kind, in each report language:
 * "form", "inline-script" are evidence keys (the JSON report keeps them), not words of a sentence.
 */
const KINDS: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  script: { en: 'script', es: 'script', 'pt-BR': 'script' },
  iframe: { en: 'iframe', es: 'iframe', 'pt-BR': 'iframe' },
  stylesheet: { en: 'stylesheet', es: 'hoja de estilo', 'pt-BR': 'folha de estilo' },
  form: { en: 'form', es: 'formulario', 'pt-BR': 'formulário' },
  object: { en: 'object', es: 'objeto', 'pt-BR': 'objeto' },
  embed: { en: 'embedded content', es: 'contenido incrustado', 'pt-BR': 'conteúdo incorporado' },
  image: { en: 'image', es: 'imagen', 'pt-BR': 'imagem' },
  media: { en: 'media', es: 'medio', 'pt-BR': 'mídia' },
  icon: { en: 'icon', es: 'ícono', 'pt-BR': 'ícone' },
  link: { en: 'link', es: 'enlace', 'pt-BR': 'link' },
};

const CONTEXTS: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  'inline-script': { en: 'in an inline script', es: 'en un script inline', 'pt-BR': 'em um script inline' },
  attribute: { en: 'in an HTML attribute', es: 'en un atributo HTML', 'pt-BR': 'em um atributo HTML' },
  comment: { en: 'in an HTML comment', es: 'en un comentario HTML', 'pt-BR': 'em um comentário HTML' },
  text: { en: 'in the page text', es: 'en el texto de la página', 'pt-BR': 'no texto da página' },
  script: { en: 'in a script', es: 'en un script', 'pt-BR': 'em um script' },
  'source-map': { en: 'in a public source map', es: 'en un source map público', 'pt-BR': 'em um source map público' },
};

/** A resource kind (`form`, `stylesheet`) as a word of the report language; unknown kinds as they are. */
export function kindLabel(kind: string, lang: Language): string {
  return KINDS[kind]?.[lang] ?? kind;
}

/** Where in the page a finding sits (`inline-script`) as a phrase of the report language. */
export function contextLabel(context: string, lang: Language): string {
  return CONTEXTS[context]?.[lang] ?? context;
}
