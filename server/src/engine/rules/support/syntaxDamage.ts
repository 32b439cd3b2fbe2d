import type { JsonTree } from '../../json/jsonTree';

/**
 * Whether the tree's shape can be trusted at `offset`. After a syntax error the tolerant parser
 * closes objects early (a `{% include %}` line inside `configuration` leaves the keys after it at
 * the top level), so "missing" and "misplaced" findings there would only echo invalid-json.
 */
export function isShapeReliableAt(tree: JsonTree, offset: number): boolean {
  return !tree.syntaxProblems.some((problem) => problem.start <= offset);
}

/** Whether a key that is missing is really missing, not lost to a syntax error. */
export function isAbsenceReliable(tree: JsonTree): boolean {
  return tree.syntaxProblems.length === 0;
}
