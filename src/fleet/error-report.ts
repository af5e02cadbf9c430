import { CATALOG } from '../checks/catalog.js';
import { VERSION } from '../engine.js';
import { text, type Language } from '../i18n/text.js';
import { buildReport, type Report } from '../report/model.js';

/**
 * The §4 report of a site the fleet could not check (its token's variable unset, the engine
 * crashed, the site overran its budget): every check of the catalog appears once, as `error`
 * with the reason, so nothing about the site reads as `pass`.
 */
export function errorReport(siteUrl: URL, reason: string, language: Language, startedAt: Date, durationMs: number): Report {
  const message = text(`Not checked: ${reason}.`, `No verificado: ${reason}.`, `Não verificado: ${reason}.`);
  const remediation = reason.includes('is not set') ? UNSET : CRASHED;
  return buildReport({
    settings: { siteUrl },
    checks: CATALOG.map((definition) => ({ definition, outcome: { status: 'error', message, remediation }, severity: definition.defaultSeverity, durationMs: 0 })),
    account: null,
    language,
    startedAt,
    durationMs,
    version: VERSION,
  });
}

const UNSET = text(
  'Set the environment variable for this site in the job (from a secret), or fix its name in the targets file.',
  'Define la variable de entorno de este sitio en el job (desde un secret) o corrige su nombre en el archivo de targets.',
  'Defina a variável de ambiente deste site no job (a partir de um secret) ou corrija o nome dela no arquivo de targets.',
);
const CRASHED = text(
  'Run this site alone with the single-site CLI to see what happens; if it looks like a bug, report it with the JSON report attached.',
  'Ejecuta este sitio solo con la CLI de un sitio para ver qué pasa; si parece un bug, repórtalo adjuntando el reporte JSON.',
  'Execute este site sozinho com a CLI de um site para ver o que acontece; se parecer um bug, informe-o anexando o relatório JSON.',
);
