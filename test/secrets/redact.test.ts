import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRedactor, formsOf, redactDeep } from '../../src/secrets/redact.js';

const TOKEN = 'APP_USR-1234567890123456-112817-0123456789abcdef0123456789abcdef-987654321';
const CORE = '0123456789abcdef0123456789abcdef';
const redact = createRedactor([TOKEN]);

/** Every encoded form a hostile server could echo the token in. */
function encodings(secret: string): Record<string, string> {
  const b64 = (s: string): string => Buffer.from(s).toString('base64');
  return {
    whole: secret,
    core: CORE,
    'core in capitals': CORE.toUpperCase(),
    'long fragment': CORE.slice(7, 23),
    'base64 (offset 0)': b64(secret),
    'base64 (offset 1)': b64(`x${secret}`),
    'base64 (offset 2)': b64(`xy${secret}`),
    'base64 of "Bearer <token>"': b64(`Bearer ${secret}`),
    base64url: Buffer.from(`ab${secret}`).toString('base64url'),
    'percent-encoded bytes': [...Buffer.from(secret)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
    'JSON \\u escapes': [...secret].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  };
}

describe('the redactor', () => {
  for (const [name, form] of Object.entries(encodings(TOKEN))) {
    it(`removes the token's ${name} form inside a longer text`, () => {
      const out = redact(`error: got ${form} from upstream; see logs`);
      assert.ok(out.includes('***'), out);
      assert.ok(!out.includes(CORE) && !out.toLowerCase().includes(CORE.slice(0, 12)), out);
      assert.ok(!out.includes(form), out);
      assert.ok(out.startsWith('error: got ') && out.endsWith(' from upstream; see logs'), `the text around stays: ${out}`);
    });
  }

  it('leaves the public parts and ordinary text alone', () => {
    assert.equal(redact('user 987654321 app 1234567890123456 at https://shop.example/checkout'), 'user 987654321 app 1234567890123456 at https://shop.example/checkout');
    assert.equal(redact('0123456789a'), '0123456789a', 'eleven hex digits of the core are not a leak on their own');
  });

  it('redacts a JSON-escaped secret with quotes and backslashes', () => {
    const secret = 'whsec"with\\quote-1234567890';
    const r = createRedactor([secret]);
    assert.equal(r(JSON.stringify({ v: secret })), '{"v":"***"}');
  });

  it('redacts fragments of a generic secret', () => {
    const secret = 'whsec-canary-7e1f9a3b5c2d4e6f8a0b1c3d';
    assert.equal(createRedactor([secret])('cut: 7e1f9a3b5c2d4e6f…'), 'cut: ***…');
  });

  it('cleans every string of a report, keys included', () => {
    const out = redactDeep({ a: [TOKEN, { [CORE]: 1 }], n: 3, d: new Date(0) }, redact);
    assert.deepEqual(JSON.parse(JSON.stringify(out)), { a: ['***', { '***': 1 }], n: 3, d: '1970-01-01T00:00:00.000Z' });
  });

  it('compiles forms for every alignment of base64', () => {
    assert.ok(formsOf(TOKEN).length >= 7, String(formsOf(TOKEN).length));
  });

  it('is linear: a 5 MB text with hex and base64 runs is cleaned in well under a second', () => {
    const chunk = `${'deadbeefcafe0123'.repeat(4)} ${Buffer.from('x'.repeat(48)).toString('base64')} plain words here `;
    const text = chunk.repeat(Math.ceil((5 * 1024 * 1024) / chunk.length));
    const started = performance.now();
    redact(text);
    assert.ok(performance.now() - started < 3000, `took ${Math.round(performance.now() - started)} ms`);
  });
});
