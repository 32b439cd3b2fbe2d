/**
 * The protocol trace (`ceInstance.trace.server`) goes to the output channel, and its messages
 * carry the documents: an instance body holds passwords, API secrets and tokens. So every string
 * in a traced message is replaced by its length, except for the few fields that name things
 * rather than quote them (URIs, methods, rule codes, kinds). Positions, numbers, booleans and the
 * message's shape stay, which is what a trace is read for.
 */

/** Fields whose string values never come from a document's text or a setting's value. */
const NAMING_FIELDS: ReadonlySet<string> = new Set([
  'uri',
  'rootUri',
  'rootPath',
  'name',
  'method',
  'languageId',
  'kind',
  'source',
  'code',
  'href',
  'scopeUri',
  'section',
  'identifier',
  'resultId',
  'previousResultId',
  'triggerCharacter',
  'id',
  'type',
]);

/** How the trace labels the JSON that follows the first line (vscode-jsonrpc's tracer). */
const DATA_LABEL = /(^|\n)(Params|Result|Error data): /;

/** vscode-jsonrpc puts a failed request's error message in the first line; it can quote the document. */
const FAILED_REQUEST = /(Request failed: )[^\n]*?( \(-?\d+\)\.?)?(?=\n|$)/;

export function redactTrace(message: string): string {
  const label = DATA_LABEL.exec(message);
  if (!label) return wholeJson(message) ?? withoutErrorText(message);
  const dataStart = label.index + label[0].length;
  const head = withoutErrorText(message.slice(0, dataStart));
  const data = message.slice(dataStart);
  try {
    const indent = data.includes('\n') ? 4 : undefined;
    return head + JSON.stringify(redactValue(JSON.parse(data), undefined), null, indent);
  } catch {
    return `${head}[not shown: it may quote a document]`;
  }
}

function withoutErrorText(line: string): string {
  return line.replace(FAILED_REQUEST, (_, lead: string, code: string | undefined) => `${lead}[message not shown]${code ?? ''}`);
}

/** A trace in the JSON format is one JSON object per message. */
function wholeJson(message: string): string | undefined {
  if (!message.startsWith('{')) return undefined;
  try {
    return JSON.stringify(redactValue(JSON.parse(message), undefined));
  } catch {
    return undefined;
  }
}

function redactValue(value: unknown, field: string | undefined): unknown {
  if (typeof value === 'string') return field !== undefined && NAMING_FIELDS.has(field) ? value : redacted(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, field));
  if (typeof value === 'object' && value !== null) {
    // Keys are protocol field names (or URIs in a WorkspaceEdit's `changes`), never document text.
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, key)]));
  }
  return value;
}

function redacted(text: string): string {
  return `<${text.length} characters>`;
}
