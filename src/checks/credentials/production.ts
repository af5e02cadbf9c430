import { type Text, texts } from '../../i18n/text.js';
import { CREDENTIALS_DOCS } from '../support/docs-paths.js';
import { fail, pass, withAccount } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'Test credentials in use', es: 'Se están usando credenciales de prueba', 'pt-BR': 'Credenciais de teste em uso' },
  title: {
    en: 'Production credentials, not test ones',
    es: 'Credenciales de producción, no de prueba',
    'pt-BR': 'Credenciais de produção, não de teste',
  },
  activateProductionCredentialsYour: {
    en: 'Activate the production credentials of your application and use its production access token (APP_USR-…) of the real seller account, not a test user.',
    es: 'Activa las credenciales de producción de tu aplicación y usa su access token de producción (APP_USR-…) de la cuenta real del vendedor, no de un usuario de prueba.',
    'pt-BR': 'Ative as credenciais de produção da sua aplicação e use o access token de produção (APP_USR-…) da conta real do vendedor, não de um usuário de teste.',
  },
  accessTokenStartsWith: {
    en: 'The access token starts with TEST-: it is a test credential.',
    es: 'El access token empieza con TEST-: es una credencial de prueba.',
    'pt-BR': 'O access token começa com TEST-: é uma credencial de teste.',
  },
  productionCredentialRealAccount: (userId: number) => ({
    en: `Production credential of the real account ${userId} (not a test user).`,
    es: `Credencial de producción de la cuenta real ${userId} (no es usuario de prueba).`,
    'pt-BR': `Credencial de produção da conta real ${userId} (não é usuário de teste).`,
  }),
  tagsIncludeTestUser: {
    en: 'its tags include test_user',
    es: 'sus tags incluyen test_user',
    'pt-BR': 'suas tags incluem test_user',
  },
  eMailTestuserCom: {
    en: 'its e-mail is a @testuser.com address',
    es: 'su e-mail es una dirección @testuser.com',
    'pt-BR': 'seu e-mail é um endereço @testuser.com',
  },
  tokenBelongsMercadoPago: (why: Text) => ({
    en: `The token belongs to a Mercado Pago test user (${why.en}): test users' credentials start with APP_USR- too, but they are not production.`,
    es: `El token pertenece a un usuario de prueba de Mercado Pago (${why.es}): las credenciales de usuarios de prueba también empiezan con APP_USR-, pero no son de producción.`,
    'pt-BR': `O token pertence a um usuário de teste do Mercado Pago (${why['pt-BR']}): as credenciais de usuários de teste também começam com APP_USR-, mas não são de produção.`,
  }),
});

export const production: CheckDefinition = {
  id: 'credentials.production',
  section: 'credentials',
  defaultSeverity: 'blocker',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: CREDENTIALS_DOCS,
  reads: ['account'],
  evaluate(evidence, context) {
    const fix = T.activateProductionCredentialsYour;
    if (context.tokenPrefix === 'TEST') {
      return fail(T.accessTokenStartsWith, fix, { tokenPrefix: 'TEST-' });
    }
    // An APP_USR- prefix proves nothing (test users' credentials are APP_USR- too, reference §1):
    // beyond a TEST- prefix, only the account can tell, so a refused token is a skip here.
    return withAccount(evidence.account, ({ tags, email, userId }) => {
      const testTag = tags.includes('test_user');
      const testEmail = email !== undefined && /@testuser\.com$/i.test(email);
      const facts = { tokenPrefix: context.tokenPrefix === 'APP_USR' ? 'APP_USR-' : 'other', tags: [...tags], testUserEmail: testEmail, userId };
      if (!testTag && !testEmail) {
        return pass(T.productionCredentialRealAccount(userId), facts);
      }
      const why = testTag ? T.tagsIncludeTestUser : T.eMailTestuserCom;
      return fail(T.tokenBelongsMercadoPago(why), fix, facts);
    });
  },
};
