import { type Text, texts } from '../../i18n/text.js';
import type { ReportEvidence, ReportKind } from '../../probes/mercadopago/reports.js';
import type { CheckDefinition, CheckOutcome } from '../types.js';
import { fail, pass, probeFailed, withAccount } from './outcomes.js';

const T = texts({
  releaseReport: {
    en: 'release report',
    es: 'reporte de liberaciones',
    'pt-BR': 'relatório de liberações',
  },
  settlementReport: {
    en: 'settlement report',
    es: 'reporte de dinero en cuenta',
    'pt-BR': 'relatório de dinheiro em conta',
  },
  configuredScheduled: (name: Text, every: string) => ({
    en: `The ${name.en} is configured and scheduled${every}.`,
    es: `El ${name.es} está configurado y programado${every}.`,
    'pt-BR': `O ${name['pt-BR']} está configurado e agendado${every}.`,
  }),
  filesWereGeneratedLatest: (
    count: number,
    name: Text,
    list: {
      readonly state: 'listed';
      readonly count: number;
      readonly latest: { readonly file_name: string | null; readonly date_created: string | null; readonly created_from: string | null } | null;
    },
  ) => ({
    en: `${count} ${name.en} files were generated (latest ${list.latest?.date_created?.slice(0, 10) ?? '?'}).`,
    es: `Se generaron ${count} archivos del ${name.es} (último ${list.latest?.date_created?.slice(0, 10) ?? '?'}).`,
    'pt-BR': `Foram gerados ${count} arquivos do ${name['pt-BR']} (último ${list.latest?.date_created?.slice(0, 10) ?? '?'}).`,
  }),
  configureWithDailySchedule: (name: Text, kind: string) => ({
    en: `Configure the ${name.en} with a daily schedule (Mercado Pago > Reports, or POST /v1/account/${kind}_report/config and /schedule) so reconciliation does not depend on manual exports.`,
    es: `Configura el ${name.es} con una programación diaria (Mercado Pago > Reportes, o POST /v1/account/${kind}_report/config y /schedule) para que la conciliación no dependa de exportaciones manuales.`,
    'pt-BR': `Configure o ${name['pt-BR']} com agendamento diário (Mercado Pago > Relatórios, ou POST /v1/account/${kind}_report/config e /schedule) para que a conciliação não dependa de exportações manuais.`,
  }),
  notConfiguredNoneWas: (name: Text) => ({
    en: `The ${name.en} is not configured and none was ever generated.`,
    es: `El ${name.es} no está configurado y nunca se generó.`,
    'pt-BR': `O ${name['pt-BR']} não está configurado e nunca foi gerado.`,
  }),
  unfinishedOnly: (n: number) => ({
    en: ` ${n === 1 ? 'The one report asked for is' : `The ${n} reports asked for are`} still pending or failed, without a file.`,
    es: ` ${n === 1 ? 'El único reporte pedido sigue' : `Los ${n} reportes pedidos siguen`} pendiente${n === 1 ? '' : 's'} o fallido${n === 1 ? '' : 's'}, sin archivo.`,
    'pt-BR': ` ${n === 1 ? 'O único relatório pedido continua' : `Os ${n} relatórios pedidos continuam`} pendente${n === 1 ? '' : 's'} ou com falha, sem arquivo.`,
  }),
  configuredButNotScheduled: (name: Text) => ({
    en: `The ${name.en} is configured but not scheduled, and none was ever generated.`,
    es: `El ${name.es} está configurado pero no programado, y nunca se generó.`,
    'pt-BR': `O ${name['pt-BR']} está configurado mas não agendado, e nunca foi gerado.`,
  }),
});

export const NAMES: Readonly<Record<ReportKind, Text>> = {
  release: T.releaseReport,
  settlement: T.settlementReport,
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
    config:
      config.state === 'found'
        ? { state: 'found', scheduled: config.scheduled, frequency: config.frequency }
        : config.state === 'not-found'
          ? { state: 'not-found', httpStatus: config.httpStatus }
          : { state: 'failed', error: config.error.message },
    list:
      list === undefined
        ? null
        : list.state === 'listed'
          ? { state: 'listed', count: list.count, unfinished: list.unfinished ?? 0, latest: list.latest }
          : { state: 'failed', error: list.error.message },
  };
  if (config.state === 'found' && config.scheduled === true) {
    const every = config.frequency ? ` (${config.frequency})` : '';
    return pass(T.configuredScheduled(name, every), facts);
  }
  if (list?.state === 'listed' && list.count > 0) {
    return pass(T.filesWereGeneratedLatest(list.count, name, list), facts);
  }
  const fix = T.configureWithDailySchedule(name, kind);
  // A list entry still pending (empty file_name) or failed is no report (reference §11 F3).
  const emptyList = list?.state === 'listed' && list.count === 0;
  const unfinished = list?.state === 'listed' && (list.unfinished ?? 0) > 0 ? T.unfinishedOnly(list.unfinished ?? 0) : undefined;
  const also = (message: Text): Text => (unfinished ? { en: message.en + unfinished.en, es: message.es + unfinished.es, 'pt-BR': message['pt-BR'] + unfinished['pt-BR'] } : message);
  if (emptyList && config.state === 'not-found') {
    return fail(also(T.notConfiguredNoneWas(name)), fix, facts);
  }
  if (emptyList && config.state === 'found' && config.scheduled === false) {
    return fail(also(T.configuredButNotScheduled(name)), fix, facts);
  }
  const failure = config.state === 'failed' ? config.error : list?.state === 'failed' ? list.error : undefined;
  if (failure) return { ...probeFailed(failure), evidence: { errorKind: failure.kind, ...facts } };
  return probeFailed({ kind: 'parse', message: `GET /v1/account/${kind}_report/config answered in a shape that shows neither a schedule nor its absence` });
}

export function reportCheck(kind: ReportKind, titles: { readonly title: Text; readonly failureTitle: Text }): CheckDefinition {
  return {
    id: `reports.${kind}`,
    section: 'reports',
    defaultSeverity: 'warning',
    ...titles,
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
