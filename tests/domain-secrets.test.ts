// Secrets of server/domain/protocol/secrets.ts, called directly: masking and the constant-time comparison.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSecretName, maskHeaders, maskSecrets, maskSecretText, maskValue, sameSecret } from '../server/domain/protocol/secrets.js';

describe('secrets', () => {
  it('HARD-13 a long secret keeps its last 4 characters, a short one nothing; Bearer and Basic stay readable', () => {
    assert.equal(maskValue('0123456789abcdef'), '****cdef');
    assert.equal(maskValue('0123456789abcde'), '****');
    assert.equal(maskValue('Bearer 0123456789abcdefXYZW'), 'Bearer ****XYZW');
    assert.equal(maskValue('basic c2VjcmV0'), 'basic ****');
  });

  it('HARD-13 secret field names: secrets, passwords, credentials, API keys, authorization, cookies, names ending in token', () => {
    const secret = ['client_secret', 'password', 'passwd', 'credentials', 'api_key', 'apiKey', 'Authorization', 'cookie', 'access_token', 'refreshToken'];
    assert.deepEqual(secret.filter((n) => !isSecretName(n)), []);
    assert.deepEqual(['token_type', 'x-api-key', 'X-Api-Key', 'companyName', 'tokenCount'].filter(isSecretName), [], 'the client id header is public');
  });

  it('HARD-13 JSON values are masked at any depth, in arrays too, and the input is left as it was', () => {
    const input = { client_secret: 'abc', list: [{ password: 'p', ok: 1 }], nested: { deeper: { api_key: ['k1', 'k2'], auth: { token: { a: 1 } } } }, ok: 'x' };
    const before = structuredClone(input);
    assert.deepEqual(maskSecrets(input), { client_secret: '****', list: [{ password: '****', ok: 1 }], nested: { deeper: { api_key: ['****', '****'], auth: { token: '****' } } }, ok: 'x' });
    assert.deepEqual(input, before);
    assert.equal(maskSecrets('plain text'), 'plain text');
  });

  it('HARD-13 credential headers are masked, other headers kept; arrays are joined', () => {
    assert.deepEqual(maskHeaders({ authorization: 'Bearer 0123456789abcdefWXYZ', cookie: 'a=1', 'x-api-key': 'vipm-sim-client', 'set-cookie': ['a=1', 'b=2'], 'x-secret-thing': 'value', accept: undefined }),
      { authorization: 'Bearer ****WXYZ', cookie: '****', 'x-api-key': 'vipm-sim-client', 'set-cookie': '****', 'x-secret-thing': '****' });
  });

  it('HARD-13 text that is not shown parsed is masked in place: JSON pairs and form fields', () => {
    assert.equal(maskSecretText('{"client_secret": "0123456789abcdefWXYZ", "name": "x"'), '{"client_secret": "****WXYZ", "name": "x"');
    assert.equal(maskSecretText('grant_type=client_credentials&client_secret=s3cr3t&client%5Fsecret=two'), 'grant_type=client_credentials&client_secret=****&client%5Fsecret=****');
  });

  it('HARD-16 secrets are equal only when identical, whatever their lengths', () => {
    assert.equal(sameSecret('a-long-admin-token', 'a-long-admin-token'), true);
    assert.deepEqual(['', 'x', 'a-long-admin-toke', 'a-long-admin-token-', 'A-LONG-ADMIN-TOKEN'].map((p) => sameSecret(p, 'a-long-admin-token')), [false, false, false, false, false]);
  });
});
