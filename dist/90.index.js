export const id = 90;
export const ids = [90];
export const modules = {

/***/ 3090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./lib/src/i18n/text.js
/** The report languages. Texts are written in all three; ids never are. */
const LANGUAGES = ['pt-BR', 'es', 'en'];
/** Builds a Text; argument order is fixed so call sites read the same everywhere. */
function text_text(en, es, ptBR) {
    return { en, es, 'pt-BR': ptBR };
}
/** The same string in every language (URLs, code, numbers). */
function same(value) {
    return { en: value, es: value, 'pt-BR': value };
}
/** Joins Texts language by language. */
function join(parts, separator = ' ') {
    const pick = (lang) => parts.map((p) => p[lang]).filter((s) => s.length > 0).join(separator);
    return { en: pick('en'), es: pick('es'), 'pt-BR': pick('pt-BR') };
}
/** Mercado Pago sites whose developer docs are in Spanish; MLB is Portuguese; anything else English. */
const SPANISH_SITES = new Set(['MLA', 'MLM', 'MLC', 'MCO', 'MPE', 'MLU']);
/** `language: auto` follows the account's site: MLB → pt-BR, other MP sites → es, unknown → en. */
function languageForSite(siteId) {
    if (siteId === 'MLB')
        return 'pt-BR';
    if (siteId !== undefined && SPANISH_SITES.has(siteId))
        return 'es';
    return 'en';
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./lib/src/checks/ids.js
/**
 * Every check id of the contract (DESIGN §5), in report order. The config file may name any of
 * these; the catalog registers the ones that are built.
 */
const CHECK_IDS = [
    'credentials.token-valid',
    'credentials.production',
    'credentials.public-key',
    'credentials.secret-exposure',
    'quality.live-payment',
    'quality.payment-fields',
    'quality.measurement',
    'ssl.https',
    'ssl.certificate-trust',
    'ssl.hostname',
    'ssl.validity',
    'ssl.expiry-window',
    'ssl.protocols',
    'ssl.key-and-signature',
    'ssl.http-redirect',
    'ssl.hsts',
    'ssl.mixed-content',
    'page.security-headers',
    'pix.enabled',
    'pix.key',
    'approval.device-id',
    'approval.sdk-v2',
    'approval.item-data',
    'approval.payer-data',
    'approval.shipping-data',
    'approval.rejection-rate',
    'notifications.configured',
    'notifications.https',
    'notifications.reachable',
    'notifications.signature',
    'reports.release',
    'reports.settlement',
];

;// CONCATENATED MODULE: ./lib/src/config/input-error.js
/** Bad input: the action fails at once with this one line, which names the input. */
class InputError extends Error {
    name = 'InputError';
}

;// CONCATENATED MODULE: ./lib/src/config/config-file.js




const severityOrOff = schemas/* enum */.k5n(['off', 'info', 'warning', 'blocker']);
const isoDate = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* date */.p6U()])
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), {
    message: 'expected a date as YYYY-MM-DD',
});
const checkId = schemas/* enum */.k5n(CHECK_IDS, { message: 'unknown check id' });
const configSchema = schemas/* object */.Ikc({
    checks: schemas/* partialRecord */.jgl(checkId, severityOrOff).optional(),
    waivers: schemas/* array */.YOg(schemas/* strictObject */.rej({
        check: checkId,
        reason: schemas/* string */.YjP().trim().min(1, 'a waiver needs a reason'),
        until: isoDate,
    }))
        .optional(),
    thresholds: schemas/* strictObject */.rej({
        'expiry-min-days': schemas/* number */.aig().int().positive().optional(),
        'hsts-min-days': schemas/* number */.aig().int().positive().optional(),
        'field-coverage': schemas/* number */.aig().min(0).max(1).optional(),
        'rejection-rate-max': schemas/* number */.aig().min(0).max(1).optional(),
        'webhook-timeout-ms': schemas/* number */.aig().int().positive().max(120000).optional(),
    })
        .optional(),
})
    .strict();
/**
 * Parses and validates the YAML config (DESIGN §6). Any problem is an InputError naming the file
 * and line: unknown keys, unknown check ids and bad values included.
 */
function parseConfigFile(source, fileName) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const yamlError = doc.errors[0];
    if (yamlError) {
        const line = lineCounter.linePos(yamlError.pos[0]).line;
        throw new InputError(`Invalid config file '${fileName}' at line ${line}: ${yamlError.message.split('\n')[0]}`);
    }
    const data = doc.toJS() ?? {};
    const parsed = configSchema.safeParse(data);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys')
        path.push(String(issue.keys[0]));
    const where = lineOf(doc, lineCounter, path);
    const at = path.length > 0 ? ` '${path.join('.')}'` : '';
    const unknownKey = issue.code === 'unrecognized_keys' || issue.code === 'invalid_key';
    const message = unknownKey ? `${path[0] === 'checks' ? 'unknown check id' : 'unknown key'}${at}` : `${issue.message}${at}`;
    throw new InputError(`Invalid config file '${fileName}'${where}: ${message}`);
}
/** The line of the deepest node on `path` that exists, as " at line N", or "" when unknown. */
function lineOf(doc, counter, path) {
    for (let depth = path.length; depth >= 0; depth--) {
        const keys = path.slice(0, depth).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
        const parentKeys = keys.slice(0, -1);
        const last = keys[keys.length - 1];
        const parent = depth === 0 ? doc.contents : doc.getIn(parentKeys, true);
        if (depth > 0 && (0,dist/* isMap */.jh)(parent)) {
            const pair = parent.items.find((p) => (0,dist/* isNode */.Ll)(p.key) && p.key.value === last);
            const keyNode = pair?.key;
            if ((0,dist/* isNode */.Ll)(keyNode) && keyNode.range)
                return ` at line ${counter.linePos(keyNode.range[0]).line}`;
        }
        const node = depth === 0 ? doc.contents : doc.getIn(keys, true);
        if ((0,dist/* isNode */.Ll)(node) && node.range)
            return ` at line ${counter.linePos(node.range[0]).line}`;
    }
    return '';
}

;// CONCATENATED MODULE: ./lib/src/config/settings.js




const DEFAULT_THRESHOLDS = {
    expiryMinDays: 30,
    hstsMinDays: 180,
    fieldCoverage: 0.9,
    rejectionRateMax: 0.25,
    webhookTimeoutMs: 22000,
};
const DEFAULT_CONFIG_PATH = '.github/mercadopago-readiness.yml';
/** Reads every input once and validates it; the first problem is an InputError naming the input. */
function buildSettings(read, env) {
    const input = (name) => read(name).trim();
    const siteUrl = parseUrl(input('site-url'), 'site-url', 'the URL of the page that shows the payment form, e.g. https://shop.example/checkout', true);
    const accessToken = input('access-token');
    if (accessToken === '') {
        throw new InputError("Input 'access-token' is required: pass your Mercado Pago production access token from a secret.");
    }
    if (/\s/.test(accessToken)) {
        throw new InputError("Invalid 'access-token': it contains white space inside; expected a single token such as APP_USR-….");
    }
    const failOn = oneOf(input('fail-on') || 'blocker', 'fail-on', ['blocker', 'warning', 'never']);
    const language = oneOf(input('language') || 'auto', 'language', ['auto', ...LANGUAGES]);
    const timeoutText = input('timeout-seconds') || '60';
    const timeoutSeconds = Number(timeoutText);
    if (!/^\d+(\.\d+)?$/.test(timeoutText) || !(timeoutSeconds > 0) || timeoutSeconds > 3600) {
        throw new InputError(`Invalid 'timeout-seconds': '${timeoutText}'. Expected a number of seconds greater than 0 (at most 3600).`);
    }
    const prCommentText = (input('pr-comment') || 'true').toLowerCase();
    if (prCommentText !== 'true' && prCommentText !== 'false') {
        throw new InputError(`Invalid 'pr-comment': '${prCommentText}'. Expected true or false.`);
    }
    const configInput = input('config');
    const configPath = external_node_path_.resolve(env.workspace, configInput || DEFAULT_CONFIG_PATH);
    const configSource = env.readFile(configPath);
    if (configSource === undefined && configInput !== '' && configInput !== DEFAULT_CONFIG_PATH) {
        throw new InputError(`Invalid 'config': file '${configInput}' does not exist.`);
    }
    const config = configSource === undefined ? {} : parseConfigFile(configSource, configInput || DEFAULT_CONFIG_PATH);
    const t = config.thresholds ?? {};
    const sarifInput = input('sarif-file');
    return {
        siteUrl,
        accessToken,
        ...optional('publicKey', input('public-key') || undefined),
        ...optional('webhookUrl', parseUrl(input('webhook-url'), 'webhook-url', 'the https:// URL of your notification endpoint', false)),
        ...optional('webhookSecret', input('webhook-secret') || undefined),
        ...optional('paymentId', paymentIdOf(input('payment-id'))),
        failOn,
        language,
        ...optional('githubToken', input('github-token') || undefined),
        prComment: prCommentText === 'true',
        reportFile: external_node_path_.resolve(env.workspace, input('report-file') || 'mercadopago-readiness.json'),
        ...optional('sarifFile', sarifInput ? external_node_path_.resolve(env.workspace, sarifInput) : undefined),
        timeoutMs: Math.round(timeoutSeconds * 1000),
        apiBaseUrl: parseUrl(input('api-base-url') || 'https://api.mercadopago.com', 'api-base-url', 'an http(s) URL such as https://api.mercadopago.com', true),
        severityOverrides: config.checks ?? {},
        waivers: config.waivers ?? [],
        thresholds: {
            expiryMinDays: t['expiry-min-days'] ?? DEFAULT_THRESHOLDS.expiryMinDays,
            hstsMinDays: t['hsts-min-days'] ?? DEFAULT_THRESHOLDS.hstsMinDays,
            fieldCoverage: t['field-coverage'] ?? DEFAULT_THRESHOLDS.fieldCoverage,
            rejectionRateMax: t['rejection-rate-max'] ?? DEFAULT_THRESHOLDS.rejectionRateMax,
            webhookTimeoutMs: t['webhook-timeout-ms'] ?? DEFAULT_THRESHOLDS.webhookTimeoutMs,
        },
    };
}
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
function parseUrl(value, name, expected, required) {
    if (value === '') {
        if (required)
            throw new InputError(`Input '${name}' is required: expected ${expected}.`);
        return undefined;
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new InputError(`Invalid '${name}': '${value}' is not a URL. Expected ${expected}.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError(`Invalid '${name}': '${value}' is not an http(s) URL. Expected ${expected}.`);
    }
    if (url.username || url.password) {
        throw new InputError(`Invalid '${name}': the URL must not carry a user name or password.`);
    }
    return url;
}
function oneOf(value, name, allowed) {
    if (allowed.includes(value))
        return value;
    throw new InputError(`Invalid '${name}': '${value}'. Expected one of: ${allowed.join(', ')}.`);
}
function paymentIdOf(value) {
    if (value === '')
        return undefined;
    if (!/^\d{1,20}$/.test(value))
        throw new InputError(`Invalid 'payment-id': '${value}'. Expected the numeric id of a production payment.`);
    return value;
}

;// CONCATENATED MODULE: ./lib/src/checks/outcomes.js

/** Shorthands that keep check files declarative. */
const pass = (message, evidence) => ({ status: 'pass', message, ...(evidence ? { evidence } : {}) });
const fail = (message, remediation, evidence) => ({
    status: 'fail',
    message,
    remediation,
    ...(evidence ? { evidence } : {}),
});
const skip = (message, evidence) => ({ status: 'skip', message, ...(evidence ? { evidence } : {}) });
const manual = (message, remediation, evidence) => ({
    status: 'manual',
    message,
    remediation,
    ...(evidence ? { evidence } : {}),
});
/** A probe failure: the check could not be judged. Never reads as pass. */
function probeFailed(error, remediation) {
    return {
        status: 'error',
        message: text_text(`Could not be checked: ${error.message}.`, `No se pudo verificar: ${error.message}.`, `Não foi possível verificar: ${error.message}.`),
        remediation: remediation ?? text_text('Run the check again; if it persists, fix the cause named above.', 'Vuelve a ejecutar la verificación; si persiste, corrige la causa indicada.', 'Execute a verificação novamente; se persistir, corrija a causa indicada acima.'),
        evidence: { errorKind: error.kind },
    };
}
/**
 * For checks that read the Mercado Pago API: skip when the token was refused (that is
 * credentials.token-valid's finding), error when the API could not answer.
 */
function withAccount(outcome, evaluate) {
    if (outcome.ok)
        return evaluate(outcome.value);
    if (outcome.error.kind === 'refused') {
        return skip(text_text('Skipped: the access token was refused, so the account cannot be read.', 'Omitido: el access token fue rechazado y no se puede leer la cuenta.', 'Ignorado: o access token foi recusado, então a conta não pode ser lida.'));
    }
    return probeFailed(outcome.error);
}
/** For checks on the TLS handshake: skip when the site is not https, error when no handshake. */
function withTls(outcome, evaluate) {
    if (outcome === undefined) {
        return skip(text_text('Skipped: site-url is not https, so there is no certificate to check (see ssl.https).', 'Omitido: site-url no es https, no hay certificado que verificar (ver ssl.https).', 'Ignorado: site-url não é https, não há certificado para verificar (veja ssl.https).'));
    }
    if (!outcome.ok)
        return probeFailed(outcome.error, text_text('Make sure the site answers HTTPS on this address and port, then run again.', 'Asegúrate de que el sitio responda HTTPS en esta dirección y puerto, y vuelve a ejecutar.', 'Garanta que o site responda HTTPS neste endereço e porta e execute novamente.'));
    return evaluate(outcome.value);
}

;// CONCATENATED MODULE: ./lib/src/checks/payment-data.js

/** A value counts as given when it is a non-empty string, a number, or a boolean. */
function given(value) {
    if (typeof value === 'string')
        return value.trim() !== '';
    return typeof value === 'number' || typeof value === 'boolean';
}
const dict = (value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined);
function itemsOf(p) {
    const items = p.additional_info?.items;
    return Array.isArray(items) ? items.map(dict).filter((i) => i !== undefined) : [];
}
/** Item fields, per item: every item must carry the field for the payment to count. */
function itemsCarry(p, field) {
    const items = itemsOf(p);
    return items.length > 0 && items.every((i) => given(i[field]));
}
/** Payer fields on the payment's `payer` or, as sent at creation, `additional_info.payer`. */
function payerField(p, field) {
    const sources = [dict(p.payer), dict(p.additional_info?.payer)];
    if (field === 'phone')
        return sources.some((s) => given(dict(s?.['phone'])?.['number']));
    if (field === 'address')
        return sources.some((s) => given(dict(s?.['address'])?.['zip_code']) && given(dict(s?.['address'])?.['street_name']));
    return sources.some((s) => given(s?.[field]));
}
function payerIdentification(p) {
    const id = dict(dict(p.payer)?.['identification']);
    return given(id?.['type']) && given(id?.['number']);
}
/** A receiver address Mercado Pago can use: at least zip code and street. */
function receiverAddress(p) {
    const address = dict(dict(p.additional_info?.shipments)?.['receiver_address']);
    return given(address?.['zip_code']) && given(address?.['street_name']);
}
/** Share of payments meeting `test`, with the ids of a few that do not. */
function coverage(payments, test) {
    const failing = payments.filter((p) => !test(p));
    return { share: payments.length === 0 ? 0 : (payments.length - failing.length) / payments.length, missing: failing.length, examples: failing.slice(0, 5).map((p) => p.id) };
}
/** A share as a percentage, one decimal, with each language's decimal mark. */
function percent(share) {
    const value = String(Math.floor(share * 1000) / 10);
    return text_text(`${value}%`, `${value.replace('.', ',')}%`, `${value.replace('.', ',')}%`);
}

;// CONCATENATED MODULE: ./lib/src/checks/rejection-advice.js

const FORM = text_text('The buyer mistyped card data: the payment form lets bad input through. Use the Card Payment Brick or MercadoPago.js v2 fields, which validate number, date and code before submitting.', 'El comprador ingresó mal los datos de la tarjeta: el formulario de pago deja pasar datos inválidos. Usa el Card Payment Brick o los campos de MercadoPago.js v2, que validan número, fecha y código antes de enviar.', 'O comprador digitou errado os dados do cartão: o formulário de pagamento deixa passar dados inválidos. Use o Card Payment Brick ou os campos do MercadoPago.js v2, que validam número, data e código antes de enviar.');
const ADVICE = {
    cc_rejected_bad_filled_card_number: { cause: 'form', advice: FORM },
    cc_rejected_bad_filled_date: { cause: 'form', advice: FORM },
    cc_rejected_bad_filled_other: { cause: 'form', advice: FORM },
    cc_rejected_bad_filled_security_code: { cause: 'form', advice: FORM },
    cc_rejected_call_for_authorize: {
        cause: 'issuer',
        advice: text_text('The issuer asks the buyer to authorize the payment: tell buyers to call their bank and try again.', 'El emisor pide que el comprador autorice el pago: indica al comprador que llame a su banco y reintente.', 'O emissor pede que o comprador autorize o pagamento: oriente o comprador a ligar para o banco e tentar novamente.'),
    },
    cc_rejected_card_disabled: {
        cause: 'issuer',
        advice: text_text('The card is not activated: the buyer must activate it with the issuer or use another one.', 'La tarjeta no está activada: el comprador debe activarla con el emisor o usar otra.', 'O cartão não está ativado: o comprador deve ativá-lo com o emissor ou usar outro.'),
    },
    cc_rejected_duplicated_payment: {
        cause: 'form',
        advice: text_text('The same payment was submitted twice: disable the pay button after the first click and send one X-Idempotency-Key per purchase.', 'El mismo pago se envió dos veces: desactiva el botón de pago tras el primer clic y envía un X-Idempotency-Key por compra.', 'O mesmo pagamento foi enviado duas vezes: desative o botão de pagar após o primeiro clique e envie um X-Idempotency-Key por compra.'),
    },
    cc_rejected_insufficient_amount: {
        cause: 'issuer',
        advice: text_text('Insufficient funds: offer other means, such as Pix or another card, on the rejection screen.', 'Fondos insuficientes: ofrece otros medios, como otra tarjeta, en la pantalla de rechazo.', 'Saldo insuficiente: ofereça outros meios, como Pix ou outro cartão, na tela de recusa.'),
    },
    cc_rejected_invalid_installments: {
        cause: 'form',
        advice: text_text('The card does not accept the chosen installments: offer only the installments Mercado Pago returns for the card (the Brick does this).', 'La tarjeta no acepta las cuotas elegidas: ofrece solo las cuotas que Mercado Pago devuelve para la tarjeta (el Brick lo hace).', 'O cartão não aceita as parcelas escolhidas: ofereça só as parcelas que o Mercado Pago retorna para o cartão (o Brick faz isso).'),
    },
    cc_rejected_max_attempts: {
        cause: 'issuer',
        advice: text_text('The buyer reached the card\'s attempt limit: suggest another card or means of payment.', 'El comprador alcanzó el límite de intentos de la tarjeta: sugiere otra tarjeta u otro medio.', 'O comprador atingiu o limite de tentativas do cartão: sugira outro cartão ou meio de pagamento.'),
    },
    cc_rejected_high_risk: {
        cause: 'fraud',
        advice: text_text('Fraud prevention refused the payment: send the device id, full payer data (name, identification, phone, address) and item data so Mercado Pago can assess the risk.', 'La prevención de fraude rechazó el pago: envía el device id, los datos completos del comprador (nombre, identificación, teléfono, dirección) y de los ítems para que Mercado Pago evalúe el riesgo.', 'A prevenção a fraudes recusou o pagamento: envie o device id, os dados completos do comprador (nome, identificação, telefone, endereço) e dos itens para que o Mercado Pago avalie o risco.'),
    },
    cc_rejected_blacklist: {
        cause: 'fraud',
        advice: text_text('The card or buyer is blocked by fraud prevention: nothing to fix in the integration; the buyer must use another means.', 'La tarjeta o el comprador están bloqueados por prevención de fraude: no hay nada que corregir en la integración; el comprador debe usar otro medio.', 'O cartão ou o comprador está bloqueado pela prevenção a fraudes: não há o que corrigir na integração; o comprador deve usar outro meio.'),
    },
    cc_rejected_other_reason: {
        cause: 'issuer',
        advice: text_text('The issuer declined without a reason: the buyer should use another card; if it is frequent, check the data you send (approval section).', 'El emisor rechazó sin motivo: el comprador debe usar otra tarjeta; si es frecuente, revisa los datos que envías (sección de aprobación).', 'O emissor recusou sem motivo: o comprador deve usar outro cartão; se for frequente, revise os dados enviados (seção de aprovação).'),
    },
};
const UNKNOWN = {
    cause: 'other',
    advice: text_text('See Mercado Pago\'s list of rejection reasons for this status_detail.', 'Consulta la lista de motivos de rechazo de Mercado Pago para este status_detail.', 'Consulte a lista de motivos de recusa do Mercado Pago para este status_detail.'),
};
/** The advice for a `status_detail`, or a pointer to the docs for one we do not know. */
function adviceFor(statusDetail) {
    return ADVICE[statusDetail] ?? UNKNOWN;
}

;// CONCATENATED MODULE: ./lib/src/checks/approval.js




const APPROVAL_DOCS = '/guides/additional-content/how-tos/payment-rejections';
const live = (sample) => sample.payments.filter((p) => p.live_mode === true);
const NO_LIVE = text_text('Skipped: no live payment in the last 30 days to measure (see quality.live-payment).', 'Omitido: no hay pagos en producción en los últimos 30 días para medir (ver quality.live-payment).', 'Ignorado: não há pagamentos em produção nos últimos 30 dias para medir (veja quality.live-payment).');
/** A coverage check: the share of sampled live payments that carry every field of a group. */
function coverageCheck(id, severity, title, group, fields, remediation) {
    return {
        id,
        section: 'approval',
        defaultSeverity: severity,
        title,
        docs: APPROVAL_DOCS,
        evaluate(evidence, { thresholds }) {
            return withAccount(evidence.account, () => withAccount(evidence.payments, (sample) => {
                const payments = live(sample);
                if (payments.length === 0)
                    return skip(NO_LIVE);
                const all = coverage(payments, (p) => fields.every(([, test]) => test(p)));
                const perField = Object.fromEntries(fields.map(([name, test]) => [name, Math.round(coverage(payments, test).share * 1000) / 1000]));
                const facts = { livePayments: payments.length, coverage: Math.round(all.share * 1000) / 1000, threshold: thresholds.fieldCoverage, perField, missingExamples: all.examples, sampleTruncated: sample.truncated };
                const share = percent(all.share);
                const n = payments.length;
                if (all.share >= thresholds.fieldCoverage) {
                    return pass(text_text(`${share.en} of ${n} live payments carry ${group.en}.`, `${share.es} de ${n} pagos en producción llevan ${group.es}.`, `${share['pt-BR']} de ${n} pagamentos em produção contêm ${group['pt-BR']}.`), facts);
                }
                const weakest = Object.entries(perField).sort((a, b) => a[1] - b[1])[0][0];
                const min = percent(thresholds.fieldCoverage);
                return fail(text_text(`Only ${share.en} of ${n} live payments carry ${group.en} (at least ${min.en} expected); the most often missing is ${weakest}.`, `Solo ${share.es} de ${n} pagos en producción llevan ${group.es} (se espera al menos ${min.es}); el que más falta es ${weakest}.`, `Apenas ${share['pt-BR']} de ${n} pagamentos em produção contêm ${group['pt-BR']} (esperado pelo menos ${min['pt-BR']}); o que mais falta é ${weakest}.`), remediation, facts);
            }));
        },
    };
}
const itemData = coverageCheck('approval.item-data', 'warning', text_text('Payments carry item data', 'Los pagos llevan datos de los ítems', 'Os pagamentos contêm dados dos itens'), text_text('complete item data', 'datos de ítems completos', 'dados completos dos itens'), ['id', 'title', 'description', 'category_id', 'quantity', 'unit_price'].map((f) => [`items.${f}`, (p) => itemsCarry(p, f)]), text_text('Send every item with id, title, description, category_id, quantity and unit_price (additional_info.items on /v1/payments, items on preferences): the approval engine uses them to assess risk.', 'Envía cada ítem con id, title, description, category_id, quantity y unit_price (additional_info.items en /v1/payments, items en preferencias): el motor de aprobación los usa para evaluar el riesgo.', 'Envie cada item com id, title, description, category_id, quantity e unit_price (additional_info.items em /v1/payments, items nas preferências): o motor de aprovação os usa para avaliar o risco.'));
const payerData = coverageCheck('approval.payer-data', 'warning', text_text('Payments carry buyer data', 'Los pagos llevan datos del comprador', 'Os pagamentos contêm dados do comprador'), text_text('complete buyer data', 'datos completos del comprador', 'dados completos do comprador'), [
    ['payer.first_name', (p) => payerField(p, 'first_name')],
    ['payer.last_name', (p) => payerField(p, 'last_name')],
    ['payer.email', (p) => payerField(p, 'email')],
    ['payer.identification', payerIdentification],
], text_text('Send the buyer\'s first and last name, e-mail and identification (type and number) with every payment (payer and additional_info.payer).', 'Envía nombre, apellido, e-mail e identificación (tipo y número) del comprador en cada pago (payer y additional_info.payer).', 'Envie nome, sobrenome, e-mail e identificação (tipo e número) do comprador em cada pagamento (payer e additional_info.payer).'));
const shippingData = coverageCheck('approval.shipping-data', 'info', text_text('Payments carry a shipping address', 'Los pagos llevan dirección de envío', 'Os pagamentos contêm endereço de entrega'), text_text('a shipping address', 'dirección de envío', 'endereço de entrega'), [['shipments.receiver_address', receiverAddress]], text_text('For physical goods, send additional_info.shipments.receiver_address (zip_code, street_name, street_number, city_name, state_name).', 'Para bienes físicos, envía additional_info.shipments.receiver_address (zip_code, street_name, street_number, city_name, state_name).', 'Para produtos físicos, envie additional_info.shipments.receiver_address (zip_code, street_name, street_number, city_name, state_name).'));
/** Statuses the issuer or Mercado Pago has decided; pending or cancelled ones say nothing of approval. */
const DECIDED = new Set(['approved', 'authorized', 'rejected', 'refunded', 'charged_back', 'in_mediation']);
const MIN_DECIDED = 20;
const rejectionRate = {
    id: 'approval.rejection-rate',
    section: 'approval',
    defaultSeverity: 'warning',
    title: text_text('Rejection rate of live payments', 'Tasa de rechazo de los pagos en producción', 'Taxa de recusa dos pagamentos em produção'),
    docs: APPROVAL_DOCS,
    evaluate(evidence, { thresholds }) {
        return withAccount(evidence.account, () => withAccount(evidence.payments, (sample) => {
            const decided = live(sample).filter((p) => DECIDED.has(p.status ?? ''));
            if (decided.length < MIN_DECIDED) {
                return skip(text_text(`Skipped: ${decided.length} decided live payments in the last 30 days, fewer than ${MIN_DECIDED} needed for a meaningful rate.`, `Omitido: ${decided.length} pagos en producción resueltos en los últimos 30 días, menos de los ${MIN_DECIDED} necesarios para una tasa significativa.`, `Ignorado: ${decided.length} pagamentos em produção concluídos nos últimos 30 dias, menos que os ${MIN_DECIDED} necessários para uma taxa significativa.`), { decided: decided.length, minimum: MIN_DECIDED });
            }
            const rejected = decided.filter((p) => p.status === 'rejected');
            const rate = rejected.length / decided.length;
            const counts = new Map();
            for (const p of rejected)
                counts.set(p.status_detail ?? 'unknown', (counts.get(p.status_detail ?? 'unknown') ?? 0) + 1);
            const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([statusDetail, count]) => ({ statusDetail, count, ...adviceFor(statusDetail) }));
            const facts = { decided: decided.length, rejected: rejected.length, rate: Math.round(rate * 1000) / 1000, threshold: thresholds.rejectionRateMax, topStatusDetails: top, sampleTruncated: sample.truncated };
            const share = percent(rate);
            if (rate <= thresholds.rejectionRateMax) {
                return pass(text_text(`${share.en} of ${decided.length} decided live payments were rejected in the last 30 days.`, `${share.es} de ${decided.length} pagos en producción resueltos fueron rechazados en los últimos 30 días.`, `${share['pt-BR']} de ${decided.length} pagamentos em produção concluídos foram recusados nos últimos 30 dias.`), facts);
            }
            const first = top[0];
            const max = percent(thresholds.rejectionRateMax);
            return fail(text_text(`${share.en} of ${decided.length} decided live payments were rejected (at most ${max.en} expected); the most frequent reason is ${first.statusDetail} (${first.count}).`, `${share.es} de ${decided.length} pagos en producción resueltos fueron rechazados (se espera como máximo ${max.es}); el motivo más frecuente es ${first.statusDetail} (${first.count}).`, `${share['pt-BR']} de ${decided.length} pagamentos em produção concluídos foram recusados (esperado no máximo ${max['pt-BR']}); o motivo mais frequente é ${first.statusDetail} (${first.count}).`), first.advice, facts);
        }));
    },
};

;// CONCATENATED MODULE: ./lib/src/checks/credentials.js


const CREDENTIALS_DOCS = '/docs/your-integrations/credentials';
const tokenValid = {
    id: 'credentials.token-valid',
    section: 'credentials',
    defaultSeverity: 'blocker',
    title: text_text('Access token is accepted', 'El access token es aceptado', 'O access token é aceito'),
    docs: CREDENTIALS_DOCS,
    evaluate(evidence) {
        const account = evidence.account;
        if (account.ok) {
            return pass(text_text(`GET /users/me answered 200 for user ${account.value.userId}.`, `GET /users/me respondió 200 para el usuario ${account.value.userId}.`, `GET /users/me respondeu 200 para o usuário ${account.value.userId}.`), {
                userId: account.value.userId,
                siteId: account.value.siteId ?? null,
            });
        }
        if (account.error.kind === 'refused') {
            return fail(text_text(`Mercado Pago refused the access token: ${account.error.message}.`, `Mercado Pago rechazó el access token: ${account.error.message}.`, `O Mercado Pago recusou o access token: ${account.error.message}.`), text_text('Copy the production access token again from Your integrations > your application > Production credentials, and store it in the repository secret passed as access-token.', 'Copia de nuevo el access token de producción en Tus integraciones > tu aplicación > Credenciales de producción y guárdalo en el secret del repositorio que pasas como access-token.', 'Copie novamente o access token de produção em Suas integrações > sua aplicação > Credenciais de produção e salve-o no secret do repositório passado como access-token.'), { httpStatus: account.error.status ?? null });
        }
        return probeFailed(account.error);
    },
};
const production = {
    id: 'credentials.production',
    section: 'credentials',
    defaultSeverity: 'blocker',
    title: text_text('Production credentials, not test ones', 'Credenciales de producción, no de prueba', 'Credenciais de produção, não de teste'),
    docs: CREDENTIALS_DOCS,
    evaluate(evidence, context) {
        const fix = text_text('Activate the production credentials of your application and use its production access token (APP_USR-…) of the real seller account, not a test user.', 'Activa las credenciales de producción de tu aplicación y usa su access token de producción (APP_USR-…) de la cuenta real del vendedor, no de un usuario de prueba.', 'Ative as credenciais de produção da sua aplicação e use o access token de produção (APP_USR-…) da conta real do vendedor, não de um usuário de teste.');
        if (context.tokenPrefix === 'TEST') {
            return fail(text_text('The access token starts with TEST-: it is a test credential.', 'El access token empieza con TEST-: es una credencial de prueba.', 'O access token começa com TEST-: é uma credencial de teste.'), fix, { tokenPrefix: 'TEST-' });
        }
        // An APP_USR- prefix proves nothing (test users' credentials are APP_USR- too, reference §1):
        // beyond a TEST- prefix, only the account can tell, so a refused token is a skip here.
        return withAccount(evidence.account, ({ tags, email, userId }) => {
            const testTag = tags.includes('test_user');
            const testEmail = email !== undefined && /@testuser\.com$/i.test(email);
            const facts = { tokenPrefix: context.tokenPrefix === 'APP_USR' ? 'APP_USR-' : 'other', tags: [...tags], testUserEmail: testEmail, userId };
            if (!testTag && !testEmail) {
                return pass(text_text(`Production credential of the real account ${userId} (not a test user).`, `Credencial de producción de la cuenta real ${userId} (no es usuario de prueba).`, `Credencial de produção da conta real ${userId} (não é usuário de teste).`), facts);
            }
            const why = testTag
                ? text_text('its tags include test_user', 'sus tags incluyen test_user', 'suas tags incluem test_user')
                : text_text('its e-mail is a @testuser.com address', 'su e-mail es una dirección @testuser.com', 'seu e-mail é um endereço @testuser.com');
            return fail(text_text(`The token belongs to a Mercado Pago test user (${why.en}): test users' credentials start with APP_USR- too, but they are not production.`, `El token pertenece a un usuario de prueba de Mercado Pago (${why.es}): las credenciales de usuarios de prueba también empiezan con APP_USR-, pero no son de producción.`, `O token pertence a um usuário de teste do Mercado Pago (${why['pt-BR']}): as credenciais de usuários de teste também começam com APP_USR-, mas não são de produção.`), fix, facts);
        });
    },
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/src/probes/webhook/signature.js

/**
 * The signed manifest: `id:<data.id>;request-id:<x-request-id>;ts:<ts>;` with the trailing `;`.
 * `data.id` keeps its casing: the official SDKs stopped lowercasing it (reference §4).
 */
function signatureManifest(parts) {
    return `id:${parts.dataId};request-id:${parts.requestId};ts:${parts.ts};`;
}
/** HMAC-SHA256 of the manifest with the application's secret, as lowercase hex (`v1`). */
function signatureV1(secret, parts) {
    return (0,external_node_crypto_.createHmac)('sha256', secret).update(signatureManifest(parts)).digest('hex');
}
/** The `x-signature` header value: `ts=<seconds>,v1=<hex>`. */
function signatureHeader(secret, parts) {
    return `ts=${parts.ts},v1=${signatureV1(secret, parts)}`;
}
/** Reads `ts` and `v1` from an `x-signature` header; undefined when either is missing. */
function parseSignatureHeader(header) {
    const fields = new Map();
    for (const part of header.split(',')) {
        const at = part.indexOf('=');
        if (at > 0)
            fields.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
    }
    const ts = fields.get('ts');
    const v1 = fields.get('v1');
    return ts && v1 ? { ts, v1 } : undefined;
}

;// CONCATENATED MODULE: ./lib/src/probes/webhook/notification.js


/** The id Mercado Pago's own "Simular" button uses when no real payment is at hand. */
const SYNTHETIC_DATA_ID = '123456';
/**
 * The notification URL Mercado Pago calls: the configured URL with `data.id` and `type`
 * appended. Existing query parameters (`source_news=webhooks`, a merchant's own token) are
 * kept byte for byte; only earlier `data.id`/`type` parameters are replaced.
 */
function notificationUrl(configured, dataId) {
    const url = new URL(configured);
    url.hash = '';
    const kept = url.search
        .replace(/^\?/, '')
        .split('&')
        .filter((pair) => pair !== '' && !['data.id', 'type'].includes(decodeKey(pair)));
    url.search = [...kept, `data.id=${encodeURIComponent(dataId)}`, 'type=payment'].join('&');
    return url;
}
function decodeKey(pair) {
    const key = pair.split('=')[0] ?? '';
    try {
        return decodeURIComponent(key.replace(/\+/g, ' '));
    }
    catch {
        return key;
    }
}
/**
 * Builds the documented `payment.updated` notification (DESIGN §5, reference §4). Each call
 * has its own `x-request-id` and `ts`. A forged signature is well-formed but made with a random
 * key, so only a receiver that really verifies the HMAC can tell it apart.
 */
function buildNotification(configured, subject, signature, secret, now = new Date()) {
    const requestId = (0,external_node_crypto_.randomUUID)();
    const body = {
        action: 'payment.updated',
        api_version: 'v1',
        data: { id: subject.dataId },
        date_created: now.toISOString(),
        id: (0,external_node_crypto_.randomInt)(1_000_000_000, 281_474_976_710_655),
        live_mode: subject.liveMode,
        type: 'payment',
        user_id: subject.userId,
    };
    const headers = {
        'content-type': 'application/json',
        accept: '*/*',
        'user-agent': 'mercadopago-readiness/1.0 (test notification)',
        'x-request-id': requestId,
    };
    const parts = { dataId: subject.dataId, requestId, ts: Math.floor(now.getTime() / 1000) };
    let manifest;
    if (signature === 'valid') {
        if (secret === undefined)
            throw new Error('a valid signature needs the webhook secret');
        headers['x-signature'] = signatureHeader(secret, parts);
        manifest = signatureManifest(parts);
    }
    else if (signature === 'forged') {
        headers['x-signature'] = signatureHeader((0,external_node_crypto_.randomBytes)(32).toString('hex'), parts);
        manifest = signatureManifest(parts);
    }
    return { url: notificationUrl(configured, subject.dataId), headers, body: JSON.stringify(body), requestId, ...(manifest ? { manifest } : {}) };
}

;// CONCATENATED MODULE: ./lib/src/probes/webhook/target.js

const MAX_OTHERS = 5;
/**
 * Which URL to notify: `webhook-url` when given; else the newest `notification_url` on recent
 * payments (live ones first: they are what production notifies), then on preferences.
 * Undefined when none is known: the dashboard's webhook URL cannot be read by API.
 */
function chooseTarget(input, payments, preferences) {
    const fromPayments = payments?.ok ? liveFirst(payments.value.payments).map((p) => ({ url: usable(p.notification_url), id: String(p.id), source: 'payment' })) : [];
    const fromPreferences = preferences?.ok
        ? liveFirst(preferences.value.preferences).map((p) => ({ url: usable(p.notification_url), id: p.id, source: 'preference' }))
        : [];
    const seen = [...fromPayments, ...fromPreferences].filter((c) => c.url !== undefined);
    const chosen = input ? { url: input.href, source: 'input' } : seen[0] ? { url: seen[0].url, source: seen[0].source, sourceId: seen[0].id } : undefined;
    if (!chosen)
        return undefined;
    const others = [...new Set(seen.map((c) => c.url))].filter((u) => u !== chosen.url).slice(0, MAX_OTHERS);
    return { ...chosen, othersSeen: others };
}
/** The notification's subject: the latest (live first) payment, else a synthetic id. */
function chooseSubject(payments, account, tokenUserId) {
    const latest = payments?.ok ? liveFirst(payments.value.payments)[0] : undefined;
    const userId = account?.ok ? account.value.userId : tokenUserId;
    if (latest)
        return { dataId: String(latest.id), synthetic: false, liveMode: latest.live_mode !== false, userId };
    return { dataId: SYNTHETIC_DATA_ID, synthetic: true, liveMode: true, userId };
}
/**
 * The user id at the end of an access token (`…-<user_id>`, reference §1), used only when
 * `/users/me` could not be read. Only the number leaves this function.
 */
function userIdFromToken(token) {
    const match = /^(?:APP_USR|TEST)-\d+-\d+-[0-9a-f]+-(\d{1,15})$/.exec(token);
    return match ? Number(match[1]) : null;
}
/**
 * `source_news=ipn` asks Mercado Pago for IPN only (`?topic=payment&id=…`, unsigned in any
 * checkable way), so a Webhooks-shaped test notification would not be what that endpoint gets.
 */
function isIpnOnly(url) {
    try {
        return new URL(url).searchParams.get('source_news')?.toLowerCase() === 'ipn';
    }
    catch {
        return false;
    }
}
/**
 * Whether a URL points at Mercado Pago itself (its sites, or the API base in use): the action
 * promises never to write there, so no notification is sent to such a URL.
 */
function pointsAtMercadoPago(url, apiBaseUrl) {
    try {
        const host = new URL(url).hostname.toLowerCase();
        return host === apiBaseUrl.hostname.toLowerCase() || /(^|\.)mercado(pago|libre|livre)\.com(\.[a-z]{2})?$/.test(host) || /(^|\.)mercadopago\.cl$/.test(host);
    }
    catch {
        return false;
    }
}
/** Newest first is kept; live-mode items move ahead of test ones. */
function liveFirst(items) {
    return [...items.filter((i) => i.live_mode !== false), ...items.filter((i) => i.live_mode === false)];
}
/**
 * An http(s) URL, or undefined for an empty or unusable value. A URL with a user name or
 * password is left out, as webhook-url refuses one: its credentials would end up in the report.
 */
function usable(value) {
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    try {
        const url = new URL(value.trim());
        if (url.username !== '' || url.password !== '')
            return undefined;
        return url.protocol === 'https:' || url.protocol === 'http:' ? value.trim() : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/src/checks/notifications-text.js


/** Where the notification URL came from, in words. */
function describeTarget(target) {
    const url = target.url;
    if (target.source === 'input')
        return text_text(`webhook-url: ${url}`, `webhook-url: ${url}`, `webhook-url: ${url}`);
    const id = target.sourceId ?? '?';
    if (target.source === 'payment') {
        return text_text(`notification_url of payment ${id}: ${url}`, `notification_url del pago ${id}: ${url}`, `notification_url do pagamento ${id}: ${url}`);
    }
    return text_text(`notification_url of preference ${id}: ${url}`, `notification_url de la preferencia ${id}: ${url}`, `notification_url da preferência ${id}: ${url}`);
}
/** What was sent: enough for the merchant to find it in their logs. Never the secret. */
function sentFacts(webhook, delivery) {
    return {
        url: webhook.target?.url ?? null,
        dataId: webhook.subject?.dataId ?? null,
        syntheticDataId: webhook.subject?.synthetic ?? null,
        requestId: delivery.requestId,
        signature: delivery.signature,
        ...(delivery.manifest ? { signedManifest: delivery.manifest } : {}),
    };
}
/** How the endpoint answered: status, latency, the limit, and what a failed answer said. */
function statusFacts(delivery) {
    const answer = delivery.answer;
    return {
        status: answer?.status ?? null,
        latencyMs: delivery.latencyMs,
        limitMs: delivery.limitMs,
        limitedBy: delivery.limitedBy,
        ...(answer?.location ? { location: answer.location } : {}),
        ...(answer?.bodyStart !== undefined ? { bodyStart: answer.bodyStart } : {}),
    };
}
/**
 * No answer in time. Past the threshold it is a finding (`fail`); cut short by the run's own
 * budget it could not be checked (`error`): the endpoint might have answered within 22 s.
 */
function notAnswered(delivery, facts, thresholdMs) {
    const waited = (delivery.limitMs / 1000).toFixed(1);
    if (delivery.limitedBy === 'budget') {
        return {
            status: 'error',
            message: text_text(`Could not be checked: the run's timeout-seconds ran out after ${waited} s, before the endpoint answered.`, `No se pudo verificar: timeout-seconds de la ejecución se agotó a los ${waited} s, antes de que el endpoint respondiera.`, `Não foi possível verificar: o timeout-seconds da execução se esgotou após ${waited} s, antes de o endpoint responder.`),
            remediation: text_text(`Raise timeout-seconds so the endpoint gets its ${(thresholdMs / 1000).toFixed(0)} s, or make it answer faster.`, `Sube timeout-seconds para que el endpoint tenga sus ${(thresholdMs / 1000).toFixed(0)} s, o haz que responda más rápido.`, `Aumente timeout-seconds para que o endpoint tenha seus ${(thresholdMs / 1000).toFixed(0)} s, ou faça-o responder mais rápido.`),
            evidence: facts,
        };
    }
    const limit = thresholdMs === 22_000
        ? text_text("Mercado Pago's limit", 'el límite de Mercado Pago', 'o limite do Mercado Pago')
        : text_text('the configured webhook-timeout-ms', 'el webhook-timeout-ms configurado', 'o webhook-timeout-ms configurado');
    return fail(text_text(`No answer within ${waited} s (${limit.en}).`, `Sin respuesta en ${waited} s (${limit.es}).`, `Sem resposta em ${waited} s (${limit['pt-BR']}).`), text_text('Answer 200 or 201 right away and do the work afterwards (a queue or background job): Mercado Pago gives up after 22 s and retries every 15 minutes.', 'Responde 200 o 201 de inmediato y haz el trabajo después (una cola o tarea en segundo plano): Mercado Pago desiste a los 22 s y reintenta cada 15 minutos.', 'Responda 200 ou 201 imediatamente e faça o trabalho depois (uma fila ou tarefa em segundo plano): o Mercado Pago desiste após 22 s e tenta novamente a cada 15 minutos.'), facts);
}

;// CONCATENATED MODULE: ./lib/src/checks/notifications.js




const WEBHOOKS_DOCS = '/docs/your-integrations/notifications/webhooks';
const noTarget = () => skip(text_text('Skipped: no notification URL is known (see notifications.configured).', 'Omitido: no se conoce ninguna URL de notificación (ver notifications.configured).', 'Ignorado: nenhuma URL de notificação é conhecida (veja notifications.configured).'));
const passWebhookUrl = text_text('Pass your production notification URL as webhook-url (and the application\'s secret signature as webhook-secret) so the endpoint is tested.', 'Pasa tu URL de notificación de producción en webhook-url (y la clave secreta de la aplicación en webhook-secret) para probar el endpoint.', 'Informe sua URL de notificação de produção em webhook-url (e a assinatura secreta da aplicação em webhook-secret) para testar o endpoint.');
const configured = {
    id: 'notifications.configured',
    section: 'notifications',
    defaultSeverity: 'warning',
    title: text_text('A notification URL is configured', 'Hay una URL de notificación configurada', 'Há uma URL de notificação configurada'),
    docs: WEBHOOKS_DOCS,
    evaluate(evidence) {
        const { target } = evidence.webhook;
        if (target)
            return pass(describeTarget(target), { url: target.url, source: sourceName(target), ...(target.sourceId ? { sourceId: target.sourceId } : {}), othersSeen: [...target.othersSeen] });
        const lookups = [evidence.payments, evidence.preferences];
        const refused = lookups.find((o) => !o.ok && o.error.kind === 'refused');
        if (refused) {
            return skip(text_text('Skipped: the access token was refused, so recent payments cannot show a notification URL; pass webhook-url to test the endpoint anyway.', 'Omitido: el access token fue rechazado y los pagos recientes no pueden mostrar una URL de notificación; pasa webhook-url para probar el endpoint igualmente.', 'Ignorado: o access token foi recusado, então os pagamentos recentes não podem mostrar uma URL de notificação; informe webhook-url para testar o endpoint mesmo assim.'));
        }
        const broken = lookups.find((o) => !o.ok);
        if (broken && !broken.ok)
            return probeFailed(broken.error, passWebhookUrl);
        const payments = evidence.payments.ok ? evidence.payments.value.payments.length : 0;
        const preferences = evidence.preferences.ok ? evidence.preferences.value.preferences.length : 0;
        return manual(text_text(`No notification_url on the ${payments} recent payments and ${preferences} preferences read. Webhooks configured in the dashboard cannot be read by API, so this needs a person.`, `Ningún notification_url en los ${payments} pagos y ${preferences} preferencias recientes leídos. Los Webhooks configurados en el panel no se pueden leer por API, así que esto requiere una persona.`, `Nenhuma notification_url nos ${payments} pagamentos e ${preferences} preferências recentes lidos. Webhooks configurados no painel não podem ser lidos por API, então isto requer uma pessoa.`), text_text('In Your integrations > your application > Webhooks > Configure notifications, confirm a production URL with the payment topic. Then pass that URL as webhook-url (and webhook-secret) so this action can send it a test notification.', 'En Tus integraciones > tu aplicación > Webhooks > Configurar notificaciones, confirma una URL de producción con el tópico de pagos. Luego pasa esa URL en webhook-url (y webhook-secret) para que esta action le envíe una notificación de prueba.', 'Em Suas integrações > sua aplicação > Webhooks > Configurar notificações, confirme uma URL de produção com o tópico de pagamentos. Depois informe essa URL em webhook-url (e webhook-secret) para que esta action envie a ela uma notificação de teste.'), { sampledPayments: payments, sampledPreferences: preferences });
    },
};
const https = {
    id: 'notifications.https',
    section: 'notifications',
    defaultSeverity: 'blocker',
    title: text_text('Notification URL uses HTTPS', 'La URL de notificación usa HTTPS', 'A URL de notificação usa HTTPS'),
    docs: WEBHOOKS_DOCS,
    evaluate(evidence) {
        const { target } = evidence.webhook;
        if (!target)
            return noTarget();
        const scheme = new URL(target.url).protocol.replace(':', '');
        if (scheme === 'https')
            return pass(text_text('The notification URL uses https.', 'La URL de notificación usa https.', 'A URL de notificação usa https.'), { url: target.url, scheme });
        return fail(text_text('The notification URL uses plain http: payment updates would travel unencrypted.', 'La URL de notificación usa http sin cifrar: las actualizaciones de pago viajarían sin cifrado.', 'A URL de notificação usa http sem criptografia: as atualizações de pagamento trafegariam sem criptografia.'), text_text('Serve the notification endpoint over https:// with a valid certificate and configure that URL in Mercado Pago (and in notification_url).', 'Sirve el endpoint de notificaciones por https:// con un certificado válido y configura esa URL en Mercado Pago (y en notification_url).', 'Sirva o endpoint de notificações via https:// com um certificado válido e configure essa URL no Mercado Pago (e em notification_url).'), { url: target.url, scheme });
    },
};
const reachable = {
    id: 'notifications.reachable',
    section: 'notifications',
    defaultSeverity: 'blocker',
    title: text_text('Notification endpoint answers 200/201 in time', 'El endpoint de notificaciones responde 200/201 a tiempo', 'O endpoint de notificações responde 200/201 a tempo'),
    docs: WEBHOOKS_DOCS,
    evaluate(evidence, context) {
        const webhook = evidence.webhook;
        if (!webhook.target)
            return noTarget();
        if (isIpnOnly(webhook.target.url)) {
            return manual(text_text(`The notification URL asks for IPN only (source_news=ipn): no test notification was sent, since IPN's format is not the Webhooks one this action sends.`, `La URL de notificación pide solo IPN (source_news=ipn): no se envió notificación de prueba, porque el formato IPN no es el de Webhooks que envía esta action.`, `A URL de notificação pede apenas IPN (source_news=ipn): nenhuma notificação de teste foi enviada, pois o formato IPN não é o de Webhooks que esta action envia.`), text_text('IPN is being discontinued: move to Webhooks (source_news=webhooks, with a secret signature) and run again. Until then, confirm with the dashboard\'s "Simular" that the endpoint answers 200 or 201 within 22 s.', 'IPN se está discontinuando: pasa a Webhooks (source_news=webhooks, con clave secreta) y vuelve a ejecutar. Mientras tanto, confirma con "Simular" del panel que el endpoint responde 200 o 201 en menos de 22 s.', 'O IPN está sendo descontinuado: migre para Webhooks (source_news=webhooks, com assinatura secreta) e execute novamente. Até lá, confirme com o "Simular" do painel que o endpoint responde 200 ou 201 em até 22 s.'), { url: webhook.target.url });
        }
        return withDelivery(webhook.notification, 'fail', (delivery) => {
            const facts = { ...sentFacts(webhook, delivery), ...statusFacts(delivery) };
            const answer = delivery.answer;
            if (!answer)
                return notAnswered(delivery, facts, context.thresholds.webhookTimeoutMs);
            const seconds = (delivery.latencyMs / 1000).toFixed(2);
            if (answer.status === 200 || answer.status === 201) {
                return pass(text_text(`The endpoint answered ${answer.status} in ${delivery.latencyMs} ms.`, `El endpoint respondió ${answer.status} en ${delivery.latencyMs} ms.`, `O endpoint respondeu ${answer.status} em ${delivery.latencyMs} ms.`), facts);
            }
            if (answer.status >= 300 && answer.status < 400) {
                const to = answer.location ?? '?';
                return fail(text_text(`The endpoint redirects (${answer.status} to ${to}); the redirect was not followed: Mercado Pago needs 200 or 201 from the URL itself.`, `El endpoint redirige (${answer.status} a ${to}); no se siguió: Mercado Pago necesita 200 o 201 de la propia URL.`, `O endpoint redireciona (${answer.status} para ${to}); o redirecionamento não foi seguido: o Mercado Pago precisa de 200 ou 201 da própria URL.`), text_text('Configure the final URL (after the redirect) as the notification URL.', 'Configura la URL final (después de la redirección) como URL de notificación.', 'Configure a URL final (após o redirecionamento) como URL de notificação.'), facts);
            }
            if (delivery.signature === 'none' && [400, 401, 403].includes(answer.status)) {
                return {
                    status: 'error',
                    message: text_text(`The endpoint refused the unsigned test notification (${answer.status}) in ${seconds} s: it may be verifying signatures, which only a signed notification can get past.`, `El endpoint rechazó la notificación de prueba sin firma (${answer.status}) en ${seconds} s: puede que verifique firmas, y solo una notificación firmada pasa.`, `O endpoint recusou a notificação de teste sem assinatura (${answer.status}) em ${seconds} s: ele pode estar verificando assinaturas, e só uma notificação assinada passa.`),
                    remediation: text_text('Pass the application\'s secret signature as webhook-secret so the test notification is signed.', 'Pasa la clave secreta de la aplicación en webhook-secret para que la notificación de prueba vaya firmada.', 'Informe a assinatura secreta da aplicação em webhook-secret para que a notificação de teste seja assinada.'),
                    evidence: facts,
                };
            }
            const synthetic = webhook.subject?.synthetic
                ? text_text(` The notification named the synthetic payment id ${webhook.subject?.dataId ?? '?'}: the account has no recent payment.`, ` La notificación nombraba el id de pago sintético ${webhook.subject?.dataId ?? '?'}: la cuenta no tiene pagos recientes.`, ` A notificação citava o id de pagamento sintético ${webhook.subject?.dataId ?? '?'}: a conta não tem pagamentos recentes.`)
                : text_text('', '', '');
            const signedHint = delivery.signature === 'valid' && [400, 401, 403].includes(answer.status)
                ? text_text(' Check that webhook-secret is the application\'s current secret signature (see notifications.signature).', ' Revisa que webhook-secret sea la clave secreta actual de la aplicación (ver notifications.signature).', ' Verifique se webhook-secret é a assinatura secreta atual da aplicação (veja notifications.signature).')
                : text_text('', '', '');
            return fail(text_text(`The endpoint answered ${answer.status} in ${seconds} s; Mercado Pago needs 200 or 201 and will retry every 15 minutes.${synthetic.en}`, `El endpoint respondió ${answer.status} en ${seconds} s; Mercado Pago necesita 200 o 201 y reintentará cada 15 minutos.${synthetic.es}`, `O endpoint respondeu ${answer.status} em ${seconds} s; o Mercado Pago precisa de 200 ou 201 e tentará novamente a cada 15 minutos.${synthetic['pt-BR']}`), text_text(`Answer 200 or 201 as soon as the notification arrives and process it afterwards (fetch the payment by its id; handle repeats idempotently).${signedHint.en}`, `Responde 200 o 201 apenas llega la notificación y procésala después (consulta el pago por su id; maneja repeticiones de forma idempotente).${signedHint.es}`, `Responda 200 ou 201 assim que a notificação chegar e processe-a depois (consulte o pagamento pelo id; trate repetições de forma idempotente).${signedHint['pt-BR']}`), facts);
        });
    },
};
const signature = {
    id: 'notifications.signature',
    section: 'notifications',
    defaultSeverity: 'warning',
    title: text_text('Notification signatures are verified', 'Se verifican las firmas de las notificaciones', 'As assinaturas das notificações são verificadas'),
    docs: WEBHOOKS_DOCS,
    evaluate(evidence, context) {
        const webhook = evidence.webhook;
        if (!context.webhookSecretGiven) {
            return skip(text_text('Skipped: no webhook-secret given, so no correctly signed notification can be sent.', 'Omitido: no se dio webhook-secret, así que no se puede enviar una notificación bien firmada.', 'Ignorado: nenhum webhook-secret informado, então não é possível enviar uma notificação assinada corretamente.'));
        }
        if (!webhook.target)
            return noTarget();
        if (isIpnOnly(webhook.target.url)) {
            return skip(text_text('Skipped: the URL asks for IPN only (source_news=ipn), and IPN notifications cannot be validated by signature.', 'Omitido: la URL pide solo IPN (source_news=ipn), y las notificaciones IPN no se pueden validar por firma.', 'Ignorado: a URL pede apenas IPN (source_news=ipn), e as notificações IPN não podem ser validadas por assinatura.'));
        }
        return withDelivery(webhook.notification, 'error', (signed) => withDelivery(webhook.forged, 'error', (forged) => judgeSignature(webhook, signed, forged, context.thresholds.webhookTimeoutMs)));
    },
};
function judgeSignature(webhook, signed, forged, thresholdMs) {
    const facts = {
        signed: { ...sentFacts(webhook, signed), ...statusFacts(signed) },
        forged: { requestId: forged.requestId, ...statusFacts(forged) },
    };
    const s = signed.answer?.status;
    const f = forged.answer?.status;
    const cannotJudge = (why) => ({
        status: 'error',
        message: why,
        remediation: text_text('Make the endpoint answer 200/201 (see notifications.reachable), then run again.', 'Haz que el endpoint responda 200/201 (ver notifications.reachable) y vuelve a ejecutar.', 'Faça o endpoint responder 200/201 (veja notifications.reachable) e execute novamente.'),
        evidence: facts,
    });
    if (s === undefined)
        return cannotJudge(notAnswered(signed, facts, thresholdMs).message);
    if (s === 400 || s === 401 || s === 403) {
        return fail(text_text(`The endpoint refused a correctly signed notification (${s}).`, `El endpoint rechazó una notificación firmada correctamente (${s}).`, `O endpoint recusou uma notificação assinada corretamente (${s}).`), text_text('Check that webhook-secret is the application\'s current secret signature, and that the endpoint signs the manifest id:<data.id from the URL>;request-id:<x-request-id>;ts:<ts>; with HMAC-SHA256 (hex), data.id in its original casing (the manifest sent is in the evidence).', 'Revisa que webhook-secret sea la clave secreta actual de la aplicación y que el endpoint firme el manifiesto id:<data.id de la URL>;request-id:<x-request-id>;ts:<ts>; con HMAC-SHA256 (hex), data.id con sus mayúsculas originales (el manifiesto enviado está en la evidencia).', 'Verifique se webhook-secret é a assinatura secreta atual da aplicação e se o endpoint assina o manifesto id:<data.id da URL>;request-id:<x-request-id>;ts:<ts>; com HMAC-SHA256 (hex), data.id com a capitalização original (o manifesto enviado está na evidência).'), facts);
    }
    if (s < 200 || s >= 300) {
        return cannotJudge(text_text(`Cannot judge: the endpoint answered ${s} even to a correctly signed notification.`, `No se puede juzgar: el endpoint respondió ${s} incluso a una notificación bien firmada.`, `Não é possível avaliar: o endpoint respondeu ${s} até a uma notificação assinada corretamente.`));
    }
    if (f === undefined)
        return cannotJudge(notAnswered(forged, facts, thresholdMs).message);
    if (f >= 400 && f < 500) {
        return pass(text_text(`A correctly signed notification was accepted (${s}) and a forged x-signature refused (${f}).`, `Una notificación bien firmada fue aceptada (${s}) y una x-signature falsificada rechazada (${f}).`, `Uma notificação assinada corretamente foi aceita (${s}) e uma x-signature forjada foi recusada (${f}).`), facts);
    }
    const refuse = text_text('Verify x-signature before acting on a notification: recompute the HMAC-SHA256 of id:<data.id>;request-id:<x-request-id>;ts:<ts>; with the secret signature, compare in constant time, and answer 401 when it differs.', 'Verifica x-signature antes de actuar sobre una notificación: recalcula el HMAC-SHA256 de id:<data.id>;request-id:<x-request-id>;ts:<ts>; con la clave secreta, compara en tiempo constante y responde 401 si difiere.', 'Verifique a x-signature antes de agir sobre uma notificação: recalcule o HMAC-SHA256 de id:<data.id>;request-id:<x-request-id>;ts:<ts>; com a assinatura secreta, compare em tempo constante e responda 401 quando for diferente.');
    if (f >= 200 && f < 300) {
        return fail(text_text(`The endpoint accepted a notification with a forged x-signature (${f}): anyone could fake payment updates.`, `El endpoint aceptó una notificación con una x-signature falsificada (${f}): cualquiera podría falsificar actualizaciones de pago.`, `O endpoint aceitou uma notificação com x-signature forjada (${f}): qualquer pessoa poderia falsificar atualizações de pagamento.`), refuse, facts);
    }
    return fail(text_text(`The endpoint did not clearly refuse a forged x-signature: it answered ${f}, not a 4xx.`, `El endpoint no rechazó claramente una x-signature falsificada: respondió ${f}, no un 4xx.`, `O endpoint não recusou claramente uma x-signature forjada: respondeu ${f}, não um 4xx.`), refuse, facts);
}
/**
 * The delivery, or why there is none. For reachability a refused connection or a bad
 * certificate is the endpoint's finding (`fail`); for the signature it only means no verdict.
 */
function withDelivery(outcome, unreachable, evaluate) {
    if (outcome === undefined)
        return probeFailed({ kind: 'internal', message: 'no test notification was sent' });
    if (outcome.ok)
        return evaluate(outcome.value);
    if (unreachable === 'fail' && (outcome.error.kind === 'network' || outcome.error.kind === 'tls')) {
        return fail(text_text(`The test notification could not be delivered: ${outcome.error.message}.`, `La notificación de prueba no se pudo entregar: ${outcome.error.message}.`, `A notificação de teste não pôde ser entregue: ${outcome.error.message}.`), text_text('Make the endpoint reachable from the internet over https with a certificate from a public authority.', 'Haz que el endpoint sea accesible desde internet por https con un certificado de una autoridad pública.', 'Torne o endpoint acessível pela internet via https com um certificado de uma autoridade pública.'), { errorKind: outcome.error.kind });
    }
    return probeFailed(outcome.error);
}
function sourceName(target) {
    return target.source === 'input' ? 'webhook-url' : target.source === 'payment' ? 'payment.notification_url' : 'preference.notification_url';
}

;// CONCATENATED MODULE: ./lib/src/checks/pix.js


const PIX_DOCS = '/guides/checkout-api/receiving-payment-by-pix';
/** Where a Brazilian seller registers Pix keys (reference §5; no API reads them). */
const PIX_KEYS_URL = 'https://www.mercadopago.com.br/admin-pix-keys/my-keys';
function brazilOnly(account, evaluate) {
    if (account.siteId === 'MLB')
        return evaluate();
    const site = account.siteId ?? '?';
    return skip(text_text(`Skipped: Pix is for Brazilian accounts (MLB); this account is on site ${site}.`, `Omitido: Pix es para cuentas de Brasil (MLB); esta cuenta es del sitio ${site}.`, `Ignorado: Pix é para contas do Brasil (MLB); esta conta é do site ${site}.`), { siteId: account.siteId ?? null });
}
const pixEnabled = {
    id: 'pix.enabled',
    section: 'pix',
    defaultSeverity: 'warning',
    title: text_text('Pix is an active payment method', 'Pix es un medio de pago activo', 'Pix é um meio de pagamento ativo'),
    docs: PIX_DOCS,
    evaluate(evidence) {
        return withAccount(evidence.account, (account) => brazilOnly(account, () => {
            const methods = evidence.paymentMethods;
            if (methods === undefined)
                return probeFailed({ kind: 'internal', message: 'GET /v1/payment_methods was not asked' });
            if (!methods.ok)
                return probeFailed(methods.error);
            const pix = methods.value.find((m) => m.id === 'pix');
            const facts = { pix: pix ? { id: pix.id, status: pix.status ?? null, payment_type_id: pix.payment_type_id ?? null } : null, methods: methods.value.length };
            const fix = text_text(`Register a Pix key for the account at ${PIX_KEYS_URL}; Mercado Pago only offers Pix when a key exists.`, `Registra una clave Pix para la cuenta en ${PIX_KEYS_URL}; Mercado Pago solo ofrece Pix cuando existe una clave.`, `Cadastre uma chave Pix para a conta em ${PIX_KEYS_URL}; o Mercado Pago só exibe o Pix quando há uma chave cadastrada.`);
            if (!pix) {
                return fail(text_text('Pix is not among the account\'s payment methods.', 'Pix no está entre los medios de pago de la cuenta.', 'O Pix não está entre os meios de pagamento da conta.'), fix, facts);
            }
            if (pix.status === 'active')
                return pass(text_text('Pix is listed as an active payment method.', 'Pix figura como medio de pago activo.', 'O Pix aparece como meio de pagamento ativo.'), facts);
            const status = pix.status ?? 'unknown';
            return fail(text_text(`Pix is listed with status "${status}", not active.`, `Pix figura con estado "${status}", no activo.`, `O Pix aparece com status "${status}", não ativo.`), fix, facts);
        }));
    },
};
const pixKey = {
    id: 'pix.key',
    section: 'pix',
    defaultSeverity: 'info',
    title: text_text('A Pix key is registered', 'Hay una clave Pix registrada', 'Há uma chave Pix cadastrada'),
    docs: PIX_KEYS_URL,
    evaluate(evidence) {
        return withAccount(evidence.account, (account) => brazilOnly(account, () => {
            // An approved live Pix payment shows a key existed when it was paid: a hint, not a proof of today.
            const approvedPix = evidence.payments.ok ? evidence.payments.value.payments.filter((p) => p.live_mode === true && p.status === 'approved' && p.payment_method_id === 'pix').length : null;
            const hint = approvedPix !== null && approvedPix > 0
                ? text_text(` Approved Pix payments in the last 30 days (${approvedPix}) suggest one is.`, ` Los pagos Pix aprobados en los últimos 30 días (${approvedPix}) sugieren que sí.`, ` Os pagamentos Pix aprovados nos últimos 30 dias (${approvedPix}) indicam que sim.`)
                : text_text('', '', '');
            return manual(text_text(`No API tells whether a Pix key is registered; confirm it in Mercado Pago.${hint.en}`, `Ninguna API indica si hay una clave Pix registrada; confírmalo en Mercado Pago.${hint.es}`, `Nenhuma API informa se há uma chave Pix cadastrada; confirme no Mercado Pago.${hint['pt-BR']}`), text_text(`Open ${PIX_KEYS_URL} and check at least one key is registered.`, `Abre ${PIX_KEYS_URL} y comprueba que haya al menos una clave registrada.`, `Abra ${PIX_KEYS_URL} e confira que há pelo menos uma chave cadastrada.`), { pixKeysUrl: PIX_KEYS_URL, approvedLivePixPayments: approvedPix });
        }));
    },
};

;// CONCATENATED MODULE: ./lib/src/i18n/docs.js
/** Mercado Pago's country sites, by site id: docs are linked on the merchant's own site. */
const SITE_DOMAINS = {
    MLA: 'www.mercadopago.com.ar',
    MLB: 'www.mercadopago.com.br',
    MLM: 'www.mercadopago.com.mx',
    MLC: 'www.mercadopago.cl',
    MCO: 'www.mercadopago.com.co',
    MPE: 'www.mercadopago.com.pe',
    MLU: 'www.mercadopago.com.uy',
};
const LANGUAGE_SEGMENT = { 'pt-BR': 'pt', es: 'es', en: 'en' };
/**
 * A check's docs link. `ref` is either an absolute URL (standards, MDN) or a path under Mercado
 * Pago's developer site (`/docs/...`), placed on the account's country site in the report language.
 */
function docsUrl(ref, siteId, language) {
    if (/^https?:\/\//.test(ref))
        return ref;
    const domain = (siteId && SITE_DOMAINS[siteId]) || (language === 'pt-BR' ? SITE_DOMAINS['MLB'] : language === 'es' ? SITE_DOMAINS['MLA'] : SITE_DOMAINS['MLB']);
    return `https://${domain}/developers/${LANGUAGE_SEGMENT[language]}${ref.startsWith('/') ? ref : `/${ref}`}`;
}

;// CONCATENATED MODULE: ./lib/src/probes/outcome.js
function ok(value) {
    return { ok: true, value };
}
function failed(kind, message) {
    return { ok: false, error: { kind, message } };
}
/** Turns anything thrown inside a probe into a ProbeError with a one-line message, never a stack. */
function toProbeError(error, what) {
    if (isProbeErrorLike(error))
        return error;
    const e = error;
    const name = e?.name ?? '';
    const code = e?.code ?? e?.cause?.code ?? '';
    if (name === 'TimeoutError' || name === 'AbortError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT') {
        return { kind: 'timeout', message: `${what}: no answer within the time budget` };
    }
    if (code === 'ECONNREFUSED')
        return { kind: 'network', message: `${what}: connection refused` };
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return { kind: 'network', message: `${what}: host name not found` };
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
        return { kind: 'network', message: `${what}: connection reset by the server` };
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
        return { kind: 'network', message: `${what}: host unreachable` };
    if (typeof code === 'string' && code.startsWith('ERR_SSL'))
        return { kind: 'tls', message: `${what}: TLS failure (${code})` };
    const detail = (e?.message ?? String(error)).split('\n')[0]?.slice(0, 200) ?? 'unknown error';
    return { kind: 'internal', message: `${what}: ${code ? `${code}: ` : ''}${detail}` };
}
function isProbeErrorLike(value) {
    return typeof value === 'object' && value !== null && 'kind' in value && 'message' in value && Object.keys(value).length === 2;
}

;// CONCATENATED MODULE: ./lib/src/probes/mercadopago/payments.js

const PAGE_SIZE = 100;
const MAX_SAMPLE = 300;
/** Most search requests one sample may take. */
const MAX_PAGES = 6;
/** The search query for one page of payments created in a window, newest first. */
function searchQuery(beginDate, offset, limit = PAGE_SIZE) {
    return { sort: 'date_created', criteria: 'desc', range: 'date_created', begin_date: beginDate, end_date: 'NOW', limit, offset };
}
/**
 * Recent payments (last 30 days, newest first, at most MAX_SAMPLE). The first page tells the
 * total; the remaining pages are fetched concurrently.
 */
async function probePayments(client, days = 30) {
    const window = { beginDate: `NOW-${days}DAYS`, endDate: 'NOW' };
    const query = (offset) => searchQuery(window.beginDate, offset);
    const first = await client.get('/v1/payments/search', query(0));
    if (!first.ok)
        return { ok: false, error: first.error };
    const firstPage = readPage(first.data);
    if (!firstPage)
        return failed('parse', 'GET /v1/payments/search answered without a results array');
    const total = firstPage.total ?? firstPage.results.length;
    const wanted = Math.min(total, MAX_SAMPLE);
    // Page by what the API actually granted: were it to cap `limit` below ours, stepping by
    // PAGE_SIZE would skip payments. A tiny grant still costs at most MAX_PAGES requests.
    const step = firstPage.limit !== undefined && firstPage.limit > 0 ? Math.min(firstPage.limit, PAGE_SIZE) : PAGE_SIZE;
    const offsets = [];
    for (let offset = step; offset < wanted && offsets.length < MAX_PAGES - 1; offset += step)
        offsets.push(offset);
    const pages = await Promise.all(offsets.map((offset) => client.get('/v1/payments/search', query(offset))));
    const payments = [...firstPage.results];
    for (const page of pages) {
        if (!page.ok)
            return { ok: false, error: page.error };
        const read = readPage(page.data);
        if (!read)
            return failed('parse', 'GET /v1/payments/search answered without a results array');
        payments.push(...read.results);
    }
    // A payment created while paging shifts the offsets: a payment may show on two pages.
    const seen = new Set();
    const sample = payments.filter((p) => !seen.has(p.id) && seen.add(p.id)).slice(0, MAX_SAMPLE);
    return ok({ payments: sample, total, window, truncated: total > sample.length });
}
function readPage(body) {
    if (typeof body !== 'object' || body === null || !Array.isArray(body.results))
        return undefined;
    const total = typeof body.paging?.total === 'number' ? body.paging.total : undefined;
    const limit = typeof body.paging?.limit === 'number' ? body.paging.limit : undefined;
    return { results: body.results.filter(isPayment), total, limit };
}
function isPayment(value) {
    return typeof value === 'object' && value !== null && typeof value.id === 'number';
}

;// CONCATENATED MODULE: ./lib/src/probes/mercadopago/live-payment.js


/** A payment made with production credentials (`live_mode: true`). */
const isLive = (p) => p.live_mode === true;
/** A live payment Mercado Pago approved: what the quality measurement audits by default. */
const isApprovedLive = (p) => p.live_mode === true && p.status === 'approved';
/** How far back the one extra search looks when the 30-day sample has no live payment. */
const HISTORY_DAYS = 365;
const HISTORY_LIMIT = 100;
/**
 * Whether the extra history search is worth its request: only when the 30-day sample cannot
 * show a live payment, or (without `payment-id`) an approved live payment to audit.
 */
function needsHistory(sample, paymentIdGiven) {
    if (!sample.ok)
        return false;
    const payments = sample.value.payments;
    return !payments.some(isLive) || (!paymentIdGiven && !payments.some(isApprovedLive));
}
/** One page of payments of the last 12 months, newest first: the latest live ones, if any. */
async function probeLiveHistory(client) {
    const beginDate = `NOW-${HISTORY_DAYS}DAYS`;
    const answer = await client.get('/v1/payments/search', searchQuery(beginDate, 0, HISTORY_LIMIT));
    if (!answer.ok)
        return { ok: false, error: answer.error };
    const page = readPage(answer.data);
    if (!page)
        return failed('parse', 'GET /v1/payments/search answered without a results array');
    return ok({
        window: { beginDate, endDate: 'NOW' },
        searched: page.results.length,
        latestLive: page.results.find(isLive) ?? null,
        latestApprovedLive: page.results.find(isApprovedLive) ?? null,
    });
}
/** `GET /v1/payments/{id}`: the payment named by the `payment-id` input. */
async function probePaymentById(client, id) {
    if (!/^\d{1,20}$/.test(id))
        return failed('internal', `payment-id '${id}' is not numeric`);
    const answer = await client.get(`/v1/payments/${id}`);
    if (!answer.ok)
        return { ok: false, error: answer.error };
    if (!isPayment(answer.data))
        return failed('parse', `GET /v1/payments/${id} answered without a numeric payment id`);
    return ok(answer.data);
}

;// CONCATENATED MODULE: ./lib/src/checks/payment-choice.js

function auditedPayment(evidence) {
    const byId = evidence.paymentById;
    if (byId !== undefined) {
        if (byId.ok)
            return { kind: 'found', payment: byId.value, source: 'payment-id' };
        return byId.error.kind === 'refused' && !evidence.account.ok ? { kind: 'refused' } : { kind: 'error', error: byId.error, source: 'payment-id' };
    }
    return fromSampleOrHistory(evidence, isApprovedLive, (h) => h.latestApprovedLive);
}
/** The latest live payment of any status: the sample, a live `payment-id`, else the 12-month search. */
function latestLivePayment(evidence) {
    const sample = evidence.payments;
    if (sample.ok) {
        const inSample = sample.value.payments.find(isLive);
        if (inSample)
            return { kind: 'found', payment: inSample, source: 'sample' };
        if (evidence.paymentById?.ok && isLive(evidence.paymentById.value))
            return { kind: 'found', payment: evidence.paymentById.value, source: 'payment-id' };
    }
    return fromSampleOrHistory(evidence, isLive, (h) => h.latestLive);
}
function fromSampleOrHistory(evidence, test, fromHistory) {
    const sample = evidence.payments;
    if (!sample.ok)
        return sample.error.kind === 'refused' ? { kind: 'refused' } : { kind: 'error', error: sample.error };
    const inSample = sample.value.payments.find(test);
    if (inSample)
        return { kind: 'found', payment: inSample, source: 'sample' };
    const history = evidence.liveHistory;
    if (history === undefined)
        return { kind: 'error', error: { kind: 'internal', message: 'the 12-month payment search was not run' } };
    if (!history.ok)
        return { kind: 'error', error: history.error, source: 'history' };
    const found = fromHistory(history.value);
    return found ? { kind: 'found', payment: found, source: 'history' } : { kind: 'none', searched: Math.max(history.value.searched, sample.value.payments.length) };
}
/** A payment as evidence: identifiers and dates only (no payer data in the report). */
function paymentRef(p, source) {
    return { id: p.id, source, status: p.status ?? null, liveMode: p.live_mode ?? null, dateCreated: p.date_created ?? null };
}

;// CONCATENATED MODULE: ./lib/src/checks/quality.js





const QUALITY_DOCS = '/guides/additional-content/homologator/homologator';
const MAKE_LIVE_PAYMENT = text_text('Make one real payment through your checkout with the production credentials (a small purchase you refund afterwards will do), then run again.', 'Haz un pago real en tu checkout con las credenciales de producción (sirve una compra pequeña que luego reembolsas) y vuelve a ejecutar.', 'Faça um pagamento real no seu checkout com as credenciais de produção (uma compra pequena que você reembolsa depois serve) e execute novamente.');
/** The choice could not be made: the token (skip) or the API (error) is the reason. */
function unavailable(choice) {
    if (choice.kind === 'error')
        return probeFailed(choice.error);
    return probeFailed({ kind: 'http', message: 'a call after /users/me was refused' });
}
const livePayment = {
    id: 'quality.live-payment',
    section: 'quality',
    defaultSeverity: 'warning',
    title: text_text('At least one live payment', 'Al menos un pago en producción', 'Pelo menos um pagamento em produção'),
    docs: QUALITY_DOCS,
    evaluate(evidence) {
        return withAccount(evidence.account, () => {
            const choice = latestLivePayment(evidence);
            if (choice.kind === 'refused' || choice.kind === 'error')
                return unavailable(choice);
            const liveInSample = evidence.payments.ok ? evidence.payments.value.payments.filter((p) => p.live_mode === true).length : 0;
            if (choice.kind === 'none') {
                return fail(text_text(`No live-mode payment among the latest ${choice.searched} payments of the last 12 months: the quality measurement needs a payment made with production credentials.`, `Ningún pago en modo productivo entre los últimos ${choice.searched} pagos de los últimos 12 meses: la medición de calidad necesita un pago hecho con credenciales de producción.`, `Nenhum pagamento em modo produtivo entre os últimos ${choice.searched} pagamentos dos últimos 12 meses: a medição de qualidade precisa de um pagamento feito com credenciais de produção.`), MAKE_LIVE_PAYMENT, { liveInSample, searched: choice.searched });
            }
            const p = choice.payment;
            const day = (p.date_created ?? '').slice(0, 10) || '?';
            const facts = { liveInSample, latestLive: paymentRef(p, choice.source) };
            if (choice.source === 'sample') {
                return pass(text_text(`${liveInSample} live payments in the last 30 days; the latest is ${p.id} (${day}).`, `${liveInSample} pagos en producción en los últimos 30 días; el último es ${p.id} (${day}).`, `${liveInSample} pagamentos em produção nos últimos 30 dias; o mais recente é ${p.id} (${day}).`), facts);
            }
            return pass(text_text(`No live payment in the last 30 days, but payment ${p.id} (${day}) was made in production.`, `Ningún pago en producción en los últimos 30 días, pero el pago ${p.id} (${day}) se hizo en producción.`, `Nenhum pagamento em produção nos últimos 30 dias, mas o pagamento ${p.id} (${day}) foi feito em produção.`), facts);
        });
    },
};
const FIELD_RULES = [
    { field: 'external_reference', required: true, test: (p) => given(p.external_reference) },
    { field: 'notification_url', required: true, test: (p) => given(p.notification_url) },
    { field: 'statement_descriptor', required: true, test: (p) => given(p.statement_descriptor) },
    { field: 'additional_info.items.id', required: true, test: (p) => itemsCarry(p, 'id') },
    { field: 'additional_info.items.title', required: true, test: (p) => itemsCarry(p, 'title') },
    { field: 'additional_info.items.quantity', required: true, test: (p) => itemsCarry(p, 'quantity') },
    { field: 'additional_info.items.unit_price', required: true, test: (p) => itemsCarry(p, 'unit_price') },
    { field: 'payer.email', required: true, test: (p) => payerField(p, 'email') },
    { field: 'additional_info.items.description', required: false, test: (p) => itemsCarry(p, 'description') },
    { field: 'additional_info.items.category_id', required: false, test: (p) => itemsCarry(p, 'category_id') },
    { field: 'additional_info.items.picture_url', required: false, test: (p) => itemsCarry(p, 'picture_url') },
    { field: 'payer.first_name', required: false, test: (p) => payerField(p, 'first_name') },
    { field: 'payer.last_name', required: false, test: (p) => payerField(p, 'last_name') },
    { field: 'payer.identification', required: false, test: payerIdentification },
    { field: 'payer.phone', required: false, test: (p) => payerField(p, 'phone') },
    { field: 'payer.address', required: false, test: (p) => payerField(p, 'address') },
    { field: 'additional_info.shipments.receiver_address', required: false, test: receiverAddress },
];
/** The required and recommended fields a payment lacks. */
function fieldGaps(p) {
    const missing = FIELD_RULES.filter((r) => !r.test(p));
    return { required: missing.filter((r) => r.required).map((r) => r.field), recommended: missing.filter((r) => !r.required).map((r) => r.field) };
}
const paymentFields = {
    id: 'quality.payment-fields',
    section: 'quality',
    defaultSeverity: 'warning',
    title: text_text('Audited payment carries the data the quality measurement requires', 'El pago auditado lleva los datos que exige la medición de calidad', 'O pagamento auditado contém os dados exigidos pela medição de qualidade'),
    docs: QUALITY_DOCS,
    evaluate(evidence) {
        return withAccount(evidence.account, () => {
            const choice = auditedPayment(evidence);
            if (choice.kind === 'refused' || choice.kind === 'error')
                return unavailable(choice);
            if (choice.kind === 'none') {
                return skip(text_text('Skipped: no approved live payment to audit (see quality.live-payment).', 'Omitido: no hay un pago aprobado en producción para auditar (ver quality.live-payment).', 'Ignorado: não há pagamento aprovado em produção para auditar (veja quality.live-payment).'));
            }
            const p = choice.payment;
            const gaps = fieldGaps(p);
            const facts = { payment: paymentRef(p, choice.source), requiredGaps: gaps.required, recommendedGaps: gaps.recommended };
            if (p.live_mode !== true) {
                return fail(text_text(`Payment ${p.id} (payment-id) was made in test mode: the quality measurement only takes a payment made with production credentials.`, `El pago ${p.id} (payment-id) se hizo en modo de prueba: la medición de calidad solo acepta un pago hecho con credenciales de producción.`, `O pagamento ${p.id} (payment-id) foi feito em modo de teste: a medição de qualidade só aceita um pagamento feito com credenciais de produção.`), MAKE_LIVE_PAYMENT, facts);
            }
            const recommended = gaps.recommended.length === 0 ? '' : ` ${gaps.recommended.length}`;
            if (gaps.required.length === 0) {
                return pass(gaps.recommended.length === 0
                    ? text_text(`Payment ${p.id} carries every required and recommended field.`, `El pago ${p.id} lleva todos los campos obligatorios y recomendados.`, `O pagamento ${p.id} contém todos os campos obrigatórios e recomendados.`)
                    : text_text(`Payment ${p.id} carries every required field;${recommended} recommended ones are missing: ${gaps.recommended.join(', ')}.`, `El pago ${p.id} lleva todos los campos obligatorios; faltan${recommended} recomendados: ${gaps.recommended.join(', ')}.`, `O pagamento ${p.id} contém todos os campos obrigatórios; faltam${recommended} recomendados: ${gaps.recommended.join(', ')}.`), facts);
            }
            const list = gaps.required.join(', ');
            return fail(text_text(`Payment ${p.id} lacks fields the quality measurement requires: ${list}.`, `Al pago ${p.id} le faltan campos que exige la medición de calidad: ${list}.`, `O pagamento ${p.id} não tem campos exigidos pela medição de qualidade: ${list}.`), text_text('Send these fields when you create the payment or preference (items under additional_info.items on /v1/payments), then measure again with a new payment.', 'Envía estos campos al crear el pago o la preferencia (los ítems en additional_info.items en /v1/payments) y vuelve a medir con un pago nuevo.', 'Envie esses campos ao criar o pagamento ou a preferência (os itens em additional_info.items em /v1/payments) e meça novamente com um novo pagamento.'), facts);
        });
    },
};
/** Mercado Pago's "Your integrations" panel, where the quality tool lives, on the account's site. */
function qualityToolUrl(siteId) {
    return `https://${(siteId && SITE_DOMAINS[siteId]) || SITE_DOMAINS['MLB']}/developers/panel/app`;
}
const measurement = {
    id: 'quality.measurement',
    section: 'quality',
    defaultSeverity: 'info',
    title: text_text('Measure the integration quality', 'Medir la calidad de la integración', 'Medir a qualidade da integração'),
    docs: QUALITY_DOCS,
    evaluate(evidence) {
        const siteId = evidence.account.ok ? evidence.account.value.siteId : undefined;
        const tool = qualityToolUrl(siteId);
        const choice = auditedPayment(evidence);
        const found = choice.kind === 'found' && choice.payment.live_mode === true ? choice : undefined;
        const fallback = found ?? (evidence.account.ok ? latestLivePayment(evidence) : undefined);
        const pick = fallback?.kind === 'found' ? fallback : undefined;
        const facts = { paymentId: pick?.payment.id ?? null, source: pick?.source ?? null, qualityToolUrl: tool };
        const steps = text_text(`Open ${tool}, choose your application and use "Measure quality", entering the payment id; fix the mandatory actions it lists and measure again.`, `Abre ${tool}, elige tu aplicación y usa "Medir calidad" con el id de pago; corrige las acciones obligatorias que indique y vuelve a medir.`, `Abra ${tool}, escolha sua aplicação e use "Medir qualidade" informando o ID do pagamento; corrija as ações obrigatórias indicadas e meça novamente.`);
        if (!pick) {
            return manual(text_text('No live payment is known yet: make one with production credentials, then enter its id in Mercado Pago\'s quality tool.', 'Aún no se conoce un pago en producción: haz uno con credenciales de producción e ingresa su id en la herramienta de calidad de Mercado Pago.', 'Ainda não há pagamento em produção conhecido: faça um com credenciais de produção e informe o ID na ferramenta de qualidade do Mercado Pago.'), steps, facts);
        }
        const id = pick.payment.id;
        return manual(text_text(`No API returns the quality score: enter payment id ${id} in Mercado Pago's quality tool and check the score meets the minimum it shows.`, `Ninguna API devuelve el puntaje de calidad: ingresa el id de pago ${id} en la herramienta de calidad de Mercado Pago y confirma que alcanza el mínimo indicado.`, `Nenhuma API retorna a pontuação de qualidade: informe o ID de pagamento ${id} na ferramenta de qualidade do Mercado Pago e confirme que atinge a pontuação mínima indicada.`), steps, facts);
    },
};

;// CONCATENATED MODULE: ./lib/src/checks/reports.js


const NAMES = {
    release: text_text('release report', 'reporte de liberaciones', 'relatório de liberações'),
    settlement: text_text('settlement report', 'reporte de dinero en cuenta', 'relatório de dinheiro em conta'),
};
const DOCS = {
    release: '/guides/additional-content/reports/released-money/api',
    settlement: '/guides/additional-content/reports/account-money/api',
};
/**
 * Judges one report. Pass needs proof (a schedule, or a generated report); fail needs the
 * documented "no config" answer and an empty list; anything else is `error`, because the
 * "no config" shape is only known from third parties (reference §3, UNSURE).
 */
function judgeReport(kind, report) {
    const { config, list } = report;
    const name = NAMES[kind];
    const facts = {
        config: config.state === 'found' ? { state: 'found', scheduled: config.scheduled, frequency: config.frequency } : config.state === 'not-found' ? { state: 'not-found', httpStatus: config.httpStatus } : { state: 'failed', error: config.error.message },
        list: list === undefined ? null : list.state === 'listed' ? { state: 'listed', count: list.count, latest: list.latest } : { state: 'failed', error: list.error.message },
    };
    if (config.state === 'found' && config.scheduled === true) {
        const every = config.frequency ? ` (${config.frequency})` : '';
        return pass(text_text(`The ${name.en} is configured and scheduled${every}.`, `El ${name.es} está configurado y programado${every}.`, `O ${name['pt-BR']} está configurado e agendado${every}.`), facts);
    }
    if (list?.state === 'listed' && list.count > 0) {
        return pass(text_text(`${list.count} ${name.en} files were generated (latest ${list.latest?.date_created?.slice(0, 10) ?? '?'}).`, `Se generaron ${list.count} archivos del ${name.es} (último ${list.latest?.date_created?.slice(0, 10) ?? '?'}).`, `Foram gerados ${list.count} arquivos do ${name['pt-BR']} (último ${list.latest?.date_created?.slice(0, 10) ?? '?'}).`), facts);
    }
    const fix = text_text(`Configure the ${name.en} with a daily schedule (Mercado Pago > Reports, or POST /v1/account/${kind}_report/config and /schedule) so reconciliation does not depend on manual exports.`, `Configura el ${name.es} con una programación diaria (Mercado Pago > Reportes, o POST /v1/account/${kind}_report/config y /schedule) para que la conciliación no dependa de exportaciones manuales.`, `Configure o ${name['pt-BR']} com agendamento diário (Mercado Pago > Relatórios, ou POST /v1/account/${kind}_report/config e /schedule) para que a conciliação não dependa de exportações manuais.`);
    const emptyList = list?.state === 'listed' && list.count === 0;
    if (emptyList && config.state === 'not-found') {
        return fail(text_text(`The ${name.en} is not configured and none was ever generated.`, `El ${name.es} no está configurado y nunca se generó.`, `O ${name['pt-BR']} não está configurado e nunca foi gerado.`), fix, facts);
    }
    if (emptyList && config.state === 'found' && config.scheduled === false) {
        return fail(text_text(`The ${name.en} is configured but not scheduled, and none was ever generated.`, `El ${name.es} está configurado pero no programado, y nunca se generó.`, `O ${name['pt-BR']} está configurado mas não agendado, e nunca foi gerado.`), fix, facts);
    }
    const failure = config.state === 'failed' ? config.error : list?.state === 'failed' ? list.error : undefined;
    if (failure)
        return { ...probeFailed(failure), evidence: { errorKind: failure.kind, ...facts } };
    return probeFailed({ kind: 'parse', message: `GET /v1/account/${kind}_report/config answered in a shape that shows neither a schedule nor its absence` });
}
function reportCheck(kind, title) {
    return {
        id: `reports.${kind}`,
        section: 'reports',
        defaultSeverity: 'warning',
        title,
        docs: DOCS[kind],
        evaluate(evidence) {
            return withAccount(evidence.account, () => {
                if (evidence.reports === undefined)
                    return probeFailed({ kind: 'internal', message: 'the reports were not read' });
                return withAccount(evidence.reports, (reports) => judgeReport(kind, reports[kind]));
            });
        },
    };
}
const release = reportCheck('release', text_text('Release report configured', 'Reporte de liberaciones configurado', 'Relatório de liberações configurado'));
const settlement = reportCheck('settlement', text_text('Settlement report configured', 'Reporte de dinero en cuenta configurado', 'Relatório de dinheiro em conta configurado'));

;// CONCATENATED MODULE: ./lib/src/checks/page-facts.js


/** For checks on the page's answer (headers): error when the page could not be read or did not answer 2xx. */
function withPage(outcome, evaluate) {
    if (!outcome.ok) {
        return probeFailed(outcome.error, text_text('Make sure site-url answers with the checkout page (no login wall, no redirect loop), then run again.', 'Asegúrate de que site-url responda con la página de pago (sin login ni bucles de redirección) y vuelve a ejecutar.', 'Garanta que site-url responda com a página de pagamento (sem login nem loop de redirecionamento) e execute novamente.'));
    }
    const page = outcome.value;
    if (page.status < 200 || page.status > 299) {
        return probeFailed({ kind: 'http', message: `${page.finalUrl} answered HTTP ${page.status}, not the checkout page` }, text_text('Pass as site-url the URL of the page that shows the payment form, reachable without logging in.', 'Pasa en site-url la URL de la página que muestra el formulario de pago, accesible sin iniciar sesión.', 'Informe em site-url a URL da página que mostra o formulário de pagamento, acessível sem login.'));
    }
    return evaluate(page);
}
/** For checks on the page's content: also error when the answer is not HTML. */
function withHtml(outcome, evaluate) {
    return withPage(outcome, (page) => {
        if (!page.html) {
            return probeFailed({ kind: 'parse', message: `${page.finalUrl} answered ${page.contentType ?? 'an unknown content type'}, not an HTML page` }, text_text('Pass as site-url the HTML page that shows the payment form, not an API or asset URL.', 'Pasa en site-url la página HTML que muestra el formulario de pago, no una URL de API o de un recurso.', 'Informe em site-url a página HTML que mostra o formulário de pagamento, não uma URL de API ou de recurso.'));
        }
        return evaluate(page);
    });
}
function usageOf(page) {
    const of = (kind) => page.markers.filter((m) => m.kind === kind && m.where.context !== 'comment').map((m) => m.where);
    return { sdkV2: of('sdk-v2'), sdkV1: of('sdk-v1'), deviceScript: of('device-script'), npmSdk: of('sdk-npm'), checkoutProRedirect: of('checkout-pro-redirect') };
}
/** A Checkout Pro redirect page: it sends the buyer to Mercado Pago's init_point and embeds no SDK. */
function isCheckoutProRedirect(usage) {
    return usage.checkoutProRedirect.length > 0 && usage.sdkV2.length + usage.sdkV1.length + usage.npmSdk.length === 0;
}
/** `url:line` for people. */
function at(where) {
    return `${where.url}:${where.line}`;
}
/** Why a finding-free scan cannot pass when the page was cut: the rest was not read. */
function truncatedError(page) {
    return probeFailed({ kind: 'parse', message: `the page is larger than the ${Math.round(page.bytes / 1024 / 1024)} MB read; the rest was not scanned` }, text_text('Serve a smaller checkout page (a payment page has no reason to weigh megabytes), then run again.', 'Sirve una página de pago más liviana (no hay razón para que pese megabytes) y vuelve a ejecutar.', 'Sirva uma página de pagamento menor (não há motivo para pesar megabytes) e execute novamente.'));
}

;// CONCATENATED MODULE: ./lib/src/checks/page-approval.js



const CHECKOUT_PRO_SKIP = text_text("Skipped: a Checkout Pro redirect page (Mercado Pago's own checkout collects the device id and runs the SDK).", 'Omitido: una página de redirección de Checkout Pro (el checkout de Mercado Pago recoge el device id y usa el SDK).', 'Ignorado: uma página de redirecionamento do Checkout Pro (o checkout do Mercado Pago coleta o device id e usa o SDK).');
const deviceId = {
    id: 'approval.device-id',
    section: 'approval',
    defaultSeverity: 'warning',
    title: text_text('The page collects the device id', 'La página recoge el device id', 'A página coleta o device id'),
    docs: '/docs/checkout-api/how-tos/improve-payment-approval',
    evaluate(evidence) {
        return withHtml(evidence.page, (page) => {
            const usage = usageOf(page);
            const facts = { deviceScript: usage.deviceScript.map(at), sdkV2: [...usage.sdkV2, ...usage.npmSdk].map(at), checkoutProRedirect: usage.checkoutProRedirect.map(at) };
            if (usage.deviceScript.length > 0)
                return pass(text_text(`security.js is loaded (${at(usage.deviceScript[0])}).`, `security.js se carga (${at(usage.deviceScript[0])}).`, `security.js é carregado (${at(usage.deviceScript[0])}).`), facts);
            const v2 = usage.sdkV2[0] ?? usage.npmSdk[0];
            if (v2)
                return pass(text_text(`MercadoPago.js v2 is loaded (${at(v2)}); it collects the device id itself.`, `MercadoPago.js v2 se carga (${at(v2)}); recoge el device id por sí mismo.`, `O MercadoPago.js v2 é carregado (${at(v2)}); ele coleta o device id sozinho.`), facts);
            if (isCheckoutProRedirect(usage))
                return skip(CHECKOUT_PRO_SKIP, facts);
            if (page.truncated)
                return truncatedError(page);
            return fail(text_text('Neither MercadoPago.js v2 nor the device script security.js is loaded: payments go without a device id, and more are rejected for fraud risk.', 'No se carga MercadoPago.js v2 ni el script de dispositivo security.js: los pagos van sin device id y se rechazan más por riesgo de fraude.', 'Nem o MercadoPago.js v2 nem o script de dispositivo security.js são carregados: os pagamentos vão sem device id e mais são recusados por risco de fraude.'), text_text('Load MercadoPago.js v2 (https://sdk.mercadopago.com/js/v2), or add <script src="https://www.mercadopago.com/v2/security.js" view="checkout"></script> and send MP_DEVICE_SESSION_ID as the X-meli-session-id header when creating the payment.', 'Carga MercadoPago.js v2 (https://sdk.mercadopago.com/js/v2), o agrega <script src="https://www.mercadopago.com/v2/security.js" view="checkout"></script> y envía MP_DEVICE_SESSION_ID en el encabezado X-meli-session-id al crear el pago.', 'Carregue o MercadoPago.js v2 (https://sdk.mercadopago.com/js/v2), ou adicione <script src="https://www.mercadopago.com/v2/security.js" view="checkout"></script> e envie MP_DEVICE_SESSION_ID no cabeçalho X-meli-session-id ao criar o pagamento.'), facts);
        });
    },
};
const sdkV2 = {
    id: 'approval.sdk-v2',
    section: 'approval',
    defaultSeverity: 'info',
    title: text_text('The page uses MercadoPago.js v2', 'La página usa MercadoPago.js v2', 'A página usa o MercadoPago.js v2'),
    docs: '/docs/sdks-library/client-side/mp-js-v2',
    evaluate(evidence) {
        return withHtml(evidence.page, (page) => {
            const usage = usageOf(page);
            const facts = { v2: usage.sdkV2.map(at), npm: usage.npmSdk.map(at), v1: usage.sdkV1.map(at), checkoutProRedirect: usage.checkoutProRedirect.map(at) };
            const fix = text_text('Replace the v1 script (secure.mlstatic.com/sdk/javascript/v1/mercadopago.js, Mercadopago.setPublishableKey) with MercadoPago.js v2: <script src="https://sdk.mercadopago.com/js/v2"></script> and new MercadoPago(publicKey), or the @mercadopago/sdk-js package.', 'Reemplaza el script v1 (secure.mlstatic.com/sdk/javascript/v1/mercadopago.js, Mercadopago.setPublishableKey) por MercadoPago.js v2: <script src="https://sdk.mercadopago.com/js/v2"></script> y new MercadoPago(publicKey), o el paquete @mercadopago/sdk-js.', 'Substitua o script v1 (secure.mlstatic.com/sdk/javascript/v1/mercadopago.js, Mercadopago.setPublishableKey) pelo MercadoPago.js v2: <script src="https://sdk.mercadopago.com/js/v2"></script> e new MercadoPago(publicKey), ou o pacote @mercadopago/sdk-js.');
            if (usage.sdkV1.length > 0) {
                const where = at(usage.sdkV1[0]);
                return fail(text_text(`The page still loads the v1 SDK (${where}).`, `La página todavía carga el SDK v1 (${where}).`, `A página ainda carrega o SDK v1 (${where}).`), fix, facts);
            }
            const v2 = usage.sdkV2[0] ?? usage.npmSdk[0];
            if (v2)
                return pass(text_text(`The page loads MercadoPago.js v2 (${at(v2)}).`, `La página carga MercadoPago.js v2 (${at(v2)}).`, `A página carrega o MercadoPago.js v2 (${at(v2)}).`), facts);
            if (isCheckoutProRedirect(usage))
                return skip(CHECKOUT_PRO_SKIP, facts);
            if (page.truncated)
                return truncatedError(page);
            return fail(text_text('No MercadoPago.js was found in the page or its same-origin scripts. If the payment form is on another page, pass that page as site-url.', 'No se encontró MercadoPago.js en la página ni en sus scripts del mismo origen. Si el formulario de pago está en otra página, pásala en site-url.', 'Nenhum MercadoPago.js foi encontrado na página nem nos scripts de mesma origem. Se o formulário de pagamento está em outra página, informe-a em site-url.'), fix, facts);
        });
    },
};

;// CONCATENATED MODULE: ./lib/src/checks/page-credentials.js



const page_credentials_CREDENTIALS_DOCS = '/docs/your-integrations/credentials';
const publicKey = {
    id: 'credentials.public-key',
    section: 'credentials',
    defaultSeverity: 'blocker',
    title: text_text('The page uses the production public key', 'La página usa la public key de producción', 'A página usa a public key de produção'),
    docs: page_credentials_CREDENTIALS_DOCS,
    evaluate(evidence, context) {
        return withHtml(evidence.page, (page) => {
            const keys = [...new Set(page.publicKeys.map((k) => k.key))];
            const where = Object.fromEntries(keys.map((k) => [k, page.publicKeys.filter((f) => f.key === k).map((f) => at(f.where))]));
            const facts = { found: keys, where, expected: context.publicKey ?? null };
            const fix = text_text('Initialise MercadoPago.js with the production public key (APP_USR-…) from Your integrations > your application > Production credentials.', 'Inicializa MercadoPago.js con la public key de producción (APP_USR-…) de Tus integraciones > tu aplicación > Credenciales de producción.', 'Inicialize o MercadoPago.js com a public key de produção (APP_USR-…) de Suas integrações > sua aplicação > Credenciais de produção.');
            const testKeys = keys.filter((k) => k.startsWith('TEST-'));
            if (testKeys.length > 0) {
                const first = page.publicKeys.find((k) => k.key.startsWith('TEST-'));
                return fail(text_text(`The page uses a test public key (${testKeys.join(', ')}) at ${at(first.where)}.`, `La página usa una public key de prueba (${testKeys.join(', ')}) en ${at(first.where)}.`, `A página usa uma public key de teste (${testKeys.join(', ')}) em ${at(first.where)}.`), fix, facts);
            }
            if (context.publicKey !== undefined && keys.length > 0 && keys.some((k) => k !== context.publicKey)) {
                const other = keys.filter((k) => k !== context.publicKey).join(', ');
                return fail(text_text(`The page uses ${other}, not the public-key given (${context.publicKey}).`, `La página usa ${other}, no la public-key indicada (${context.publicKey}).`, `A página usa ${other}, não a public-key informada (${context.publicKey}).`), fix, facts);
            }
            if (keys.length > 0) {
                const matched = context.publicKey !== undefined ? ' (equal to public-key)' : '';
                return pass(text_text(`Production public key ${keys.join(', ')}${matched}.`, `Public key de producción ${keys.join(', ')}${matched ? ' (igual a public-key)' : ''}.`, `Public key de produção ${keys.join(', ')}${matched ? ' (igual à public-key)' : ''}.`), facts);
            }
            if (page.truncated)
                return truncatedError(page);
            const usage = usageOf(page);
            if (isCheckoutProRedirect(usage)) {
                return skip(text_text('Skipped: a Checkout Pro redirect page embeds no public key (Mercado Pago\'s own page takes the payment).', 'Omitido: una página de redirección de Checkout Pro no incluye public key (la página de Mercado Pago cobra).', 'Ignorado: uma página de redirecionamento do Checkout Pro não inclui public key (a página do Mercado Pago recebe o pagamento).'), facts);
            }
            if (usage.sdkV2.length + usage.sdkV1.length + usage.npmSdk.length > 0) {
                return manual(text_text('MercadoPago.js is loaded, but no public key was found in the page or its same-origin scripts (it may come from your backend at run time).', 'MercadoPago.js se carga, pero no se encontró public key en la página ni en sus scripts del mismo origen (puede venir de tu backend en tiempo de ejecución).', 'O MercadoPago.js é carregado, mas nenhuma public key foi encontrada na página nem nos scripts de mesma origem (pode vir do seu backend em tempo de execução).'), text_text('Confirm in the browser console that new MercadoPago(…) receives the production key (APP_USR-…).', 'Confirma en la consola del navegador que new MercadoPago(…) recibe la key de producción (APP_USR-…).', 'Confirme no console do navegador que new MercadoPago(…) recebe a key de produção (APP_USR-…).'), facts);
            }
            return skip(text_text('Skipped: the page embeds no Mercado Pago public key.', 'Omitido: la página no incluye una public key de Mercado Pago.', 'Ignorado: a página não inclui public key do Mercado Pago.'), facts);
        });
    },
};
const secretExposure = {
    id: 'credentials.secret-exposure',
    section: 'credentials',
    defaultSeverity: 'blocker',
    title: text_text('No access token in the page or its scripts', 'Sin access token en la página ni en sus scripts', 'Nenhum access token na página ou nos scripts'),
    docs: page_credentials_CREDENTIALS_DOCS,
    evaluate(evidence) {
        return withHtml(evidence.page, (page) => {
            // Only redacted forms ever reach the evidence (the probe never keeps a whole token).
            const findings = page.secrets.map((s) => ({ token: s.redacted, prefix: s.prefix, isGivenToken: s.isGivenToken, url: s.where.url, line: s.where.line, context: s.where.context }));
            const facts = { findings, scanned: { page: page.finalUrl, pageBytes: page.bytes, pageTruncated: page.truncated, scripts: page.scripts.map((s) => ({ url: s.url, bytes: s.bytes, truncated: s.truncated, ...(s.error ? { error: s.error } : {}) })), scriptsSkipped: page.scriptsSkipped } };
            if (findings.length > 0) {
                const given = findings.some((f) => f.isGivenToken);
                const list = (word) => findings.slice(0, 5).map((f) => `${f.token} ${word} ${f.url}:${f.line} (${f.context})`).join('; ');
                return fail(text_text(`An access token is exposed to every visitor${given ? ', including the one given to this action' : ''}: ${list('at')}.`, `Un access token está expuesto a todo visitante${given ? ', incluido el que recibió esta action' : ''}: ${list('en')}.`, `Um access token está exposto a todo visitante${given ? ', inclusive o informado a esta action' : ''}: ${list('em')}.`), text_text('Remove the token from front-end code at once, and renew it in Your integrations > your application > Production credentials (anyone who saw it can charge and refund). Only the public key belongs in the browser; the access token stays on your server.', 'Quita el token del código del front-end de inmediato y renuévalo en Tus integraciones > tu aplicación > Credenciales de producción (quien lo vio puede cobrar y reembolsar). En el navegador solo va la public key; el access token queda en tu servidor.', 'Remova o token do código do front-end imediatamente e renove-o em Suas integrações > sua aplicação > Credenciais de produção (quem o viu pode cobrar e estornar). No navegador vai apenas a public key; o access token fica no seu servidor.'), facts);
            }
            const unread = page.scripts.filter((s) => s.error !== undefined || s.truncated).length + page.scriptsSkipped;
            if (page.truncated)
                return truncatedError(page);
            const scripts = page.scripts.length;
            const note = unread > 0 ? ` (${unread} same-origin script(s) not read in full)` : '';
            return pass(text_text(`No access token in the page or its ${scripts} same-origin script(s)${note}.`, `Sin access token en la página ni en sus ${scripts} script(s) del mismo origen${note ? ` (${unread} script(s) no leídos por completo)` : ''}.`, `Nenhum access token na página nem nos ${scripts} script(s) de mesma origem${note ? ` (${unread} script(s) não lidos por completo)` : ''}.`), facts);
        });
    },
};

;// CONCATENATED MODULE: ./lib/src/checks/csp.js
/**
 * Just enough of CSP Level 3 to tell whether a policy lets a given URL load: directive
 * fallback, source expressions ('self', 'none', *, schemes, hosts with wildcards, ports and
 * paths), nonces and 'strict-dynamic'. Pure functions; the page probe supplies the policies.
 */
/** Parses one serialized policy (`a b; c d`); a repeated directive keeps its first occurrence, as browsers do. */
function parsePolicy(serialized) {
    const policy = new Map();
    for (const part of serialized.split(';')) {
        const tokens = part.trim().split(/\s+/).filter((t) => t !== '');
        const name = tokens.shift()?.toLowerCase();
        if (name && !policy.has(name))
            policy.set(name, tokens);
    }
    return policy;
}
/** A header value may hold several policies separated by commas; each one is enforced. */
function parsePolicies(header) {
    return header
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== '')
        .map(parsePolicy);
}
const FALLBACK = {
    script: ['script-src-elem', 'script-src', 'default-src'],
    frame: ['frame-src', 'child-src', 'default-src'],
    connect: ['connect-src', 'default-src'],
};
/** The directive that governs the load, or undefined when none does (the load is allowed). */
function governingDirective(policy, kind) {
    return FALLBACK[kind].find((d) => policy.has(d));
}
/** Whether one policy allows the load. */
function allows(policy, load) {
    const directive = governingDirective(policy, load.kind);
    if (directive === undefined)
        return true;
    const sources = policy.get(directive).map((s) => s.toLowerCase());
    if (load.kind === 'script') {
        if (load.nonce && policy.get(directive).includes(`'nonce-${load.nonce}'`))
            return true;
        if (sources.includes("'strict-dynamic'")) {
            // Host and scheme lists are ignored; trust only flows from nonced/hashed scripts.
            return load.loadedByScript === true;
        }
    }
    return sources.some((source) => matchesSource(source, load.url, load.self));
}
/** CSP3 §6.7.2.5–6: does a URL match one source expression? */
function matchesSource(source, url, self) {
    const scheme = url.protocol.slice(0, -1);
    if (source === "'none'")
        return false;
    if (source === '*')
        return ['http', 'https', 'ws', 'wss'].includes(scheme) || scheme === self.protocol.slice(0, -1);
    if (source === "'self'")
        return url.origin === self.origin || (self.protocol === 'http:' && url.protocol === 'https:' && url.host === self.host);
    if (source.startsWith("'"))
        return false;
    const schemeOnly = /^([a-z][a-z0-9+.-]*):$/.exec(source);
    if (schemeOnly)
        return schemeMatches(schemeOnly[1], scheme);
    const host = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9.-]+)(?::(\d+|\*))?(\/[^?#]*)?$/.exec(source);
    if (!host)
        return false;
    const [, srcScheme, srcHost, srcPort, srcPath] = host;
    if (srcScheme ? !schemeMatches(srcScheme, scheme) : !schemeMatches(self.protocol.slice(0, -1), scheme))
        return false;
    const urlHost = url.hostname.toLowerCase();
    if (srcHost === '*') {
        // any host
    }
    else if (srcHost.startsWith('*.')) {
        if (!urlHost.endsWith(srcHost.slice(1)))
            return false;
    }
    else if (urlHost !== srcHost)
        return false;
    if (srcPort !== '*') {
        const defaultPort = scheme === 'https' || scheme === 'wss' ? '443' : '80';
        const urlPort = url.port || defaultPort;
        const wanted = srcPort ?? (srcScheme ? (srcScheme === 'https' || srcScheme === 'wss' ? '443' : '80') : defaultPort);
        if (urlPort !== wanted && !(srcPort === undefined && wanted === '80' && urlPort === '443'))
            return false;
    }
    if (srcPath && srcPath !== '/') {
        const path = decodeURIComponent(url.pathname);
        return srcPath.endsWith('/') ? path.startsWith(srcPath) : path === srcPath;
    }
    return true;
}
/** A source scheme matches the same scheme, and http(s)/ws(s) upgrade to their secure forms. */
function schemeMatches(sourceScheme, urlScheme) {
    if (sourceScheme === urlScheme)
        return true;
    return (sourceScheme === 'http' && urlScheme === 'https') || (sourceScheme === 'ws' && (urlScheme === 'wss' || urlScheme === 'https'));
}

;// CONCATENATED MODULE: ./lib/src/checks/page.js




const SDK_NEEDS = [
    { what: 'MercadoPago.js v2', kind: 'script', url: 'https://sdk.mercadopago.com/js/v2' },
    { what: 'Mercado Pago API (card tokens)', kind: 'connect', url: 'https://api.mercadopago.com/v1/card_tokens' },
    { what: 'Mercado Pago iframes (Bricks, Secure Fields)', kind: 'frame', url: 'https://www.mercadopago.com/' },
];
const DEVICE_NEED = { what: 'device script security.js', kind: 'script', url: 'https://www.mercadopago.com/v2/security.js' };
const securityHeaders = {
    id: 'page.security-headers',
    section: 'page',
    defaultSeverity: 'warning',
    title: text_text('Security headers and cookies of the checkout page', 'Encabezados de seguridad y cookies de la página de pago', 'Cabeçalhos de segurança e cookies da página de pagamento'),
    docs: 'https://developer.mozilla.org/en-US/docs/Web/Security/Practical_implementation_guides',
    evaluate(evidence) {
        return withPage(evidence.page, (page) => {
            const problems = [];
            const csp = judgeCsp(page);
            problems.push(...csp.problems);
            const nosniff = (page.headers['x-content-type-options'] ?? '').trim().toLowerCase() === 'nosniff';
            if (!nosniff)
                problems.push(text_text('X-Content-Type-Options: nosniff missing', 'falta X-Content-Type-Options: nosniff', 'falta X-Content-Type-Options: nosniff'));
            const clickjacking = clickjackingProtection(page);
            if (!clickjacking)
                problems.push(text_text('no clickjacking protection (CSP frame-ancestors or X-Frame-Options)', 'sin protección contra clickjacking (CSP frame-ancestors o X-Frame-Options)', 'sem proteção contra clickjacking (CSP frame-ancestors ou X-Frame-Options)'));
            const referrer = (page.headers['referrer-policy'] ?? '').split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '').pop() ?? null;
            if (referrer === null)
                problems.push(text_text('Referrer-Policy missing', 'falta Referrer-Policy', 'falta Referrer-Policy'));
            else if (referrer === 'unsafe-url')
                problems.push(text_text('Referrer-Policy unsafe-url leaks full URLs', 'Referrer-Policy unsafe-url filtra las URLs completas', 'Referrer-Policy unsafe-url vaza as URLs completas'));
            const https = new URL(page.finalUrl).protocol === 'https:';
            const cookies = page.cookies.map((c) => {
                const missing = [...(https && !c.secure ? ['Secure'] : []), ...(!c.httpOnly ? ['HttpOnly'] : []), ...(c.sameSite === null ? ['SameSite'] : []), ...(c.sameSite === 'None' && !c.secure ? ['Secure (required by SameSite=None)'] : [])];
                if (missing.length > 0)
                    problems.push(text_text(`cookie ${c.name} without ${missing.join(', ')}`, `cookie ${c.name} sin ${missing.join(', ')}`, `cookie ${c.name} sem ${missing.join(', ')}`));
                return { name: c.name, secure: c.secure, httpOnly: c.httpOnly, sameSite: c.sameSite, missing };
            });
            const facts = {
                contentSecurityPolicy: { present: csp.present, fromMeta: page.metaCsp.length > 0, reportOnly: page.headers['content-security-policy-report-only'] !== undefined, blocked: csp.blocked },
                xContentTypeOptions: page.headers['x-content-type-options'] ?? null,
                clickjacking: { protected: clickjacking, xFrameOptions: page.headers['x-frame-options'] ?? null },
                referrerPolicy: referrer,
                cookies,
            };
            if (problems.length === 0) {
                return pass(text_text('CSP allows Mercado Pago and blocks the rest; nosniff, clickjacking protection, Referrer-Policy and cookie flags are set.', 'La CSP permite Mercado Pago y bloquea el resto; nosniff, protección contra clickjacking, Referrer-Policy y atributos de cookies están presentes.', 'A CSP permite o Mercado Pago e bloqueia o resto; nosniff, proteção contra clickjacking, Referrer-Policy e atributos de cookies estão presentes.'), facts);
            }
            const list = join(problems, '; ');
            return fail(text_text(`Checkout page security: ${list.en}.`, `Seguridad de la página de pago: ${list.es}.`, `Segurança da página de pagamento: ${list['pt-BR']}.`), text_text("Send Content-Security-Policy allowing Mercado Pago (script-src https://sdk.mercadopago.com https://www.mercadopago.com; connect-src https://api.mercadopago.com; frame-src https://*.mercadopago.com; frame-ancestors 'none'), X-Content-Type-Options: nosniff, Referrer-Policy: strict-origin-when-cross-origin, and cookies with Secure; HttpOnly; SameSite=Lax.", "Envía Content-Security-Policy que permita Mercado Pago (script-src https://sdk.mercadopago.com https://www.mercadopago.com; connect-src https://api.mercadopago.com; frame-src https://*.mercadopago.com; frame-ancestors 'none'), X-Content-Type-Options: nosniff, Referrer-Policy: strict-origin-when-cross-origin y cookies con Secure; HttpOnly; SameSite=Lax.", "Envie Content-Security-Policy que permita o Mercado Pago (script-src https://sdk.mercadopago.com https://www.mercadopago.com; connect-src https://api.mercadopago.com; frame-src https://*.mercadopago.com; frame-ancestors 'none'), X-Content-Type-Options: nosniff, Referrer-Policy: strict-origin-when-cross-origin e cookies com Secure; HttpOnly; SameSite=Lax."), facts);
        });
    },
};
/** The CSP's presence and whether it lets through what the page's Mercado Pago integration loads. */
function judgeCsp(page) {
    const header = page.headers['content-security-policy'];
    const policies = [...(header ? parsePolicies(header) : []), ...page.metaCsp.flatMap(parsePolicies)];
    if (policies.length === 0)
        return { present: false, blocked: [], problems: [text_text('no Content-Security-Policy', 'sin Content-Security-Policy', 'sem Content-Security-Policy')] };
    const usage = usageOf(page);
    const needs = [];
    if (usage.sdkV2.length > 0 || usage.npmSdk.length > 0)
        needs.push(...SDK_NEEDS);
    if (usage.deviceScript.length > 0)
        needs.push(DEVICE_NEED);
    const self = new URL(page.finalUrl);
    const blocked = needs
        .filter((need) => {
        const tag = page.resources.find((r) => r.kind === 'script' && r.url.startsWith(need.url));
        const load = { kind: need.kind, url: new URL(need.url), self, ...(tag?.nonce ? { nonce: tag.nonce } : {}), loadedByScript: need.kind === 'script' && tag === undefined };
        return policies.some((p) => !allows(p, load));
    })
        .map((need) => `${need.what} (${need.kind === 'script' ? 'script-src' : need.kind === 'frame' ? 'frame-src' : 'connect-src'} ${new URL(need.url).origin})`);
    const list = blocked.join(', ');
    return { present: true, blocked, problems: blocked.length > 0 ? [text_text(`the Content-Security-Policy blocks ${list}`, `la Content-Security-Policy bloquea ${list}`, `a Content-Security-Policy bloqueia ${list}`)] : [] };
}
/** frame-ancestors only works from the header (browsers ignore it in <meta>); X-Frame-Options is the older way. */
function clickjackingProtection(page) {
    const header = page.headers['content-security-policy'];
    const ancestors = header ? parsePolicies(header).map((p) => p.get('frame-ancestors')).find((v) => v !== undefined) : undefined;
    if (ancestors && !ancestors.some((s) => s === '*' || /^[a-z]+:$/i.test(s)))
        return true;
    const xfo = (page.headers['x-frame-options'] ?? '').trim().toLowerCase();
    return xfo === 'deny' || xfo === 'sameorigin';
}

;// CONCATENATED MODULE: ./lib/src/checks/ssl-http.js



const GO_LIVE_DOCS = '/docs/checkout-api/go-to-production/requirements';
const NOT_HTTPS = text_text('Skipped: site-url is not https (see ssl.https).', 'Omitido: site-url no es https (ver ssl.https).', 'Ignorado: site-url não é https (veja ssl.https).');
const httpRedirect = {
    id: 'ssl.http-redirect',
    section: 'ssl',
    defaultSeverity: 'warning',
    title: text_text('http:// redirects to https://', 'http:// redirige a https://', 'http:// redireciona para https://'),
    docs: 'https://developer.mozilla.org/en-US/docs/Web/Security/Practical_implementation_guides/TLS#http_redirections',
    evaluate(evidence, { siteUrl }) {
        const probe = evidence.httpRedirect;
        if (probe === undefined)
            return skip(NOT_HTTPS);
        if (!probe.ok)
            return probeFailed(probe.error);
        const r = probe.value;
        const facts = { requested: r.requestedUrl, hops: r.hops, httpsTarget: r.httpsTarget, port80Closed: r.closed };
        const fix = text_text(`Answer every http:// request on port 80 with a 301 redirect to the same path on https://${siteUrl.hostname}.`, `Responde cada pedido http:// en el puerto 80 con una redirección 301 a la misma ruta en https://${siteUrl.hostname}.`, `Responda toda requisição http:// na porta 80 com um redirecionamento 301 para o mesmo caminho em https://${siteUrl.hostname}.`);
        if (r.closed) {
            return fail(text_text(`Nothing answers on ${r.requestedUrl} (port 80 closed): a buyer who types the address without https:// gets an error page.`, `Nada responde en ${r.requestedUrl} (puerto 80 cerrado): un comprador que escribe la dirección sin https:// ve un error.`, `Nada responde em ${r.requestedUrl} (porta 80 fechada): um comprador que digita o endereço sem https:// vê um erro.`), fix, facts);
        }
        if (r.httpsTarget === null) {
            const last = r.hops[r.hops.length - 1];
            return fail(text_text(`${r.requestedUrl} answers ${last?.status ?? '?'} over plain http instead of redirecting to https.`, `${r.requestedUrl} responde ${last?.status ?? '?'} por http sin cifrar en lugar de redirigir a https.`, `${r.requestedUrl} responde ${last?.status ?? '?'} via http sem criptografia em vez de redirecionar para https.`), fix, facts);
        }
        const target = new URL(r.httpsTarget);
        if (target.hostname !== siteUrl.hostname) {
            return fail(text_text(`http:// redirects to another host (${target.host}), not to https://${siteUrl.hostname}.`, `http:// redirige a otro host (${target.host}), no a https://${siteUrl.hostname}.`, `http:// redireciona para outro host (${target.host}), não para https://${siteUrl.hostname}.`), fix, facts);
        }
        return pass(text_text(`${r.requestedUrl} redirects to ${r.httpsTarget}.`, `${r.requestedUrl} redirige a ${r.httpsTarget}.`, `${r.requestedUrl} redireciona para ${r.httpsTarget}.`), facts);
    },
};
const hsts = {
    id: 'ssl.hsts',
    section: 'ssl',
    defaultSeverity: 'warning',
    title: text_text('HSTS is sent with a long max-age', 'Se envía HSTS con un max-age largo', 'HSTS é enviado com max-age longo'),
    docs: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Strict-Transport-Security',
    evaluate(evidence, { siteUrl, thresholds }) {
        if (siteUrl.protocol !== 'https:')
            return skip(NOT_HTTPS);
        return withPage(evidence.page, (page) => {
            const header = page.headers['strict-transport-security'];
            const minSeconds = thresholds.hstsMinDays * 86_400;
            const fix = text_text(`Send Strict-Transport-Security: max-age=31536000; includeSubDomains on every https answer (at least ${thresholds.hstsMinDays} days).`, `Envía Strict-Transport-Security: max-age=31536000; includeSubDomains en cada respuesta https (al menos ${thresholds.hstsMinDays} días).`, `Envie Strict-Transport-Security: max-age=31536000; includeSubDomains em toda resposta https (pelo menos ${thresholds.hstsMinDays} dias).`);
            if (header === undefined) {
                return fail(text_text('The page sends no Strict-Transport-Security header.', 'La página no envía el encabezado Strict-Transport-Security.', 'A página não envia o cabeçalho Strict-Transport-Security.'), fix, { header: null, minDays: thresholds.hstsMinDays });
            }
            // Only the first header counts when several were sent (RFC 6797 §8.1).
            const first = header.split(',')[0] ?? '';
            const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?\s*(?:;|$)/i.exec(first);
            const seconds = maxAge ? Number(maxAge[1]) : null;
            const facts = { header: first.trim(), maxAgeDays: seconds === null ? null : Math.floor(seconds / 86_400), minDays: thresholds.hstsMinDays, includeSubDomains: /includesubdomains/i.test(first), preload: /preload/i.test(first) };
            if (seconds === null)
                return fail(text_text(`Strict-Transport-Security has no valid max-age ("${first.trim()}").`, `Strict-Transport-Security no tiene un max-age válido ("${first.trim()}").`, `Strict-Transport-Security não tem max-age válido ("${first.trim()}").`), fix, facts);
            if (seconds < minSeconds) {
                return fail(text_text(`HSTS max-age is ${facts.maxAgeDays} days, under ${thresholds.hstsMinDays}.`, `El max-age de HSTS es de ${facts.maxAgeDays} días, menos de ${thresholds.hstsMinDays}.`, `O max-age do HSTS é de ${facts.maxAgeDays} dias, abaixo de ${thresholds.hstsMinDays}.`), fix, facts);
            }
            return pass(text_text(`HSTS max-age is ${facts.maxAgeDays} days.`, `El max-age de HSTS es de ${facts.maxAgeDays} días.`, `O max-age do HSTS é de ${facts.maxAgeDays} dias.`), facts);
        });
    },
};
/** Active content can read or rewrite the page (and the card form): over http, anyone on the path can too. */
const ACTIVE = new Set(['script', 'iframe', 'stylesheet', 'form', 'object', 'embed']);
const PASSIVE = new Set(['image', 'media', 'icon']);
const mixedContent = {
    id: 'ssl.mixed-content',
    section: 'ssl',
    defaultSeverity: 'blocker',
    title: text_text('No active content over http://', 'Sin contenido activo por http://', 'Nenhum conteúdo ativo via http://'),
    docs: 'https://developer.mozilla.org/en-US/docs/Web/Security/Mixed_content',
    evaluate(evidence, { siteUrl }) {
        if (siteUrl.protocol !== 'https:')
            return skip(NOT_HTTPS);
        return withHtml(evidence.page, (page) => {
            const fix = text_text('Load every script, stylesheet and iframe, and post every form, over https:// (or a relative URL).', 'Carga cada script, hoja de estilo e iframe, y envía cada formulario, por https:// (o con una URL relativa).', 'Carregue todo script, folha de estilo e iframe, e envie todo formulário, via https:// (ou com URL relativa).');
            if (new URL(page.finalUrl).protocol === 'http:') {
                return fail(text_text(`site-url redirects to plain http (${page.finalUrl}): the payment page itself is not protected.`, `site-url redirige a http sin cifrar (${page.finalUrl}): la página de pago misma no está protegida.`, `site-url redireciona para http sem criptografia (${page.finalUrl}): a própria página de pagamento não está protegida.`), fix, { finalUrl: page.finalUrl, hops: page.hops });
            }
            const insecure = page.resources.filter((r) => r.url.startsWith('http:'));
            const active = insecure.filter((r) => ACTIVE.has(r.kind)).map(({ kind, url, line }) => ({ kind, url, line }));
            const passive = insecure.filter((r) => PASSIVE.has(r.kind)).map(({ kind, url, line }) => ({ kind, url, line }));
            const facts = { active, passive, page: page.finalUrl };
            if (active.length > 0) {
                const list = (line) => active.slice(0, 5).map((r) => `${r.kind} ${r.url} (${line} ${r.line})`).join('; ');
                return fail(text_text(`Active content over http://: ${list('line')}.`, `Contenido activo por http://: ${list('línea')}.`, `Conteúdo ativo via http://: ${list('linha')}.`), fix, facts);
            }
            if (page.truncated)
                return truncatedError(page);
            const note = passive.length > 0 ? passive.length : 0;
            return pass(note > 0
                ? text_text(`No active mixed content; ${note} image/media URL(s) over http:// (passive, listed in evidence).`, `Sin contenido mixto activo; ${note} imagen(es)/medio(s) por http:// (pasivo, en la evidencia).`, `Sem conteúdo misto ativo; ${note} imagem(ns)/mídia(s) via http:// (passivo, listado nas evidências).`)
                : text_text('Every resource of the page is loaded over https.', 'Todos los recursos de la página se cargan por https.', 'Todos os recursos da página são carregados via https.'), facts);
        });
    },
};

;// CONCATENATED MODULE: ./lib/src/checks/ssl-tls.js


const ssl_tls_GO_LIVE_DOCS = '/docs/checkout-api/go-to-production/requirements';
const DAY = 86_400_000;
const expiryWindow = {
    id: 'ssl.expiry-window',
    section: 'ssl',
    defaultSeverity: 'warning',
    title: text_text('Certificate is not about to expire', 'El certificado no está por vencer', 'O certificado não está prestes a expirar'),
    docs: ssl_tls_GO_LIVE_DOCS,
    evaluate(evidence, { now, thresholds }) {
        return withTls(evidence.tls, (tls) => {
            const leaf = tls.chain[0];
            if (!leaf)
                return probeFailed({ kind: 'tls', message: 'the server sent no certificate' });
            const notBefore = Date.parse(leaf.notBefore);
            const notAfter = Date.parse(leaf.notAfter);
            if (now.getTime() < notBefore || now.getTime() > notAfter) {
                return skip(text_text('Skipped: the certificate is outside its validity period (see ssl.validity).', 'Omitido: el certificado está fuera de su vigencia (ver ssl.validity).', 'Ignorado: o certificado está fora da validade (veja ssl.validity).'));
            }
            const remainingDays = (notAfter - now.getTime()) / DAY;
            const lifetimeDays = (notAfter - notBefore) / DAY;
            const minDays = Math.min(thresholds.expiryMinDays, lifetimeDays / 3);
            const facts = { notAfter: leaf.notAfter, remainingDays: round(remainingDays), lifetimeDays: round(lifetimeDays), minDays: round(minDays) };
            const left = Math.floor(remainingDays);
            if (remainingDays >= minDays) {
                return pass(text_text(`${left} days of validity left (at least ${round(minDays)} wanted).`, `Quedan ${left} días de vigencia (se piden al menos ${round(minDays)}).`, `Restam ${left} dias de validade (o mínimo é ${round(minDays)}).`), facts);
            }
            return fail(text_text(`The certificate expires in ${left} days (${leaf.notAfter.slice(0, 10)}), under the ${round(minDays)}-day margin.`, `El certificado vence en ${left} días (${leaf.notAfter.slice(0, 10)}), menos que el margen de ${round(minDays)} días.`, `O certificado expira em ${left} dias (${leaf.notAfter.slice(0, 10)}), abaixo da margem de ${round(minDays)} dias.`), text_text('Renew it now and check that automatic renewal works (certbot renew --dry-run, or your host\'s managed TLS).', 'Renuévalo ahora y verifica que la renovación automática funcione (certbot renew --dry-run o el TLS administrado de tu hosting).', 'Renove-o agora e verifique se a renovação automática funciona (certbot renew --dry-run ou o TLS gerenciado da sua hospedagem).'), facts);
        });
    },
};
const protocols = {
    id: 'ssl.protocols',
    section: 'ssl',
    defaultSeverity: 'blocker',
    title: text_text('Only TLS 1.2 and 1.3 are offered', 'Solo se ofrecen TLS 1.2 y 1.3', 'Apenas TLS 1.2 e 1.3 são oferecidos'),
    docs: 'https://wiki.mozilla.org/Security/Server_Side_TLS',
    evaluate(evidence) {
        return withTls(evidence.tls, (tls) => {
            const offered = tls.protocols.filter((p) => p.offered === true).map((p) => p.version);
            const unknown = tls.protocols.filter((p) => p.offered === null);
            const facts = { offered, notOffered: tls.protocols.filter((p) => p.offered === false).map((p) => p.version), unknown: unknown.map((p) => `${p.version}: ${p.detail ?? ''}`) };
            const legacy = offered.filter((v) => v === 'TLSv1' || v === 'TLSv1.1');
            const disable = text_text('Disable TLS 1.0 and 1.1 on the server (nginx: ssl_protocols TLSv1.2 TLSv1.3; Apache: SSLProtocol -all +TLSv1.2 +TLSv1.3), as PCI DSS requires.', 'Desactiva TLS 1.0 y 1.1 en el servidor (nginx: ssl_protocols TLSv1.2 TLSv1.3; Apache: SSLProtocol -all +TLSv1.2 +TLSv1.3), como exige PCI DSS.', 'Desative TLS 1.0 e 1.1 no servidor (nginx: ssl_protocols TLSv1.2 TLSv1.3; Apache: SSLProtocol -all +TLSv1.2 +TLSv1.3), como exige o PCI DSS.');
            if (legacy.length > 0) {
                const list = legacy.map(label).join(', ');
                return fail(text_text(`The server still offers ${list}, which PCI DSS forbids for payment pages.`, `El servidor todavía ofrece ${list}, prohibido por PCI DSS en páginas de pago.`, `O servidor ainda oferece ${list}, proibido pelo PCI DSS em páginas de pagamento.`), disable, facts);
            }
            const modern = offered.filter((v) => v === 'TLSv1.2' || v === 'TLSv1.3');
            if (unknown.length > 0) {
                const list = unknown.map((p) => `${label(p.version)} (${p.detail ?? '?'})`).join(', ');
                return probeFailed({ kind: 'tls', message: `could not tell whether the server offers ${list}` });
            }
            if (modern.length === 0) {
                return fail(text_text('The server offers neither TLS 1.2 nor TLS 1.3.', 'El servidor no ofrece TLS 1.2 ni TLS 1.3.', 'O servidor não oferece TLS 1.2 nem TLS 1.3.'), text_text('Enable TLS 1.2 and TLS 1.3 on the server.', 'Habilita TLS 1.2 y TLS 1.3 en el servidor.', 'Habilite TLS 1.2 e TLS 1.3 no servidor.'), facts);
            }
            const list = modern.map(label).join(', ');
            return pass(text_text(`Offers ${list}; TLS 1.0 and 1.1 are refused.`, `Ofrece ${list}; TLS 1.0 y 1.1 son rechazados.`, `Oferece ${list}; TLS 1.0 e 1.1 são recusados.`), facts);
        });
    },
};
/** Minimum key sizes: NIST SP 800-57 / CA/Browser Forum baseline. */
const MIN_BITS = { rsa: 2048, 'rsa-pss': 2048, dsa: 2048, ec: 256 };
const keyAndSignature = {
    id: 'ssl.key-and-signature',
    section: 'ssl',
    defaultSeverity: 'blocker',
    title: text_text('Strong key and signature in the chain', 'Clave y firma robustas en la cadena', 'Chave e assinatura fortes na cadeia'),
    docs: 'https://wiki.mozilla.org/Security/Server_Side_TLS',
    evaluate(evidence) {
        return withTls(evidence.tls, (tls) => {
            const problems = [];
            const certificates = tls.chain.map((c, i) => {
                const role = i === 0 ? 'leaf' : c.inTrustStore ? 'trust-store root' : c.selfIssued ? 'root' : 'intermediate';
                const named = ROLE_NAMES[role];
                const at = (what) => text_text(`${named.en} ${shortName(c)}: ${what}`, `${named.es} ${shortName(c)}: ${what}`, `${named['pt-BR']} ${shortName(c)}: ${what}`);
                const weakKey = isWeakKey(c);
                // A root's own signature is never checked by clients (they trust the root itself).
                const weakSignature = !c.selfIssued && /sha1|md5|md2/i.test(c.signatureAlgorithm);
                if (weakKey && !c.inTrustStore)
                    problems.push(at(`${c.keyType.toUpperCase()} ${c.keyBits ?? '?'} bits`));
                if (weakSignature)
                    problems.push(at(c.signatureAlgorithm));
                return { role, subject: c.subject, keyType: c.keyType, keyBits: c.keyBits ?? null, signatureAlgorithm: c.signatureAlgorithm, weakKey: weakKey && !c.inTrustStore, weakSignature };
            });
            const facts = { certificates, weakOnlyHandshake: tls.weakOnlyHandshake };
            if (problems.length > 0) {
                const list = join(problems, '; ');
                const weak = tls.weakOnlyHandshake;
                return fail(text_text(`Weak cryptography in the served chain: ${list.en}.${weak ? ' A client at default security settings cannot even complete the handshake.' : ''}`, `Criptografía débil en la cadena servida: ${list.es}.${weak ? ' Un cliente con la configuración de seguridad por defecto ni siquiera completa el handshake.' : ''}`, `Criptografia fraca na cadeia servida: ${list['pt-BR']}.${weak ? ' Um cliente com as configurações de segurança padrão nem completa o handshake.' : ''}`), text_text('Reissue the certificate with an RSA key of at least 2048 bits (or ECDSA P-256) signed with SHA-256 or stronger, and serve the CA\'s current intermediates.', 'Vuelve a emitir el certificado con una clave RSA de al menos 2048 bits (o ECDSA P-256) firmada con SHA-256 o superior, y sirve los intermedios actuales de la CA.', 'Emita novamente o certificado com chave RSA de pelo menos 2048 bits (ou ECDSA P-256) assinada com SHA-256 ou superior, e sirva os intermediários atuais da CA.'), facts);
            }
            const leaf = tls.chain[0];
            const what = leaf ? `${leaf.keyType.toUpperCase()} ${leaf.keyBits ?? ''}`.trim() + `, ${leaf.signatureAlgorithm}` : '';
            return pass(text_text(`Keys and signatures are strong (leaf: ${what}).`, `Claves y firmas robustas (certificado: ${what}).`, `Chaves e assinaturas fortes (certificado: ${what}).`), facts);
        });
    },
};
const ROLE_NAMES = {
    leaf: text_text('leaf', 'certificado final', 'certificado final'),
    'trust-store root': text_text('trust-store root', 'raíz del almacén de confianza', 'raiz do repositório de confiança'),
    root: text_text('root', 'raíz', 'raiz'),
    intermediate: text_text('intermediate', 'intermedio', 'intermediário'),
};
function isWeakKey(c) {
    const min = MIN_BITS[c.keyType];
    if (min === undefined)
        return c.keyType === 'unknown';
    return c.keyBits === undefined || c.keyBits < min;
}
function shortName(c) {
    return /CN=([^,]+)/.exec(c.subject)?.[1] ?? c.subject;
}
function label(version) {
    return version === 'TLSv1' ? 'TLS 1.0' : version.replace('TLSv', 'TLS ');
}
function round(n) {
    return Math.round(n * 10) / 10;
}

;// CONCATENATED MODULE: ./lib/src/checks/ssl.js


const ssl_GO_LIVE_DOCS = '/docs/checkout-api/go-to-production/requirements';
const ssl_https = {
    id: 'ssl.https',
    section: 'ssl',
    defaultSeverity: 'blocker',
    title: text_text('Payment page served over HTTPS', 'Página de pago servida por HTTPS', 'Página de pagamento servida via HTTPS'),
    docs: ssl_GO_LIVE_DOCS,
    evaluate(_evidence, { siteUrl }) {
        if (siteUrl.protocol === 'https:') {
            return pass(text_text('site-url uses https.', 'site-url usa https.', 'site-url usa https.'), { scheme: 'https' });
        }
        return fail(text_text('site-url uses plain http: Mercado Pago requires the payment form on an HTTPS page in production.', 'site-url usa http sin cifrar: Mercado Pago exige el formulario de pago en una página HTTPS en producción.', 'site-url usa http sem criptografia: o Mercado Pago exige o formulário de pagamento em uma página HTTPS em produção.'), text_text('Install a TLS certificate on the site, serve the checkout over https:// and pass that URL as site-url.', 'Instala un certificado TLS en el sitio, sirve el checkout por https:// y pasa esa URL en site-url.', 'Instale um certificado TLS no site, sirva o checkout via https:// e informe essa URL em site-url.'), { scheme: siteUrl.protocol.replace(':', '') });
    },
};
const TRUST_MESSAGES = {
    'self-signed': text_text('The certificate is self-signed: browsers and Mercado Pago\'s servers will not trust it.', 'El certificado es autofirmado: los navegadores y los servidores de Mercado Pago no confiarán en él.', 'O certificado é autoassinado: navegadores e os servidores do Mercado Pago não confiarão nele.'),
    'untrusted-root': text_text('The chain ends at a root that is not in the trust store.', 'La cadena termina en una raíz que no está en el almacén de confianza.', 'A cadeia termina em uma raiz que não está no repositório de confiança.'),
    'incomplete-chain': text_text('The chain is incomplete: the server does not send the intermediate certificate(s) that lead to a trusted root.', 'La cadena está incompleta: el servidor no envía los certificados intermedios que llevan a una raíz confiable.', 'A cadeia está incompleta: o servidor não envia o(s) certificado(s) intermediário(s) que levam a uma raiz confiável.'),
};
const certificateTrust = {
    id: 'ssl.certificate-trust',
    section: 'ssl',
    defaultSeverity: 'blocker',
    title: text_text('Certificate chain is trusted', 'La cadena del certificado es confiable', 'A cadeia do certificado é confiável'),
    docs: ssl_GO_LIVE_DOCS,
    evaluate(evidence) {
        return withTls(evidence.tls, (tls) => {
            const facts = { verdict: tls.trust.verdict, path: tls.trust.path, opensslError: tls.trust.opensslError ?? null, served: tls.chain.length };
            if (tls.trust.verdict === 'trusted') {
                return pass(text_text(`The served chain validates to a trusted root (${tls.trust.path.length} certificates).`, `La cadena servida valida hasta una raíz confiable (${tls.trust.path.length} certificados).`, `A cadeia servida é validada até uma raiz confiável (${tls.trust.path.length} certificados).`), facts);
            }
            return fail(TRUST_MESSAGES[tls.trust.verdict], tls.trust.verdict === 'incomplete-chain'
                ? text_text('Configure the server with the full chain (leaf followed by the intermediates, e.g. fullchain.pem), not the leaf alone.', 'Configura el servidor con la cadena completa (el certificado seguido de los intermedios, p. ej. fullchain.pem), no solo el certificado final.', 'Configure o servidor com a cadeia completa (o certificado seguido dos intermediários, ex.: fullchain.pem), não apenas o certificado final.')
                : text_text('Install a certificate issued by a public certificate authority (Let\'s Encrypt is free) with its full chain.', 'Instala un certificado emitido por una autoridad pública (Let\'s Encrypt es gratuita) con su cadena completa.', 'Instale um certificado emitido por uma autoridade pública (a Let\'s Encrypt é gratuita) com a cadeia completa.'), facts);
        });
    },
};
const hostname = {
    id: 'ssl.hostname',
    section: 'ssl',
    defaultSeverity: 'blocker',
    title: text_text('Certificate names the host', 'El certificado nombra al host', 'O certificado contém o nome do host'),
    docs: ssl_GO_LIVE_DOCS,
    evaluate(evidence) {
        return withTls(evidence.tls, (tls) => {
            const names = tls.chain[0]?.subjectAltNames ?? [];
            const facts = { host: tls.host, subjectAltNames: names, subject: tls.chain[0]?.subject ?? null };
            if (tls.hostnameMatches) {
                return pass(text_text(`The certificate is valid for ${tls.host}.`, `El certificado es válido para ${tls.host}.`, `O certificado é válido para ${tls.host}.`), facts);
            }
            const listed = names.length > 0 ? names.join(', ') : '—';
            return fail(text_text(`The certificate does not name ${tls.host}; it names: ${listed}.`, `El certificado no nombra ${tls.host}; nombra: ${listed}.`, `O certificado não contém ${tls.host}; contém: ${listed}.`), text_text(`Issue a certificate whose Subject Alternative Names include ${tls.host}.`, `Emite un certificado cuyos Subject Alternative Names incluyan ${tls.host}.`, `Emita um certificado cujos Subject Alternative Names incluam ${tls.host}.`), facts);
        });
    },
};
const validity = {
    id: 'ssl.validity',
    section: 'ssl',
    defaultSeverity: 'blocker',
    title: text_text('Certificate is within its validity period', 'El certificado está dentro de su vigencia', 'O certificado está dentro da validade'),
    docs: ssl_GO_LIVE_DOCS,
    evaluate(evidence, { now }) {
        return withTls(evidence.tls, (tls) => {
            const leaf = tls.chain[0];
            if (!leaf)
                return fail(text_text('The server sent no certificate.', 'El servidor no envió certificado.', 'O servidor não enviou certificado.'), text_text('Configure a certificate on the server.', 'Configura un certificado en el servidor.', 'Configure um certificado no servidor.'));
            const facts = { notBefore: leaf.notBefore, notAfter: leaf.notAfter, now: now.toISOString() };
            const renew = text_text('Renew the certificate and install it (with automatic renewal, e.g. certbot or your host\'s managed TLS).', 'Renueva el certificado e instálalo (con renovación automática, p. ej. certbot o el TLS administrado de tu hosting).', 'Renove o certificado e instale-o (com renovação automática, ex.: certbot ou o TLS gerenciado da sua hospedagem).');
            if (now.getTime() > Date.parse(leaf.notAfter)) {
                const day = leaf.notAfter.slice(0, 10);
                return fail(text_text(`The certificate expired on ${day}.`, `El certificado venció el ${day}.`, `O certificado expirou em ${day}.`), renew, facts);
            }
            if (now.getTime() < Date.parse(leaf.notBefore)) {
                const day = leaf.notBefore.slice(0, 10);
                return fail(text_text(`The certificate is not valid yet: it starts on ${day}.`, `El certificado aún no es válido: empieza el ${day}.`, `O certificado ainda não é válido: começa em ${day}.`), text_text('Check the server clock and the certificate dates; install a certificate that is valid now.', 'Revisa el reloj del servidor y las fechas del certificado; instala uno válido ahora.', 'Verifique o relógio do servidor e as datas do certificado; instale um certificado válido agora.'), facts);
            }
            // An expired intermediate breaks the chain as surely as an expired leaf (store roots are the client's own copy).
            const staleIntermediate = tls.chain.slice(1).find((c) => !c.inTrustStore && !c.selfIssued && (now.getTime() > Date.parse(c.notAfter) || now.getTime() < Date.parse(c.notBefore)));
            if (staleIntermediate) {
                const name = /CN=([^,]+)/.exec(staleIntermediate.subject)?.[1] ?? staleIntermediate.subject;
                const range = `${staleIntermediate.notBefore.slice(0, 10)}..${staleIntermediate.notAfter.slice(0, 10)}`;
                return fail(text_text(`The intermediate certificate "${name}" the server sends is outside its validity (${range}).`, `El certificado intermedio "${name}" que envía el servidor está fuera de su vigencia (${range}).`, `O certificado intermediário "${name}" enviado pelo servidor está fora da validade (${range}).`), text_text("Replace the intermediates with the CA's current ones (download the chain again, e.g. fullchain.pem).", 'Reemplaza los intermedios por los actuales de la CA (descarga de nuevo la cadena, p. ej. fullchain.pem).', 'Substitua os intermediários pelos atuais da CA (baixe a cadeia novamente, ex.: fullchain.pem).'), { ...facts, intermediate: { subject: staleIntermediate.subject, notBefore: staleIntermediate.notBefore, notAfter: staleIntermediate.notAfter } });
            }
            const day = leaf.notAfter.slice(0, 10);
            return pass(text_text(`Valid until ${day}.`, `Válido hasta el ${day}.`, `Válido até ${day}.`), facts);
        });
    },
};

;// CONCATENATED MODULE: ./lib/src/checks/catalog.js













const BUILT = [
    tokenValid,
    production,
    livePayment,
    paymentFields,
    measurement,
    pixEnabled,
    pixKey,
    itemData,
    payerData,
    shippingData,
    rejectionRate,
    release,
    settlement,
    ssl_https,
    certificateTrust,
    hostname,
    validity,
    configured,
    https,
    reachable,
    signature,
    publicKey,
    secretExposure,
    expiryWindow,
    protocols,
    keyAndSignature,
    httpRedirect,
    hsts,
    mixedContent,
    securityHeaders,
    deviceId,
    sdkV2,
];
/** The built checks, in the contract's order (DESIGN §5). A check not built yet is absent. */
const CATALOG = [...BUILT].sort((a, b) => order(a.id) - order(b.id));
function order(id) {
    const index = CHECK_IDS.indexOf(id);
    if (index < 0)
        throw new Error(`check ${id} is not in the contract's catalog`);
    return index;
}

;// CONCATENATED MODULE: ./lib/src/probes/budget.js
function createBudget(totalMs, clock = Date.now) {
    const deadline = clock() + totalMs;
    const signal = AbortSignal.timeout(totalMs);
    return {
        deadline,
        signal,
        remainingMs: () => Math.max(0, deadline - clock()),
        signalWithin(ms) {
            if (ms === undefined || ms >= deadline - clock())
                return signal;
            return AbortSignal.any([signal, AbortSignal.timeout(Math.max(1, ms))]);
        },
    };
}
/** Resolves to `onTimeout()` when the signal aborts first; the losing promise is left to settle. */
function raceSignal(work, signal, onTimeout) {
    if (signal.aborted) {
        work.catch(() => undefined);
        return Promise.resolve(onTimeout());
    }
    return new Promise((resolve, reject) => {
        const abort = () => resolve(onTimeout());
        signal.addEventListener('abort', abort, { once: true });
        work.then((v) => {
            signal.removeEventListener('abort', abort);
            resolve(v);
        }, (e) => {
            signal.removeEventListener('abort', abort);
            reject(e);
        });
    });
}

;// CONCATENATED MODULE: ./lib/src/probes/mercadopago/account.js

/** `GET /users/me`. A 401/403 is `refused` (the token is not valid); other failures say why. */
async function probeAccount(client) {
    const answer = await client.get('/users/me');
    if (!answer.ok)
        return { ok: false, error: answer.error };
    const body = answer.data;
    if (typeof body !== 'object' || body === null || typeof body.id !== 'number') {
        return failed('parse', 'GET /users/me answered without a numeric user id');
    }
    return ok({
        userId: body.id,
        siteId: typeof body.site_id === 'string' ? body.site_id : undefined,
        countryId: typeof body.country_id === 'string' ? body.country_id : undefined,
        tags: Array.isArray(body.tags) ? body.tags.filter((t) => typeof t === 'string') : [],
        email: typeof body.email === 'string' ? body.email : undefined,
        nickname: typeof body.nickname === 'string' ? body.nickname : undefined,
    });
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./lib/src/probes/mercadopago/client.js


const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const MAX_RETRY_WAIT_MS = 30_000;
/**
 * The client every Mercado Pago probe shares: GET only, each request bounded by the run budget
 * (and `requestTimeoutMs`), 429/5xx retried with backoff or `Retry-After` but never past the
 * budget, error bodies turned into one-line messages with the token scrubbed out.
 */
function createMercadoPagoClient(options) {
    const { budget, token } = options;
    const requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
    const maxRetries = options.maxRetries ?? 3;
    const retryBaseMs = options.retryBaseMs ?? 1000;
    const maxBodyBytes = options.maxBodyBytes ?? 8 * 1024 * 1024;
    const sleep = options.sleep ?? sleepFor;
    let requestCount = 0;
    async function getOnce(url, label) {
        requestCount++;
        const response = await (0,undici.request)(url, {
            method: 'GET',
            headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'user-agent': 'mercadopago-readiness/1.0' },
            signal: budget.signalWithin(requestTimeoutMs),
            ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
        });
        const text = await readCapped(response.body, maxBodyBytes, label);
        const retryAfter = retryAfterMs(response.headers['retry-after']);
        return { status: response.statusCode, text, ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }) };
    }
    return {
        get requestCount() {
            return requestCount;
        },
        async get(path, query) {
            const url = new URL(path.replace(/^\//, ''), ensureTrailingSlash(options.baseUrl));
            for (const [k, v] of Object.entries(query ?? {}))
                url.searchParams.set(k, String(v));
            const label = `GET ${path}`;
            for (let attempt = 0;; attempt++) {
                let answer;
                try {
                    answer = await getOnce(url, label);
                }
                catch (error) {
                    return { ok: false, error: toProbeError(error, label) };
                }
                if (RETRY_STATUSES.has(answer.status) && attempt < maxRetries) {
                    const wait = Math.min(answer.retryAfterMs ?? retryBaseMs * 2 ** attempt, MAX_RETRY_WAIT_MS);
                    if (wait < budget.remainingMs() - 50) {
                        try {
                            await sleep(wait, budget.signal);
                            continue;
                        }
                        catch {
                            // the budget ran out while waiting: report the last answer
                        }
                    }
                }
                return scrubbed(interpret(answer.status, answer.text, label, attempt), token);
            }
        },
    };
}
/**
 * A server may echo the token back in an error body (a proxy, a misconfigured gateway): the
 * message and the kept body are cleaned here, before anything else can see them.
 */
function scrubbed(result, token) {
    if (result.ok || token.length < 6)
        return result;
    const clean = (s) => s.split(token).join('***');
    const body = result.error.body ? JSON.parse(clean(JSON.stringify(result.error.body))) : undefined;
    return { ok: false, error: { ...result.error, message: clean(result.error.message), ...(body ? { body } : {}) } };
}
function interpret(status, text, label, retries) {
    let data;
    try {
        data = text === '' ? undefined : JSON.parse(text);
    }
    catch {
        if (status >= 200 && status < 300)
            return { ok: false, error: { kind: 'parse', status, message: `${label} answered ${status} with a body that is not JSON` } };
    }
    if (status >= 200 && status < 300)
        return { ok: true, status, data: data };
    const body = isErrorBody(data) ? data : undefined;
    const retried = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
    const message = `${label} answered ${status}${retried}${describe(body)}`;
    const kind = status === 401 || status === 403 ? 'refused' : 'http';
    return { ok: false, error: { kind, status, message, ...(body ? { body } : {}) } };
}
function describe(body) {
    if (!body)
        return '';
    const parts = [body.error, body.message].filter((p) => typeof p === 'string' && p !== '');
    const causes = (body.cause ?? [])
        .map((c) => [c.code, c.description].filter((x) => x !== null && x !== undefined && x !== '').join(' '))
        .filter((c) => c !== '');
    const all = [...new Set(parts)].join(': ') + (causes.length > 0 ? ` (cause ${causes.join('; ')})` : '');
    return all === '' ? '' : `: ${all.slice(0, 300)}`;
}
function isErrorBody(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && ('message' in value || 'error' in value);
}
function ensureTrailingSlash(url) {
    return url.pathname.endsWith('/') ? url : new URL(`${url.href}/`);
}
/** Retry-After in seconds or as an HTTP date, in ms; undefined when absent or unreadable. */
function retryAfterMs(value, now = Date.now()) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v === undefined || v.trim() === '')
        return undefined;
    if (/^\d+$/.test(v.trim()))
        return Number(v.trim()) * 1000;
    const date = Date.parse(v);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** Reads a body up to `max` bytes; a larger body is an error rather than memory blown. */
async function readCapped(body, max, label) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > max) {
            body.destroy();
            throw { kind: 'parse', message: `${label}: answer larger than ${Math.round(max / 1024 / 1024)} MB` };
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function sleepFor(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./lib/src/probes/mercadopago/payment-methods.js

/** `GET /v1/payment_methods`: the methods the account can offer (Pix among them in Brazil). */
async function probePaymentMethods(client) {
    const answer = await client.get('/v1/payment_methods');
    if (!answer.ok)
        return { ok: false, error: answer.error };
    if (!Array.isArray(answer.data))
        return failed('parse', 'GET /v1/payment_methods answered without an array');
    const methods = [];
    for (const m of answer.data) {
        if (typeof m !== 'object' || m === null || typeof m.id !== 'string')
            continue;
        const { id, name, payment_type_id, status } = m;
        methods.push({
            id: id,
            ...(typeof name === 'string' ? { name } : {}),
            ...(typeof payment_type_id === 'string' ? { payment_type_id } : {}),
            ...(typeof status === 'string' ? { status } : {}),
        });
    }
    return ok(methods);
}

;// CONCATENATED MODULE: ./lib/src/probes/mercadopago/preferences.js

/** The most recent preferences (one page): Checkout Pro integrations show their notification_url here. */
async function probePreferences(client, limit = 50) {
    const answer = await client.get('/checkout/preferences/search', { limit, offset: 0 });
    if (!answer.ok)
        return { ok: false, error: answer.error };
    const body = answer.data;
    if (typeof body !== 'object' || body === null || !Array.isArray(body.elements)) {
        return failed('parse', 'GET /checkout/preferences/search answered without an elements array');
    }
    const preferences = body.elements.filter((e) => typeof e === 'object' && e !== null && typeof e.id === 'string');
    return ok({ preferences, total: typeof body.total === 'number' ? body.total : preferences.length });
}

;// CONCATENATED MODULE: ./lib/src/probes/mercadopago/reports.js

/** Both reports, concurrently; for each the config first, the list only when the config shows no schedule. */
async function probeReports(client) {
    const [release, settlement] = await Promise.all([probeReport(client, 'release'), probeReport(client, 'settlement')]);
    return ok({ release, settlement });
}
async function probeReport(client, kind) {
    const config = await readConfig(client, kind);
    if (config.state === 'found' && config.scheduled === true)
        return { config };
    return { config, list: await readList(client, kind) };
}
async function readConfig(client, kind) {
    const path = `/v1/account/${kind}_report/config`;
    try {
        const answer = await client.get(path);
        if (!answer.ok) {
            if (isConfigNotFound(answer.error))
                return { state: 'not-found', httpStatus: answer.error.status };
            return { state: 'failed', error: plain(answer.error) };
        }
        const body = answer.data;
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
            return { state: 'failed', error: { kind: 'parse', message: `GET ${path} answered 200 without a config object` } };
        }
        const { scheduled, frequency } = body;
        return {
            state: 'found',
            scheduled: typeof scheduled === 'boolean' ? scheduled : null,
            frequency: typeof frequency?.type === 'string' ? frequency.type : null,
        };
    }
    catch (error) {
        return { state: 'failed', error: toProbeError(error, `GET ${path}`) };
    }
}
async function readList(client, kind) {
    const path = `/v1/account/${kind}_report/list`;
    try {
        const answer = await client.get(path);
        if (!answer.ok)
            return { state: 'failed', error: plain(answer.error) };
        if (!Array.isArray(answer.data))
            return { state: 'failed', error: { kind: 'parse', message: `GET ${path} answered 200 without an array` } };
        const reports = answer.data.filter((r) => typeof r === 'object' && r !== null);
        const str = (v) => (typeof v === 'string' ? v : null);
        const newest = [...reports].sort((a, b) => String(b['date_created'] ?? '').localeCompare(String(a['date_created'] ?? '')))[0];
        return {
            state: 'listed',
            count: reports.length,
            latest: newest ? { file_name: str(newest['file_name']), date_created: str(newest['date_created']), created_from: str(newest['created_from']) } : null,
        };
    }
    catch (error) {
        return { state: 'failed', error: toProbeError(error, `GET ${path}`) };
    }
}
/** The documented-by-others "no config" answer: 404/400 whose body names config_not_found_for_user. */
function isConfigNotFound(error) {
    if (error.status !== 404 && error.status !== 400)
        return false;
    const body = error.body;
    if (!body)
        return false;
    const codes = [body.error, body.message, ...(body.cause ?? []).flatMap((c) => [c.code, c.description])];
    return codes.some((c) => c === 'config_not_found_for_user');
}
/** Evidence is plain JSON: keep kind and message, drop the raw body. */
function plain(error) {
    return { kind: error.kind === 'refused' ? 'http' : error.kind, message: error.message };
}

;// CONCATENATED MODULE: ./lib/src/probes/http/fetch.js

/** Sent with every page request: says who asks; no cookie, no credential, ever. */
const REQUEST_HEADERS = { 'user-agent': 'mercadopago-readiness/1.0', accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
/**
 * A client for the merchant's public pages. Certificates are not verified here on purpose: the
 * page is public, nothing secret is sent, and a bad certificate is the TLS checks' finding —
 * the page checks should still see the page.
 */
function createPageAgent() {
    return new undici.Agent({ connect: { rejectUnauthorized: false }, connections: 8, headersTimeout: 15_000, bodyTimeout: 15_000 });
}
/** One GET without following redirects; the body is read to `maxBytes` and the rest dropped. */
async function fetchOnce(url, options) {
    const response = await (0,undici.request)(url, { method: 'GET', headers: REQUEST_HEADERS, signal: options.signal, dispatcher: options.dispatcher, maxRedirections: 0 });
    const headers = {};
    let setCookies = [];
    for (const [name, value] of Object.entries(response.headers)) {
        if (value === undefined)
            continue;
        const key = name.toLowerCase();
        if (key === 'set-cookie')
            setCookies = Array.isArray(value) ? value : [value];
        else
            headers[key] = Array.isArray(value) ? value.join(', ') : value;
    }
    // A redirect's body is never read: only where it points matters.
    if (response.statusCode >= 300 && response.statusCode < 400 && headers['location'] !== undefined) {
        await discard(response.body);
        return { url: url.href, status: response.statusCode, headers, setCookies, body: Buffer.alloc(0), truncated: false };
    }
    const chunks = [];
    let size = 0;
    let truncated = false;
    for await (const chunk of response.body) {
        const room = options.maxBytes - size;
        if (chunk.length > room) {
            chunks.push(chunk.subarray(0, room));
            size += room;
            truncated = true;
            break;
        }
        chunks.push(chunk);
        size += chunk.length;
    }
    if (truncated)
        await discard(response.body);
    return { url: url.href, status: response.statusCode, headers, setCookies, body: Buffer.concat(chunks, size), truncated };
}
/** Drops the rest of a body without an unhandled 'error' from the aborted stream. */
async function discard(body) {
    body.on('error', () => undefined);
    await body.dump({ limit: 64 * 1024 }).catch(() => undefined);
}

;// CONCATENATED MODULE: ./lib/src/probes/http/redirect.js


/**
 * Asks `http://<host><path>` on port 80, as a visitor typing the address does, and follows
 * redirects while they stay on plain http (at most `maxHops`). The https target is not fetched:
 * the page probe reads that.
 */
async function probeHttpRedirect(siteUrl, budget, maxHops = 5, timeoutMs = 10_000) {
    const first = new URL(siteUrl.href);
    first.protocol = 'http:';
    first.port = '';
    const agent = createPageAgent();
    const hops = [];
    try {
        let url = first;
        for (let i = 0; i < maxHops; i++) {
            const answer = await fetchOnce(url, { signal: budget.signalWithin(timeoutMs), maxBytes: 64 * 1024, dispatcher: agent });
            const location = answer.headers['location'];
            const next = location !== undefined && answer.status >= 300 && answer.status < 400 ? new URL(location, url) : undefined;
            hops.push({ url: url.href, status: answer.status, location: next?.href ?? null });
            if (!next)
                break;
            if (next.protocol === 'https:')
                return ok({ requestedUrl: first.href, hops, httpsTarget: next.href, closed: false });
            if (next.protocol !== 'http:' || hops.some((h) => h.url === next.href))
                break;
            url = next;
        }
        return ok({ requestedUrl: first.href, hops, httpsTarget: null, closed: false });
    }
    catch (error) {
        const code = error?.code ?? error?.cause?.code;
        if (code === 'ECONNREFUSED' && hops.length === 0)
            return ok({ requestedUrl: first.href, hops, httpsTarget: null, closed: true });
        return { ok: false, error: toProbeError(error, `GET ${first.href}`) };
    }
    finally {
        agent.close().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./lib/src/probes/http/cookies.js
/** Reads one Set-Cookie header (RFC 6265 §5.2: name=value, then `;`-separated attributes). */
function parseCookie(header, setBy) {
    const [pair = '', ...attributes] = header.split(';');
    const name = pair.includes('=') ? pair.slice(0, pair.indexOf('=')).trim() : '';
    let secure = false;
    let httpOnly = false;
    let sameSite = null;
    for (const attribute of attributes) {
        const [key = '', ...rest] = attribute.split('=');
        const k = key.trim().toLowerCase();
        if (k === 'secure')
            secure = true;
        else if (k === 'httponly')
            httpOnly = true;
        else if (k === 'samesite') {
            const v = rest.join('=').trim().toLowerCase();
            sameSite = v === 'strict' ? 'Strict' : v === 'lax' ? 'Lax' : v === 'none' ? 'None' : null;
        }
    }
    return { name, setBy, secure, httpOnly, sameSite };
}

// EXTERNAL MODULE: ./node_modules/htmlparser2/dist/Parser.js + 7 modules
var Parser = __webpack_require__(1600);
;// CONCATENATED MODULE: ./lib/src/probes/http/html.js

/** Attributes that load something, per element, and how the load counts. */
const LOADS = {
    script: [['src', 'script']],
    iframe: [['src', 'iframe']],
    frame: [['src', 'iframe']],
    form: [['action', 'form']],
    object: [['data', 'object']],
    embed: [['src', 'embed']],
    img: [['src', 'image'], ['srcset', 'image']],
    audio: [['src', 'media']],
    video: [['src', 'media'], ['poster', 'image']],
    source: [['src', 'media'], ['srcset', 'image']],
    track: [['src', 'media']],
    a: [['href', 'link']],
    button: [['formaction', 'form']],
    input: [['formaction', 'form'], ['src', 'image']],
};
/** Parses the page with htmlparser2 (a real, forgiving HTML parser, not regular expressions). */
function parsePage(html, pageUrl, lines) {
    const resources = [];
    const metaCsp = [];
    const inlineScripts = [];
    const tags = [];
    const comments = [];
    let base = pageUrl;
    let scriptText;
    let inScript = false;
    const add = (kind, raw, offset, nonce) => {
        const value = raw.trim();
        if (value === '' || /^(javascript|data|blob|about|mailto|tel):/i.test(value))
            return;
        try {
            const url = new URL(value, base);
            resources.push({ kind, url: url.href, line: lines.lineAt(offset), ...(nonce ? { nonce } : {}) });
        }
        catch {
            // an unparsable URL loads nothing
        }
    };
    const parser = new Parser/* Parser */.i({
        onopentag(name, attribs) {
            const start = parser.startIndex;
            tags.push([start, parser.endIndex + 1]);
            if (name === 'base' && attribs['href']) {
                try {
                    base = new URL(attribs['href'], pageUrl);
                }
                catch {
                    // keep the page URL
                }
            }
            if (name === 'meta' && (attribs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy' && attribs['content'])
                metaCsp.push(attribs['content']);
            if (name === 'link') {
                const rel = (attribs['rel'] ?? '').toLowerCase().split(/\s+/);
                const kind = rel.includes('stylesheet') ? 'stylesheet' : rel.includes('icon') ? 'icon' : (attribs['as'] ?? '') === 'script' ? 'script' : undefined;
                if (kind && attribs['href'])
                    add(kind, attribs['href'], start);
            }
            for (const [attribute, kind] of LOADS[name] ?? []) {
                const value = attribs[attribute];
                if (value === undefined)
                    continue;
                if (attribute === 'srcset')
                    for (const candidate of value.split(','))
                        add(kind, candidate.trim().split(/\s+/)[0] ?? '', start);
                else
                    add(kind, value, start, name === 'script' ? attribs['nonce'] : undefined);
            }
            // A form without action posts to the page itself: nothing to resolve.
            if (name === 'script' && attribs['src'] === undefined)
                inScript = true;
        },
        ontext(data) {
            if (!inScript)
                return;
            const start = parser.startIndex;
            scriptText = scriptText ? [scriptText[0], start + data.length] : [start, start + data.length];
        },
        onclosetag(name) {
            if (name !== 'script')
                return;
            if (inScript && scriptText)
                inlineScripts.push(scriptText);
            inScript = false;
            scriptText = undefined;
        },
        oncomment() {
            comments.push([parser.startIndex, parser.endIndex + 1]);
        },
    }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    parser.write(html);
    parser.end();
    return { resources, metaCsp, inlineScripts, tags, comments };
}
function indexLines(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return {
        lineAt(offset) {
            let lo = 0;
            let hi = starts.length - 1;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (starts[mid] <= offset)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            return lo + 1;
        },
    };
}

;// CONCATENATED MODULE: ./lib/src/probes/http/scan.js
/** Access-token shape (reference §1, §9): PREFIX-<app id>-<6 digits>-<32 hex>-<user id>. */
const ACCESS_TOKEN = /\b(TEST|APP_USR)-\d{10,20}-\d{6}-[0-9a-fA-F]{32}-\d+\b/g;
/** Public-key shape (reference §9): PREFIX-<uuid>. */
const PUBLIC_KEY = /\b(TEST|APP_USR)-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b/g;
const MARKERS = [
    ['sdk-v2', /sdk\.mercadopago\.com\/js\/v2/g],
    ['sdk-v1', /secure\.mlstatic\.com\/sdk\/javascript\/v1/g],
    ['device-script', /(?:www\.)?mercadopago\.com\/v2\/security\.js/g],
    ['sdk-npm', /\bloadMercadoPago\s*\(|@mercadopago\/sdk-js/g],
    // Checkout Pro: the preference's init_point on a Mercado Pago domain (…/checkout/v1/redirect?pref_id=…).
    ['checkout-pro-redirect', /mercado(?:pago|livre|libre)\.com(?:\.[a-z]{2})?\/checkout\/v1\/redirect\b/g],
];
/**
 * Redacts a token to its prefix, the first four characters after it and the last four
 * (`APP_USR-4862…5239`); a short token keeps only its prefix. The 32-hex secret part is
 * always removed whole.
 */
function redactToken(token) {
    const dash = token.indexOf('-');
    const prefix = dash > 0 && dash <= 8 ? token.slice(0, dash + 1) : '';
    const rest = token.slice(prefix.length);
    if (rest.length < 24)
        return `${prefix}…`;
    return `${prefix}${rest.slice(0, 4)}…${rest.slice(-4)}`;
}
/**
 * Scans one text (the page or a same-origin script) for access tokens, the given token, public
 * keys and Mercado Pago traces. `page` is given for the HTML page, so a match is placed in an
 * inline script, an attribute, a comment or the text.
 */
function scanText(textBody, url, lines, givenToken, page) {
    const where = (offset) => ({ url, line: lines.lineAt(offset), context: page ? contextAt(page, offset) : 'script' });
    const secrets = [];
    const seenAt = new Set();
    for (const m of textBody.matchAll(ACCESS_TOKEN)) {
        seenAt.add(m.index);
        secrets.push({ redacted: redactToken(m[0]), prefix: m[1] === 'TEST' ? 'TEST' : 'APP_USR', isGivenToken: givenToken !== undefined && m[0] === givenToken, where: where(m.index) });
    }
    // The given token in any shape (a custom or future format the regex does not know).
    // Short values are skipped: they would match inside unrelated text (a bogus token is refused by the API anyway).
    if (givenToken && givenToken.length >= 20) {
        for (let i = textBody.indexOf(givenToken); i >= 0; i = textBody.indexOf(givenToken, i + 1)) {
            if (seenAt.has(i))
                continue;
            const prefix = givenToken.startsWith('TEST-') ? 'TEST' : givenToken.startsWith('APP_USR-') ? 'APP_USR' : 'other';
            secrets.push({ redacted: redactToken(givenToken), prefix, isGivenToken: true, where: where(i) });
        }
    }
    const publicKeys = [...textBody.matchAll(PUBLIC_KEY)].map((m) => ({ key: m[0], where: where(m.index) }));
    const markers = [];
    for (const [kind, pattern] of MARKERS)
        for (const m of textBody.matchAll(pattern))
            markers.push({ kind, where: where(m.index) });
    return { secrets, publicKeys, markers };
}
function inside(ranges, offset) {
    return ranges.some(([start, end]) => offset >= start && offset < end);
}
function contextAt(page, offset) {
    if (inside(page.inlineScripts, offset))
        return 'inline-script';
    if (inside(page.tags, offset))
        return 'attribute';
    if (inside(page.comments, offset))
        return 'comment';
    return 'text';
}

;// CONCATENATED MODULE: ./lib/src/probes/http/page.js





const DEFAULT_PAGE_LIMITS = { maxHops: 5, maxPageBytes: 5 * 1024 * 1024, maxScripts: 12, maxScriptBytes: 2 * 1024 * 1024, maxTotalScriptBytes: 6 * 1024 * 1024, requestTimeoutMs: 15_000 };
/**
 * Reads the checkout page like a first visit: follows up to `maxHops` redirects (a loop is an
 * error), reads the body to a cap, parses the HTML, then reads the same-origin scripts (bounded)
 * and scans everything for tokens, keys and Mercado Pago traces. The access token is only
 * compared with what was read: it is never sent anywhere.
 */
async function probePage(siteUrl, budget, givenToken, limits = DEFAULT_PAGE_LIMITS) {
    const agent = createPageAgent();
    try {
        const hops = [];
        const cookies = [];
        const seen = new Set();
        let url = siteUrl;
        let answer;
        for (;;) {
            seen.add(url.href);
            answer = await fetchOnce(url, { signal: budget.signalWithin(limits.requestTimeoutMs), maxBytes: limits.maxPageBytes, dispatcher: agent });
            cookies.push(...answer.setCookies.map((c) => parseCookie(c, url.href)));
            const location = answer.headers['location'];
            if (answer.status < 300 || answer.status > 399 || location === undefined)
                break;
            const next = new URL(location, url);
            hops.push({ url: url.href, status: answer.status, location: next.href });
            if (seen.has(next.href))
                return failed('http', `${siteUrl.href} redirects in a loop (${[...hops.map((h) => h.url), next.href].join(' → ')})`);
            if (hops.length >= limits.maxHops)
                return failed('http', `${siteUrl.href} redirects more than ${limits.maxHops} times`);
            if (next.protocol !== 'https:' && next.protocol !== 'http:')
                return failed('http', `${siteUrl.href} redirects to a non-web address (${next.protocol})`);
            url = next;
        }
        const contentType = answer.headers['content-type'] ?? null;
        const body = answer.body.toString('utf8');
        const html = contentType ? /\b(text\/html|application\/xhtml\+xml)\b/i.test(contentType) : /^\s*(<!doctype html|<html|<head|<body)/i.test(body);
        const base = {
            requestedUrl: siteUrl.href,
            finalUrl: url.href,
            status: answer.status,
            hops,
            contentType,
            html,
            bytes: answer.body.length,
            truncated: answer.truncated,
            headers: answer.headers,
            cookies,
        };
        if (!html)
            return ok({ ...base, resources: [], metaCsp: [], secrets: [], publicKeys: [], markers: [], scripts: [], scriptsSkipped: 0 });
        const lines = indexLines(body);
        const parsed = parsePage(body, url, lines);
        const found = scanText(body, url.href, lines, givenToken, parsed);
        const sameOrigin = [...new Set(parsed.resources.filter((r) => r.kind === 'script' && new URL(r.url).origin === url.origin).map((r) => r.url))];
        const chosen = sameOrigin.slice(0, limits.maxScripts);
        const scripts = await readScripts(chosen, agent, budget, limits);
        for (const s of scripts) {
            if (s.text === undefined)
                continue;
            const more = scanText(s.text, s.read.url, indexLines(s.text), givenToken);
            found.secrets.push(...more.secrets);
            found.publicKeys.push(...more.publicKeys);
            found.markers.push(...more.markers);
        }
        return ok({
            ...base,
            resources: parsed.resources,
            metaCsp: parsed.metaCsp,
            ...found,
            scripts: scripts.map((s) => s.read),
            scriptsSkipped: sameOrigin.length - chosen.length + scripts.filter((s) => s.read.error === 'byte budget spent').length,
        });
    }
    catch (error) {
        return { ok: false, error: toProbeError(error, `GET ${siteUrl.href}`) };
    }
    finally {
        agent.close().catch(() => undefined);
    }
}
/** Reads scripts concurrently; each capped, and all together within a byte budget. */
async function readScripts(urls, agent, budget, limits) {
    let spent = 0;
    return Promise.all(urls.map(async (u) => {
        try {
            const got = await fetchOnce(new URL(u), { signal: budget.signalWithin(limits.requestTimeoutMs), maxBytes: limits.maxScriptBytes, dispatcher: agent });
            if (spent >= limits.maxTotalScriptBytes)
                return { read: { url: u, status: got.status, bytes: 0, truncated: true, error: 'byte budget spent' } };
            const room = limits.maxTotalScriptBytes - spent;
            const body = got.body.length > room ? got.body.subarray(0, room) : got.body;
            spent += body.length;
            const read = { url: u, status: got.status, bytes: body.length, truncated: got.truncated || body.length < got.body.length };
            return got.status >= 200 && got.status < 300 ? { read, text: body.toString('utf8') } : { read };
        }
        catch (error) {
            return { read: { url: u, bytes: 0, truncated: false, error: toProbeError(error, `GET ${u}`).message } };
        }
    }));
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./lib/src/probes/tls/certificate.js

const CURVE_BITS = {
    prime256v1: 256,
    'P-256': 256,
    secp384r1: 384,
    'P-384': 384,
    secp521r1: 521,
    'P-521': 521,
    secp256k1: 256,
    secp224r1: 224,
    prime192v1: 192,
};
/**
 * Reads a DER certificate with Node's own X.509 parser (OpenSSL). node-forge is not used here:
 * it cannot read EC public keys, and most certificates served today are ECDSA.
 */
function describeCertificate(der) {
    const x509 = new external_node_crypto_.X509Certificate(der);
    const key = x509.publicKey;
    const details = key.asymmetricKeyDetails ?? {};
    const keyType = key.asymmetricKeyType ?? 'unknown';
    const curve = details.namedCurve;
    const keyBits = details.modulusLength ?? (curve ? CURVE_BITS[curve] : undefined) ?? (keyType === 'ed25519' ? 256 : keyType === 'ed448' ? 448 : undefined);
    return {
        x509,
        info: {
            subject: x509.subject.replace(/\n/g, ', '),
            issuer: x509.issuer.replace(/\n/g, ', '),
            serialNumber: x509.serialNumber,
            notBefore: x509.validFromDate.toISOString(),
            notAfter: x509.validToDate.toISOString(),
            subjectAltNames: (x509.subjectAltName ?? '').split(/,\s*/).filter((s) => s !== ''),
            keyType,
            keyBits,
            ...(curve ? { curve } : {}),
            signatureAlgorithm: x509.signatureAlgorithm ?? 'unknown',
            fingerprint256: x509.fingerprint256,
            isCA: x509.ca,
            selfIssued: x509.subject === x509.issuer,
        },
    };
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./lib/src/probes/tls/handshake.js


/**
 * One TLS handshake, then the socket is closed. Never rejects on a bad certificate: it reports it.
 * Rejects with the socket error when no handshake completes (refused, reset, protocol not offered).
 */
function handshake(options) {
    return new Promise((resolve, reject) => {
        if (options.signal.aborted)
            return reject(options.signal.reason);
        const socket = external_node_tls_.connect({
            host: options.host,
            port: options.port,
            ...(external_node_net_.isIP(options.host) ? {} : { servername: options.host }),
            rejectUnauthorized: false,
            checkServerIdentity: () => undefined,
            ...(options.minVersion ? { minVersion: options.minVersion } : {}),
            ...(options.maxVersion ? { maxVersion: options.maxVersion } : {}),
            ...(options.ciphers ? { ciphers: options.ciphers } : {}),
        });
        const onAbort = () => {
            socket.destroy();
            reject(options.signal.reason);
        };
        options.signal.addEventListener('abort', onAbort, { once: true });
        const done = () => {
            options.signal.removeEventListener('abort', onAbort);
            socket.destroy();
        };
        socket.once('secureConnect', () => {
            const cipher = socket.getCipher();
            const result = {
                protocol: socket.getProtocol() ?? 'unknown',
                cipher: cipher?.standardName ?? cipher?.name ?? 'unknown',
                served: servedChain(socket),
                ...(socket.authorizationError ? { verifyError: String(socket.authorizationError) } : {}),
            };
            done();
            resolve(result);
        });
        socket.once('error', (error) => {
            done();
            reject(error);
        });
    });
}
/** The chain exactly as the server sent it (OpenSSL's peer chain), leaf first. */
function servedChain(socket) {
    const chain = [];
    const seen = new Set();
    let cert = socket.getPeerCertificate(true);
    // getPeerCertificate(true) links issuerCertificate through what the server sent and, where
    // OpenSSL completed the chain from the store, beyond it; stop at a repeat (self-signed root).
    while (cert && cert.raw && !seen.has(cert.fingerprint256)) {
        seen.add(cert.fingerprint256);
        chain.push(cert.raw);
        cert = cert.issuerCertificate;
    }
    return chain;
}

;// CONCATENATED MODULE: ./lib/src/probes/tls/trust.js


let trustStore;
let storeSource;
/**
 * Node's default CA store plus NODE_EXTRA_CA_CERTS, indexed by subject; parsed on first need and
 * again only when the store changes (`tls.setDefaultCACertificates`).
 */
function roots() {
    const current = external_node_tls_.getCACertificates('default');
    if (!trustStore || storeSource !== current) {
        storeSource = current;
        trustStore = new Map();
        for (const pem of current) {
            try {
                const cert = new external_node_crypto_.X509Certificate(pem);
                const list = trustStore.get(cert.subject) ?? [];
                list.push(cert);
                trustStore.set(cert.subject, list);
            }
            catch {
                // an unreadable store entry cannot anchor anything
            }
        }
    }
    return trustStore;
}
/** Whether this very certificate (same fingerprint) is a trust anchor of the store. */
function isTrustAnchor(cert) {
    return (roots().get(cert.subject) ?? []).some((root) => root.fingerprint256 === cert.fingerprint256);
}
function issuedBy(child, parent) {
    try {
        return child.checkIssued(parent) && child.verify(parent.publicKey);
    }
    catch {
        return false;
    }
}
/** OpenSSL verification errors that already say what is wrong with the chain itself. */
const DEFINITE = {
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed',
    SELF_SIGNED_CERT_IN_CHAIN: 'untrusted-root',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'incomplete-chain',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'incomplete-chain',
    UNABLE_TO_GET_ISSUER_CERT: 'incomplete-chain',
};
/**
 * Judges the served chain. OpenSSL's verdict is taken when it is clean or names a chain fault.
 * Otherwise its error may be only about time or key strength (OpenSSL reports the last error it
 * met), so the path is built here, ignoring dates, to say whether the chain itself is trusted.
 */
function analyzeTrust(served, opensslError) {
    const subjects = served.map((c) => c.subject.replace(/\n/g, ', '));
    const withError = opensslError ? { opensslError } : {};
    if (opensslError === undefined)
        return { verdict: 'trusted', path: subjects };
    const definite = DEFINITE[opensslError];
    if (definite)
        return { verdict: definite, path: subjects, ...withError };
    return { ...buildPath(served), ...withError };
}
function buildPath(served) {
    const leaf = served[0];
    if (!leaf)
        return { verdict: 'incomplete-chain', path: [] };
    const store = roots();
    const path = [];
    const used = new Set([leaf]);
    let current = leaf;
    for (let depth = 0; depth < 10; depth++) {
        path.push(current.subject.replace(/\n/g, ', '));
        const anchored = (store.get(current.subject) ?? []).some((root) => root.fingerprint256 === current.fingerprint256);
        if (anchored)
            return { verdict: 'trusted', path };
        const root = (store.get(current.issuer) ?? []).find((r) => issuedBy(current, r));
        if (root)
            return { verdict: 'trusted', path: [...path, root.subject.replace(/\n/g, ', ')] };
        const next = served.find((c) => !used.has(c) && issuedBy(current, c));
        if (next) {
            used.add(next);
            current = next;
            continue;
        }
        if (issuedBy(current, current))
            return { verdict: depth === 0 ? 'self-signed' : 'untrusted-root', path };
        return { verdict: 'incomplete-chain', path };
    }
    return { verdict: 'incomplete-chain', path };
}

;// CONCATENATED MODULE: ./lib/src/probes/tls/versions.js

/** The protocol versions probed one by one, oldest first, as OpenSSL names them. */
const TLS_VERSIONS = (/* unused pure expression or super */ null && (['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']));
/**
 * Four concurrent handshakes: Node's defaults, TLS 1.2 only, and TLS 1.1 / 1.0 at
 * `DEFAULT@SECLEVEL=0` (OpenSSL's default level refuses legacy versions even when a server
 * offers them, so only these two probes lower it). TLS 1.3 needs no probe of its own: a
 * default client offers it first, so the standard handshake negotiates it whenever it is served.
 */
async function shakeAllVersions(base, signal, connect = handshake) {
    const attempt = (extra) => connect({ ...base, signal: signal(), ...extra }).then((result) => ({ ok: true, result }), (error) => ({ ok: false, error }));
    const only = (v, legacy) => ({ minVersion: v, maxVersion: v, ...(legacy ? { ciphers: 'DEFAULT@SECLEVEL=0' } : {}) });
    const [standard, tls12, tls11, tls10] = await Promise.all([attempt({}), attempt(only('TLSv1.2', false)), attempt(only('TLSv1.1', true)), attempt(only('TLSv1', true))]);
    return { standard, tls12, tls11, tls10 };
}
/** Error codes that say the client itself would not accept the server's key or signature: not a protocol refusal. */
function isLocalStrengthError(error) {
    const code = codeOf(error);
    return /KEY_TOO_SMALL|MD_TOO_WEAK|CA_KEY_TOO_SMALL|DH_KEY_TOO_SMALL|INSUFFICIENT_SECURITY/.test(code);
}
/** Code of a socket or OpenSSL error, or ''. */
function codeOf(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : '';
}
/**
 * What one attempt says about a version. A TLS alert or OpenSSL refusal means the server does
 * not complete that version (not offered); so does a reset in the middle of the handshake, the
 * way some servers turn down old versions. A timeout or a refused connection tells nothing.
 */
function supportFrom(version, attempt, negotiated) {
    if (attempt.ok) {
        const protocol = negotiated ?? attempt.result.protocol;
        return { version, offered: protocol === version };
    }
    const code = codeOf(attempt.error);
    if (code.startsWith('ERR_SSL') || code === 'ECONNRESET' || code === 'EPIPE')
        return { version, offered: false, detail: code };
    const name = attempt.error?.name;
    return { version, offered: null, detail: code || name || 'no answer' };
}

;// CONCATENATED MODULE: ./lib/src/probes/tls/probe.js






const WEAK = 'DEFAULT@SECLEVEL=0';
/**
 * Four concurrent handshakes (defaults, TLS 1.2, 1.1, 1.0; see versions.ts), then the chain is
 * read from the first that completed. When the client's own security level refuses the
 * server's key or signature, that handshake is repeated at `SECLEVEL=0`, so a weak certificate
 * is still read and reported as weak rather than as "handshake failed".
 */
async function probeTls(url, budget, handshakeTimeoutMs = 10_000, connect = handshake) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const port = url.port === '' ? 443 : Number(url.port);
    const label = `TLS handshake with ${host}:${port}`;
    const signal = () => budget.signalWithin(handshakeTimeoutMs);
    const shake = (extra) => connect({ host, port, signal: signal(), ...extra }).then((result) => ({ ok: true, result }), (error) => ({ ok: false, error }));
    const retryWeak = async (attempt, extra) => {
        if (attempt.ok || !isLocalStrengthError(attempt.error))
            return { attempt, weak: false };
        const again = await shake({ ciphers: WEAK, ...extra });
        return { attempt: again, weak: again.ok };
    };
    try {
        const shakes = await shakeAllVersions({ host, port }, signal, connect);
        const [standard, tls12] = await Promise.all([retryWeak(shakes.standard, {}), retryWeak(shakes.tls12, { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' })]);
        let source = [standard, tls12].find((a) => a.attempt.ok && !a.weak)?.attempt;
        const weakOnlyHandshake = source === undefined;
        source ??= [standard.attempt, tls12.attempt, shakes.tls11, shakes.tls10].find((a) => a.ok);
        if (!source && !standard.attempt.ok && codeOf(standard.attempt.error).startsWith('ERR_SSL')) {
            // Every probe failed at the TLS layer: one last try with everything allowed, only to read the certificate.
            source = await shake({ ciphers: WEAK, minVersion: 'TLSv1' });
        }
        if (!source || !source.ok) {
            const error = standard.attempt.ok ? undefined : standard.attempt.error;
            return { ok: false, error: toProbeError(error, label) };
        }
        const std = standard.attempt;
        const protocols = [
            supportFrom('TLSv1', shakes.tls10),
            supportFrom('TLSv1.1', shakes.tls11),
            std.ok && std.result.protocol === 'TLSv1.2' ? { version: 'TLSv1.2', offered: true } : supportFrom('TLSv1.2', tls12.attempt),
            supportFrom('TLSv1.3', std),
        ];
        return ok(probe_describe(host, port, source.result, weakOnlyHandshake, protocols));
    }
    catch (error) {
        return { ok: false, error: toProbeError(error, label) };
    }
}
function probe_describe(host, port, result, weakOnlyHandshake, protocols) {
    const parsed = result.served.map((der) => describeCertificate(der));
    const leaf = parsed[0]?.x509;
    const hostnameMatches = leaf !== undefined && (external_node_net_.isIP(host) ? leaf.checkIP(host) !== undefined : leaf.checkHost(host) !== undefined);
    return {
        host,
        port,
        protocol: result.protocol,
        cipher: result.cipher,
        chain: parsed.map((p) => ({ ...p.info, inTrustStore: isTrustAnchor(p.x509) })),
        trust: analyzeTrust(parsed.map((p) => p.x509), result.verifyError),
        hostnameMatches,
        weakOnlyHandshake,
        protocols,
    };
}

;// CONCATENATED MODULE: ./lib/src/probes/webhook/deliver.js


const BODY_START_CHARS = 200;
/** Certificate errors are the endpoint's fault as much as a refused connection is. */
const CERTIFICATE_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/**
 * POSTs one notification with undici: no redirect is followed, at most `maxBodyBytes` are read,
 * and the wait ends at `limitMs`. No answer in time is evidence (`answer` undefined), not an
 * error; a connection or certificate failure is an error of kind `network` or `tls`.
 */
async function deliver(notification, signature, options) {
    const label = `POST ${notification.url.origin}${notification.url.pathname}`;
    const timeout = AbortSignal.timeout(Math.max(1, Math.round(options.limitMs)));
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    const base = {
        signature,
        requestId: notification.requestId,
        ...(notification.manifest ? { manifest: notification.manifest } : {}),
        limitMs: options.limitMs,
        limitedBy: options.limitedBy,
    };
    const started = performance.now();
    let response;
    try {
        response = await (0,undici.request)(notification.url, {
            method: 'POST',
            headers: notification.headers,
            body: notification.body,
            signal,
            maxRedirections: 0,
            ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
        });
    }
    catch (error) {
        const latencyMs = Math.round(performance.now() - started);
        if (signal.aborted)
            return ok({ ...base, latencyMs });
        return { ok: false, error: classify(error, label) };
    }
    const latencyMs = Math.round(performance.now() - started);
    const status = response.statusCode;
    const accepted = status === 200 || status === 201;
    const scrub = options.scrub ?? [];
    const body = await readStart(response.body, options.maxBodyBytes ?? 16 * 1024, accepted);
    const location = header(response.headers['location']);
    return ok({
        ...base,
        latencyMs,
        answer: {
            status,
            ...(status >= 300 && status < 400 && location ? { location: clean(location, scrub) } : {}),
            ...(!accepted ? { bodyStart: clean(body, scrub).slice(0, BODY_START_CHARS) } : {}),
        },
    });
}
/** Reads at most `max` bytes and drops the rest; an accepted answer's body is only drained. */
async function readStart(body, max, discard) {
    const chunks = [];
    let size = 0;
    try {
        if (discard)
            return '';
        for await (const chunk of body) {
            const buffer = Buffer.from(chunk);
            chunks.push(buffer.subarray(0, max - size));
            size += Math.min(buffer.length, max - size);
            if (size >= max)
                break;
        }
    }
    catch {
        // The body broke off or the wait ended mid-body: the status already says what we need.
    }
    finally {
        // undici's body emits an abort error when destroyed early; nobody else is listening.
        body.on('error', () => undefined);
        if (!body.destroyed)
            body.destroy();
    }
    return Buffer.concat(chunks).toString('utf8');
}
function header(value) {
    return Array.isArray(value) ? value[0] : value;
}
/** One line, printable, without the secret even if the endpoint echoes it back. */
function clean(value, scrub) {
    let out = value;
    for (const secret of scrub)
        if (secret.length > 0)
            out = out.split(secret).join('***');
    return out.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}
function classify(error, label) {
    const e = error;
    const code = e?.code ?? e?.cause?.code ?? '';
    if (CERTIFICATE_CODES.has(code))
        return { kind: 'tls', message: `${label}: the certificate was not accepted (${code})` };
    return toProbeError(error, label);
}

;// CONCATENATED MODULE: ./lib/src/probes/webhook/probe.js





/** Kept back from the budget so a send ends, and is recorded, before the run's deadline. */
const MARGIN_MS = 150;
/**
 * Sends the test notification and, with a secret, a forged one at the same time: this POST
 * to the merchant's own endpoint is the only write the action makes. Each waits at most the
 * threshold, cut to what is left of the run's budget.
 */
async function probeWebhook(options) {
    const { target, subject, secret, budget } = options;
    if (!target)
        return { target };
    if (isIpnOnly(target.url))
        return { target, subject };
    const left = budget.remainingMs() - MARGIN_MS;
    const limitedBy = options.thresholdMs <= left ? 'threshold' : 'budget';
    const limitMs = Math.max(1, Math.round(Math.min(options.thresholdMs, left)));
    const send = (signature) => {
        let built;
        try {
            built = buildNotification(target.url, subject, signature, secret);
        }
        catch (error) {
            return Promise.resolve(failed('internal', `could not build the test notification: ${error.message}`));
        }
        const work = deliver(built, signature, {
            limitMs,
            limitedBy,
            signal: budget.signal,
            ...(secret ? { scrub: [secret] } : {}),
            ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
        });
        return raceSignal(work, budget.signal, () => failed('timeout', `POST to the notification URL: not finished within timeout-seconds`));
    };
    if (secret === undefined)
        return { target, subject, notification: await send('none') };
    const [notification, forged] = await Promise.all([send('valid'), send('forged')]);
    return { target, subject, notification, forged };
}

;// CONCATENATED MODULE: ./lib/src/probes/webhook/gather-webhook.js




/**
 * Waits for the notification URL, then sends. Without `webhook-url` the URL comes from the
 * payments (then the preferences), so they are awaited. Anything merely nice to have (the
 * latest payment's id when `webhook-url` is given, other URLs seen) is awaited only as long as
 * the webhook still gets its full threshold afterwards, or a quarter of a short budget.
 */
async function gatherWebhook(settings, budget, inputs) {
    try {
        return await gather(settings, budget, inputs);
    }
    catch (error) {
        // A bug of ours must not stop the run: the notification checks then read `error`.
        const target = settings.webhookUrl ? { url: settings.webhookUrl.href, source: 'input', othersSeen: [] } : undefined;
        return { target, notification: { ok: false, error: toProbeError(error, 'test notification') } };
    }
}
async function gather(settings, budget, inputs) {
    const thresholdMs = settings.thresholds.webhookTimeoutMs;
    const leavingThreshold = (work) => {
        const left = budget.remainingMs();
        const waitMs = Math.round(Math.max(left - thresholdMs - 500, Math.min(2000, left / 4)));
        return waitMs > 0 ? raceSignal(work, budget.signalWithin(waitMs), () => undefined) : Promise.resolve(undefined);
    };
    let account;
    let payments;
    let preferences;
    if (settings.webhookUrl) {
        [account, payments, preferences] = (await leavingThreshold(Promise.all([inputs.account, inputs.payments, inputs.preferences]))) ?? [];
    }
    else {
        [account, payments] = await Promise.all([inputs.account, inputs.payments]);
        // Preferences only add other URLs seen once the payments named one: not worth the webhook's time.
        preferences = chooseTarget(undefined, payments, undefined) ? await leavingThreshold(inputs.preferences) : await inputs.preferences;
    }
    const target = chooseTarget(settings.webhookUrl, payments, preferences);
    const subject = chooseSubject(payments, account, userIdFromToken(settings.accessToken));
    if (target && pointsAtMercadoPago(target.url, settings.apiBaseUrl)) {
        return { target, subject, notification: failed('internal', `the notification URL ${new URL(target.url).host} is Mercado Pago's own: the action never writes there`) };
    }
    return probeWebhook({ target, subject, budget, thresholdMs, ...(settings.webhookSecret !== undefined ? { secret: settings.webhookSecret } : {}) });
}

;// CONCATENATED MODULE: ./lib/src/probes/gather.js













/**
 * Runs every probe concurrently under the run budget. A probe that has not finished when the
 * budget ends becomes a timeout error, so the report is always written on time.
 */
async function gatherEvidence(settings, budget, client) {
    const api = client ?? createMercadoPagoClient({ baseUrl: settings.apiBaseUrl, token: settings.accessToken, budget });
    const bounded = (what, work) => raceSignal(work().catch((error) => ({ ok: false, error: toProbeError(error, what) })), budget.signal, () => failed('timeout', `${what}: not finished within timeout-seconds`));
    const accountPromise = bounded('GET /users/me', () => probeAccount(api));
    // The account read comes first: when the token is refused, nothing else is asked of the API.
    // A 401/403 on a later call (e.g. a token without the reports scope) is that call's error, not
    // a refused token: only /users/me decides that, so those checks say `error`, never `skip`.
    const afterAccount = (what, work) => accountPromise.then((account) => (account.ok ? bounded(what, work).then(notRefused) : { ok: false, error: account.error }));
    const paymentsPromise = afterAccount('GET /v1/payments/search', () => probePayments(api));
    const preferencesPromise = afterAccount('GET /checkout/preferences/search', () => probePreferences(api));
    const paymentId = settings.paymentId;
    const https = settings.siteUrl.protocol === 'https:';
    const [account, payments, preferences, paymentById, liveHistory, paymentMethods, reports, tls, page, httpRedirect, webhook] = await Promise.all([
        accountPromise,
        paymentsPromise,
        preferencesPromise,
        paymentId === undefined ? undefined : afterAccount(`GET /v1/payments/${paymentId}`, () => probePaymentById(api, paymentId)),
        paymentsPromise.then((sample) => (needsHistory(sample, paymentId !== undefined) ? bounded('GET /v1/payments/search (12 months)', () => probeLiveHistory(api)).then(notRefused) : undefined)),
        // Only Pix reads the payment methods, and Pix is Brazil only: other sites save the request.
        accountPromise.then((account) => (account.ok && account.value.siteId !== 'MLB' ? undefined : afterAccount('GET /v1/payment_methods', () => probePaymentMethods(api)))),
        afterAccount('GET /v1/account/*_report', () => probeReports(api)),
        https ? bounded('TLS handshake', () => probeTls(settings.siteUrl, budget)) : Promise.resolve(undefined),
        // The token goes to the page scanner only to be recognised in what the page serves; it is never sent.
        bounded(`GET ${settings.siteUrl.href}`, () => probePage(settings.siteUrl, budget, settings.accessToken)),
        https ? bounded('GET http:// (port 80)', () => probeHttpRedirect(settings.siteUrl, budget)) : Promise.resolve(undefined),
        gatherWebhook(settings, budget, { account: accountPromise, payments: paymentsPromise, preferences: preferencesPromise }),
    ]);
    return { evidence: { account, payments, preferences, paymentById, liveHistory, paymentMethods, reports, tls, page, httpRedirect, webhook }, apiRequests: api.requestCount };
}
function notRefused(outcome) {
    return outcome.ok || outcome.error.kind !== 'refused' ? outcome : { ok: false, error: { ...outcome.error, kind: 'http' } };
}

;// CONCATENATED MODULE: ./lib/src/report/model.js

/** The waiver for a check on `today` (YYYY-MM-DD): the last one that names it. */
function waiverFor(id, waivers, today) {
    const found = [...waivers].reverse().find((w) => w.check === id);
    return found ? { ...found, expired: found.until < today } : undefined;
}
/** Under a waiver that has not expired. */
function isWaived(check) {
    return check.waiver !== undefined && check.waiver.expired !== true;
}
/** Whether a check counts toward the result: failing or not checked, and not under a live waiver. */
function isCounted(check) {
    return (check.status === 'fail' || check.status === 'error') && !isWaived(check);
}
/** DESIGN §3: fail on a counted blocker, warn on a counted warning, else pass. */
function resultOf(checks) {
    const { blockers, warnings } = tally(checks);
    if (blockers > 0)
        return 'fail';
    if (warnings > 0)
        return 'warn';
    return 'pass';
}
/** Counted blockers and warnings: the `blockers` and `warnings` outputs. */
function tally(checks) {
    const counted = checks.filter(isCounted);
    return { blockers: counted.filter((c) => c.severity === 'blocker').length, warnings: counted.filter((c) => c.severity === 'warning').length };
}
/** Whether the run fails the workflow (`fail-on`: blocker → result fail; warning → warn or fail). */
function reachesFailOn(result, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'warning')
        return result !== 'pass';
    return result === 'fail';
}
function buildReport(input) {
    const lang = input.language;
    const statusCounts = { pass: 0, fail: 0, error: 0, skip: 0, manual: 0 };
    for (const c of input.checks)
        statusCounts[c.outcome.status]++;
    const checks = input.checks.map((c) => ({
        id: c.definition.id,
        section: c.definition.section,
        severity: c.severity,
        status: c.outcome.status,
        title: c.definition.title[lang],
        message: c.outcome.message[lang],
        ...(c.outcome.remediation ? { remediation: c.outcome.remediation[lang] } : {}),
        docsUrl: docsUrl(c.definition.docs, input.account?.siteId, lang),
        evidence: c.outcome.evidence ?? {},
        durationMs: c.durationMs,
        ...(c.waiver ? { waiver: { reason: c.waiver.reason, until: c.waiver.until, ...(c.waiver.expired ? { expired: true } : {}) } } : {}),
    }));
    return {
        schemaVersion: 1,
        tool: { name: 'mercadopago-readiness', version: input.version },
        siteUrl: input.settings.siteUrl.href,
        account: input.account,
        language: lang,
        startedAt: input.startedAt.toISOString(),
        durationMs: input.durationMs,
        result: resultOf(checks),
        counts: statusCounts,
        checks,
    };
}

;// CONCATENATED MODULE: ./lib/src/engine.js





const VERSION = '1.0.0';
/** Time kept back from the budget to evaluate, render and write once the probes are done. */
const RESERVE_MS = 300;
/** inputs → probes → evidence → checks → report. Never throws for anything a site or API does. */
async function runReadiness(settings, deps = {}) {
    const clock = deps.clock ?? (() => new Date());
    const startedAt = clock();
    const budget = createBudget(Math.max(settings.timeoutMs - RESERVE_MS, Math.round(settings.timeoutMs * 0.8)));
    const { evidence, apiRequests } = await gatherEvidence(settings, budget, deps.client);
    const now = clock();
    const checks = evaluateAll(deps.catalog ?? CATALOG, evidence, contextOf(settings, now), settings, now);
    const account = accountOf(evidence);
    const language = settings.language === 'auto' ? languageForSite(account?.siteId ?? undefined) : settings.language;
    const report = buildReport({ settings, checks, account, language, startedAt, durationMs: clock().getTime() - startedAt.getTime(), version: VERSION });
    return { report, apiRequests };
}
function contextOf(settings, now) {
    const token = settings.accessToken;
    return {
        now,
        thresholds: settings.thresholds,
        siteUrl: settings.siteUrl,
        ...(settings.publicKey ? { publicKey: settings.publicKey } : {}),
        tokenPrefix: token.startsWith('TEST-') ? 'TEST' : token.startsWith('APP_USR-') ? 'APP_USR' : 'other',
        webhookSecretGiven: settings.webhookSecret !== undefined,
    };
}
/** Evaluates every check; a check that throws becomes `error` (a bug of ours must not read as pass). */
function evaluateAll(catalog, evidence, context, settings, now) {
    const today = now.toISOString().slice(0, 10);
    return catalog.map((definition) => {
        const override = settings.severityOverrides[definition.id];
        const waiver = waiverFor(definition.id, settings.waivers, today);
        const started = performance.now();
        const outcome = override === 'off' ? turnedOff() : safeEvaluate(definition, evidence, context);
        return {
            definition,
            outcome,
            severity: override === undefined || override === 'off' ? definition.defaultSeverity : override,
            durationMs: Math.round(performance.now() - started),
            ...(waiver ? { waiver } : {}),
        };
    });
}
function safeEvaluate(definition, evidence, context) {
    try {
        return definition.evaluate(evidence, context);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
        return {
            status: 'error',
            message: text_text(`Internal error while judging this check: ${detail}`, `Error interno al evaluar esta verificación: ${detail}`, `Erro interno ao avaliar esta verificação: ${detail}`),
            remediation: text_text('Please report this at the action\'s issue tracker with the JSON report attached.', 'Repórtalo en el issue tracker de la action adjuntando el reporte JSON.', 'Informe isto no issue tracker da action anexando o relatório JSON.'),
        };
    }
}
function turnedOff() {
    return { status: 'skip', message: text_text('Turned off in the config file.', 'Desactivada en el archivo de configuración.', 'Desativada no arquivo de configuração.') };
}
function accountOf(evidence) {
    if (!evidence.account.ok)
        return null;
    const a = evidence.account.value;
    return { userId: a.userId, siteId: a.siteId ?? null, testUser: a.tags.includes('test_user') };
}

;// CONCATENATED MODULE: ./lib/src/i18n/ui.js

/** Section headings, named as on the go-live page ("Requisitos para entrar em produção"). */
const SECTION_TITLES = {
    credentials: text_text('Production credentials', 'Credenciales de producción', 'Credenciais de produção'),
    quality: text_text('Integration quality (homologation)', 'Calidad de la integración (homologación)', 'Homologação (qualidade da integração)'),
    ssl: text_text('SSL certificate and HTTPS', 'Certificado SSL y HTTPS', 'Certificado SSL e HTTPS'),
    page: text_text('Checkout page security', 'Seguridad de la página de pago', 'Segurança da página de pagamento'),
    pix: text_text('Pix key', 'Clave Pix', 'Chave Pix'),
    approval: text_text('Payment approval', 'Aprobación de pagos', 'Aprovação de pagamentos'),
    notifications: text_text('Notifications (Webhooks / IPN)', 'Notificaciones (Webhooks / IPN)', 'Notificações (Webhooks / IPN)'),
    reports: text_text('Reports', 'Reportes', 'Relatórios'),
};
const STATUS_LABELS = {
    pass: text_text('pass', 'aprobado', 'aprovado'),
    fail: text_text('fail', 'falla', 'falha'),
    error: text_text('not checked', 'no verificado', 'não verificado'),
    skip: text_text('skipped', 'omitido', 'ignorado'),
    manual: text_text('manual', 'manual', 'manual'),
};
const STATUS_ICONS = {
    pass: '✅',
    fail: '❌',
    error: '⚠️',
    skip: '⏭️',
    manual: '📝',
};
const SEVERITY_LABELS = {
    blocker: text_text('blocker', 'bloqueante', 'bloqueante'),
    warning: text_text('warning', 'advertencia', 'alerta'),
    info: text_text('info', 'info', 'info'),
};
const RESULT_ICONS = { pass: '✅', warn: '⚠️', fail: '❌' };
const RESULT_LINES = {
    pass: text_text('Ready for production', 'Listo para producción', 'Pronto para produção'),
    warn: text_text('Can go live, with warnings to fix', 'Puede salir a producción, con advertencias por corregir', 'Pode entrar em produção, com alertas a corrigir'),
    fail: text_text('Not ready for production', 'No está listo para producción', 'Não está pronto para produção'),
};
const plural = (one, many) => (n) => `${n} ${n === 1 ? one : many}`;
const BLOCKERS = { en: plural('blocker', 'blockers'), es: plural('bloqueante', 'bloqueantes'), 'pt-BR': plural('bloqueante', 'bloqueantes') };
const WARNINGS = { en: plural('warning', 'warnings'), es: plural('advertencia', 'advertencias'), 'pt-BR': plural('alerta', 'alertas') };
const MANUAL_ITEMS = { en: plural('item', 'items'), es: plural('ítem', 'ítems'), 'pt-BR': plural('item', 'itens') };
/**
 * The sentence under the verdict: what stands between the merchant and going live, counted.
 * `blockers`/`warnings` are the counted failing checks (errors included, waived ones not).
 */
function verdictSentence(result, blockers, warnings, manual, lang) {
    const b = BLOCKERS[lang](blockers);
    const w = WARNINGS[lang](warnings);
    const m = MANUAL_ITEMS[lang](manual);
    const sentences = {
        fail: {
            en: `${warnings > 0 ? `${b} and ${w}` : b} to fix before going live.`,
            es: `${warnings > 0 ? `${b} y ${w}` : b} por corregir antes de salir a producción.`,
            'pt-BR': `${warnings > 0 ? `${b} e ${w}` : b} a corrigir antes de entrar em produção.`,
        },
        warn: {
            en: `Nothing blocks going live; ${w} to fix.`,
            es: `Nada impide salir a producción; ${w} por corregir.`,
            'pt-BR': `Nada impede a entrada em produção; ${w} a corrigir.`,
        },
        pass: {
            en: 'Every automatic check passed or does not apply.',
            es: 'Todas las verificaciones automáticas aprobaron o no aplican.',
            'pt-BR': 'Todas as verificações automáticas foram aprovadas ou não se aplicam.',
        },
    };
    const manualPart = {
        en: ` ${m} to confirm by hand.`,
        es: ` ${m} para confirmar manualmente.`,
        'pt-BR': ` ${m} para confirmar manualmente.`,
    };
    return sentences[result][lang] + (manual > 0 ? manualPart[lang] : '');
}
/** "N more in the job summary", for the annotation that stands for the ones GitHub would drop. */
function moreInSummary(n, lang) {
    return { en: `${n} more in the job summary`, es: `${n} más en el resumen del job`, 'pt-BR': `mais ${n} no resumo do job` }[lang];
}
/** Fixed phrases of the rendered reports. */
const UI = {
    heading: text_text('Mercado Pago production readiness', 'Preparación para producción de Mercado Pago', 'Prontidão para produção do Mercado Pago'),
    fixFirst: text_text('Fix these first', 'Corrige esto primero', 'Corrija isto primeiro'),
    check: text_text('Check', 'Verificación', 'Verificação'),
    status: text_text('Status', 'Estado', 'Status'),
    finding: text_text('Finding', 'Hallazgo', 'Resultado'),
    howToFix: text_text('How to fix', 'Cómo corregir', 'Como corrigir'),
    evidence: text_text('Evidence', 'Evidencia', 'Evidências'),
    manualChecklist: text_text('To confirm by hand', 'Para confirmar manualmente', 'Para confirmar manualmente'),
    manualIntro: text_text('No API can tell these; a person must confirm them before going live.', 'Ninguna API puede comprobarlos; una persona debe confirmarlos antes de salir a producción.', 'Nenhuma API consegue verificar estes itens; uma pessoa precisa confirmá-los antes de entrar em produção.'),
    waivers: text_text('Waivers', 'Dispensas', 'Dispensas'),
    waived: text_text('waived', 'dispensado', 'dispensado'),
    waivedUntil: text_text('waived until', 'dispensado hasta', 'dispensado até'),
    waiverExpired: text_text('waiver expired on', 'la dispensa venció el', 'dispensa expirada em'),
    waiverExpiredNote: text_text('expired: counts again', 'vencida: vuelve a contar', 'expirada: volta a contar'),
    docs: text_text('docs', 'documentación', 'documentação'),
    site: text_text('Site', 'Sitio', 'Site'),
    account: text_text('Account', 'Cuenta', 'Conta'),
    testAccount: text_text('test user', 'usuario de prueba', 'usuário de teste'),
    accountUnknown: text_text('unknown (token refused or API unavailable)', 'desconocida (token rechazado o API no disponible)', 'desconhecida (token recusado ou API indisponível)'),
    duration: text_text('Duration', 'Duración', 'Duração'),
    evidenceCut: text_text('cut here; the JSON report has all of it', 'recortado aquí; el reporte JSON lo tiene completo', 'cortado aqui; o relatório JSON tem tudo'),
    truncated: text_text('Evidence left out to fit GitHub\'s size limit; the JSON report has all of it.', 'Evidencia omitida para caber en el límite de tamaño de GitHub; el reporte JSON la tiene completa.', 'Evidências omitidas para caber no limite de tamanho do GitHub; o relatório JSON tem tudo.'),
    cutShort: text_text('Report cut short to fit GitHub\'s size limit; the job summary and the JSON report have all of it.', 'Reporte recortado para caber en el límite de GitHub; el resumen del job y el reporte JSON lo tienen completo.', 'Relatório cortado para caber no limite do GitHub; o resumo do job e o relatório JSON têm tudo.'),
    fullReport: text_text('Full report, with evidence', 'Reporte completo, con evidencia', 'Relatório completo, com evidências'),
    jsonReport: text_text('JSON report', 'reporte JSON', 'relatório JSON'),
};

;// CONCATENATED MODULE: ./lib/src/checks/types.js
/** The go-live page's sections, in its order, plus our own checkout-page section. */
const SECTIONS = ['credentials', 'quality', 'ssl', 'page', 'pix', 'approval', 'notifications', 'reports'];

;// CONCATENATED MODULE: ./lib/src/report/view.js


// The counting rule lives with the result policy in model.ts; renderers import it from here.

/**
 * What every renderer derives from a report the same way, so the summary, PR comment,
 * terminal, annotations and SARIF never disagree on what counts.
 */
/** The counted blockers, then the counted warnings, each in catalog order: what to fix first. */
function fixFirst(report) {
    const counted = report.checks.filter(isCounted);
    return [...counted.filter((c) => c.severity === 'blocker'), ...counted.filter((c) => c.severity === 'warning')];
}
/** Counted blockers and warnings (the `blockers`/`warnings` outputs) and the manual items. */
function verdictCounts(report) {
    return {
        ...tally(report.checks),
        manual: report.checks.filter((c) => c.status === 'manual').length,
    };
}
/** The report's checks grouped by section, in the go-live page's order; empty sections left out. */
function bySection(report) {
    return SECTIONS.map((section) => ({ section, checks: report.checks.filter((c) => c.section === section) })).filter((g) => g.checks.length > 0);
}
/** Whether a check has something for a person to do: fix it, or confirm it by hand. */
function needsAction(check) {
    return check.status === 'fail' || check.status === 'error' || check.status === 'manual';
}

;// CONCATENATED MODULE: ./lib/src/report/annotations.js


/** GitHub shows at most 10 annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
const LEVEL_OF = { blocker: 'error', warning: 'warning', info: 'notice' };
/**
 * One annotation per failing or unverifiable check (waived ones excepted; info-severity ones as
 * notices), cut to GitHub's limit per level: the tenth becomes "N more in the job summary".
 */
function annotationsFor(report) {
    const byLevel = new Map();
    for (const check of report.checks) {
        if (!isCounted(check))
            continue;
        const level = LEVEL_OF[check.severity];
        const list = byLevel.get(level) ?? [];
        list.push({ level, title: `${check.title} (${check.id})`, message: [check.message, check.remediation, check.docsUrl].filter(Boolean).join('\n') });
        byLevel.set(level, list);
    }
    const out = [];
    for (const level of ['error', 'warning', 'notice']) {
        const list = byLevel.get(level) ?? [];
        if (list.length <= ANNOTATIONS_PER_LEVEL) {
            out.push(...list);
        }
        else {
            const kept = list.slice(0, ANNOTATIONS_PER_LEVEL - 1);
            const rest = list.length - kept.length;
            out.push(...kept, { level, title: 'mercadopago-readiness', message: moreInSummary(rest, report.language) });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/src/report/markdown.js


/** GitHub refuses a step summary over 1 MiB; stay under it with room for other steps' lines. */
const SUMMARY_LIMIT_BYTES = 1000 * 1024;
/** Evidence shown per check in the job summary; the JSON report always has all of it. */
const SUMMARY_EVIDENCE_BYTES = 16 * 1024;
/**
 * The job summary (and PR comment) as Markdown: the verdict with counts, what to fix first,
 * then the go-live page's sections with a row per check, evidence folded away, waivers and the
 * manual checklist. Deterministic for a given report, so golden files can pin it. Never over
 * `maxBytes`: evidence is cut first, then left out, then the tail.
 */
function renderMarkdown(report, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_LIMIT_BYTES;
    const lang = report.language;
    const full = render(report, options, options.evidenceBytes ?? SUMMARY_EVIDENCE_BYTES);
    if (Buffer.byteLength(full) <= maxBytes)
        return full;
    const lean = render(report, options, 0, `> ${UI.truncated[lang]}`);
    if (Buffer.byteLength(lean) <= maxBytes)
        return lean;
    return cutToBytes(lean, maxBytes, `\n\n> ${UI.cutShort[lang]}\n`);
}
function render(report, options, evidenceBytes, note) {
    const lang = report.language;
    const out = [];
    if (options.marker)
        out.push(options.marker);
    const { blockers, warnings, manual } = verdictCounts(report);
    out.push(`## ${RESULT_ICONS[report.result]} Mercado Pago: ${RESULT_LINES[report.result][lang]}`, '');
    out.push(`**${verdictSentence(report.result, blockers, warnings, manual, lang)}**`, '');
    const tallies = ['pass', 'fail', 'error', 'manual', 'skip'].filter((s) => s === 'pass' || report.counts[s] > 0).map((s) => `${STATUS_ICONS[s]} ${STATUS_LABELS[s][lang]}: ${report.counts[s]}`).join(' · ');
    out.push(tallies, '');
    out.push(`**${UI.site[lang]}:** ${inline(report.siteUrl)} · **${UI.account[lang]}:** ${accountLine(report, lang)} · **${UI.duration[lang]}:** ${report.durationMs} ms`, '');
    if (note)
        out.push(note, '');
    const first = fixFirst(report);
    if (first.length > 0) {
        out.push(`### ${UI.fixFirst[lang]}`, '');
        first.forEach((c, i) => {
            out.push(`${i + 1}. ${STATUS_ICONS[c.status]} **${inline(c.title)}** (${SEVERITY_LABELS[c.severity][lang]}, \`${c.id}\`)  `);
            out.push(`   ${inline(c.message)}  `);
            out.push(`   **${UI.howToFix[lang]}:** ${inline(c.remediation ?? c.message)} ${docsLink(c, lang)}`);
        });
        out.push('');
    }
    for (const { section, checks } of bySection(report)) {
        out.push(`### ${SECTION_TITLES[section][lang]}`, '');
        // The fix column only where there is something to fix: a passing section reads at a glance.
        const withFix = checks.some(needsAction);
        out.push(`| ${UI.status[lang]} | ${UI.check[lang]} | ${UI.finding[lang]} |${withFix ? ` ${UI.howToFix[lang]} |` : ''}`, withFix ? '|---|---|---|---|' : '|---|---|---|');
        for (const c of checks)
            out.push(row(c, lang, withFix));
        out.push('');
        const withEvidence = evidenceBytes > 0 ? checks.filter((c) => Object.keys(c.evidence).length > 0) : [];
        if (withEvidence.length > 0) {
            // One fold per section: the table stays readable, the evidence is one click away.
            out.push(`<details><summary>${UI.evidence[lang]}: ${SECTION_TITLES[section][lang]} (${withEvidence.length})</summary>`, '');
            for (const c of withEvidence)
                out.push(...evidenceBlock(c, lang, evidenceBytes), '');
            out.push('</details>', '');
        }
    }
    const waived = report.checks.filter((c) => c.waiver !== undefined);
    if (waived.length > 0) {
        out.push(`### ${UI.waivers[lang]}`, '');
        for (const c of waived) {
            const w = c.waiver;
            const when = w.expired ? `${UI.waiverExpired[lang]} ${w.until} (${UI.waiverExpiredNote[lang]})` : `${UI.waivedUntil[lang]} ${w.until}`;
            out.push(`- ${w.expired ? '⌛' : '🏷️'} **${inline(c.title)}** (\`${c.id}\`, ${STATUS_ICONS[c.status]} ${STATUS_LABELS[c.status][lang]}): ${when}. ${inline(w.reason)}`);
        }
        out.push('');
    }
    const manualChecks = report.checks.filter((c) => c.status === 'manual');
    if (manualChecks.length > 0) {
        out.push(`### ${UI.manualChecklist[lang]}`, '', UI.manualIntro[lang], '');
        // The message says what to confirm (it may name the payment id); the remediation, how.
        for (const c of manualChecks)
            out.push(`- [ ] **${inline(c.title)}**: ${inline(c.message)}${c.remediation ? ` ${inline(c.remediation)}` : ''} ${docsLink(c, lang)}`);
        out.push('');
    }
    const footer = [`${report.tool.name} ${report.tool.version}`];
    if (options.footer?.runUrl)
        footer.push(`[${UI.fullReport[lang]}](${linkTarget(options.footer.runUrl)})`);
    if (options.footer?.reportFile)
        footer.push(`${UI.jsonReport[lang]}: \`${options.footer.reportFile.replace(/`/g, '')}\``);
    out.push(`<sub>${footer.join(' · ')}</sub>`, '');
    return out.join('\n');
}
function row(c, lang, withFix) {
    const status = `${STATUS_ICONS[c.status]} ${STATUS_LABELS[c.status][lang]}${isWaived(c) ? `<br>🏷️ ${UI.waived[lang]}` : ''}`;
    const check = `**${cell(c.title)}**<br>\`${c.id}\` · ${SEVERITY_LABELS[c.severity][lang]}`;
    const waiver = c.waiver ? `<br>_${c.waiver.expired ? UI.waiverExpired[lang] : UI.waivedUntil[lang]} ${c.waiver.until}: ${cell(c.waiver.reason)}_` : '';
    const fix = needsAction(c) ? `${cell(c.remediation ?? '')} ${docsLink(c, lang)}`.trim() : '';
    return `| ${status} | ${check} | ${cell(c.message)}${waiver} |${withFix ? ` ${fix} |` : ''}`;
}
function evidenceBlock(c, lang, maxBytes) {
    let json = JSON.stringify(clip(c.evidence, maxBytes), null, 2);
    if (Buffer.byteLength(json) > maxBytes)
        json = `${cutToBytes(json, maxBytes, '')}\n… (${UI.evidenceCut[lang]})`;
    // A fence longer than any backtick run inside, so evidence cannot close it early.
    const longest = Math.max(2, ...(json.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return [`<code>${c.id}</code>`, '', `${fence}json`, json, fence];
}
/**
 * Shortens long strings and arrays before serialising: the block is cut to `maxBytes` anyway,
 * and serialising megabytes only to throw them away would dominate the render time.
 */
function clip(value, maxBytes) {
    if (typeof value === 'string')
        return value.length > maxBytes ? `${value.slice(0, maxBytes)}…` : value;
    if (Array.isArray(value))
        return (value.length > maxBytes ? value.slice(0, maxBytes) : value).map((v) => clip(v, maxBytes));
    if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clip(v, maxBytes)]));
    return value;
}
function accountLine(report, lang) {
    const a = report.account;
    if (!a)
        return UI.accountUnknown[lang];
    return `${a.userId} (${a.siteId ?? '?'}${a.testUser ? `, ${UI.testAccount[lang]}` : ''})`;
}
function docsLink(c, lang) {
    return `[${UI.docs[lang]}](${linkTarget(c.docsUrl)})`;
}
/** A URL safe inside Markdown link parentheses. */
function linkTarget(url) {
    return url.replace(/[()\s<>]/g, (ch) => encodeURIComponent(ch));
}
/** Text outside tables: no raw HTML, no line breaks. */
function inline(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}
/** Keeps a value inside one table cell: no pipes, no line breaks, no raw HTML. */
function escapeCell(value) {
    return inline(value).replace(/\|/g, '\\|');
}
const cell = escapeCell;
/** Cuts at a line end (or, for one long line, at a character) so that `value + tail` fits `maxBytes`. */
function cutToBytes(value, maxBytes, tail) {
    const room = Math.max(0, maxBytes - Buffer.byteLength(tail));
    // A character is at least one byte: the first `room` characters hold every byte we may keep.
    const head = Buffer.from(value.slice(0, room)).subarray(0, room).toString('utf8').replace(/\uFFFD+$/, '');
    const lineEnd = head.lastIndexOf('\n');
    return (lineEnd > room / 2 ? head.slice(0, lineEnd) : head) + tail;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./lib/src/report/pr-comment.js



/** Events whose payload names a pull request we may comment on. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/**
 * The pull request of this run, from the runner's environment (GITHUB_EVENT_NAME,
 * GITHUB_EVENT_PATH, GITHUB_REPOSITORY), or undefined when the run is not for one.
 */
function pullRequestFromEnv(env) {
    if (!PULL_REQUEST_EVENTS.has(env['GITHUB_EVENT_NAME'] ?? ''))
        return undefined;
    let payload;
    try {
        payload = JSON.parse(external_node_fs_.readFileSync(env['GITHUB_EVENT_PATH'] ?? '', 'utf8'));
    }
    catch {
        return undefined;
    }
    const number = Number(payload.pull_request?.number ?? payload.number);
    const fullName = env['GITHUB_REPOSITORY'] || (typeof payload.repository?.full_name === 'string' ? payload.repository.full_name : '');
    const [owner, repo] = fullName.split('/');
    if (!owner || !repo || !Number.isInteger(number) || number <= 0)
        return undefined;
    return { owner, repo, number };
}
/**
 * The hidden line that finds our comment again. Keyed by the site, so a matrix over several
 * storefronts keeps one comment per storefront instead of overwriting one.
 */
function stickyMarker(siteUrl) {
    let key = siteUrl;
    try {
        const u = new URL(siteUrl);
        key = `${u.host}${u.pathname}`;
    }
    catch {
        // keep the raw value: it still identifies the run's site
    }
    return `<!-- mercadopago-readiness:sticky:${(0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 16)} -->`;
}
/** GitHub refuses comment bodies over 65,536 characters; leave room for the marker. */
const COMMENT_LIMIT_BYTES = 60 * 1024;
/**
 * Creates the sticky comment, or updates the one that carries the marker: one comment per
 * pull request and site, however many runs. Never throws: a token that may not write (fork
 * pull requests get a read-only token) comes back as `ok: false` for the caller to warn about.
 */
async function upsertStickyComment(options) {
    const { owner, repo, number } = options.pr;
    try {
        const octokit = (0,github/* getOctokit */.Q)(options.token, {
            baseUrl: options.apiUrl.replace(/\/+$/, ''),
            request: { signal: AbortSignal.timeout(options.timeoutMs ?? 20_000) },
        });
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
        // Ours starts with the marker; a reply that quotes it does not, and is never edited.
        const ours = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(options.marker));
        if (ours) {
            const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body: options.body });
            return { ok: true, action: 'updated', id: updated.data.id, url: updated.data.html_url };
        }
        const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: options.body });
        return { ok: true, action: 'created', id: created.data.id, url: created.data.html_url };
    }
    catch (error) {
        const status = typeof error.status === 'number' ? error.status : null;
        const raw = error instanceof Error ? error.message.split('\n')[0] : String(error);
        return { ok: false, status, message: explain(status, raw) };
    }
}
function explain(status, raw) {
    if (status === 403 || status === 404) {
        return `the token may not comment on this pull request (${status}: ${raw}). Pull requests from forks get a read-only token; otherwise grant \`permissions: pull-requests: write\` to the job.`;
    }
    if (status === 401)
        return `the github-token was refused (401: ${raw}).`;
    return status === null ? raw : `${status}: ${raw}`;
}

;// CONCATENATED MODULE: ./lib/src/report/sarif.js





/** GitHub maps `security-severity` to critical/high/medium/low: blockers high, warnings medium. */
const SECURITY_SEVERITY = { blocker: '8.0', warning: '5.0', info: '2.0' };
const LEVEL = { blocker: 'error', warning: 'warning', info: 'note' };
const PROBLEM_SEVERITY = { blocker: 'error', warning: 'warning', info: 'recommendation' };
/** Fingerprint key; bump the version only if the identity of a finding ever changes meaning. */
const FINGERPRINT_KEY = 'mercadopagoReadiness/v1';
/**
 * The report as SARIF 2.1.0 for GitHub code scanning. Every check is a rule (with
 * `security-severity`); each failing or unverifiable check that is not under a live waiver is
 * a result, anchored to the calling workflow file with the site URL in the message. The
 * fingerprint is the check id and the site (origin and path), so an alert keeps its identity
 * across runs and a matrix over several storefronts keeps one alert per storefront.
 */
function renderSarif(report, anchor) {
    const lang = report.language;
    const site = siteKey(report.siteUrl);
    const ruleIndex = new Map(report.checks.map((c, i) => [c.id, i]));
    const rules = report.checks.map((c) => ({
        id: c.id,
        name: ruleName(c.id),
        shortDescription: { text: c.title },
        fullDescription: { text: `${SECTION_TITLES[c.section][lang]}: ${c.title}` },
        helpUri: c.docsUrl,
        help: { text: `${c.title}. ${UI.docs[lang]}: ${c.docsUrl}`, markdown: `**${c.title}** (${SECTION_TITLES[c.section][lang]}). [${UI.docs[lang]}](${c.docsUrl})` },
        defaultConfiguration: { level: LEVEL[c.severity] },
        properties: {
            tags: ['security', 'mercadopago', c.section],
            precision: 'high',
            'problem.severity': PROBLEM_SEVERITY[c.severity],
            'security-severity': SECURITY_SEVERITY[c.severity],
        },
    }));
    const results = report.checks.filter(isCounted).map((c) => ({
        ruleId: c.id,
        ruleIndex: ruleIndex.get(c.id),
        level: LEVEL[c.severity],
        message: { text: messageOf(c, report) },
        locations: [{ physicalLocation: { artifactLocation: { uri: anchor.path }, region: { startLine: anchor.line } } }],
        partialFingerprints: { [FINGERPRINT_KEY]: sha256(`${c.id}\n${site}`) },
        properties: { status: c.status, severity: c.severity, section: c.section, siteUrl: report.siteUrl },
    }));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, rules } },
                // One category per storefront: uploads for different sites never close each other's alerts.
                automationDetails: { id: `${report.tool.name}/${site.replace(/[^A-Za-z0-9._/-]+/g, '_')}/` },
                invocations: [{ executionSuccessful: true, startTimeUtc: report.startedAt, endTimeUtc: new Date(Date.parse(report.startedAt) + report.durationMs).toISOString() }],
                language: lang,
                results,
            },
        ],
    };
}
function messageOf(c, report) {
    const lang = report.language;
    const head = `${c.title} [${SEVERITY_LABELS[c.severity][lang]}, ${STATUS_LABELS[c.status][lang]}] ${report.siteUrl}`;
    return [head, c.message, c.remediation ? `${UI.howToFix[lang]}: ${c.remediation}` : '', `${UI.docs[lang]}: ${c.docsUrl}`].filter(Boolean).join('\n');
}
/** `ssl.key-and-signature` → `SslKeyAndSignature`. */
function ruleName(id) {
    return id.split(/[.-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}
function siteKey(siteUrl) {
    try {
        const u = new URL(siteUrl);
        return `${u.host}${u.pathname}`;
    }
    catch {
        return siteUrl;
    }
}
function sha256(value) {
    return (0,external_node_crypto_.createHash)('sha256').update(value).digest('hex');
}
const DEFAULT_WORKFLOW = '.github/workflows/mercadopago-readiness.yml';
/**
 * The calling workflow file: from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@ref`),
 * else the one workflow in the workspace that mentions the action, else a conventional name.
 * The line is the one that uses the action when the file is checked out, else 1.
 */
function workflowAnchor({ env, workspace }) {
    const file = fromWorkflowRef(env['GITHUB_WORKFLOW_REF']) ?? findInWorkspace(workspace) ?? DEFAULT_WORKFLOW;
    return { path: file, line: lineOfUse(external_node_path_.join(workspace, file)) };
}
function fromWorkflowRef(ref) {
    if (!ref)
        return undefined;
    const at = ref.lastIndexOf('@');
    const file = (at > 0 ? ref.slice(0, at) : ref).split('/').slice(2).join('/');
    return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file) ? file : undefined;
}
function findInWorkspace(workspace) {
    const dir = external_node_path_.join(workspace, '.github/workflows');
    let names;
    try {
        names = external_node_fs_.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
    }
    catch {
        return undefined;
    }
    const using = names.find((n) => readText(external_node_path_.join(dir, n))?.includes('mercadopago-readiness'));
    return using ? `.github/workflows/${using}` : undefined;
}
function lineOfUse(file) {
    const lines = readText(file)?.split(/\r?\n/) ?? [];
    const index = lines.findIndex((l) => /^\s*-?\s*uses:.*mercadopago-readiness/.test(l));
    return index >= 0 ? index + 1 : 1;
}
function readText(file) {
    try {
        return external_node_fs_.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/src/report/publish.js






/** Writes the SARIF file when `sarif-file` is given. */
function writeSarifFile(settings, report, redact, env = process.env) {
    if (!settings.sarifFile)
        return;
    try {
        const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
        const sarif = renderSarif(report, workflowAnchor({ env, workspace }));
        external_node_fs_.mkdirSync(external_node_path_.dirname(settings.sarifFile), { recursive: true });
        external_node_fs_.writeFileSync(settings.sarifFile, redact(JSON.stringify(sarif, null, 2)) + '\n');
        core/* info */.pq(`SARIF written to ${settings.sarifFile}`);
    }
    catch (error) {
        core/* warning */.$e(redact(`Could not write the SARIF file '${settings.sarifFile}': ${publish_messageOf(error)}`));
    }
}
/** The link to this workflow run, where the full job summary is. */
function runUrl(env) {
    const server = env['GITHUB_SERVER_URL'];
    const repo = env['GITHUB_REPOSITORY'];
    const id = env['GITHUB_RUN_ID'];
    return server && repo && id ? `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${id}` : undefined;
}
/** On pull_request(_target) events with `pr-comment: true`: creates or updates the sticky comment. */
async function publishPullRequestComment(settings, report, redact, env = process.env) {
    if (!settings.prComment)
        return;
    const pr = pullRequestFromEnv(env);
    if (!pr) {
        core/* debug */.Yz('Not a pull_request event: no pull-request comment.');
        return;
    }
    if (!settings.githubToken) {
        core/* warning */.$e('No github-token: the pull-request comment was not posted.');
        return;
    }
    const marker = stickyMarker(report.siteUrl);
    const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
    const url = runUrl(env);
    const body = redact(renderMarkdown(report, {
        maxBytes: COMMENT_LIMIT_BYTES,
        evidenceBytes: 2 * 1024,
        marker,
        footer: { ...(url ? { runUrl: url } : {}), reportFile: external_node_path_.relative(workspace, settings.reportFile) || settings.reportFile },
    }));
    const outcome = await upsertStickyComment({ token: settings.githubToken, apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com', pr, marker, body });
    if (outcome.ok)
        core/* info */.pq(`Pull-request comment ${outcome.action}: ${outcome.url}`);
    else
        core/* warning */.$e(redact(`The pull-request comment was not posted: ${outcome.message}`));
}
function publish_messageOf(error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

;// CONCATENATED MODULE: ./lib/src/report/redact.js
/**
 * Last line of defence for secrets: every rendered output passes through here before it is
 * written. Checks never see the token, but a server could echo it back in an error body.
 */
function createRedactor(secrets) {
    const list = [...new Set(secrets.filter((s) => typeof s === 'string' && s.length >= 6))].sort((a, b) => b.length - a.length);
    if (list.length === 0)
        return (value) => value;
    return (value) => {
        let out = value;
        for (const secret of list)
            out = out.split(secret).join('***');
        return out;
    };
}

;// CONCATENATED MODULE: ./lib/src/main.js











/**
 * The action: inputs → settings → engine → summary, outputs, files, annotations, exit status.
 * `secrets` are the secret inputs' values, already masked by the entry (src/index.ts).
 */
async function run(secrets) {
    const redact = createRedactor(secrets);
    let settings;
    try {
        settings = buildSettings((name) => core/* getInput */.V4(name), {
            workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
            readFile: readIfExists,
        });
    }
    catch (error) {
        core/* setFailed */.C1(redact(error instanceof InputError ? error.message : `Could not read the inputs: ${main_messageOf(error)}`));
        return;
    }
    try {
        // timeout-seconds bounds the whole step: the time Node took to start and load this bundle counts too.
        const startupMs = Math.round(performance.now());
        const { report, apiRequests } = await runReadiness({ ...settings, timeoutMs: Math.max(1000, settings.timeoutMs - startupMs) });
        const { blockers, warnings } = tally(report.checks);
        core/* info */.pq(redact(`Mercado Pago readiness: ${report.result} (${blockers} blockers, ${warnings} warnings; ${apiRequests} API requests, ${report.durationMs} ms)`));
        const reportError = writeReportFile(settings.reportFile, report, redact);
        core/* setOutput */.uH('result', report.result);
        core/* setOutput */.uH('blockers', String(blockers));
        core/* setOutput */.uH('warnings', String(warnings));
        core/* setOutput */.uH('report-file', settings.reportFile);
        for (const a of annotationsFor(report)) {
            const props = { title: redact(a.title) };
            const message = redact(a.message);
            if (a.level === 'error')
                core/* error */.z3(message, props);
            else if (a.level === 'warning')
                core/* warning */.$e(message, props);
            else
                core/* notice */.lm(message, props);
        }
        await writeSummary(report, redact, settings.reportFile);
        writeSarifFile(settings, report, redact);
        await publishPullRequestComment(settings, report, redact);
        if (reportError !== undefined) {
            core/* setFailed */.C1(redact(reportError));
        }
        else if (reachesFailOn(report.result, settings.failOn)) {
            core/* setFailed */.C1(`Mercado Pago readiness: ${report.result}: ${blockers} blocking and ${warnings} warning findings (fail-on: ${settings.failOn}). See the job summary.`);
        }
    }
    catch (error) {
        core/* setFailed */.C1(redact(`mercadopago-readiness stopped on an internal error: ${main_messageOf(error)}`));
    }
}
/**
 * Writes the JSON report; returns why it could not (a directory in the way, no permission). The
 * caller fails the step with that reason once the summary and outputs are written.
 */
function writeReportFile(file, report, redact) {
    try {
        external_node_fs_.mkdirSync(external_node_path_.dirname(file), { recursive: true });
        external_node_fs_.writeFileSync(file, redact(JSON.stringify(report, null, 2)) + '\n');
        return undefined;
    }
    catch (error) {
        return `Could not write report-file '${file}': ${main_messageOf(error)}`;
    }
}
/** The summary is written in its own try: a runner without a summary file still gets the verdict. */
async function writeSummary(report, redact, reportFile) {
    try {
        if (!process.env['GITHUB_STEP_SUMMARY']) {
            core/* info */.pq('GITHUB_STEP_SUMMARY is not set: no job summary written.');
            return;
        }
        const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
        const footer = { reportFile: external_node_path_.relative(workspace, reportFile) || reportFile };
        await core/* summary */.z.addRaw(redact(renderMarkdown(report, { footer })), true).write();
    }
    catch (error) {
        core/* warning */.$e(redact(`Could not write the job summary: ${main_messageOf(error)}`));
    }
}
function readIfExists(file) {
    try {
        return external_node_fs_.readFileSync(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new InputError(`Invalid 'config': cannot read '${file}': ${main_messageOf(error)}`);
    }
}
function main_messageOf(error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
}


/***/ })

};
