export const APPROVAL_DOCS = '/guides/additional-content/how-tos/payment-rejections';

export const CREDENTIALS_DOCS = '/docs/your-integrations/credentials';

export const WEBHOOKS_DOCS = '/docs/your-integrations/notifications/webhooks';

export const QUALITY_DOCS = '/guides/additional-content/homologator/homologator';

export const GO_LIVE_DOCS = '/docs/checkout-api/go-to-production/requirements';
