import type { Payment } from '../../../src/probes/mercadopago/payments.js';
import { evidenceWith, sample } from '../api-fixtures.js';

export const withSample = (payments: Payment[]) => evidenceWith({ payments: sample(payments) });
