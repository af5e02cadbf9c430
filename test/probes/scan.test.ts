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

/** CPU time of `work`, in ms (wall time would measure the other helpers on this machine). */
function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('page scanner on hostile pages stays linear', () => {
  // Targets are well under a second each; the bounds leave a wide margin for a loaded machine.
  it('scans 20,000 token-shaped strings in a 1.2 MB page, each in its own attribute', () => {
    const token = (i: number): string => `APP_USR-${String(1000000000000000 + i)}-112817-${i.toString(16).padStart(32, '0')}-1160535239`;
    const body = Array.from({ length: 20_000 }, (_, i) => `<i data-t="${token(i)}"></i>`).join('\n');
    const html = `<!doctype html><html><body>${body}</body></html>`;
    assert.ok(html.length > 1_200_000);
    let secrets = 0;
    const ms = cpuMs(() => (secrets = scan(html).found.secrets.length));
    assert.equal(secrets, 20_000);
    assert.ok(ms < 4_000, `${ms} ms of CPU`);
  });

  it('parses 5 MB of unclosed <div>s (1,000,000 open elements) without the tree builder quadratic stack', () => {
    const html = `<!doctype html><html><body>${'<div>'.repeat(1_000_000)}`.slice(0, 5 * 1024 * 1024);
    const ms = cpuMs(() => scan(html));
    assert.ok(ms < 4_000, `${ms} ms of CPU`);
  });

  it('parses 5 MB of mismatched close tags', () => {
    const html = `<!doctype html>${'<div></span>'.repeat(450_000)}`;
    const ms = cpuMs(() => scan(html));
    assert.ok(ms < 4_000, `${ms} ms of CPU`);
  });
});

describe('insecure script URLs in code', () => {
  it('finds quoted http:// script and stylesheet URLs in inline scripts, not in text or attributes', () => {
    const html = `<html><body><p>see "http://docs.example/guide.js"</p><a title="http://x.example/a.js">x</a>\n<script>var s = document.createElement('script'); s.src = "http://cdn.example/lib.js?v=2"; var c = 'http://cdn.example/site.css';</script></body></html>`;
    const { found } = scan(html);
    assert.deepEqual(
      found.insecureUrls.map((u) => [u.url, u.where.context, u.where.line]),
      [
        ['http://cdn.example/lib.js', 'inline-script', 2],
        ['http://cdn.example/site.css', 'inline-script', 2],
      ],
    );
  });
});
