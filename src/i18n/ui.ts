import type { Section, Severity, Status } from '../checks/types.js';
import type { Result } from '../report/model.js';
import { text, type Language, type Text } from './text.js';

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
  error: text('error', 'error', 'erro'),
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

export const RESULT_LINES: Readonly<Record<Result, Text>> = {
  pass: text('Ready for production', 'Listo para producción', 'Pronto para produção'),
  warn: text('Can go live, with warnings to fix', 'Puede salir a producción, con advertencias por corregir', 'Pode entrar em produção, com alertas a corrigir'),
  fail: text('Not ready for production', 'No está listo para producción', 'Não está pronto para produção'),
};

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
  waivedUntil: text('waived until', 'dispensado hasta', 'dispensado até'),
  waiverExpired: text('waiver expired on', 'la dispensa venció el', 'dispensa expirada em'),
  docs: text('docs', 'documentación', 'documentação'),
  site: text('Site', 'Sitio', 'Site'),
  account: text('Account', 'Cuenta', 'Conta'),
  accountUnknown: text('unknown (token refused or API unavailable)', 'desconocida (token rechazado o API no disponible)', 'desconhecida (token recusado ou API indisponível)'),
  duration: text('Duration', 'Duración', 'Duração'),
  truncated: text('Evidence cut to fit GitHub\'s summary size limit; the JSON report has all of it.', 'Evidencia recortada para caber en el límite de GitHub; el reporte JSON la tiene completa.', 'Evidências cortadas para caber no limite do GitHub; o relatório JSON tem tudo.'),
} as const;

export function label(t: Text, lang: Language): string {
  return t[lang];
}
