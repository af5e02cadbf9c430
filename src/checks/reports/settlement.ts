import { texts } from '../../i18n/text.js';
import { reportCheck } from '../support/report-check.js';

const T = texts({
  settlementReportConfigured: {
    en: 'Settlement report configured',
    es: 'Reporte de dinero en cuenta configurado',
    'pt-BR': 'Relatório de dinheiro em conta configurado',
  },
});

export const settlement = reportCheck('settlement', T.settlementReportConfigured);
