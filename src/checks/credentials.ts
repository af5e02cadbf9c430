import { text } from '../i18n/text.js';
import { fail, pass, probeFailed } from './outcomes.js';
import type { CheckDefinition } from './types.js';

const CREDENTIALS_DOCS = '/docs/your-integrations/credentials';

export const tokenValid: CheckDefinition = {
  id: 'credentials.token-valid',
  section: 'credentials',
  defaultSeverity: 'blocker',
  title: text('Access token is accepted', 'El access token es aceptado', 'O access token é aceito'),
  docs: CREDENTIALS_DOCS,
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

export const production: CheckDefinition = {
  id: 'credentials.production',
  section: 'credentials',
  defaultSeverity: 'blocker',
  title: text('Production credentials, not test ones', 'Credenciales de producción, no de prueba', 'Credenciais de produção, não de teste'),
  docs: CREDENTIALS_DOCS,
  evaluate(evidence, context) {
    const fix = text(
      'Activate the production credentials of your application and use its production access token (APP_USR-…) of the real seller account, not a test user.',
      'Activa las credenciales de producción de tu aplicación y usa su access token de producción (APP_USR-…) de la cuenta real del vendedor, no de un usuario de prueba.',
      'Ative as credenciais de produção da sua aplicação e use o access token de produção (APP_USR-…) da conta real do vendedor, não de um usuário de teste.',
    );
    if (context.tokenPrefix === 'TEST') {
      return fail(text('The access token starts with TEST-: it is a test credential.', 'El access token empieza con TEST-: es una credencial de prueba.', 'O access token começa com TEST-: é uma credencial de teste.'), fix, { tokenPrefix: 'TEST-' });
    }
    const account = evidence.account;
    if (!account.ok) {
      if (account.error.kind === 'refused') {
        return fail(
          text('The token was refused, so it cannot be shown to be a production credential.', 'El token fue rechazado, no se puede demostrar que sea de producción.', 'O token foi recusado, então não é possível comprovar que é de produção.'),
          fix,
        );
      }
      return probeFailed(account.error);
    }
    const { tags, email, userId } = account.value;
    const testTag = tags.includes('test_user');
    const testEmail = email !== undefined && /@testuser\.com$/i.test(email);
    const facts = { tokenPrefix: context.tokenPrefix === 'APP_USR' ? 'APP_USR-' : 'other', tags: [...tags], testUserEmail: testEmail, userId };
    if (testTag || testEmail) {
      const why = testTag ? 'tagged test_user' : 'a @testuser.com e-mail';
      return fail(
        text(`The token belongs to a Mercado Pago test user (${why}); its APP_USR- prefix does not make it production.`, `El token pertenece a un usuario de prueba de Mercado Pago (${why}); el prefijo APP_USR- no lo hace de producción.`, `O token pertence a um usuário de teste do Mercado Pago (${why}); o prefixo APP_USR- não o torna de produção.`),
        fix,
        facts,
      );
    }
    return pass(text(`Production credential of the real account ${userId} (not a test user).`, `Credencial de producción de la cuenta real ${userId} (no es usuario de prueba).`, `Credencial de produção da conta real ${userId} (não é usuário de teste).`), facts);
  },
};
