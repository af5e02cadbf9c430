import { texts } from '../../i18n/text.js';
import { reportCheck } from '../support/report-check.js';

const T = texts({
  failureTitle: { en: 'Release report not configured', es: 'Reporte de liberaciones sin configurar', 'pt-BR': 'Relatório de liberações não configurado' },
  releaseReportConfigured: {
    en: 'Release report configured',
    es: 'Reporte de liberaciones configurado',
    'pt-BR': 'Relatório de liberações configurado',
  },
});

export const release = reportCheck('release', { title: T.releaseReportConfigured, failureTitle: T.failureTitle });
