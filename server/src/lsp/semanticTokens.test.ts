import assert from 'node:assert/strict';
import type { InitializeResult } from 'vscode-languageserver-protocol/node';
import { initializedServer, PUSH_CLIENT, rangeOf } from './testing/fixtures';
import { type InProcessServer, startInProcess } from './testing/inProcessServer';
import { SEMANTIC_TOKENS_LEGEND } from './semanticTokens';

const URI = 'file:///work/project/hubspot.instance.json';

const BODY = `{
  "element": {"key": "hubspot"},
  "configuration": {
    "event.poller.configuration": {
      "contacts": {
        "url": "/c?since=\${dateTimeZone:America/Chicago:yyyy-MM-dd'T'HH}&e=\${epoch:s}",
        "datesConfiguration": {"updatedDateFormat": "yyyy-MM-dd\\u0027T\\u0027HH", "createdDateFormat": "milliseconds"}
      }
    }
  }
}
`;

/** Each token as [line, character, the text it covers, its type], from the relative encoding. */
function decode(text: string, data: readonly number[]): [number, number, string, string][] {
  const lines = text.split('\n');
  const tokens: [number, number, string, string][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = data.slice(i, i + 5);
    assert.equal(modifiers, 0);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    tokens.push([line, character, lines[line].slice(character, character + length), SEMANTIC_TOKENS_LEGEND.tokenTypes[type]]);
  }
  return tokens;
}

describe('language server: semantic tokens', () => {
  let server: InProcessServer;
  afterEach(() => server.dispose());

  async function tokensOf(text: string): Promise<number[]> {
    server = await initializedServer(PUSH_CLIENT);
    await server.client.open(URI, text);
    return server.client.semanticTokens(URI);
  }

  it('advertises a legend of standard types only', async () => {
    server = startInProcess();
    const result: InitializeResult = await server.client.initialize(PUSH_CLIENT);
    assert.deepEqual(result.capabilities.semanticTokensProvider, {
      legend: { tokenTypes: ['function', 'namespace', 'parameter', 'variable', 'string'], tokenModifiers: [] },
      full: true,
    });
  });

  it('colours template descriptors, zones, arguments, pattern fields and quoted literals, in order', async () => {
    const data = await tokensOf(BODY);
    assert.deepEqual(decode(BODY, data), [
      [5, 27, 'dateTimeZone', 'function'],
      [5, 40, 'America/Chicago', 'namespace'],
      [5, 56, 'yyyy', 'variable'],
      [5, 61, 'MM', 'variable'],
      [5, 64, 'dd', 'variable'],
      [5, 66, "'T'", 'string'],
      [5, 69, 'HH', 'variable'],
      [5, 77, 'epoch', 'function'],
      [5, 83, 's', 'parameter'],
      [6, 53, 'yyyy', 'variable'],
      [6, 58, 'MM', 'variable'],
      [6, 61, 'dd', 'variable'],
      // The quoted literal covers the escapes that spell its quotes.
      [6, 63, '\\u0027T\\u0027', 'string'],
      [6, 76, 'HH', 'variable'],
    ]);
    assert.equal(data[0], rangeOf(BODY, 'dateTimeZone').start.line);
  });

  it('gives a descriptor CE does not know the variable type, as the grammar does', async () => {
    const text = '{"configuration": {"event.poller.configuration": {"c": {"url": "/x?a=${gmtdate}&b=${lastPoll:GMT}"}}}}';
    assert.deepEqual(decode(text, await tokensOf(text)).map(([, , token, type]) => [token, type]), [
      ['gmtdate', 'function'],
      ['lastPoll', 'variable'],
      // Unknown descriptor, unknown argument shape: no zone is read from it.
      ['GMT', 'parameter'],
    ]);
  });

  it('maps tokens through a stringified poller configuration', async () => {
    const text = '{"configuration": {"event.poller.configuration": "{\\"c\\": {\\"url\\": \\"/x?d=${gmtDate:\\u0027y\\u0027yy}\\"}}"}}';
    assert.deepEqual(decode(text, await tokensOf(text)), [
      [0, 77, 'gmtDate', 'function'],
      [0, 85, '\\u0027y\\u0027', 'string'],
      [0, 98, 'yy', 'variable'],
    ]);
  });

  it('has no tokens for other JSON', async () => {
    assert.deepEqual(await tokensOf('{"compilerOptions": {"format": "yyyy"}}'), []);
  });
});
