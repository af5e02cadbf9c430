import { texts } from '../../i18n/text.js';
import { CREDENTIALS_DOCS } from '../support/docs-paths.js';
import { fail, pass, probeFailed } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
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
    if (account.error.kind === 'refused') {
      return fail(T.mercadoPagoRefusedAccess(account.error.message), T.copyProductionAccessToken, { httpStatus: (account.error as { status?: number }).status ?? null });
    }
    return probeFailed(account.error);
  },
};
