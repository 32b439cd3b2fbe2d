import type { Node } from 'jsonc-parser';
import { membersOf, type Member } from '../json/objects';
import { LineIndex } from '../text/lineIndex';
import { jsonRule } from './rule';
import { removeMember } from './support/edits';
import { checkedTrees } from './support/trees';

/** JSON parsers keep the last of two equal keys without a word: the first value is silently lost. */
export default jsonRule(
  {
    id: 'no-duplicate-keys',
    severity: 'error',
    description: 'A key appears twice in one object; the API keeps only the last value.',
    fixable: 'suggestion',
  },
  (context) => {
    let lines: LineIndex | undefined;
    for (const { tree, where } of checkedTrees(context)) {
      for (const object of objectsOf(tree.root)) {
        const seen = new Map<string, Member>();
        let positions: Map<Node, number> | undefined;
        for (const member of membersOf(object)) {
          const earlier = seen.get(member.name);
          seen.set(member.name, member);
          if (!earlier) continue;
          positions ??= new Map(object.children!.map((child, i) => [child, i]));
          lines ??= new LineIndex(context.tree.layer.text);
          const earlierLine = lines.position(tree.layer.documentOffset(earlier.keyNode.offset)).line + 1;
          context.report({
            range: tree.range(member.keyNode),
            path: tree.path(member.keyNode),
            message: `${where}Duplicate key '${member.name}': only this last value counts; the one on line ${earlierLine} is ignored. Keep one of them.`,
            suggestions: [{ title: `Remove the earlier '${member.name}' (line ${earlierLine})`, edits: [removeMember(tree, earlier, positions.get(earlier.node))] }],
          });
        }
      }
    }
  },
);

/** Every object in the tree, without recursion (nesting can be deep). */
function* objectsOf(root: Node | undefined): Generator<Node> {
  const stack = root ? [root] : [];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'object') yield node;
    // One push at a time: spreading 100,000 children into one call overflows the stack.
    for (const child of node.children ?? []) stack.push(child);
  }
}
