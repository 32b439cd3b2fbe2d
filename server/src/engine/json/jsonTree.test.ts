import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Node } from 'jsonc-parser';
import { type JsonTree, parseJson, parseJsonTolerantly } from './jsonTree';
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

function assertSameTrees(text: string): void {
  const fast = parseJson(new DocumentText(text));
  const tolerant = parseJsonTolerantly(new DocumentText(text));
  assert.deepEqual(describeTree(fast), describeTree(tolerant), `trees differ for ${JSON.stringify(text.slice(0, 200))}`);
}

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
    ['nesting deeper than the strict reader goes', `${'['.repeat(300)}${']'.repeat(300)}`],
  ]) {
    it(`for ${what}`, () => assertSameTrees(text));
  }
});
