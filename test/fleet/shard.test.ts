import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../src/config/input-error.js';
import { reportFileNames } from '../../src/fleet/report-names.js';
import { parseShard, pickShard } from '../../src/fleet/shard.js';

describe('--shard K/N', () => {
  it('takes the sites whose 0-based position i has i mod N = K-1', () => {
    const items = Array.from({ length: 10 }, (_, index) => ({ index }));
    assert.deepEqual(
      pickShard(items, parseShard('1/3')).map((i) => i.index),
      [0, 3, 6, 9],
    );
    assert.deepEqual(
      pickShard(items, parseShard('2/3')).map((i) => i.index),
      [1, 4, 7],
    );
    assert.deepEqual(
      pickShard(items, parseShard('3/3')).map((i) => i.index),
      [2, 5, 8],
    );
    assert.deepEqual(pickShard(items, undefined).length, 10);
  });

  it('splits any file into disjoint shards that cover it, more shards than sites included', () => {
    for (const [count, n] of [
      [1, 1],
      [7, 2],
      [100, 7],
      [3, 8],
    ] as const) {
      const items = Array.from({ length: count }, (_, index) => ({ index }));
      const seen = Array.from({ length: n }, (_, k) => pickShard(items, { k: k + 1, n }))
        .flat()
        .map((i) => i.index);
      assert.deepEqual(
        [...seen].sort((a, b) => a - b),
        items.map((i) => i.index),
      );
    }
  });

  it('refuses anything but K/N with 1 ≤ K ≤ N, in one line that says what is expected', () => {
    for (const bad of ['0/3', '4/3', '1/0', '3', '1/3/2', 'a/b', '-1/3', '1.5/3', '', '1/100001']) {
      assert.throws(
        () => parseShard(bad),
        (e: unknown) => e instanceof InputError && /^Invalid '--shard': .*Expected K\/N with 1 ≤ K ≤ N/.test(e.message),
        bad,
      );
    }
    assert.deepEqual(parseShard(' 2 / 4 '), { k: 2, n: 4 });
  });
});

describe('report file names: <host>-<path>.json', () => {
  it('names a site by host and path, the port when not the default', () => {
    const names = reportFileNames(['https://loja-a.com.br/checkout', 'https://tienda-b.com.ar/pagar/ahora/', 'https://shop.example:8443/', 'http://[::1]:8080/pay'].map((u) => new URL(u)));
    assert.deepEqual(names, ['loja-a.com.br-checkout.json', 'tienda-b.com.ar-pagar-ahora.json', 'shop.example_8443.json', '__1_8080-pay.json']);
  });

  it('keeps names unique when URLs sanitize alike, and never takes fleet.json', () => {
    const urls = ['https://a.example/x-y', 'https://a.example/x/y', 'https://a.example/X/Y', 'https://a.example/x?ref=1', 'https://fleet/'].map((u) => new URL(u));
    const names = reportFileNames(urls);
    assert.equal(new Set(names).size, names.length);
    assert.ok(!names.includes('fleet.json'));
    for (const n of names) assert.match(n, /^[a-z0-9][a-z0-9._-]*\.json$/);
    assert.match(names[3]!, /^a\.example-x-[0-9a-f]{8}\.json$/);
    // The same URL gets the same name whatever else is in the file (shards downloaded into one folder).
    assert.deepEqual(reportFileNames([urls[3]!]), [names[3]]);
  });

  it('makes a portable name of a hostile path: no separators, no dot-file, bounded length', () => {
    const [name] = reportFileNames([new URL('https://a.example/..%2F..%2Fetc%2Fpasswd/' + 'x'.repeat(500))]);
    assert.ok(!name!.includes('/') && !name!.startsWith('.') && name!.length <= 125, name);
  });
});
