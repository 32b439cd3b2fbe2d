import { getNodeValue } from 'jsonc-parser';
import { parseJson, type JsonNode } from '../engine/json/jsonTree';
import { DocumentText } from '../engine/text/embeddedText';
import { LineIndex } from '../engine/text/lineIndex';
import { ConfigError, type SourcePosition } from './configError';

/** A strict JSON document (a config or a schema) whose nodes can be located for messages. */
export class StrictJson {
  private constructor(
    readonly source: string,
    readonly root: JsonNode,
    private readonly lines: LineIndex,
  ) {}

  /**
   * Parses `text`, read from `source`. Config and schema files are strict JSON: the first syntax
   * error, comment, trailing comma or duplicate key is a ConfigError at its line and column.
   */
  static parse(text: string, source: string): StrictJson {
    const tree = parseJson(new DocumentText(text));
    const lines = new LineIndex(text);
    const issues = [
      ...tree.syntaxProblems.map((problem) => ({ start: problem.start, detail: problem.message })),
      ...tree.comments.map(({ start }) => ({ start, detail: 'Comments are not allowed: the file must be strict JSON. Remove the comment.' })),
      ...tree.trailingCommas.map(({ start }) => ({ start, detail: 'Trailing commas are not allowed: the file must be strict JSON. Remove the comma.' })),
    ].sort((a, b) => a.start - b.start);
    const at = (offset: number) => toPosition(lines, offset);
    if (issues.length > 0) throw new ConfigError(issues[0].detail, source, at(issues[0].start));
    if (!tree.root) throw new ConfigError('Expected a value.', source, at(0));
    const duplicate = firstDuplicateKey(tree.root);
    if (duplicate) {
      throw new ConfigError(`Duplicate key "${duplicate.value}": only one would take effect. Remove one of them.`, source, at(duplicate.offset));
    }
    return new StrictJson(source, tree.root, lines);
  }

  position(node: JsonNode): SourcePosition {
    return toPosition(this.lines, node.offset);
  }

  value(node: JsonNode = this.root): unknown {
    return getNodeValue(node);
  }

  error(node: JsonNode, detail: string): ConfigError {
    return new ConfigError(detail, this.source, this.position(node));
  }
}

function toPosition(lines: LineIndex, offset: number): SourcePosition {
  const { line, character } = lines.position(offset);
  return { line: line + 1, column: character + 1 };
}

/** The key node of the first repeated key, in document order. */
function firstDuplicateKey(node: JsonNode): JsonNode | undefined {
  let found: JsonNode | undefined;
  const visit = (current: JsonNode) => {
    if (current.type === 'object') {
      const seen = new Set<string>();
      for (const property of current.children ?? []) {
        const key = property.children?.[0];
        if (!key) continue;
        if (seen.has(key.value) && (!found || key.offset < found.offset)) found = key;
        seen.add(key.value);
      }
    }
    for (const child of current.children ?? []) visit(child);
  };
  visit(node);
  return found;
}
