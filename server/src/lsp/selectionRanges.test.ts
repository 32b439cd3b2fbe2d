import assert from 'node:assert/strict';
import type { Position, SelectionRange } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../engine';
import { initializedServer, positionOf, PUSH_CLIENT } from './testing/fixtures';
import type { InProcessServer } from './testing/inProcessServer';

const URI = 'file:///work/project/hubspot.instance.json';

const BODY = `{
  "configuration": {
    "event.poller.configuration": {
      "contacts": {
        "url": "/c?since=\${gmtDate:yyyy-MM-dd'T'HH}",
        "datesConfiguration": {"updatedDateFormat": "yyyy\\u0027T\\u0027"}
      }
    }
  }
}
`;

/** The text of each range, innermost first. */
function chain(text: string, selection: SelectionRange | undefined): string[] {
  const lines = new LineIndex(text);
  const texts: string[] = [];
  for (let range = selection; range; range = range.parent) {
    texts.push(text.slice(lines.offset(range.range.start), lines.offset(range.range.end)));
  }
  return texts;
}

describe('language server: selection ranges', () => {
  let server: InProcessServer;
  afterEach(() => server.dispose());

  async function chainsAt(text: string, positions: Position[]): Promise<string[][]> {
    server = await initializedServer(PUSH_CLIENT);
    await server.client.open(URI, text);
    return (await server.client.selectionRanges(URI, positions)).map((selection) => chain(text, selection));
  }

  it('grows from a pattern token through the template and the string out to the body', async () => {
    const [inMonth] = await chainsAt(BODY, [positionOf(BODY, 'MM-dd')]);
    const contacts = BODY.slice(BODY.indexOf('{', BODY.indexOf('"contacts"')), BODY.indexOf('}\n    }') + 1);
    const configuration = BODY.slice(BODY.indexOf('{', BODY.indexOf('"configuration"')), BODY.lastIndexOf('}\n}') + 1);
    const poller = BODY.slice(BODY.indexOf('{', BODY.indexOf('"event.poller')), BODY.indexOf('}\n  }') + 1);
    assert.deepEqual(inMonth, [
      'MM',
      "yyyy-MM-dd'T'HH",
      "${gmtDate:yyyy-MM-dd'T'HH}",
      "/c?since=${gmtDate:yyyy-MM-dd'T'HH}",
      `"/c?since=\${gmtDate:yyyy-MM-dd'T'HH}"`,
      `"url": "/c?since=\${gmtDate:yyyy-MM-dd'T'HH}"`,
      contacts,
      `"contacts": ${contacts}`,
      poller,
      `"event.poller.configuration": ${poller}`,
      configuration,
      `"configuration": ${configuration}`,
      BODY.trimEnd(),
    ]);
  });

  it('steps through the descriptor of a template and the escapes of a quoted literal', async () => {
    const [inDescriptor, inLiteral] = await chainsAt(BODY, [positionOf(BODY, 'gmtDate', 2), positionOf(BODY, '\\u0027T', 3)]);
    assert.deepEqual(inDescriptor.slice(0, 3), ['gmtDate', "${gmtDate:yyyy-MM-dd'T'HH}", "/c?since=${gmtDate:yyyy-MM-dd'T'HH}"]);
    assert.deepEqual(inLiteral.slice(0, 4), ['\\u0027T\\u0027', 'yyyy\\u0027T\\u0027', '"yyyy\\u0027T\\u0027"', '"updatedDateFormat": "yyyy\\u0027T\\u0027"']);
  });

  it('goes into the JSON of a stringified poller configuration, then out through the string', async () => {
    const text = '{"configuration": {"event.poller.configuration": "{\\"c\\": {\\"url\\": \\"/x?d=${gmtDate:yy}\\"}}"}}';
    const [inPattern] = await chainsAt(text, [positionOf(text, 'yy}')]);
    const inner = '{\\"c\\": {\\"url\\": \\"/x?d=${gmtDate:yy}\\"}}';
    assert.deepEqual(inPattern, [
      'yy',
      '${gmtDate:yy}',
      '/x?d=${gmtDate:yy}',
      '\\"/x?d=${gmtDate:yy}\\"',
      '\\"url\\": \\"/x?d=${gmtDate:yy}\\"',
      '{\\"url\\": \\"/x?d=${gmtDate:yy}\\"}',
      '\\"c\\": {\\"url\\": \\"/x?d=${gmtDate:yy}\\"}',
      inner,
      `"${inner}"`,
      `"event.poller.configuration": "${inner}"`,
      `{"event.poller.configuration": "${inner}"}`,
      `"configuration": {"event.poller.configuration": "${inner}"}`,
      text,
    ]);
  });

  it('stops at the key of a member', async () => {
    const [inKey] = await chainsAt(BODY, [positionOf(BODY, 'configuration"', 2)]);
    assert.deepEqual(inKey.slice(0, 3), ['configuration', '"configuration"', BODY.slice(BODY.indexOf('"configuration"'), BODY.lastIndexOf('}\n}') + 1)]);
  });

  it('has no selection ranges for other JSON', async () => {
    assert.deepEqual(await chainsAt('{"compilerOptions": {}}', [{ line: 0, character: 3 }]), []);
  });
});
