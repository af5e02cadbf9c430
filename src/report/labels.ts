import type { Section, Severity, Status } from '../checks/types.js';
import type { Result } from './model.js';
import { text, type Language, type Text } from '../i18n/text.js';

/** Section headings, named as on the go-live page ("Requisitos para entrar em produção"). */
export const SECTION_TITLES: Readonly<Record<Section, Text>> = {
  credentials: text('Production credentials', 'Credenciales de producción', 'Credenciais de produção'),
  quality: text('Integration quality (homologation)', 'Calidad de la integración (homologación)', 'Homologação (qualidade da integração)'),
  ssl: text('SSL certificate and HTTPS', 'Certificado SSL y HTTPS', 'Certificado SSL e HTTPS'),
  page: text('Checkout page security', 'Seguridad de la página de pago', 'Segurança da página de pagamento'),
  pix: text('Pix key', 'Clave Pix', 'Chave Pix'),
  approval: text('Payment approval', 'Aprobación de pagos', 'Aprovação de pagamentos'),
  notifications: text('Notifications (Webhooks / IPN)', 'Notificaciones (Webhooks / IPN)', 'Notificações (Webhooks / IPN)'),
  reports: text('Reports', 'Reportes', 'Relatórios'),
};

/** Why a section matters, for SARIF rule help. */
export const SECTION_WHY: Readonly<Record<Section, Text>> = {
  credentials: text(
    "Mercado Pago's go-live requirements ask for production credentials, used only on the server.",
    'Los requisitos de Mercado Pago para salir a producción piden credenciales de producción, usadas solo en el servidor.',
    'Os requisitos do Mercado Pago para entrar em produção pedem credenciais de produção, usadas apenas no servidor.',
  ),
  quality: text(
    "Mercado Pago measures the integration's quality on a real payment before approving it.",
    'Mercado Pago mide la calidad de la integración con un pago real antes de aprobarla.',
    'O Mercado Pago mede a qualidade da integração com um pagamento real antes de aprová-la.',
  ),
  ssl: text(
    'Card data may only be collected over a valid, modern HTTPS connection (PCI DSS).',
    'Los datos de tarjeta solo pueden recolectarse por una conexión HTTPS válida y actual (PCI DSS).',
    'Dados de cartão só podem ser coletados por uma conexão HTTPS válida e atual (PCI DSS).',
  ),
  page: text(
    'The payment page runs next to the card form: what it loads and the headers it sends protect the buyer (PCI DSS 6.4.3, 11.6.1).',
    'La página de pago corre junto al formulario de tarjeta: lo que carga y los encabezados que envía protegen al comprador (PCI DSS 6.4.3, 11.6.1).',
    'A página de pagamento roda junto ao formulário de cartão: o que ela carrega e os cabeçalhos que envia protegem o comprador (PCI DSS 6.4.3, 11.6.1).',
  ),
  pix: text(
    'In Brazil, Mercado Pago only offers Pix to buyers when the account has a Pix key.',
    'En Brasil, Mercado Pago solo ofrece Pix a los compradores cuando la cuenta tiene una clave Pix.',
    'No Brasil, o Mercado Pago só oferece Pix aos compradores quando a conta tem uma chave Pix.',
  ),
  approval: text(
    "Mercado Pago's fraud prevention approves more payments when it gets the device id and complete buyer and item data.",
    'La prevención de fraude de Mercado Pago aprueba más pagos cuando recibe el device id y datos completos del comprador y de los ítems.',
    'A prevenção a fraudes do Mercado Pago aprova mais pagamentos quando recebe o device id e dados completos do comprador e dos itens.',
  ),
  notifications: text(
    'Orders are updated from notifications: an endpoint that does not answer, or accepts forged ones, loses or fakes payments.',
    'Los pedidos se actualizan con las notificaciones: un endpoint que no responde, o que acepta notificaciones falsas, pierde o falsea pagos.',
    'Os pedidos são atualizados pelas notificações: um endpoint que não responde, ou que aceita notificações forjadas, perde ou falsifica pagamentos.',
  ),
  reports: text(
    'Reconciliation depends on the release and settlement reports being generated on a schedule.',
    'La conciliación depende de que los reportes de liberaciones y de dinero en cuenta se generen de forma programada.',
    'A conciliação depende de os relatórios de liberações e de dinheiro em conta serem gerados de forma programada.',
  ),
};

/** What a severity means for going live, for SARIF rule help. */
export const SEVERITY_WHY: Readonly<Record<Severity, Text>> = {
  blocker: text('A blocker: it stops going live.', 'Bloqueante: impide salir a producción.', 'Bloqueante: impede a entrada em produção.'),
  warning: text('A warning: going live is possible, but fix it.', 'Advertencia: se puede salir a producción, pero conviene corregirla.', 'Alerta: é possível entrar em produção, mas convém corrigir.'),
  info: text('Information: a recommendation.', 'Informativo: una recomendación.', 'Informativo: uma recomendação.'),
};

export const STATUS_LABELS: Readonly<Record<Status, Text>> = {
  pass: text('passed', 'aprobado', 'aprovado'),
  fail: text('failed', 'no aprobado', 'reprovado'),
  error: text('not checked', 'no verificado', 'não verificado'),
  skip: text('does not apply', 'no aplica', 'não se aplica'),
  manual: text('to confirm', 'por confirmar', 'a confirmar'),
};

/** Status marks for passing, skipped and manual rows; failing ones show their severity instead. */
export const STATUS_ICONS: Readonly<Record<Status, string>> = {
  pass: '✅',
  fail: '❌',
  error: '⚠️',
  skip: '⏭️',
  manual: '📝',
};

/** ❌ only for what blocks going live; ⚠️ for warnings; ℹ️ for information. */
export const SEVERITY_ICONS: Readonly<Record<Severity, string>> = { blocker: '❌', warning: '⚠️', info: 'ℹ️' };

export const SEVERITY_LABELS: Readonly<Record<Severity, Text>> = {
  blocker: text('blocker', 'bloqueante', 'bloqueante'),
  warning: text('warning', 'advertencia', 'alerta'),
  info: text('info', 'informativo', 'informativo'),
};

export const RESULT_ICONS: Readonly<Record<Result, string>> = { pass: '✅', warn: '⚠️', fail: '❌' };

/** The verdict without the site, for one-line uses (terminal, log). */
export const RESULT_LINES: Readonly<Record<Result, Text>> = {
  pass: text('Ready for production', 'Listo para producción', 'Pronto para produção'),
  warn: text('Can go live, with warnings to fix', 'Puede salir a producción, con advertencias por corregir', 'Pode entrar em produção, com alertas a corrigir'),
  fail: text('Not ready for production yet', 'Todavía no está listo para producción', 'Ainda não está pronto para produção'),
};

/** A count with its noun in the right number: `plural(1, ['item', 'items'])` → "1 item". */
export function plural(n: number, [one, many]: readonly [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

const NOUNS = {
  blocker: { en: ['blocker', 'blockers'], es: ['bloqueante', 'bloqueantes'], 'pt-BR': ['bloqueante', 'bloqueantes'] },
  warning: { en: ['warning', 'warnings'], es: ['advertencia', 'advertencias'], 'pt-BR': ['alerta', 'alertas'] },
  item: { en: ['item', 'items'], es: ['ítem', 'ítems'], 'pt-BR': ['item', 'itens'] },
  check: { en: ['check', 'checks'], es: ['verificación', 'verificaciones'], 'pt-BR': ['verificação', 'verificações'] },
  passed: { en: ['passed', 'passed'], es: ['aprobada', 'aprobadas'], 'pt-BR': ['aprovada', 'aprovadas'] },
  blocking: { en: ['blocker', 'blockers'], es: ['bloqueante', 'bloqueantes'], 'pt-BR': ['bloqueante', 'bloqueantes'] },
  info: { en: ['info', 'info'], es: ['informativa', 'informativas'], 'pt-BR': ['informativa', 'informativas'] },
  toConfirm: { en: ['to confirm', 'to confirm'], es: ['por confirmar', 'por confirmar'], 'pt-BR': ['a confirmar', 'a confirmar'] },
  notApplicable: { en: ['does not apply', 'do not apply'], es: ['no aplica', 'no aplican'], 'pt-BR': ['não se aplica', 'não se aplicam'] },
  waived: { en: ['waived', 'waived'], es: ['con excepción', 'con excepción'], 'pt-BR': ['dispensada', 'dispensadas'] },
} as const satisfies Record<string, Record<Language, readonly [string, string]>>;

/** `count('item', 2, 'pt-BR')` → "2 itens". */
export function count(noun: keyof typeof NOUNS, n: number, lang: Language): string {
  return plural(n, NOUNS[noun][lang]);
}

/**
 * The sentence under the verdict: what stands between the merchant and going live, counted.
 * `blockers`/`warnings` are the counted failing checks (errors included, waived ones not).
 */
export function verdictSentence(result: Result, blockers: number, warnings: number, manual: number, lang: Language): string {
  const b = count('blocker', blockers, lang);
  const w = count('warning', warnings, lang);
  const m = count('item', manual, lang);
  const sentences: Record<Result, Record<Language, string>> = {
    fail: {
      en: `${warnings > 0 ? `${b} and ${w}` : b} to fix before going live.`,
      es: `${warnings > 0 ? `${b} y ${w}` : b} por corregir antes de salir a producción.`,
      'pt-BR': `${warnings > 0 ? `${b} e ${w}` : b} a corrigir antes de entrar em produção.`,
    },
    warn: {
      en: `Nothing blocks going live; ${w} to fix.`,
      es: `Nada impide salir a producción; ${w} por corregir.`,
      'pt-BR': `Nada impede a entrada em produção; ${w} a corrigir.`,
    },
    pass: {
      en: 'Every automatic check passed or does not apply.',
      es: 'Todas las verificaciones automáticas se aprobaron o no aplican.',
      'pt-BR': 'Todas as verificações automáticas foram aprovadas ou não se aplicam.',
    },
  };
  const manualPart: Record<Language, string> = {
    en: ` ${m} to confirm by hand.`,
    es: ` ${m} por confirmar manualmente.`,
    'pt-BR': ` ${m} a confirmar manualmente.`,
  };
  return sentences[result][lang] + (manual > 0 ? manualPart[lang] : '');
}

/**
 * The heading: the site, then the verdict about it, so matrix runs over several storefronts
 * stack distinguishable headings and nobody reads "Mercado Pago: not ready" as Mercado Pago's
 * own state. `site` is already inert Markdown. A passing run with manual items is ready once
 * they are confirmed, and says so.
 */
export function headingLine(result: Result, site: string, manual: number, lang: Language): string {
  const m = count('item', manual, lang);
  const lines: Record<Result, Record<Language, string>> = {
    pass: {
      en: `${site} is ready for Mercado Pago production${manual > 0 ? `, once you confirm ${m}` : ''}`,
      es: `${site} está listo para producción con Mercado Pago${manual > 0 ? `, una vez que confirmes ${m}` : ''}`,
      'pt-BR': `${site} está pronto para produção com o Mercado Pago${manual > 0 ? `, assim que você confirmar ${m}` : ''}`,
    },
    warn: {
      en: `${site} can go live with Mercado Pago, with warnings to fix`,
      es: `${site} puede salir a producción con Mercado Pago, con advertencias por corregir`,
      'pt-BR': `${site} pode entrar em produção com o Mercado Pago, com alertas a corrigir`,
    },
    fail: {
      en: `${site} is not ready for Mercado Pago production yet`,
      es: `${site} todavía no está listo para producción con Mercado Pago`,
      'pt-BR': `${site} ainda não está pronto para produção com o Mercado Pago`,
    },
  };
  return lines[result][lang];
}

const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', es: 'es', 'pt-BR': 'pt-BR' };

/** An ISO instant in the reader's format, in UTC (runners and readers are in many zones). */
export function formatInstant(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC', hourCycle: lang === 'en' ? 'h12' : 'h23' }).format(date)} UTC`;
}

/** A `YYYY-MM-DD` day (a waiver's `until`) in the reader's format; anything else as given. */
export function formatDay(day: string, lang: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** The action's log line after a run. */
export function logLine(result: Result, blockers: number, warnings: number, apiRequests: number, durationMs: number, lang: Language): string {
  const r = RESULT_LINES[result][lang];
  const b = count('blocker', blockers, lang);
  const w = count('warning', warnings, lang);
  return {
    en: `Mercado Pago readiness: ${r} (${b}, ${w}; ${apiRequests} API requests, ${durationMs} ms)`,
    es: `Preparación para Mercado Pago: ${r} (${b}, ${w}; ${apiRequests} solicitudes a la API, ${durationMs} ms)`,
    'pt-BR': `Prontidão para o Mercado Pago: ${r} (${b}, ${w}; ${apiRequests} requisições à API, ${durationMs} ms)`,
  }[lang];
}

/** The step's failure line (`::error`) when the result reaches fail-on. */
export function failedLine(result: Result, blockers: number, warnings: number, failOn: string, lang: Language): string {
  const r = RESULT_LINES[result][lang];
  const b = count('blocker', blockers, lang);
  const w = count('warning', warnings, lang);
  return {
    en: `Mercado Pago readiness: ${r}: ${b} and ${w} (fail-on: ${failOn}). See the job summary.`,
    es: `Preparación para Mercado Pago: ${r}: ${b} y ${w} (fail-on: ${failOn}). Mira el resumen del job.`,
    'pt-BR': `Prontidão para o Mercado Pago: ${r}: ${b} e ${w} (fail-on: ${failOn}). Veja o resumo do job.`,
  }[lang];
}

/** "N more in the job summary", for the annotation that stands for the ones GitHub would drop. */
export function moreInSummary(n: number, lang: Language): string {
  return { en: `${n} more in the job summary`, es: `${n} más en el resumen del job`, 'pt-BR': `mais ${n} no resumo do job` }[lang];
}

/** Fixed phrases of the rendered reports. */
export const UI = {
  heading: text('Mercado Pago production readiness', 'Preparación para producción con Mercado Pago', 'Prontidão para produção com o Mercado Pago'),
  fixFirst: text('Fix these first', 'Corrige esto primero', 'Corrija isto primeiro'),
  whatToFix: text('What to fix, and how', 'Qué corregir y cómo', 'O que corrigir e como'),
  otherFindings: text('Other findings (they do not block)', 'Otros hallazgos (no impiden salir a producción)', 'Outros achados (não impedem a entrada em produção)'),
  passedAndSkipped: text('Passed, and not applicable', 'Aprobadas, y las que no aplican', 'Aprovadas, e as que não se aplicam'),
  check: text('Check', 'Verificación', 'Verificação'),
  status: text('Status', 'Estado', 'Status'),
  finding: text('Finding', 'Hallazgo', 'Resultado'),
  howToFix: text('How to fix', 'Cómo corregir', 'Como corrigir'),
  evidence: text('Evidence', 'Evidencia', 'Evidências'),
  notChecked: text('not checked', 'no verificado', 'não verificado'),
  manualChecklist: text('To confirm by hand', 'Para confirmar manualmente', 'Para confirmar manualmente'),
  waivers: text('Waivers', 'Excepciones', 'Dispensas'),
  waived: text('waived', 'con excepción', 'dispensado'),
  waivedUntil: text('waived until', 'con excepción hasta el', 'dispensado até'),
  waiverExpired: text('waiver expired on', 'la excepción venció el', 'a dispensa expirou em'),
  waiverExpiredNote: text('expired: counts again', 'vencida: vuelve a contar', 'expirada: volta a contar'),
  docs: text('docs', 'documentación', 'documentação'),
  site: text('Site', 'Sitio', 'Site'),
  account: text('Account', 'Cuenta', 'Conta'),
  testAccount: text('test user', 'usuario de prueba', 'usuário de teste'),
  accountUnknown: text('unknown (token refused or API unavailable)', 'desconocida (token rechazado o API no disponible)', 'desconhecida (token recusado ou API indisponível)'),
  duration: text('Duration', 'Duración', 'Duração'),
  commit: text('Commit', 'Commit', 'Commit'),
  checkedAt: text('Checked', 'Verificado el', 'Verificado em'),
  evidenceCut: text('cut here; the JSON report has all of it', 'recortado aquí; el reporte JSON lo tiene completo', 'cortado aqui; o relatório JSON tem tudo'),
  browserNotRun: text('The browser pass did not run', 'La pasada con navegador no se ejecutó', 'A passagem com navegador não foi executada'),
  browserNotRunWhy: text(
    "page checks judged only what the static scan reads; install Chrome/Chromium or set CHROME_PATH to add what a buyer's browser loads at run time.",
    'las verificaciones de la página juzgaron solo lo que lee el análisis estático; instala Chrome/Chromium o define CHROME_PATH para sumar lo que el navegador del comprador carga al ejecutar.',
    'as verificações da página julgaram só o que a análise estática lê; instale o Chrome/Chromium ou defina CHROME_PATH para somar o que o navegador do comprador carrega em execução.',
  ),
  truncated: text(
    "Evidence left out to fit GitHub's size limit; the JSON report has all of it.",
    'Evidencia omitida para caber en el límite de tamaño de GitHub; el reporte JSON la tiene completa.',
    'Evidências omitidas para caber no limite de tamanho do GitHub; o relatório JSON tem tudo.',
  ),
  cutShort: text(
    "Report cut short to fit GitHub's size limit; the job summary and the JSON report have all of it.",
    'Reporte recortado para caber en el límite de GitHub; el resumen del job y el reporte JSON lo tienen completo.',
    'Relatório cortado para caber no limite do GitHub; o resumo do job e o relatório JSON têm tudo.',
  ),
  fullReport: text('Full report, with evidence', 'Reporte completo, con evidencia', 'Relatório completo, com evidências'),
  jsonReport: text('JSON report', 'reporte JSON', 'relatório JSON'),
  moreFixes: text('more in the full report', 'más en el reporte completo', 'mais no relatório completo'),
  fixed: text(
    'Fixed: this pull request no longer has findings to fix.',
    'Corregido: este pull request ya no tiene hallazgos por corregir.',
    'Corrigido: este pull request não tem mais achados a corrigir.',
  ),
} as const;
