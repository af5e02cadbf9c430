import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ApiResult, MercadoPagoClient } from '../../src/probes/mercadopago/client.js';
import { probePayments, readPage } from '../../src/probes/mercadopago/payments.js';

/** A fake search API holding `total` payments that grants at most `cap` per page. */
function fakeSearch(total: number, cap: number): MercadoPagoClient & { offsets: number[] } {
  const offsets: number[] = [];
  return {
    offsets,
    requestCount: 0,
    async get<T>(_path: string, query?: Readonly<Record<string, string | number>>): Promise<ApiResult<T>> {
      const offset = Number(query?.['offset'] ?? 0);
      const limit = Math.min(Number(query?.['limit'] ?? 30), cap);
      offsets.push(offset);
      const results = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({ id: offset + i + 1, live_mode: true }));
      return { ok: true, status: 200, data: { paging: { total, limit, offset }, results } as T };
    },
  };
}

describe('payments sample paging', () => {
  it('pages by the limit the API granted, so no payment is skipped', async () => {
    const api = fakeSearch(120, 50);
    const sample = await probePayments(api);
    assert.ok(sample.ok);
    assert.deepEqual(api.offsets, [0, 50, 100]);
    assert.deepEqual(
      sample.value.payments.map((p) => p.id),
      Array.from({ length: 120 }, (_, i) => i + 1),
    );
    assert.equal(sample.value.truncated, false);
  });

  it('bounds the number of requests when the API grants tiny pages', async () => {
    const api = fakeSearch(1000, 10);
    const sample = await probePayments(api);
    assert.ok(sample.ok);
    assert.equal(api.offsets.length, 6);
    assert.equal(sample.value.payments.length, 60);
    assert.equal(sample.value.truncated, true);
  });

  it('asks for 300 first and takes them in one request when granted', async () => {
    const api = fakeSearch(280, 1000);
    const sample = await probePayments(api);
    assert.ok(sample.ok);
    assert.deepEqual(api.offsets, [0]);
    assert.equal(sample.value.payments.length, 280);
  });

  it('takes ids given as strings of digits as numbers, and drops payments without an id (reference §11 F12)', () => {
    const page = readPage({ paging: { total: 3, limit: 30, offset: 0 }, results: [{ id: '1319000100', status: 'approved' }, { id: 77 }, { id: 'abc' }, { status: 'approved' }] });
    assert.deepEqual(
      page?.results.map((p) => p.id),
      [1319000100, 77],
    );
  });

  it('reads one page when it holds everything', async () => {
    const api = fakeSearch(40, 100);
    const sample = await probePayments(api);
    assert.ok(sample.ok);
    assert.deepEqual(api.offsets, [0]);
    assert.equal(sample.value.total, 40);
  });
});
