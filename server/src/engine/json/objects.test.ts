import assert from 'node:assert/strict';
import { parseTree } from 'jsonc-parser';
import { parseJson } from './jsonTree';
import { memberNamed, membersOf } from './objects';
import { DocumentText } from '../text/embeddedText';

function rootOf(text: string) {
  return parseJson(new DocumentText(text)).root;
}

describe('memberNamed', () => {
  it('finds the last member of that name, as JSON.parse keeps it', () => {
    const root = rootOf('{"a": 1, "b": 2, "a": 3}');
    assert.equal(memberNamed(root, 'a')?.valueNode?.value, 3);
    assert.equal(memberNamed(root, 'b')?.valueNode?.value, 2);
    assert.equal(memberNamed(root, 'c'), undefined);
  });

  it('finds the last member in an object too large to scan', () => {
    const entries = Array.from({ length: 20 }, (_, i) => `"k${i}": ${i}`);
    const root = rootOf(`{${entries.join(', ')}, "k3": "again"}`);
    assert.equal(memberNamed(root, 'k3')?.valueNode?.value, 'again');
    assert.equal(memberNamed(root, 'k19')?.valueNode?.value, 19);
    assert.equal(memberNamed(root, 'k20'), undefined);
  });

  it('gives nothing for a value that is not an object, or a key with no value yet', () => {
    assert.equal(memberNamed(rootOf('[1, 2]'), 'length'), undefined);
    assert.equal(memberNamed(undefined, 'a'), undefined);
    const broken = parseJson(new DocumentText('{"a": ')).root;
    assert.equal(memberNamed(broken, 'a')?.valueNode, undefined);
    assert.equal(memberNamed(broken, 'a')?.name, 'a');
  });

  it("reads a node of jsonc-parser's own tree alike", () => {
    const root = parseTree('{"a": 1, "b": {"c": true}, "a": 3}');
    assert.equal(memberNamed(root, 'a')?.valueNode?.value, 3);
    assert.deepEqual(membersOf(memberNamed(root, 'b')?.valueNode).map((member) => member.name), ['c']);
  });
});
