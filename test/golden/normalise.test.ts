import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Sandbox } from '../sandbox/sandbox.js';
import { normaliseSummary } from './normalise.js';

const sandbox = { api: { baseUrl: 'https://127.9.8.7:43121' }, healthy: { host: '127.1.2.3' }, broken: { host: '127.4.5.6' } } as unknown as Sandbox;

describe('golden normalising', () => {
  it('names the sandbox hosts and numbers other loopback addresses by first appearance', () => {
    const got = normaliseSummary('https://127.1.2.3/checkout https://127.4.5.6/ https://127.9.8.7:43121/users/me http://127.200.1.1:8080/hook 127.99.1.1 127.200.1.1', sandbox);
    assert.equal(got, 'https://healthy-shop.test/checkout https://broken-shop.test/ https://api.mercadopago.test/users/me http://loopback-1.test:PORT/hook loopback-2.test loopback-1.test');
  });

  it("replaces timings, clock dates, uuids and random hex, and keeps the scenario's waiver dates", () => {
    const got = normaliseSummary(
      'took 812 ms "latencyMs": 35, expired on 2026-11-24 at 2026-11-24T10:00:00.000Z; waived until 2099-12-31; id 3f2b8c1e-7d4a-4b6e-9a1f-2c3d4e5f6a7b serial 01a3f9c2e4b5d6e7f8 sha AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89 user 1160535239',
      sandbox,
    );
    assert.equal(got, 'took N ms "latencyMs": 0, expired on YYYY-MM-DD at YYYY-MM-DDThh:mm:ssZ; waived until 2099-12-31; id <uuid> serial <hex> sha <fingerprint> user 1160535239');
  });
});
