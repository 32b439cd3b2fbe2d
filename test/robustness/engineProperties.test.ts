import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixText, lintText } from '../../server/src/engine';
import { corpusBodies, exampleBodies, type NamedBody } from './support/bodies';
import { editedBody } from './support/textEdits';
import { assertFixesSound, assertNoInternalErrors, assertRangesInside, parsesCleanly } from './support/findingChecks';

/**
 * Random edits of real bodies (the examples and ../shared/corpus): characters and JSON tokens
 * inserted, deleted and replaced. Fixed seeds keep CI deterministic; fast-check prints the seed,
 * the path and the counterexample when a property fails.
 */
const SEED = 20_240_606;

describe('robustness: the engine on randomly edited bodies', function () {
  this.timeout(60_000);
  const examples = exampleBodies();
  const corpus = corpusBodies();

  it('has bodies to edit', () => {
    assert.ok(examples.length >= 6, `only ${examples.length} examples`);
  });

  for (const [source, bodies] of [['the examples', examples], ['the corpus', corpus]] as [string, NamedBody[]][]) {
    describe(`edits of ${source}`, () => {
      before(function () {
        if (bodies.length === 0) this.skip(); // ../shared/corpus is not beside this clone
      });

      it('lintText never throws, no rule fails, and every range lies inside the document', () => {
        fc.assert(
          fc.property(editedBody(bodies), ({ text }) => {
            const result = lintText(text);
            assertNoInternalErrors(result);
            assertRangesInside(text, result);
          }),
          { seed: SEED, numRuns: 500 },
        );
      });

      it('every fix and suggestion of a body that parses leaves JSON that parses, without a new finding of its rule there', () => {
        fc.assert(
          fc.property(editedBody(bodies, 2), ({ text }) => assertFixesSound(text)),
          { seed: SEED, numRuns: 300 },
        );
      });

      it('applying all safe fixes again and again reaches a fixed point, and never breaks JSON that parsed', () => {
        fc.assert(
          fc.property(editedBody(bodies), ({ text }) => {
            const once = fixText(text);
            assertNoInternalErrors(once.result);
            const twice = fixText(once.text);
            assert.equal(twice.text, once.text, 'a second --fix changed the text again');
            assert.equal(twice.fixed.length, 0);
            // On broken JSON a pass that would parse worse is refused, so safe fixes may stay; on JSON that parses none may.
            if (!parsesCleanly(text)) return;
            assert.ok(parsesCleanly(once.text), `--fix broke JSON that parsed:\n${once.text}`);
            assert.deepEqual(once.result.findings.filter((finding) => finding.fix).map((finding) => finding.ruleId), [], `safe fixes are left after fixing:\n${once.text}`);
          }),
          { seed: SEED, numRuns: 300 },
        );
      });
    });
  }

  describe('cases the fuzzing found (shrunk by hand; each failed once)', () => {
    const inPoller = (pattern: string) =>
      JSON.stringify({
        element: { key: 'box' },
        configuration: {
          'event.notification.enabled': true,
          'event.vendor.type': 'polling',
          'event.notification.callback.url': 'https://hooks.example.com/ce',
          'event.poller.configuration': { contacts: { url: '/hubs/crm/contacts', idField: 'id', datesConfiguration: { updatedDateField: 'u', updatedDateFormat: pattern, createdDateField: 'c', createdDateFormat: 'yyyy' } } },
        },
      }, null, 2);

    it('an unterminated block comment at the very end: every range ends inside the text', () => {
      for (const text of ['{"a": 1\n/*', '{"a": 1}\n/*', '/*', '{"a": /*']) {
        const result = lintText(text);
        assertNoInternalErrors(result);
        assertRangesInside(text, result);
      }
    });

    it("'yyyy-M:mm:ss': replacing M by m must not bring the opposite finding at the same letter", () => {
      assertFixesSound(inPoller('yyyy-M:mm:ss'));
    });

    it('a broken stringified poller configuration: no "add the key" suggestion lands outside its object', () => {
      const stringified = (inner: string) =>
        JSON.stringify({ element: { key: 'box' }, configuration: { 'event.notification.enabled': true, 'event.vendor.type': 'polling', 'event.poller.configuration': inner } }, null, 2);
      assertFixesSound(stringified('{"contacts":{"url":"/hubs/crm/contacts","idFiel]:"Id","datesConfiguration":{"updatedDateField":"m","updatedDateFormat":"yyyy-MM-dd"}}}'));
      assertFixesSound(stringified(`{"contacts":{"url":"/hubs/crm/contacts","idField":"Id","datesConfiguration":{"updatedDateField":"m","updatedDateFormat":"yyyy-MM-dd'T'HH:mm:ss.SSSS,"createdDateField":"c","createdDateFormat":"yyyy"}}}`));
    });

    it("'yyyy-MM-dd'TTHH:mm:ssXXX': closing the quote after the first T must not leave the second T illegal", () => {
      assertFixesSound(inPoller("yyyy-MM-dd'TTHH:mm:ssXXX"));
    });
  });
});
