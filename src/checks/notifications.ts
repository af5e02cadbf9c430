import { text, type Text } from '../i18n/text.js';
import type { Delivery } from '../probes/webhook/deliver.js';
import type { WebhookEvidence } from '../probes/webhook/probe.js';
import { isIpnOnly, type WebhookTarget } from '../probes/webhook/target.js';
import type { ProbeOutcome } from '../probes/outcome.js';
import { fail, manual, pass, probeFailed, skip } from './support/outcomes.js';
import type { CheckDefinition, CheckOutcome } from './types.js';
import { describeTarget, notAnswered, sentFacts, statusFacts } from './support/notifications-text.js';

const WEBHOOKS_DOCS = '/docs/your-integrations/notifications/webhooks';

const noTarget = (): CheckOutcome =>
  skip(text('Skipped: no notification URL is known (see notifications.configured).', 'Omitido: no se conoce ninguna URL de notificación (ver notifications.configured).', 'Ignorado: nenhuma URL de notificação é conhecida (veja notifications.configured).'));

const passWebhookUrl = text(
  'Pass your production notification URL as webhook-url (and the application\'s secret signature as webhook-secret) so the endpoint is tested.',
  'Pasa tu URL de notificación de producción en webhook-url (y la clave secreta de la aplicación en webhook-secret) para probar el endpoint.',
  'Informe sua URL de notificação de produção em webhook-url (e a assinatura secreta da aplicação em webhook-secret) para testar o endpoint.',
);

export const configured: CheckDefinition = {
  id: 'notifications.configured',
  section: 'notifications',
  defaultSeverity: 'warning',
  title: text('A notification URL is configured', 'Hay una URL de notificación configurada', 'Há uma URL de notificação configurada'),
  docs: WEBHOOKS_DOCS,
  evaluate(evidence) {
    const { target } = evidence.webhook;
    if (target) return pass(describeTarget(target), { url: target.url, source: sourceName(target), ...(target.sourceId ? { sourceId: target.sourceId } : {}), othersSeen: [...target.othersSeen] });
    const lookups = [evidence.payments, evidence.preferences];
    const refused = lookups.find((o) => !o.ok && o.error.kind === 'refused');
    if (refused) {
      return skip(text('Skipped: the access token was refused, so recent payments cannot show a notification URL; pass webhook-url to test the endpoint anyway.', 'Omitido: el access token fue rechazado y los pagos recientes no pueden mostrar una URL de notificación; pasa webhook-url para probar el endpoint igualmente.', 'Ignorado: o access token foi recusado, então os pagamentos recentes não podem mostrar uma URL de notificação; informe webhook-url para testar o endpoint mesmo assim.'));
    }
    const broken = lookups.find((o) => !o.ok);
    if (broken && !broken.ok) return probeFailed(broken.error, passWebhookUrl);
    const payments = evidence.payments.ok ? evidence.payments.value.payments.length : 0;
    const preferences = evidence.preferences.ok ? evidence.preferences.value.preferences.length : 0;
    return manual(
      text(
        `No notification_url on the ${payments} recent payments and ${preferences} preferences read. Webhooks configured in the dashboard cannot be read by API, so this needs a person.`,
        `Ningún notification_url en los ${payments} pagos y ${preferences} preferencias recientes leídos. Los Webhooks configurados en el panel no se pueden leer por API, así que esto requiere una persona.`,
        `Nenhuma notification_url nos ${payments} pagamentos e ${preferences} preferências recentes lidos. Webhooks configurados no painel não podem ser lidos por API, então isto requer uma pessoa.`,
      ),
      text(
        'In Your integrations > your application > Webhooks > Configure notifications, confirm a production URL with the payment topic. Then pass that URL as webhook-url (and webhook-secret) so this action can send it a test notification.',
        'En Tus integraciones > tu aplicación > Webhooks > Configurar notificaciones, confirma una URL de producción con el tópico de pagos. Luego pasa esa URL en webhook-url (y webhook-secret) para que esta action le envíe una notificación de prueba.',
        'Em Suas integrações > sua aplicação > Webhooks > Configurar notificações, confirme uma URL de produção com o tópico de pagamentos. Depois informe essa URL em webhook-url (e webhook-secret) para que esta action envie a ela uma notificação de teste.',
      ),
      { sampledPayments: payments, sampledPreferences: preferences },
    );
  },
};

export const https: CheckDefinition = {
  id: 'notifications.https',
  section: 'notifications',
  defaultSeverity: 'blocker',
  title: text('Notification URL uses HTTPS', 'La URL de notificación usa HTTPS', 'A URL de notificação usa HTTPS'),
  docs: WEBHOOKS_DOCS,
  evaluate(evidence) {
    const { target } = evidence.webhook;
    if (!target) return noTarget();
    const scheme = new URL(target.url).protocol.replace(':', '');
    if (scheme === 'https') return pass(text('The notification URL uses https.', 'La URL de notificación usa https.', 'A URL de notificação usa https.'), { url: target.url, scheme });
    return fail(
      text('The notification URL uses plain http: payment updates would travel unencrypted.', 'La URL de notificación usa http sin cifrar: las actualizaciones de pago viajarían sin cifrado.', 'A URL de notificação usa http sem criptografia: as atualizações de pagamento trafegariam sem criptografia.'),
      text('Serve the notification endpoint over https:// with a valid certificate and configure that URL in Mercado Pago (and in notification_url).', 'Sirve el endpoint de notificaciones por https:// con un certificado válido y configura esa URL en Mercado Pago (y en notification_url).', 'Sirva o endpoint de notificações via https:// com um certificado válido e configure essa URL no Mercado Pago (e em notification_url).'),
      { url: target.url, scheme },
    );
  },
};

export const reachable: CheckDefinition = {
  id: 'notifications.reachable',
  section: 'notifications',
  defaultSeverity: 'blocker',
  title: text('Notification endpoint answers 200/201 in time', 'El endpoint de notificaciones responde 200/201 a tiempo', 'O endpoint de notificações responde 200/201 a tempo'),
  docs: WEBHOOKS_DOCS,
  defaults: { webhookTimeoutMs: 22_000 },
  evaluate(evidence, context) {
    const webhook = evidence.webhook;
    if (!webhook.target) return noTarget();
    if (isIpnOnly(webhook.target.url)) {
      return manual(
        text(`The notification URL asks for IPN only (source_news=ipn): no test notification was sent, since IPN's format is not the Webhooks one this action sends.`, `La URL de notificación pide solo IPN (source_news=ipn): no se envió notificación de prueba, porque el formato IPN no es el de Webhooks que envía esta action.`, `A URL de notificação pede apenas IPN (source_news=ipn): nenhuma notificação de teste foi enviada, pois o formato IPN não é o de Webhooks que esta action envia.`),
        text('IPN is being discontinued: move to Webhooks (source_news=webhooks, with a secret signature) and run again. Until then, confirm with the dashboard\'s "Simular" that the endpoint answers 200 or 201 within 22 s.', 'IPN se está discontinuando: pasa a Webhooks (source_news=webhooks, con clave secreta) y vuelve a ejecutar. Mientras tanto, confirma con "Simular" del panel que el endpoint responde 200 o 201 en menos de 22 s.', 'O IPN está sendo descontinuado: migre para Webhooks (source_news=webhooks, com assinatura secreta) e execute novamente. Até lá, confirme com o "Simular" do painel que o endpoint responde 200 ou 201 em até 22 s.'),
        { url: webhook.target.url },
      );
    }
    return withDelivery(webhook.notification, 'fail', (delivery) => {
      const facts = { ...sentFacts(webhook, delivery), ...statusFacts(delivery) };
      const answer = delivery.answer;
      if (!answer) return notAnswered(delivery, facts, context.thresholds.webhookTimeoutMs);
      const seconds = (delivery.latencyMs / 1000).toFixed(2);
      if (answer.status === 200 || answer.status === 201) {
        return pass(text(`The endpoint answered ${answer.status} in ${delivery.latencyMs} ms.`, `El endpoint respondió ${answer.status} en ${delivery.latencyMs} ms.`, `O endpoint respondeu ${answer.status} em ${delivery.latencyMs} ms.`), facts);
      }
      if (answer.status >= 300 && answer.status < 400) {
        const to = answer.location ?? '?';
        return fail(
          text(`The endpoint redirects (${answer.status} to ${to}); the redirect was not followed: Mercado Pago needs 200 or 201 from the URL itself.`, `El endpoint redirige (${answer.status} a ${to}); no se siguió: Mercado Pago necesita 200 o 201 de la propia URL.`, `O endpoint redireciona (${answer.status} para ${to}); o redirecionamento não foi seguido: o Mercado Pago precisa de 200 ou 201 da própria URL.`),
          text('Configure the final URL (after the redirect) as the notification URL.', 'Configura la URL final (después de la redirección) como URL de notificación.', 'Configure a URL final (após o redirecionamento) como URL de notificação.'),
          facts,
        );
      }
      if (delivery.signature === 'none' && [400, 401, 403].includes(answer.status)) {
        return {
          status: 'error',
          message: text(`The endpoint refused the unsigned test notification (${answer.status}) in ${seconds} s: it may be verifying signatures, which only a signed notification can get past.`, `El endpoint rechazó la notificación de prueba sin firma (${answer.status}) en ${seconds} s: puede que verifique firmas, y solo una notificación firmada pasa.`, `O endpoint recusou a notificação de teste sem assinatura (${answer.status}) em ${seconds} s: ele pode estar verificando assinaturas, e só uma notificação assinada passa.`),
          remediation: text('Pass the application\'s secret signature as webhook-secret so the test notification is signed.', 'Pasa la clave secreta de la aplicación en webhook-secret para que la notificación de prueba vaya firmada.', 'Informe a assinatura secreta da aplicação em webhook-secret para que a notificação de teste seja assinada.'),
          evidence: facts,
        };
      }
      const synthetic = webhook.subject?.synthetic
        ? text(` The notification named the synthetic payment id ${webhook.subject?.dataId ?? '?'}: the account has no recent payment.`, ` La notificación nombraba el id de pago sintético ${webhook.subject?.dataId ?? '?'}: la cuenta no tiene pagos recientes.`, ` A notificação citava o id de pagamento sintético ${webhook.subject?.dataId ?? '?'}: a conta não tem pagamentos recentes.`)
        : text('', '', '');
      const signedHint = delivery.signature === 'valid' && [400, 401, 403].includes(answer.status)
        ? text(' Check that webhook-secret is the application\'s current secret signature (see notifications.signature).', ' Revisa que webhook-secret sea la clave secreta actual de la aplicación (ver notifications.signature).', ' Verifique se webhook-secret é a assinatura secreta atual da aplicação (veja notifications.signature).')
        : text('', '', '');
      return fail(
        text(`The endpoint answered ${answer.status} in ${seconds} s; Mercado Pago needs 200 or 201 and will retry every 15 minutes.${synthetic.en}`, `El endpoint respondió ${answer.status} en ${seconds} s; Mercado Pago necesita 200 o 201 y reintentará cada 15 minutos.${synthetic.es}`, `O endpoint respondeu ${answer.status} em ${seconds} s; o Mercado Pago precisa de 200 ou 201 e tentará novamente a cada 15 minutos.${synthetic['pt-BR']}`),
        text(`Answer 200 or 201 as soon as the notification arrives and process it afterwards (fetch the payment by its id; handle repeats idempotently).${signedHint.en}`, `Responde 200 o 201 apenas llega la notificación y procésala después (consulta el pago por su id; maneja repeticiones de forma idempotente).${signedHint.es}`, `Responda 200 ou 201 assim que a notificação chegar e processe-a depois (consulte o pagamento pelo id; trate repetições de forma idempotente).${signedHint['pt-BR']}`),
        facts,
      );
    });
  },
};

export const signature: CheckDefinition = {
  id: 'notifications.signature',
  section: 'notifications',
  defaultSeverity: 'warning',
  title: text('Notification signatures are verified', 'Se verifican las firmas de las notificaciones', 'As assinaturas das notificações são verificadas'),
  docs: WEBHOOKS_DOCS,
  defaults: { webhookTimeoutMs: 22_000 },
  evaluate(evidence, context) {
    const webhook = evidence.webhook;
    if (!context.webhookSecretGiven) {
      return skip(text('Skipped: no webhook-secret given, so no correctly signed notification can be sent.', 'Omitido: no se dio webhook-secret, así que no se puede enviar una notificación bien firmada.', 'Ignorado: nenhum webhook-secret informado, então não é possível enviar uma notificação assinada corretamente.'));
    }
    if (!webhook.target) return noTarget();
    if (isIpnOnly(webhook.target.url)) {
      return skip(text('Skipped: the URL asks for IPN only (source_news=ipn), and IPN notifications cannot be validated by signature.', 'Omitido: la URL pide solo IPN (source_news=ipn), y las notificaciones IPN no se pueden validar por firma.', 'Ignorado: a URL pede apenas IPN (source_news=ipn), e as notificações IPN não podem ser validadas por assinatura.'));
    }
    return withDelivery(webhook.notification, 'error', (signed) =>
      withDelivery(webhook.forged, 'error', (forged) => judgeSignature(webhook, signed, forged, context.thresholds.webhookTimeoutMs)),
    );
  },
};

function judgeSignature(webhook: WebhookEvidence, signed: Delivery, forged: Delivery, thresholdMs: number): CheckOutcome {
  const facts = {
    signed: { ...sentFacts(webhook, signed), ...statusFacts(signed) },
    forged: { requestId: forged.requestId, ...statusFacts(forged) },
  };
  const s = signed.answer?.status;
  const f = forged.answer?.status;
  const cannotJudge = (why: Text): CheckOutcome => ({
    status: 'error',
    message: why,
    remediation: text('Make the endpoint answer 200/201 (see notifications.reachable), then run again.', 'Haz que el endpoint responda 200/201 (ver notifications.reachable) y vuelve a ejecutar.', 'Faça o endpoint responder 200/201 (veja notifications.reachable) e execute novamente.'),
    evidence: facts,
  });
  if (s === undefined) return cannotJudge(notAnswered(signed, facts, thresholdMs).message);
  if (s === 400 || s === 401 || s === 403) {
    return fail(
      text(`The endpoint refused a correctly signed notification (${s}).`, `El endpoint rechazó una notificación firmada correctamente (${s}).`, `O endpoint recusou uma notificação assinada corretamente (${s}).`),
      text(
        'Check that webhook-secret is the application\'s current secret signature, and that the endpoint signs the manifest id:<data.id from the URL>;request-id:<x-request-id>;ts:<ts>; with HMAC-SHA256 (hex), data.id in its original casing (the manifest sent is in the evidence).',
        'Revisa que webhook-secret sea la clave secreta actual de la aplicación y que el endpoint firme el manifiesto id:<data.id de la URL>;request-id:<x-request-id>;ts:<ts>; con HMAC-SHA256 (hex), data.id con sus mayúsculas originales (el manifiesto enviado está en la evidencia).',
        'Verifique se webhook-secret é a assinatura secreta atual da aplicação e se o endpoint assina o manifesto id:<data.id da URL>;request-id:<x-request-id>;ts:<ts>; com HMAC-SHA256 (hex), data.id com a capitalização original (o manifesto enviado está na evidência).',
      ),
      facts,
    );
  }
  if (s < 200 || s >= 300) {
    return cannotJudge(text(`Cannot judge: the endpoint answered ${s} even to a correctly signed notification.`, `No se puede juzgar: el endpoint respondió ${s} incluso a una notificación bien firmada.`, `Não é possível avaliar: o endpoint respondeu ${s} até a uma notificação assinada corretamente.`));
  }
  if (f === undefined) return cannotJudge(notAnswered(forged, facts, thresholdMs).message);
  if (f >= 400 && f < 500) {
    return pass(text(`A correctly signed notification was accepted (${s}) and a forged x-signature refused (${f}).`, `Una notificación bien firmada fue aceptada (${s}) y una x-signature falsificada rechazada (${f}).`, `Uma notificação assinada corretamente foi aceita (${s}) e uma x-signature forjada foi recusada (${f}).`), facts);
  }
  const refuse = text(
    'Verify x-signature before acting on a notification: recompute the HMAC-SHA256 of id:<data.id>;request-id:<x-request-id>;ts:<ts>; with the secret signature, compare in constant time, and answer 401 when it differs.',
    'Verifica x-signature antes de actuar sobre una notificación: recalcula el HMAC-SHA256 de id:<data.id>;request-id:<x-request-id>;ts:<ts>; con la clave secreta, compara en tiempo constante y responde 401 si difiere.',
    'Verifique a x-signature antes de agir sobre uma notificação: recalcule o HMAC-SHA256 de id:<data.id>;request-id:<x-request-id>;ts:<ts>; com a assinatura secreta, compare em tempo constante e responda 401 quando for diferente.',
  );
  if (f >= 200 && f < 300) {
    return fail(text(`The endpoint accepted a notification with a forged x-signature (${f}): anyone could fake payment updates.`, `El endpoint aceptó una notificación con una x-signature falsificada (${f}): cualquiera podría falsificar actualizaciones de pago.`, `O endpoint aceitou uma notificação com x-signature forjada (${f}): qualquer pessoa poderia falsificar atualizações de pagamento.`), refuse, facts);
  }
  return fail(text(`The endpoint did not clearly refuse a forged x-signature: it answered ${f}, not a 4xx.`, `El endpoint no rechazó claramente una x-signature falsificada: respondió ${f}, no un 4xx.`, `O endpoint não recusou claramente uma x-signature forjada: respondeu ${f}, não um 4xx.`), refuse, facts);
}

/**
 * The delivery, or why there is none. For reachability a refused connection or a bad
 * certificate is the endpoint's finding (`fail`); for the signature it only means no verdict.
 */
function withDelivery(outcome: ProbeOutcome<Delivery> | undefined, unreachable: 'fail' | 'error', evaluate: (delivery: Delivery) => CheckOutcome): CheckOutcome {
  if (outcome === undefined) return probeFailed({ kind: 'internal', message: 'no test notification was sent' });
  if (outcome.ok) return evaluate(outcome.value);
  if (unreachable === 'fail' && (outcome.error.kind === 'network' || outcome.error.kind === 'tls')) {
    return fail(
      text(`The test notification could not be delivered: ${outcome.error.message}.`, `La notificación de prueba no se pudo entregar: ${outcome.error.message}.`, `A notificação de teste não pôde ser entregue: ${outcome.error.message}.`),
      text('Make the endpoint reachable from the internet over https with a certificate from a public authority.', 'Haz que el endpoint sea accesible desde internet por https con un certificado de una autoridad pública.', 'Torne o endpoint acessível pela internet via https com um certificado de uma autoridade pública.'),
      { errorKind: outcome.error.kind },
    );
  }
  return probeFailed(outcome.error);
}

function sourceName(target: WebhookTarget): string {
  return target.source === 'input' ? 'webhook-url' : target.source === 'payment' ? 'payment.notification_url' : 'preference.notification_url';
}
