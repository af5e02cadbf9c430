import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSignatureHeader, signatureHeader, signatureManifest, signatureV1 } from '../../../src/probes/webhook/signature.js';

// Computed independently of this code, with OpenSSL:
//   printf '%s' 'id:123456789;request-id:bb56a2f1-6aae-46ac-982e-9dcd3581d08e;ts:1704908010;' \
//     | openssl dgst -sha256 -hmac 'your_secret_key_here' -hex
const VECTOR = {
  secret: 'your_secret_key_here',
  parts: { dataId: '123456789', requestId: 'bb56a2f1-6aae-46ac-982e-9dcd3581d08e', ts: 1704908010 },
  manifest: 'id:123456789;request-id:bb56a2f1-6aae-46ac-982e-9dcd3581d08e;ts:1704908010;',
  v1: '30b0236918b7ac75a7afdfaff740dd3ae9152b0b4b6ea8f5e5d97b65cab656e3',
};

describe('x-signature as Mercado Pago documents it', () => {
  it('builds the manifest id:<data.id>;request-id:<x-request-id>;ts:<ts>; with the trailing semicolon', () => {
    assert.equal(signatureManifest(VECTOR.parts), VECTOR.manifest);
  });

  it('signs the manifest with HMAC-SHA256 as lowercase hex, matching OpenSSL', () => {
    assert.equal(signatureV1(VECTOR.secret, VECTOR.parts), VECTOR.v1);
  });

  it('writes the header as ts=<seconds>,v1=<hex>', () => {
    assert.equal(signatureHeader(VECTOR.secret, VECTOR.parts), `ts=1704908010,v1=${VECTOR.v1}`);
  });

  it('keeps an alphanumeric data.id in its original casing, as the official SDKs now do', () => {
    const parts = { ...VECTOR.parts, dataId: 'ORD01JQ4S4KY8HWQ6NA5PXB65B3D3' };
    assert.match(signatureManifest(parts), /^id:ORD01JQ4S4KY8HWQ6NA5PXB65B3D3;/);
    assert.notEqual(signatureV1(VECTOR.secret, parts), signatureV1(VECTOR.secret, { ...parts, dataId: parts.dataId.toLowerCase() }));
  });

  it('reads ts and v1 back from a header, in any order and with spaces', () => {
    assert.deepEqual(parseSignatureHeader(`v1=${VECTOR.v1}, ts=1704908010`), { ts: '1704908010', v1: VECTOR.v1 });
    assert.equal(parseSignatureHeader('ts=1704908010'), undefined);
  });
});
