import { texts } from '../../i18n/text.js';
import { reportCheck } from '../support/report-check.js';

const T = texts({
  failureTitle: { en: 'Settlement report not configured', es: 'Reporte de dinero en cuenta sin configurar', 'pt-BR': 'Relatório de dinheiro em conta não configurado' },
  settlementReportConfigured: {
    en: 'Settlement report configured',
    es: 'Reporte de dinero en cuenta configurado',
    'pt-BR': 'Relatório de dinheiro em conta configurado',
  },
});

export const settlement = reportCheck('settlement', { title: T.settlementReportConfigured, failureTitle: T.failureTitle });
