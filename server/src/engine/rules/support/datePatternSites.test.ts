import assert from 'node:assert/strict';
import { parseDatePattern, type DatePattern } from '../../embedded/datePattern';
import type { DatePatternRole, DatePatternSite } from '../../model/embeddedSites';
import { fieldsOf, perPattern } from './datePatternSites';
import { notAPattern } from './notAPattern';

/** A copy with the same text that is not the same string object, as each parsed body gives. */
function copyOf(text: string): string {
  return `${text}x`.slice(0, -1);
}

/** What notAPattern reads of a site. */
function siteOf(value: string, role: DatePatternRole): DatePatternSite {
  return { role, value, pattern: parseDatePattern(value) } as unknown as DatePatternSite;
}

describe('perPattern', () => {
  it('checks each distinct pattern once and gives every site with that pattern the same result', () => {
    const checked: string[] = [];
    const yearFields = perPattern((pattern) => {
      checked.push(pattern.source);
      return fieldsOf(pattern, 'y');
    });
    const first = yearFields(parseDatePattern('yyyy-MM-dd'));
    const again = yearFields(parseDatePattern(copyOf('yyyy-MM-dd')));
    const other = yearFields(parseDatePattern('yy/MM'));
    assert.equal(again, first);
    assert.deepEqual(first.map((field) => [field.start, field.end]), [[0, 4]]);
    assert.deepEqual(other.map((field) => [field.start, field.end]), [[0, 2]]);
    assert.deepEqual(checked, ['yyyy-MM-dd', 'yy/MM']);
  });

  it('checks a pattern too long to be remembered with that very pattern, every time', () => {
    const long = `yyyy${'-'.repeat(600)}MM`;
    const seen: DatePattern[] = [];
    const tokenCount = perPattern((pattern) => {
      seen.push(pattern);
      return pattern.tokens.length;
    });
    const pattern = parseDatePattern(long);
    assert.equal(tokenCount(pattern), 3);
    assert.equal(tokenCount(pattern), 3);
    assert.deepEqual(seen, [pattern, pattern]);
  });
});

describe('notAPattern', () => {
  it('classifies the same value apart as a format and as a template argument', () => {
    assert.deepEqual(notAPattern(siteOf('gmtDate:yyyy-MM-dd', 'updatedDateFormat')), {
      kind: 'template', descriptor: 'gmtDate', replacement: 'yyyy-MM-dd', zone: undefined, certain: true,
    });
    assert.equal(notAPattern(siteOf(copyOf('gmtDate:yyyy-MM-dd'), 'template')), undefined);
    assert.deepEqual(notAPattern(siteOf('Milliseconds', 'template')), { kind: 'description' });
    assert.deepEqual(notAPattern(siteOf(copyOf('Milliseconds'), 'legacy')), { kind: 'milliseconds' });
  });
});
