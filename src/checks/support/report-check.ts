import { text, type Text } from '../../i18n/text.js';
import type { ReportEvidence, ReportKind } from '../../probes/mercadopago/reports.js';
import type { CheckDefinition, CheckOutcome } from '../types.js';
import { fail, pass, probeFailed, withAccount } from './outcomes.js';

export const NAMES: Readonly<Record<ReportKind, Text>> = {
  release: text('release report', 'reporte de liberaciones', 'relatório de liberações'),
  settlement: text('settlement report', 'reporte de dinero en cuenta', 'relatório de dinheiro em conta'),
};

export const DOCS: Readonly<Record<ReportKind, string>> = {
  release: '/guides/additional-content/reports/released-money/api',
  settlement: '/guides/additional-content/reports/account-money/api',
};

/**
 * Judges one report. Pass needs proof (a schedule, or a generated report); fail needs the
 * documented "no config" answer and an empty list; anything else is `error`, because the
 * "no config" shape is only known from third parties (reference §3, UNSURE).
 */
export function judgeReport(kind: ReportKind, report: ReportEvidence): CheckOutcome {
  const { config, list } = report;
  const name = NAMES[kind];
  const facts = {
    config: config.state === 'found' ? { state: 'found', scheduled: config.scheduled, frequency: config.frequency } : config.state === 'not-found' ? { state: 'not-found', httpStatus: config.httpStatus } : { state: 'failed', error: config.error.message },
    list: list === undefined ? null : list.state === 'listed' ? { state: 'listed', count: list.count, latest: list.latest } : { state: 'failed', error: list.error.message },
  };
  if (config.state === 'found' && config.scheduled === true) {
    const every = config.frequency ? ` (${config.frequency})` : '';
    return pass(text(`The ${name.en} is configured and scheduled${every}.`, `El ${name.es} está configurado y programado${every}.`, `O ${name['pt-BR']} está configurado e agendado${every}.`), facts);
  }
  if (list?.state === 'listed' && list.count > 0) {
    return pass(text(`${list.count} ${name.en} files were generated (latest ${list.latest?.date_created?.slice(0, 10) ?? '?'}).`, `Se generaron ${list.count} archivos del ${name.es} (último ${list.latest?.date_created?.slice(0, 10) ?? '?'}).`, `Foram gerados ${list.count} arquivos do ${name['pt-BR']} (último ${list.latest?.date_created?.slice(0, 10) ?? '?'}).`), facts);
  }
  const fix = text(
    `Configure the ${name.en} with a daily schedule (Mercado Pago > Reports, or POST /v1/account/${kind}_report/config and /schedule) so reconciliation does not depend on manual exports.`,
    `Configura el ${name.es} con una programación diaria (Mercado Pago > Reportes, o POST /v1/account/${kind}_report/config y /schedule) para que la conciliación no dependa de exportaciones manuales.`,
    `Configure o ${name['pt-BR']} com agendamento diário (Mercado Pago > Relatórios, ou POST /v1/account/${kind}_report/config e /schedule) para que a conciliação não dependa de exportações manuais.`,
  );
  const emptyList = list?.state === 'listed' && list.count === 0;
  if (emptyList && config.state === 'not-found') {
    return fail(text(`The ${name.en} is not configured and none was ever generated.`, `El ${name.es} no está configurado y nunca se generó.`, `O ${name['pt-BR']} não está configurado e nunca foi gerado.`), fix, facts);
  }
  if (emptyList && config.state === 'found' && config.scheduled === false) {
    return fail(text(`The ${name.en} is configured but not scheduled, and none was ever generated.`, `El ${name.es} está configurado pero no programado, y nunca se generó.`, `O ${name['pt-BR']} está configurado mas não agendado, e nunca foi gerado.`), fix, facts);
  }
  const failure = config.state === 'failed' ? config.error : list?.state === 'failed' ? list.error : undefined;
  if (failure) return { ...probeFailed(failure), evidence: { errorKind: failure.kind, ...facts } };
  return probeFailed({ kind: 'parse', message: `GET /v1/account/${kind}_report/config answered in a shape that shows neither a schedule nor its absence` });
}

export function reportCheck(kind: ReportKind, title: Text): CheckDefinition {
  return {
    id: `reports.${kind}`,
    section: 'reports',
    defaultSeverity: 'warning',
    title,
    docs: DOCS[kind],
    reads: ['account', 'reports'],
    evaluate(evidence) {
      return withAccount(evidence.account, () => {
        if (evidence.reports === undefined) return probeFailed({ kind: 'internal', message: 'the reports were not read' });
        return withAccount(evidence.reports, (reports) => judgeReport(kind, reports[kind]));
      });
    },
  };
}
