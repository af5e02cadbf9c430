import type { PageEvidence } from '../../../src/probes/http/page.js';
import type { Marker } from '../../../src/probes/http/scan.js';
import { contextFor, judge, pageWith } from '../../helpers/tls-page-evidence.js';
import { securityHeaders } from '../../../src/checks/page/security-headers.js';

export const ctx = contextFor('https://shop.example/checkout');
export const SDK: Marker = { kind: 'sdk-v2', where: { url: 'https://shop.example/checkout', line: 4, context: 'attribute' } };
export const CSP = "default-src 'self'; script-src 'self' https://sdk.mercadopago.com; connect-src https://api.mercadopago.com; frame-src https://*.mercadopago.com";
export const good = { 'content-security-policy': `${CSP}; frame-ancestors 'self'`, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
export const status = (fields: Partial<PageEvidence>, check = securityHeaders): string => judge(check, { page: { ok: true, value: pageWith(fields) } }, ctx).status;
