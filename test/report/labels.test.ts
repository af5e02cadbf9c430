import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SECTIONS } from '../../src/checks/types.js';
import { docsUrl } from '../../src/i18n/docs.js';
import { LANGUAGES, languageForHost, languageForSite } from '../../src/i18n/text.js';
import { failedLine, formatDay, formatInstant, logLine, moreInSummary, RESULT_LINES, SECTION_TITLES, SEVERITY_LABELS, STATUS_LABELS, UI, verdictSentence } from '../../src/report/labels.js';

describe('report phrases', () => {
  it('has every fixed phrase in all three languages, and pt-BR and es are not English left in place', () => {
    const tables = { ...UI, ...SECTION_TITLES, ...RESULT_LINES, ...STATUS_LABELS, ...SEVERITY_LABELS };
    for (const [name, t] of Object.entries(tables)) {
      for (const lang of LANGUAGES) assert.ok(t[lang].trim().length > 0, `${name} in ${lang}`);
    }
    // Words Portuguese uses as English does.
    const cognates = new Set(['status', 'site', 'commit']);
    const untranslated = Object.entries({ ...UI, ...SECTION_TITLES, ...RESULT_LINES }).filter(([name, t]) => !cognates.has(name) && (t['pt-BR'] === t.en || t.es === t.en));
    assert.deepEqual(
      untranslated.map(([name]) => name),
      [],
      'same text in English and another language',
    );
  });

  it("names the sections with the go-live page's own Portuguese headings, in its order", () => {
    // "Requisitos para entrar em produção": the page's headings, in order.
    const page = ['Credenciais de produção', 'Homologação', 'Certificado SSL', 'Chave Pix', 'Aprovação de pagamentos', 'Notificações', 'Relatórios'];
    const ours = SECTIONS.filter((s) => s !== 'page').map((s) => SECTION_TITLES[s]['pt-BR']);
    page.forEach((heading, i) => assert.ok(ours[i]!.startsWith(heading), `${ours[i]} starts with ${heading}`));
  });

  it('counts in each language with singular and plural', () => {
    assert.equal(verdictSentence('fail', 1, 2, 0, 'en'), '1 blocker and 2 warnings to fix before going live.');
    assert.equal(verdictSentence('fail', 2, 1, 3, 'es'), '2 bloqueantes y 1 advertencia por corregir antes de salir a producción. 3 ítems por confirmar manualmente.');
    assert.equal(verdictSentence('warn', 0, 1, 1, 'pt-BR'), 'Nada impede a entrada em produção; 1 alerta a corrigir. 1 item a confirmar manualmente.');
    assert.equal(moreInSummary(4, 'es'), '4 más en el resumen del job');
  });

  it('writes the log and failure lines in the report language', () => {
    assert.equal(
      failedLine('fail', 1, 2, 'blocker', 'pt-BR'),
      'Prontidão para o Mercado Pago: Ainda não está pronto para produção: 1 bloqueante e 2 alertas (fail-on: blocker). Veja o resumo do job.',
    );
    assert.equal(
      failedLine('warn', 0, 1, 'warning', 'es'),
      'Preparación para Mercado Pago: Puede salir a producción, con advertencias por corregir: 0 bloqueantes y 1 advertencia (fail-on: warning). Mira el resumen del job.',
    );
    assert.equal(logLine('pass', 0, 0, 9, 812, 'es'), 'Preparación para Mercado Pago: Listo para producción (0 bloqueantes, 0 advertencias; 9 solicitudes a la API, 812 ms)');
  });

  it("writes dates in the reader's format", () => {
    assert.equal(formatDay('2027-01-31', 'en'), 'Jan 31, 2027');
    assert.equal(formatDay('2027-01-31', 'es'), '31 ene 2027');
    assert.equal(formatDay('2027-01-31', 'pt-BR'), '31 de jan. de 2027');
    assert.equal(formatDay('not a day', 'en'), 'not a day');
    assert.equal(formatInstant('2026-11-28T15:04:00Z', 'pt-BR'), '28 de nov. de 2026, 15:04 UTC');
    assert.equal(formatInstant('2026-11-28T15:04:00Z', 'en'), 'Nov 28, 2026, 3:04 PM UTC');
  });
});

describe('docs links', () => {
  it("puts Mercado Pago paths on the account's country site, in the report language", () => {
    assert.equal(docsUrl('/docs/your-integrations/credentials', 'MLB', 'pt-BR'), 'https://www.mercadopago.com.br/developers/pt/docs/your-integrations/credentials');
    assert.equal(docsUrl('/docs/your-integrations/credentials', 'MLA', 'es'), 'https://www.mercadopago.com.ar/developers/es/docs/your-integrations/credentials');
    assert.equal(docsUrl('/docs/your-integrations/credentials', 'MLM', 'en'), 'https://www.mercadopago.com.mx/developers/en/docs/your-integrations/credentials');
    assert.equal(docsUrl('https://developer.mozilla.org/x', 'MLB', 'es'), 'https://developer.mozilla.org/x');
  });

  it("follows the account's site for language auto", () => {
    assert.equal(languageForSite('MLB'), 'pt-BR');
    assert.equal(languageForSite('MCO'), 'es');
    assert.equal(languageForSite(undefined), 'en');
  });

  it('guesses from the domain when the token was refused: .com.br → pt-BR, other Latin American ccTLDs → es', () => {
    assert.equal(languageForHost('loja.example.com.br'), 'pt-BR');
    assert.equal(languageForHost('LOJA.COM.BR.'), 'pt-BR');
    for (const host of ['tienda.com.ar', 'tienda.mx', 'tienda.cl', 'tienda.com.co', 'tienda.pe', 'tienda.com.uy']) assert.equal(languageForHost(host), 'es', host);
    for (const host of ['shop.example', 'shop.com', 'shop.es', '127.0.0.1', 'broken-shop.test']) assert.equal(languageForHost(host), 'en', host);
  });
});
