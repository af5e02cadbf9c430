import { text, type Text } from '../../i18n/text.js';
import type { ProbeError, ProbeOutcome } from '../../probes/outcome.js';
import type { CheckOutcome } from '../types.js';

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
    message: text(`Could not be checked: ${error.message}.`, `No se pudo verificar: ${error.message}.`, `Não foi possível verificar: ${error.message}.`),
    remediation: remediation ?? text('Run the check again; if it persists, fix the cause named above.', 'Vuelve a ejecutar la verificación; si persiste, corrige la causa indicada.', 'Execute a verificação novamente; se persistir, corrija a causa indicada acima.'),
    evidence: { errorKind: error.kind },
  };
}

/**
 * For checks that read the Mercado Pago API: skip when the token was refused (that is
 * credentials.token-valid's finding), error when the API could not answer.
 */
export function withAccount<T>(outcome: ProbeOutcome<T>, evaluate: (value: T) => CheckOutcome): CheckOutcome {
  if (outcome.ok) return evaluate(outcome.value);
  if (outcome.error.kind === 'refused') {
    return skip(text('Skipped: the access token was refused, so the account cannot be read.', 'Omitido: el access token fue rechazado y no se puede leer la cuenta.', 'Ignorado: o access token foi recusado, então a conta não pode ser lida.'));
  }
  return probeFailed(outcome.error);
}

/** For checks on the TLS handshake: skip when the site is not https, error when no handshake. */
export function withTls<T>(outcome: ProbeOutcome<T> | undefined, evaluate: (value: T) => CheckOutcome): CheckOutcome {
  if (outcome === undefined) {
    return skip(text('Skipped: site-url is not https, so there is no certificate to check (see ssl.https).', 'Omitido: site-url no es https, no hay certificado que verificar (ver ssl.https).', 'Ignorado: site-url não é https, não há certificado para verificar (veja ssl.https).'));
  }
  if (!outcome.ok) return probeFailed(outcome.error, text('Make sure the site answers HTTPS on this address and port, then run again.', 'Asegúrate de que el sitio responda HTTPS en esta dirección y puerto, y vuelve a ejecutar.', 'Garanta que o site responda HTTPS neste endereço e porta e execute novamente.'));
  return evaluate(outcome.value);
}
