import { texts } from '../../i18n/text.js';
import { reportCheck } from '../support/report-check.js';

const T = texts({
  releaseReportConfigured: {
    en: 'Release report configured',
    es: 'Reporte de liberaciones configurado',
    'pt-BR': 'Relatório de liberações configurado',
  },
});

export const release = reportCheck('release', T.releaseReportConfigured);
