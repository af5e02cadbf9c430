import { text } from '../../i18n/text.js';
import { CREDENTIALS_DOCS } from '../support/docs-paths.js';
import { fail, pass, withAccount } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

export const production: CheckDefinition = {
  id: 'credentials.production',
  section: 'credentials',
  defaultSeverity: 'blocker',
  title: text('Production credentials, not test ones', 'Credenciales de producción, no de prueba', 'Credenciais de produção, não de teste'),
  docs: CREDENTIALS_DOCS,
  reads: ['account'],
  evaluate(evidence, context) {
    const fix = text(
      'Activate the production credentials of your application and use its production access token (APP_USR-…) of the real seller account, not a test user.',
      'Activa las credenciales de producción de tu aplicación y usa su access token de producción (APP_USR-…) de la cuenta real del vendedor, no de un usuario de prueba.',
      'Ative as credenciais de produção da sua aplicação e use o access token de produção (APP_USR-…) da conta real do vendedor, não de um usuário de teste.',
    );
    if (context.tokenPrefix === 'TEST') {
      return fail(text('The access token starts with TEST-: it is a test credential.', 'El access token empieza con TEST-: es una credencial de prueba.', 'O access token começa com TEST-: é uma credencial de teste.'), fix, { tokenPrefix: 'TEST-' });
    }
    // An APP_USR- prefix proves nothing (test users' credentials are APP_USR- too, reference §1):
    // beyond a TEST- prefix, only the account can tell, so a refused token is a skip here.
    return withAccount(evidence.account, ({ tags, email, userId }) => {
      const testTag = tags.includes('test_user');
      const testEmail = email !== undefined && /@testuser\.com$/i.test(email);
      const facts = { tokenPrefix: context.tokenPrefix === 'APP_USR' ? 'APP_USR-' : 'other', tags: [...tags], testUserEmail: testEmail, userId };
      if (!testTag && !testEmail) {
        return pass(text(`Production credential of the real account ${userId} (not a test user).`, `Credencial de producción de la cuenta real ${userId} (no es usuario de prueba).`, `Credencial de produção da conta real ${userId} (não é usuário de teste).`), facts);
      }
      const why = testTag
        ? text('its tags include test_user', 'sus tags incluyen test_user', 'suas tags incluem test_user')
        : text('its e-mail is a @testuser.com address', 'su e-mail es una dirección @testuser.com', 'seu e-mail é um endereço @testuser.com');
      return fail(
        text(
          `The token belongs to a Mercado Pago test user (${why.en}): test users' credentials start with APP_USR- too, but they are not production.`,
          `El token pertenece a un usuario de prueba de Mercado Pago (${why.es}): las credenciales de usuarios de prueba también empiezan con APP_USR-, pero no son de producción.`,
          `O token pertence a um usuário de teste do Mercado Pago (${why['pt-BR']}): as credenciais de usuários de teste também começam com APP_USR-, mas não são de produção.`,
        ),
        fix,
        facts,
      );
    });
  },
};
