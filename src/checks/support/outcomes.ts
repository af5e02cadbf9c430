import { type Text, texts } from '../../i18n/text.js';
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
  return {
    status: 'error',
    message: T.couldNotChecked(error.message),
    remediation: remediation ?? T.runCheckAgainIf,
    evidence: { errorKind: error.kind },
  };
}

/**
 * For checks that read the Mercado Pago API: skip when the token was refused (that is
 * credentials.token-valid's finding), error when the API could not answer.
 */
export function withAccount<V>(outcome: ProbeOutcome<V>, evaluate: (value: V) => CheckOutcome): CheckOutcome {
  if (outcome.ok) return evaluate(outcome.value);
  if (outcome.error.kind === 'refused') {
    return skip(T.skippedAccessTokenWas);
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
