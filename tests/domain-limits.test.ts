// The body limits scanner of server/domain/protocol/limits.ts, called directly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API_BODY_LIMITS, bodyTooLarge, jsonLimitViolation, type BodyLimits } from '../server/domain/protocol/limits.js';

const SMALL: BodyLimits = { maxBytes: 1024, maxDepth: 3, maxArrayItems: 3, maxProperties: 3, maxStringLength: 5 };

describe('body limits', () => {
  it('HARD-04 a body within every limit passes, valid JSON or not', () => {
    assert.equal(jsonLimitViolation('{"a":[1,2,3],"b":{"c":"12345"}}', SMALL), undefined);
    assert.equal(jsonLimitViolation('{"a":[1,2,3', SMALL), undefined, 'syntax is the parser\'s business');
    assert.equal(jsonLimitViolation(Buffer.from('[[["x"]]]'), SMALL), undefined, 'a Buffer as well as a string');
  });

  it('HARD-01 nesting deeper than the limit names the limit and where', () => {
    assert.deepEqual(jsonLimitViolation('{"a":{"b":[[1]]}}', SMALL), { kind: 'invalid', keyword: 'maxDepth', path: 'a.b[0]', reason: 'nests deeper than 3 levels, the simulator\'s limit' });
    assert.equal(jsonLimitViolation('[[[[]]]]', SMALL)?.path, 'body[0][0][0]');
  });

  it('HARD-02 an array over the item limit is named itself, not its last item', () => {
    assert.deepEqual(jsonLimitViolation('{"list":[1,2,3,4]}', SMALL), { kind: 'invalid', keyword: 'maxItems', path: 'list', reason: 'has more than 3 items, the simulator\'s limit for any array' });
    assert.equal(jsonLimitViolation('[1,2,3,4]', SMALL)?.path, 'body');
    assert.equal(jsonLimitViolation('{"list":[1,2,3]}', SMALL), undefined, 'exactly the limit');
  });

  it('HARD-04 an object over the property limit, and a string over the length limit', () => {
    assert.equal(jsonLimitViolation('{"a":1,"b":2,"c":3,"d":4}', SMALL)?.keyword, 'maxProperties');
    assert.deepEqual(jsonLimitViolation('{"a":"123456"}', SMALL), { kind: 'invalid', keyword: 'maxLength', path: 'a', reason: 'is longer than 5 characters, the simulator\'s limit for any string' });
  });

  it('HARD-04 characters are counted, not bytes; escapes count as one; brackets in strings are text', () => {
    assert.equal(jsonLimitViolation('{"a":"ééééé"}', SMALL), undefined);
    assert.equal(jsonLimitViolation('{"a":"éééééé"}', SMALL)?.keyword, 'maxLength');
    assert.equal(jsonLimitViolation('{"a":"\\"\\"\\"\\"\\""}', SMALL), undefined);
    assert.equal(jsonLimitViolation('["[[[[", "]]]]"]', SMALL), undefined);
  });

  it('HARD-01 the partner API\'s limits: depth 16, 1000 items, 64 fields, 16,384 characters', () => {
    assert.deepEqual(API_BODY_LIMITS, { maxBytes: 1024 * 1024, maxDepth: 16, maxArrayItems: 1000, maxProperties: 64, maxStringLength: 16_384 });
    assert.equal(jsonLimitViolation('['.repeat(16) + ']'.repeat(16), API_BODY_LIMITS), undefined);
    assert.equal(jsonLimitViolation('['.repeat(17) + ']'.repeat(17), API_BODY_LIMITS)?.keyword, 'maxDepth');
  });

  it('BAD-05 a body over the byte limit is 413/4130 naming the limit in MB', () => {
    const error = bodyTooLarge(API_BODY_LIMITS);
    assert.deepEqual([error.status, error.code, error.message, error.additionalDetails], [413, '4130', 'Request body exceeds the 1 MB limit', []]);
  });
});
