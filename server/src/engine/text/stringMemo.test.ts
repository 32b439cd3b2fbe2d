import assert from 'node:assert/strict';
import { forgetRememberedStrings, memoByKey, memoByString } from './stringMemo';

/** A copy with the same text that is not the same string object, as each parsed body gives. */
function copyOf(text: string): string {
  return `${text}x`.slice(0, -1);
}

describe('memoByString', () => {
  it('computes each distinct string once, whether it comes again at once, later, or as an equal copy', () => {
    const computed: string[] = [];
    const length = memoByString((value) => {
      computed.push(value);
      return { length: value.length };
    });
    const first = length('yyyy-MM-dd');
    assert.equal(length(copyOf('yyyy-MM-dd')), first);
    assert.deepEqual(length('GMT'), { length: 3 });
    assert.equal(length(copyOf('yyyy-MM-dd')), first);
    assert.deepEqual(computed, ['yyyy-MM-dd', 'GMT']);
  });

  it('remembers null and falsy results', () => {
    let calls = 0;
    const nothing = memoByString((value): string | null => {
      calls++;
      return value === '' ? '' : null;
    });
    assert.equal(nothing('a'), null);
    assert.equal(nothing('b'), null);
    assert.equal(nothing('a'), null);
    assert.equal(nothing(''), '');
    assert.equal(nothing('b'), null);
    assert.equal(nothing(''), '');
    assert.equal(calls, 3);
  });

  it('computes a string too long to remember every time, even twice in a row', () => {
    const long = 'x'.repeat(600);
    let calls = 0;
    const length = memoByString((value) => {
      calls++;
      return value.length;
    });
    assert.equal(length(long), 600);
    assert.equal(length(long), 600);
    assert.equal(calls, 2);
  });

  it('computes again what it remembered once strings are forgotten, the last one too', () => {
    const computed: string[] = [];
    const length = memoByString((value) => {
      computed.push(value);
      return value.length;
    });
    length('a');
    length('bb');
    forgetRememberedStrings();
    assert.equal(length('bb'), 2);
    assert.equal(length('a'), 1);
    assert.deepEqual(computed, ['a', 'bb', 'bb', 'a']);
  });

  it('starts a new generation when full and still answers alike', () => {
    const computed: string[] = [];
    const upper = memoByString((value) => {
      computed.push(value);
      return value.toUpperCase();
    }, 2);
    assert.deepEqual(['a', 'b', 'c', 'a', 'c'].map(upper), ['A', 'B', 'C', 'A', 'C']);
    // `c` opened the second generation: `a` was computed again, `c` kept.
    assert.deepEqual(computed, ['a', 'b', 'c', 'a']);
  });
});

describe('memoByKey', () => {
  it('computes once per key, for the same argument asked again at once or another argument with that key', () => {
    const computed: string[] = [];
    const wordCount = memoByKey((argument: { text: string }) => argument.text, (argument) => {
      computed.push(argument.text);
      return argument.text.split(' ').length;
    });
    const hello = { text: 'hello world' };
    assert.equal(wordCount(hello), 2);
    assert.equal(wordCount(hello), 2);
    assert.equal(wordCount({ text: copyOf('hello world') }), 2);
    assert.equal(wordCount({ text: 'one' }), 1);
    assert.equal(wordCount(hello), 2);
    assert.deepEqual(computed, ['hello world', 'one']);
  });
});
