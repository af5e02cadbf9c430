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

export const STATUS_LABELS: Readonly<Record<Status, Text>> = {
  pass: text('pass', 'aprobado', 'aprovado'),
  fail: text('fail', 'falla', 'falha'),
  error: text('not checked', 'no verificado', 'não verificado'),
  skip: text('skipped', 'omitido', 'ignorado'),
  manual: text('manual', 'manual', 'manual'),
};

export const STATUS_ICONS: Readonly<Record<Status, string>> = {
  pass: '✅',
  fail: '❌',
  error: '⚠️',
  skip: '⏭️',
  manual: '📝',
};

export const SEVERITY_LABELS: Readonly<Record<Severity, Text>> = {
  blocker: text('blocker', 'bloqueante', 'bloqueante'),
  warning: text('warning', 'advertencia', 'alerta'),
  info: text('info', 'info', 'info'),
};

export const RESULT_ICONS: Readonly<Record<Result, string>> = { pass: '✅', warn: '⚠️', fail: '❌' };

export const RESULT_LINES: Readonly<Record<Result, Text>> = {
  pass: text('Ready for production', 'Listo para producción', 'Pronto para produção'),
  warn: text('Can go live, with warnings to fix', 'Puede salir a producción, con advertencias por corregir', 'Pode entrar em produção, com alertas a corrigir'),
  fail: text('Not ready for production', 'No está listo para producción', 'Não está pronto para produção'),
};

type Counted = (n: number) => string;
const plural =
  (one: string, many: string): Counted =>
  (n) =>
    `${n} ${n === 1 ? one : many}`;
const BLOCKERS: Readonly<Record<Language, Counted>> = { en: plural('blocker', 'blockers'), es: plural('bloqueante', 'bloqueantes'), 'pt-BR': plural('bloqueante', 'bloqueantes') };
const WARNINGS: Readonly<Record<Language, Counted>> = { en: plural('warning', 'warnings'), es: plural('advertencia', 'advertencias'), 'pt-BR': plural('alerta', 'alertas') };
const MANUAL_ITEMS: Readonly<Record<Language, Counted>> = { en: plural('item', 'items'), es: plural('ítem', 'ítems'), 'pt-BR': plural('item', 'itens') };

/**
 * The sentence under the verdict: what stands between the merchant and going live, counted.
 * `blockers`/`warnings` are the counted failing checks (errors included, waived ones not).
 */
export function verdictSentence(result: Result, blockers: number, warnings: number, manual: number, lang: Language): string {
  const b = BLOCKERS[lang](blockers);
  const w = WARNINGS[lang](warnings);
  const m = MANUAL_ITEMS[lang](manual);
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
      es: 'Todas las verificaciones automáticas aprobaron o no aplican.',
      'pt-BR': 'Todas as verificações automáticas foram aprovadas ou não se aplicam.',
    },
  };
  const manualPart: Record<Language, string> = {
    en: ` ${m} to confirm by hand.`,
    es: ` ${m} para confirmar manualmente.`,
    'pt-BR': ` ${m} para confirmar manualmente.`,
  };
  return sentences[result][lang] + (manual > 0 ? manualPart[lang] : '');
}

/** "N more in the job summary", for the annotation that stands for the ones GitHub would drop. */
export function moreInSummary(n: number, lang: Language): string {
  return { en: `${n} more in the job summary`, es: `${n} más en el resumen del job`, 'pt-BR': `mais ${n} no resumo do job` }[lang];
}

/** Fixed phrases of the rendered reports. */
export const UI = {
  heading: text('Mercado Pago production readiness', 'Preparación para producción de Mercado Pago', 'Prontidão para produção do Mercado Pago'),
  fixFirst: text('Fix these first', 'Corrige esto primero', 'Corrija isto primeiro'),
  check: text('Check', 'Verificación', 'Verificação'),
  status: text('Status', 'Estado', 'Status'),
  finding: text('Finding', 'Hallazgo', 'Resultado'),
  howToFix: text('How to fix', 'Cómo corregir', 'Como corrigir'),
  evidence: text('Evidence', 'Evidencia', 'Evidências'),
  manualChecklist: text('To confirm by hand', 'Para confirmar manualmente', 'Para confirmar manualmente'),
  manualIntro: text(
    'No API can tell these; a person must confirm them before going live.',
    'Ninguna API puede comprobarlos; una persona debe confirmarlos antes de salir a producción.',
    'Nenhuma API consegue verificar estes itens; uma pessoa precisa confirmá-los antes de entrar em produção.',
  ),
  waivers: text('Waivers', 'Dispensas', 'Dispensas'),
  waived: text('waived', 'dispensado', 'dispensado'),
  waivedUntil: text('waived until', 'dispensado hasta', 'dispensado até'),
  waiverExpired: text('waiver expired on', 'la dispensa venció el', 'dispensa expirada em'),
  waiverExpiredNote: text('expired: counts again', 'vencida: vuelve a contar', 'expirada: volta a contar'),
  docs: text('docs', 'documentación', 'documentação'),
  site: text('Site', 'Sitio', 'Site'),
  account: text('Account', 'Cuenta', 'Conta'),
  testAccount: text('test user', 'usuario de prueba', 'usuário de teste'),
  accountUnknown: text('unknown (token refused or API unavailable)', 'desconocida (token rechazado o API no disponible)', 'desconhecida (token recusado ou API indisponível)'),
  duration: text('Duration', 'Duración', 'Duração'),
  evidenceCut: text('cut here; the JSON report has all of it', 'recortado aquí; el reporte JSON lo tiene completo', 'cortado aqui; o relatório JSON tem tudo'),
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
} as const;
