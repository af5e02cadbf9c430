import { text } from '../../i18n/text.js';
import { reportCheck } from '../support/report-check.js';

export const settlement = reportCheck('settlement', text('Settlement report configured', 'Reporte de dinero en cuenta configurado', 'Relatório de dinheiro em conta configurado'));
