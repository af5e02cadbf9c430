import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexLines, parsePage } from '../../src/probes/http/html.js';
import { scanText } from '../../src/probes/http/scan.js';

const URL_ = 'https://shop.example/checkout';
function scan(html: string, given?: string) {
  const lines = indexLines(html);
  const parsed = parsePage(html, new URL(URL_), lines);
  return { parsed, found: scanText(html, URL_, lines, given, parsed) };
}

describe('page scanner', () => {
  it('finds the given token even in a shape the token pattern does not know, and redacts it', () => {
    const given = 'APP_USR-custom-format-0123456789abcdef-42';
    const { found } = scan(`<html><body>\n<script>\nvar t = "${given}";\n</script></body></html>`, given);
    assert.equal(found.secrets.length, 1);
    assert.equal(found.secrets[0]!.isGivenToken, true);
    assert.equal(found.secrets[0]!.where.line, 3);
    assert.ok(!found.secrets[0]!.redacted.includes('0123456789abcdef'));
  });

  it('places matches in comments apart, so a commented-out SDK does not count', () => {
    const { found } = scan('<html><!-- <script src="https://sdk.mercadopago.com/js/v2"></script> --></html>');
    assert.deepEqual(
      found.markers.map((m) => [m.kind, m.where.context]),
      [['sdk-v2', 'comment']],
    );
  });

  it('resolves resources against <base href> and reads srcset candidates', () => {
    const { parsed } = scan('<html><head><base href="http://cdn.shop.example/a/"></head><body><script src="app.js"></script><img srcset="x.png 1x, https://ok.example/y.png 2x"></body></html>');
    assert.deepEqual(
      parsed.resources.map((r) => [r.kind, r.url]),
      [
        ['script', 'http://cdn.shop.example/a/app.js'],
        ['image', 'http://cdn.shop.example/a/x.png'],
        ['image', 'https://ok.example/y.png'],
      ],
    );
  });

  it('recognises the npm SDK loader and a Checkout Pro init_point link', () => {
    const { found } = scan('<html><body><a href="https://www.mercadopago.com.ar/checkout/v1/redirect?pref_id=1">Pagar</a><script>await loadMercadoPago();</script></body></html>');
    assert.deepEqual(found.markers.map((m) => m.kind).sort(), ['checkout-pro-redirect', 'sdk-npm']);
  });
});
