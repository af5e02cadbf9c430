import assert from 'node:assert/strict';
import * as tls from 'node:tls';
import { after, before, describe, it } from 'node:test';
import type { CheckDefinition } from '../../src/checks/types.js';
import { createBudget } from '../../src/probes/budget.js';
import { probeTls, type TlsEvidence } from '../../src/probes/tls/probe.js';
import { contextFor, judge } from '../helpers/tls-page-evidence.js';
import { createLocalCa, type LocalCa } from '../sandbox/pki.js';
import { startTlsFixture, TLS_FLAWS, type TlsFixture, type TlsFlaw } from '../sandbox/tls-fixtures.js';
import { certificateTrust } from '../../src/checks/ssl/certificate-trust.js';
import { expiryWindow } from '../../src/checks/ssl/expiry-window.js';
import { hostname } from '../../src/checks/ssl/hostname.js';
import { keyAndSignature } from '../../src/checks/ssl/key-and-signature.js';
import { protocols } from '../../src/checks/ssl/protocols.js';
import { validity } from '../../src/checks/ssl/validity.js';

let ca: LocalCa;
const fixtures = new Map<TlsFlaw, TlsFixture>();
const seen = new Map<TlsFlaw, TlsEvidence>();

before(async () => {
  ca = createLocalCa();
  // As NODE_EXTRA_CA_CERTS does for the action: the sandbox root joins Node's store.
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), ca.root.certPem]);
  await Promise.all(TLS_FLAWS.map(async (flaw) => fixtures.set(flaw, await startTlsFixture(flaw, ca))));
});
after(async () => {
  await Promise.all([...fixtures.values()].map((f) => f.close()));
});

async function probe(flaw: TlsFlaw): Promise<TlsEvidence> {
  const cached = seen.get(flaw);
  if (cached) return cached;
  const fixture = fixtures.get(flaw)!;
  const outcome = await probeTls(new URL(fixture.url), createBudget(10_000));
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.error.message);
  seen.set(flaw, outcome.value);
  return outcome.value;
}

async function verdict(flaw: TlsFlaw, check: CheckDefinition): Promise<string> {
  const evidence = await probe(flaw);
  return judge(check, { tls: { ok: true, value: evidence } }, contextFor(fixtures.get(flaw)!.url)).status;
}

const offered = (e: TlsEvidence): string[] => e.protocols.filter((p) => p.offered === true).map((p) => p.version);

describe('TLS probe against real local servers', () => {
  it('passes every SSL check of a healthy server: TLS 1.2 and 1.3 only, full chain, strong key', async () => {
    const e = await probe('healthy');
    assert.deepEqual(offered(e), ['TLSv1.2', 'TLSv1.3']);
    assert.equal(e.protocols.filter((p) => p.offered === null).length, 0);
    assert.equal(e.trust.verdict, 'trusted');
    assert.equal(e.weakOnlyHandshake, false);
    for (const check of [certificateTrust, hostname, validity, expiryWindow, protocols, keyAndSignature]) {
      assert.equal(await verdict('healthy', check), 'pass', check.id);
    }
  });

  it('does not flag the trust-store root that OpenSSL appends to the chain', async () => {
    const e = await probe('healthy');
    const root = e.chain.find((c) => c.inTrustStore);
    assert.ok(root, 'the sandbox root is appended from the store');
    assert.equal(root.selfIssued, true);
  });

  it('fails validity for an expired certificate and skips the expiry window', async () => {
    assert.equal(await verdict('expired', validity), 'fail');
    assert.equal(await verdict('expired', expiryWindow), 'skip');
    assert.equal(await verdict('expired', certificateTrust), 'pass', 'the chain itself is sound');
  });

  it('fails validity for a certificate that is not valid yet', async () => {
    assert.equal(await verdict('not-yet-valid', validity), 'fail');
  });

  it('fails the host name check when the certificate names another host', async () => {
    assert.equal(await verdict('wrong-host', hostname), 'fail');
    assert.equal(await verdict('wrong-host', certificateTrust), 'pass');
  });

  it('fails trust for a self-signed certificate', async () => {
    assert.equal((await probe('self-signed')).trust.verdict, 'self-signed');
    assert.equal(await verdict('self-signed', certificateTrust), 'fail');
  });

  it('fails trust when the server does not send the intermediate', async () => {
    const e = await probe('incomplete-chain');
    assert.equal(e.trust.verdict, 'incomplete-chain');
    assert.equal(e.chain.length, 1);
    assert.equal(await verdict('incomplete-chain', certificateTrust), 'fail');
  });

  it('fails key-and-signature for an RSA-1024 leaf', async () => {
    const e = await probe('rsa-1024');
    assert.equal(e.chain[0]!.keyBits, 1024);
    assert.equal(await verdict('rsa-1024', keyAndSignature), 'fail');
  });

  it('still reports an RSA-512 key whose weakness makes the default handshake fail', async () => {
    const e = await probe('rsa-512');
    assert.equal(e.chain[0]!.keyBits, 512);
    assert.equal(e.protocols.find((p) => p.version === 'TLSv1.3')!.offered, false, 'no TLS 1.3 handshake is possible with this key');
    assert.equal(await verdict('rsa-512', keyAndSignature), 'fail');
  });

  it('fails key-and-signature for a SHA-1 signed leaf', async () => {
    const e = await probe('sha1-signature');
    assert.match(e.chain[0]!.signatureAlgorithm, /sha1/i);
    const outcome = judge(keyAndSignature, { tls: { ok: true, value: e } }, contextFor(fixtures.get('sha1-signature')!.url));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /sha1WithRSAEncryption/);
  });

  it('fails when the server still offers TLS 1.0', async () => {
    assert.deepEqual(offered(await probe('tls10-offered')), ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    assert.equal(await verdict('tls10-offered', protocols), 'fail');
  });

  it('fails when the server still offers TLS 1.1', async () => {
    assert.deepEqual(offered(await probe('tls11-offered')), ['TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    assert.equal(await verdict('tls11-offered', protocols), 'fail');
  });

  it('passes a TLS 1.3-only server', async () => {
    assert.deepEqual(offered(await probe('tls13-only')), ['TLSv1.3']);
    assert.equal(await verdict('tls13-only', protocols), 'pass');
  });

  it('fails the expiry window when under a third of a short lifetime is left', async () => {
    assert.equal(await verdict('expiring-soon', validity), 'pass');
    assert.equal(await verdict('expiring-soon', expiryWindow), 'fail');
  });

  it('gives an error, not a verdict, when nothing listens', async () => {
    const outcome = await probeTls(new URL('https://127.0.0.1:9/'), createBudget(5_000));
    assert.equal(outcome.ok, false);
    assert.equal(outcome.ok ? '' : outcome.error.kind, 'network');
  });
});
