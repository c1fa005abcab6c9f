// The wildcard matcher of server/domain/control/wildcard.ts, called directly: company names, fault and
// journal path patterns.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wildcardMatcher } from '../server/domain/control/wildcard.js';

const matches = (pattern: string, texts: string[], options = {}) => texts.map(wildcardMatcher(pattern, options));

describe('wildcard patterns', () => {
  it('LIST-02 a pattern matches the whole text; * any run of characters, the empty run too', () => {
    assert.deepEqual(matches('fair*', ['fair', 'fairmont', 'unfair', 'fai']), [true, true, false, false]);
    assert.deepEqual(matches('*mont', ['Fairmont', 'mont', 'monte']), [true, true, false]);
    assert.deepEqual(matches('a*b*c', ['abc', 'aXbYc', 'acb', 'aXbY']), [true, true, false, false]);
    assert.deepEqual(matches('', ['', 'x']), [true, false]);
    assert.deepEqual(matches('*', ['', 'anything/at all']), [true, true]);
  });

  it('LIST-02 case-insensitive when asked, exact otherwise', () => {
    assert.deepEqual(matches('FAIR*', ['fairmont', 'FairMont']), [false, false]);
    assert.deepEqual(matches('FAIR*', ['fairmont', 'FairMont'], { caseInsensitive: true }), [true, true]);
  });

  it('SBX-14 in path patterns * stays within a segment and ** crosses segments', () => {
    const opts = { segments: true };
    assert.deepEqual(matches('/v3/customers/*', ['/v3/customers/123', '/v3/customers/', '/v3/customers/123/x'], opts), [true, true, false]);
    assert.deepEqual(matches('/v3/**', ['/v3/customers/123/x', '/v3/', '/v2/x'], opts), [true, true, false]);
    assert.deepEqual(matches('/v3/*/x', ['/v3/customers/x', '/v3/a/b/x'], opts), [true, false]);
    assert.deepEqual(matches('/v3/***', ['/v3/a/b'], opts), [true], 'a run of stars with ** in it crosses segments');
    assert.deepEqual(matches('/v3/*', ['/v3/a/b']), [true], 'without segments * crosses /');
  });

  it('HARD-05 many stars against a long text that fails only at its end (exponential for a backtracking matcher)', () => {
    assert.equal(wildcardMatcher(`${'*a'.repeat(30)}*b`)('a'.repeat(80)), false);
    assert.equal(wildcardMatcher(`${'*a'.repeat(30)}*`)('a'.repeat(80)), true);
  });
});
