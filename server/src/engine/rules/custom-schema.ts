import { getNodeValue, type Node } from 'jsonc-parser';
import { memberNamed } from '../json/objects';
import type { JsonPath } from '../types';
import { jsonRule } from './rule';

/**
 * The team's own conventions, as JSON Schemas named in the config (`schemas`). The loader compiles
 * them; this rule validates the parsed document and puts each problem where it belongs.
 */
export default jsonRule(
  {
    id: 'custom-schema',
    severity: 'error',
    description: "The file breaks a team JSON Schema named in the config's 'schemas'.",
    fixable: 'none',
  },
  (context) => {
    const { tree, schemaChecks } = context;
    // A broken text has no value to validate; invalid-json reports it.
    if (schemaChecks.length === 0 || !tree.root || tree.syntaxProblems.length > 0) return;
    const value: unknown = getNodeValue(tree.root);
    for (const check of schemaChecks) {
      const name = baseName(check.source);
      for (const problem of check.validate(value)) {
        const { node, key } = locate(tree.root, problem.path);
        const at = problem.target === 'key' && key ? key : node;
        context.report({ range: tree.range(at), path: tree.path(at), message: `${name}: ${problem.message}` });
      }
    }
  },
);

/**
 * The node at `path`, or the deepest one that exists on the way (a missing property is reported on
 * the object that lacks it), and its key when it is a member's value. Duplicate keys resolve to the
 * last member, the one the parsed value holds.
 */
function locate(root: Node, path: JsonPath): { node: Node; key: Node | undefined } {
  let node = root;
  let key: Node | undefined;
  for (const part of path) {
    let next: Node | undefined;
    let nextKey: Node | undefined;
    if (typeof part === 'string' && node.type === 'object') {
      const member = memberNamed(node, part);
      next = member?.valueNode;
      nextKey = member?.keyNode;
    } else if (typeof part === 'number' && node.type === 'array') {
      next = node.children?.[part];
    }
    // The key only stands for the path when the path leads all the way.
    if (!next) return { node, key: undefined };
    node = next;
    key = nextKey;
  }
  return { node, key };
}

/** `team.schema.json` for a path or a URL, without folders, query or fragment. */
function baseName(source: string): string {
  // search, not /[?#].*$/, which retries from every `?` of a long line (quadratic).
  const cut = source.search(/[?#]/);
  const withoutQuery = cut < 0 ? source : source.slice(0, cut);
  const name = withoutQuery.slice(Math.max(withoutQuery.lastIndexOf('/'), withoutQuery.lastIndexOf('\\')) + 1);
  return name || source;
}
