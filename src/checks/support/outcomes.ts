import { type Text, texts } from '../../i18n/text.js';
import { isPolicyBlocked } from '../../probes/mercadopago/client.js';
import type { ProbeError, ProbeOutcome } from '../../probes/outcome.js';
import type { CheckOutcome } from '../types.js';

const T = texts({
  couldNotChecked: (message: string) => ({
    en: `Could not be checked: ${message}.`,
    es: `No se pudo verificar: ${message}.`,
    'pt-BR': `Não foi possível verificar: ${message}.`,
  }),
  runCheckAgainIf: {
    en: 'Run the check again; if it persists, fix the cause named above.',
    es: 'Vuelve a ejecutar la verificación; si persiste, corrige la causa indicada.',
    'pt-BR': 'Execute a verificação novamente; se persistir, corrija a causa indicada acima.',
  },
  skippedAccessTokenWas: {
    en: 'Skipped: the access token was refused, so the account cannot be read.',
    es: 'Omitido: el access token fue rechazado y no se puede leer la cuenta.',
    'pt-BR': 'Ignorado: o access token foi recusado, então a conta não pode ser lida.',
  },
  skippedPolicyBlocked: {
    en: "Skipped: Mercado Pago's PolicyAgent blocked GET /users/me for this token (a scope it lacks, or the application is blocked), so the account cannot be read (see credentials.token-valid).",
    es: 'Omitido: el PolicyAgent de Mercado Pago bloqueó GET /users/me para este token (un permiso que le falta, o la aplicación está bloqueada), así que no se puede leer la cuenta (ver credentials.token-valid).',
    'pt-BR':
      'Ignorado: o PolicyAgent do Mercado Pago bloqueou GET /users/me para este token (uma permissão que falta, ou a aplicação está bloqueada), então a conta não pode ser lida (veja credentials.token-valid).',
  },
  policyRemediation: {
    en: "In Your integrations > your application, check the application is active and has the permissions (scopes) this endpoint needs, and that the token is this application's; PolicyAgent refuses an endpoint, not the whole token.",
    es: 'En Tus integraciones > tu aplicación, revisa que la aplicación esté activa y tenga los permisos (scopes) que este endpoint necesita, y que el token sea de esta aplicación; PolicyAgent rechaza un endpoint, no todo el token.',
    'pt-BR':
      'Em Suas integrações > sua aplicação, verifique se a aplicação está ativa e tem as permissões (scopes) de que este endpoint precisa, e se o token é desta aplicação; o PolicyAgent recusa um endpoint, não o token inteiro.',
  },
  skippedSiteUrlNot: {
    en: 'Skipped: site-url is not https, so there is no certificate to check (see ssl.https).',
    es: 'Omitido: site-url no es https, no hay certificado que verificar (ver ssl.https).',
    'pt-BR': 'Ignorado: site-url não é https, não há certificado para verificar (veja ssl.https).',
  },
  makeSureSiteAnswers: {
    en: 'Make sure the site answers HTTPS on this address and port, then run again.',
    es: 'Asegúrate de que el sitio responda HTTPS en esta dirección y puerto, y vuelve a ejecutar.',
    'pt-BR': 'Garanta que o site responda HTTPS neste endereço e porta e execute novamente.',
  },
});

/** Shorthands that keep check files declarative. */
export const pass = (message: Text, evidence?: Record<string, unknown>): CheckOutcome => ({ status: 'pass', message, ...(evidence ? { evidence } : {}) });

export const fail = (message: Text, remediation: Text, evidence?: Record<string, unknown>): CheckOutcome => ({
  status: 'fail',
  message,
  remediation,
  ...(evidence ? { evidence } : {}),
});

export const skip = (message: Text, evidence?: Record<string, unknown>): CheckOutcome => ({ status: 'skip', message, ...(evidence ? { evidence } : {}) });

export const manual = (message: Text, remediation: Text, evidence?: Record<string, unknown>): CheckOutcome => ({
  status: 'manual',
  message,
  remediation,
  ...(evidence ? { evidence } : {}),
});

/** A probe failure: the check could not be judged. Never reads as pass. */
export function probeFailed(error: ProbeError, remediation?: Text): CheckOutcome {
  const policy = isPolicyBlocked(error);
  return {
    status: 'error',
    message: T.couldNotChecked(error.message),
    remediation: remediation ?? (policy ? T.policyRemediation : T.runCheckAgainIf),
    evidence: { errorKind: error.kind, ...(policy ? { policyBlocked: true } : {}) },
  };
}

/**
 * For checks that read the Mercado Pago API: skip when the token was refused (that is
 * credentials.token-valid's finding), error when the API could not answer.
 */
export function withAccount<V>(outcome: ProbeOutcome<V>, evaluate: (value: V) => CheckOutcome): CheckOutcome {
  if (outcome.ok) return evaluate(outcome.value);
  if (outcome.error.kind === 'refused') {
    return skip(isPolicyBlocked(outcome.error) ? T.skippedPolicyBlocked : T.skippedAccessTokenWas);
  }
  return probeFailed(outcome.error);
}

/** For checks on the TLS handshake: skip when the site is not https, error when no handshake. */
export function withTls<V>(outcome: ProbeOutcome<V> | undefined, evaluate: (value: V) => CheckOutcome): CheckOutcome {
  if (outcome === undefined) {
    return skip(T.skippedSiteUrlNot);
  }
  if (!outcome.ok) return probeFailed(outcome.error, T.makeSureSiteAnswers);
  return evaluate(outcome.value);
}
