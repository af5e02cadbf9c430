/**
 * Every check id of the contract (DESIGN §5), in report order. The config file may name any of
 * these; the catalog registers the ones that are built.
 */
export const CHECK_IDS = [
  'credentials.token-valid',
  'credentials.production',
  'credentials.public-key',
  'credentials.secret-exposure',
  'quality.live-payment',
  'quality.payment-fields',
  'quality.measurement',
  'ssl.https',
  'ssl.certificate-trust',
  'ssl.hostname',
  'ssl.validity',
  'ssl.expiry-window',
  'ssl.protocols',
  'ssl.ciphers',
  'ssl.forward-secrecy',
  'ssl.key-and-signature',
  'ssl.http-redirect',
  'ssl.hsts',
  'ssl.mixed-content',
  'page.security-headers',
  'page.script-inventory',
  'pix.enabled',
  'pix.key',
  'approval.device-id',
  'approval.sdk-v2',
  'approval.item-data',
  'approval.payer-data',
  'approval.shipping-data',
  'approval.rejection-rate',
  'notifications.configured',
  'notifications.https',
  'notifications.reachable',
  'notifications.signature',
  'reports.release',
  'reports.settlement',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];
