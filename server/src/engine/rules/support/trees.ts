import type { JsonTree } from '../../json/jsonTree';
import type { RuleContext } from '../rule';

export interface CheckedTree {
  readonly tree: JsonTree;
  /** Put before messages about JSON that is held in a string, to say where it is. */
  readonly where: string;
}

/**
 * Every JSON text the platform will parse: the document, and the JSON inside a stringified
 * `event.poller.configuration` (parsed by the platform in its turn).
 */
export function checkedTrees(context: RuleContext): CheckedTree[] {
  const trees: CheckedTree[] = [{ tree: context.tree, where: '' }];
  const poller = context.body?.pollerConfiguration;
  if (poller?.form === 'string') {
    trees.push({ tree: poller.tree, where: 'In the JSON string of event.poller.configuration: ' });
  }
  return trees;
}
