import { texts } from '../../i18n/text.js';
import { isPolicyBlocked } from '../../probes/mercadopago/client.js';
import { CREDENTIALS_DOCS } from '../support/docs-paths.js';
import { fail, pass, probeFailed } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'Access token refused', es: 'El access token fue rechazado', 'pt-BR': 'O access token foi recusado' },
  title: {
    en: 'Access token is accepted',
    es: 'El access token es aceptado',
    'pt-BR': 'O access token é aceito',
  },
  getUsersMeAnswered: (userId: number) => ({
    en: `GET /users/me answered 200 for user ${userId}.`,
    es: `GET /users/me respondió 200 para el usuario ${userId}.`,
    'pt-BR': `GET /users/me respondeu 200 para o usuário ${userId}.`,
  }),
  mercadoPagoRefusedAccess: (message: string) => ({
    en: `Mercado Pago refused the access token: ${message}.`,
    es: `Mercado Pago rechazó el access token: ${message}.`,
    'pt-BR': `O Mercado Pago recusou o access token: ${message}.`,
  }),
  policyBlocked: (message: string) => ({
    en: `Mercado Pago's PolicyAgent blocked GET /users/me for this token: ${message}. The token may be valid, but this application cannot read the account.`,
    es: `El PolicyAgent de Mercado Pago bloqueó GET /users/me para este token: ${message}. Puede que el token sea válido, pero esta aplicación no puede leer la cuenta.`,
    'pt-BR': `O PolicyAgent do Mercado Pago bloqueou GET /users/me para este token: ${message}. O token pode ser válido, mas esta aplicação não consegue ler a conta.`,
  }),
  checkApplication: {
    en: "In Your integrations > your application, check the application is active and not blocked, and that the token is its production access token; PolicyAgent's refusal is about the application and its permissions, not a mistyped token.",
    es: 'En Tus integraciones > tu aplicación, revisa que la aplicación esté activa y no bloqueada, y que el token sea su access token de producción; el rechazo de PolicyAgent es sobre la aplicación y sus permisos, no un token mal copiado.',
    'pt-BR':
      'Em Suas integrações > sua aplicação, verifique se a aplicação está ativa e não bloqueada, e se o token é o access token de produção dela; a recusa do PolicyAgent é sobre a aplicação e suas permissões, não um token copiado errado.',
  },
  copyProductionAccessToken: {
    en: 'Copy the production access token again from Your integrations > your application > Production credentials, and store it in the repository secret passed as access-token.',
    es: 'Copia de nuevo el access token de producción en Tus integraciones > tu aplicación > Credenciales de producción y guárdalo en el secret del repositorio que pasas como access-token.',
    'pt-BR': 'Copie novamente o access token de produção em Suas integrações > sua aplicação > Credenciais de produção e salve-o no secret do repositório passado como access-token.',
  },
});

export const tokenValid: CheckDefinition = {
  id: 'credentials.token-valid',
  section: 'credentials',
  defaultSeverity: 'blocker',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: CREDENTIALS_DOCS,
  reads: ['account'],
  evaluate(evidence) {
    const account = evidence.account;
    if (account.ok) {
      return pass(T.getUsersMeAnswered(account.value.userId), {
        userId: account.value.userId,
        siteId: account.value.siteId ?? null,
      });
    }
    if (account.error.kind === 'refused' && isPolicyBlocked(account.error)) {
      // A 403 from PolicyAgent is not "the token was refused" (reference §11 F15).
      return fail(T.policyBlocked(account.error.message), T.checkApplication, { httpStatus: 403, policyBlocked: true });
    }
    if (account.error.kind === 'refused') {
      return fail(T.mercadoPagoRefusedAccess(account.error.message), T.copyProductionAccessToken, { httpStatus: (account.error as { status?: number }).status ?? null });
    }
    return probeFailed(account.error);
  },
};
