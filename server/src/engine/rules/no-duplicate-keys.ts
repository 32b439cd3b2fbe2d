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
      for (const object of tree.objects) {
        const members = membersOf(object);
        const earlierOf = members.length <= SMALL_OBJECT ? lookBack : withMap();
        let positions: Map<Node, number> | undefined;
        for (let i = 0; i < members.length; i++) {
          const member = members[i];
          const earlier = earlierOf(members, i);
          if (!earlier) continue;
          positions ??= new Map(object.children!.map((child, index) => [child, index]));
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

/** The nearest earlier member with the same name as `members[index]`; called for each index in turn. */
type EarlierNamesake = (members: readonly Member[], index: number) => Member | undefined;

// Objects in instance bodies are small: looking back beats a map per object.
const SMALL_OBJECT = 32;

const lookBack: EarlierNamesake = (members, index) => {
  const name = members[index].name;
  for (let i = index - 1; i >= 0; i--) if (members[i].name === name) return members[i];
  return undefined;
};

/** For a large object (100,000 keys must not take quadratic time). */
function withMap(): EarlierNamesake {
  const seen = new Map<string, Member>();
  return (members, index) => {
    const member = members[index];
    const earlier = seen.get(member.name);
    seen.set(member.name, member);
    return earlier;
  };
}
