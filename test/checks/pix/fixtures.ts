import { ok } from '../../../src/probes/outcome.js';
import { brazilianMethods } from '../../sandbox/mp-api/account-data.js';

export const methods = (pix: Parameters<typeof brazilianMethods>[0]) => ok(brazilianMethods(pix) as unknown as Array<{ id: string; status: string }>);
