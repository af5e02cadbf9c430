import { text } from '../../i18n/text.js';
import { CREDENTIALS_DOCS } from '../support/docs-paths.js';
import { fail, pass, probeFailed } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

export const tokenValid: CheckDefinition = {
  id: 'credentials.token-valid',
  section: 'credentials',
  defaultSeverity: 'blocker',
  title: text('Access token is accepted', 'El access token es aceptado', 'O access token é aceito'),
  docs: CREDENTIALS_DOCS,
  reads: ['account'],
  evaluate(evidence) {
    const account = evidence.account;
    if (account.ok) {
      return pass(text(`GET /users/me answered 200 for user ${account.value.userId}.`, `GET /users/me respondió 200 para el usuario ${account.value.userId}.`, `GET /users/me respondeu 200 para o usuário ${account.value.userId}.`), {
        userId: account.value.userId,
        siteId: account.value.siteId ?? null,
      });
    }
    if (account.error.kind === 'refused') {
      return fail(
        text(`Mercado Pago refused the access token: ${account.error.message}.`, `Mercado Pago rechazó el access token: ${account.error.message}.`, `O Mercado Pago recusou o access token: ${account.error.message}.`),
        text(
          'Copy the production access token again from Your integrations > your application > Production credentials, and store it in the repository secret passed as access-token.',
          'Copia de nuevo el access token de producción en Tus integraciones > tu aplicación > Credenciales de producción y guárdalo en el secret del repositorio que pasas como access-token.',
          'Copie novamente o access token de produção em Suas integrações > sua aplicação > Credenciais de produção e salve-o no secret do repositório passado como access-token.',
        ),
        { httpStatus: (account.error as { status?: number }).status ?? null },
      );
    }
    return probeFailed(account.error);
  },
};
