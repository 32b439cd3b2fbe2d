import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Node } from 'jsonc-parser';
import { type JsonTree, parseJson, parseJsonTolerantly, StrictTreeReader } from './jsonTree';
import { DocumentText } from '../text/embeddedText';
import { corpusBodies, exampleBodies } from '../../../../test/robustness/support/bodies';

/**
 * Every field of every node, with parents and list entries named by their place in the tree, so
 * that two trees compare equal exactly when a rule could not tell them apart.
 */
function describeTree(tree: JsonTree): unknown {
  const places = new Map<Node, string>();
  const nodes: unknown[] = [];
  const visit = (node: Node, place: string) => {
    places.set(node, place);
    nodes.push({
      place,
      type: node.type,
      offset: node.offset,
      length: node.length,
      value: node.value,
      colonOffset: node.colonOffset,
      children: node.children?.length,
      parent: node.parent ? places.get(node.parent) : undefined,
    });
    node.children?.forEach((child, index) => visit(child, `${place}/${index}`));
  };
  if (tree.root) visit(tree.root, '');
  return {
    nodes,
    objects: tree.objects.map((node) => places.get(node)),
    stringValues: tree.stringValues.map((node) => places.get(node)),
    syntaxProblems: tree.syntaxProblems,
    comments: tree.comments,
    trailingCommas: tree.trailingCommas,
    pathPrefix: tree.pathPrefix,
  };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The strict reader must take every text JSON.parse takes (or the fast path is lost without a
 * trace) and no other (or a problem goes unreported); both readers must then build one tree.
 */
function assertSameTrees(text: string, deeperThanTheStrictReaderGoes = false): void {
  const shown = JSON.stringify(text.slice(0, 200));
  const strict = new StrictTreeReader(text).read() !== undefined;
  assert.equal(strict, isJson(text) && !deeperThanTheStrictReaderGoes, `the strict reader ${strict ? 'takes' : 'refuses'} ${shown}`);
  const fast = parseJson(new DocumentText(text));
  const tolerant = parseJsonTolerantly(new DocumentText(text));
  assert.deepEqual(describeTree(fast), describeTree(tolerant), `trees differ for ${shown}`);
}

/** Mostly `valid`, now and then `invalid`: most texts are JSON (the fast path), many are not (the fallback). */
function nearly(valid: fc.Arbitrary<string>, invalid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: invalid, weight: 1 });
}

/** Pieces of string content, escaped or raw: escapes of every kind, surrogates, control characters. */
const stringPiece = nearly(
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 4 }).map((raw) => raw.replace(/["\\\u0000-\u001f]/g, '')),
    fc.constantFrom('\\"', '\\\\', '\\/', '\\b', '\\f', '\\n', '\\r', '\\t'),
    fc.tuple(fc.integer({ min: 0, max: 0xffff }), fc.boolean()).map(([code, upper]) => {
      const hex = code.toString(16).padStart(4, '0');
      return `\\u${upper ? hex.toUpperCase() : hex}`;
    }),
    fc.constantFrom('\\ud83d\\ude00', '\\uD800', '\\udfff', '\ud800', '\udc00', '😀', 'é', '\u2028', '\u00a0', '\ufeff', '\u007f'),
  ),
  fc.constantFrom('\t', '\n', '\r', '\u0000', '\u001f', '\\x', '\\U0041', '\\u12', '\\u12g4', "\\'", '\\'),
);
const awkwardString = fc.array(stringPiece, { maxLength: 4 }).map((pieces) => `"${pieces.join('')}"`);
/** Numbers in JSON's spellings and in spellings near them that JSON refuses. */
const awkwardNumber = fc
  .tuple(
    nearly(fc.constantFrom('', '-'), fc.constant('+')),
    nearly(fc.constantFrom('0', '1', '7', '10', '123456789012345678901'), fc.constantFrom('00', '01', '')),
    nearly(fc.constantFrom('', '.5', '.05', '.0'), fc.constantFrom('.', '.x')),
    nearly(fc.constantFrom('', 'e5', 'E5', 'e+5', 'E-05', 'e400', 'e-400'), fc.constantFrom('e', 'E+', 'e-', 'x')),
  )
  .map((parts) => parts.join(''));
const literal = nearly(fc.constantFrom('true', 'false', 'null'), fc.constantFrom('nul', 'truex', 'null1', 'True'));
const space = nearly(fc.constantFrom('', ' ', '\n  ', '\r\n', '\t'), fc.constantFrom('\u00a0', '\ufeff', '\u2028', '\v', '/**/'));
const { awkwardValue } = fc.letrec<{ awkwardValue: string; container: string }>((tie) => ({
  awkwardValue: fc.oneof({ depthSize: 'small', withCrossShrink: true }, awkwardString, awkwardNumber, literal, { arbitrary: tie('container'), weight: 3 }),
  container: fc.oneof(
    fc.array(fc.tuple(space, tie('awkwardValue'), space), { maxLength: 4 }).map((entries) => `[${entries.map((entry) => entry.join('')).join(',')}]`),
    fc.array(fc.tuple(space, awkwardString, space, tie('awkwardValue'), space), { maxLength: 4 })
      .map((entries) => `{${entries.map(([before, key, aroundColon, value, after]) => `${before}${key}${aroundColon}:${aroundColon}${value}${after}`).join(',')}}`),
  ),
}));

describe('parseJson: the strict reader builds the tolerant reader\'s tree', () => {
  it('for every example (strict or not)', () => {
    const bodies = exampleBodies();
    assert.ok(bodies.length >= 5, `found ${bodies.length} examples`);
    for (const body of bodies) assertSameTrees(body.text);
  });

  it('for every body of the corpus (strict or not)', function () {
    const bodies = corpusBodies();
    if (bodies.length === 0) this.skip(); // ../shared/corpus is not beside this clone
    for (const body of bodies) assertSameTrees(body.text);
  });

  it('for random JSON in any layout, escapes and number spellings included', () => {
    const layouts: ((value: unknown) => string)[] = [
      (value) => JSON.stringify(value),
      (value) => JSON.stringify(value, null, 2),
      (value) => JSON.stringify(value, null, '\t').replace(/\n/g, '\r\n'),
      // Escapes JSON.stringify never writes: \/ and \u for plain letters.
      (value) => JSON.stringify(value, null, 1).replace(/a/g, '\\u0061').replace(/\//g, '\\/'),
    ];
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.nat(layouts.length - 1), (value, layout) => {
        assertSameTrees(layouts[layout](value));
      }),
      { numRuns: 400, seed: 20261129 },
    );
  });

  it('for awkward strings, numbers, literals and white space, JSON or nearly', () => {
    fc.assert(
      fc.property(space, awkwardValue, space, (before, value, after) => {
        assertSameTrees(`${before}${value}${after}`);
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });

  it('for random JSON with any characters in its strings', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }), (value) => {
        assertSameTrees(JSON.stringify(value));
      }),
      { numRuns: 300, seed: 20261131 },
    );
  });

  for (const [what, text] of [
    ['numbers in every spelling', '[0, -0, 1.5, -2e10, 3E-2, 1e400, 12345678901234567890]'],
    ['empty containers and literals', '{"a": {}, "b": [], "c": null, "d": true, "e": false, "": ""}'],
    ['repeated keys', '{"a": 1, "a": 2, "a": {"a": [1, {"a": 3}]}}'],
    ['a key that is a prototype name', '{"__proto__": {"constructor": 1}}'],
    ['white space JSON does not define', '{\u00a0"a":\u2028 1}'],
  ]) {
    it(`for ${what}`, () => assertSameTrees(text));
  }

  // Each must leave the strict reader for the tolerant one, which reports (or accepts) it.
  for (const [what, text] of [
    ['a comment', '{"a": 1 // one\n}'],
    ['a block comment', '/* x */ {"a": 1}'],
    ['a trailing comma in an object', '{"a": 1,}'],
    ['a trailing comma in an array', '[1, 2,]'],
    ['a byte order mark', '\ufeff{"a": 1}'],
    ['a missing comma', '{"a": 1 "b": 2}'],
    ['a missing value', '{"a": }'],
    ['a bare word', '{"a": yes}'],
    ['an unterminated string', '{"a": "b}'],
    ['a bad escape', '{"a": "\\x"}'],
    ['a control character in a string', '{"a": "b\tc"}'],
    ['a number cut short', '[1.]'],
    ['a leading zero', '[01]'],
    ['a second value', '{} {}'],
    ['nothing at all', '  '],
    ['an unclosed object', '{"a": [1, 2]'],
    ['single quotes', "{'a': 1}"],
  ]) {
    it(`for ${what}`, () => assertSameTrees(text));
  }

  it('for nesting deeper than the strict reader goes', () => assertSameTrees(`${'['.repeat(300)}${']'.repeat(300)}`, true));
});
