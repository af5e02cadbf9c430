import { text } from '../../i18n/text.js';
import { reportCheck } from '../support/report-check.js';

export const release = reportCheck('release', text('Release report configured', 'Reporte de liberaciones configurado', 'Relatório de liberações configurado'));
