import assert from 'node:assert/strict';
import { type ClientCapabilities, type DocumentSymbol, type SymbolInformation, SymbolKind } from 'vscode-languageserver-protocol/node';
import { initializedServer, PUSH_CLIENT, rangeOf } from './testing/fixtures';
import type { InProcessServer } from './testing/inProcessServer';

const URI = 'file:///work/project/hubspot.instance.json';
const HIERARCHICAL_CLIENT: ClientCapabilities = { ...PUSH_CLIENT, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } };

const BODY = `{
  "element": {"key": "hubspot"},
  "configuration": {
    "event.vendor.type": "polling",
    "event.poller.configuration": {
      "contacts": {
        "url": "/hubs/crm/contacts",
        "idField": "id",
        "datesConfiguration": {"updatedDateFormat": "milliseconds"}
      }
    }
  },
  "tags": ["a"]
}
`;

type Shape = [name: string, kind: SymbolKind, children?: Shape[]];

/** Names and kinds, nested as the outline nests them. */
function shape(symbols: readonly DocumentSymbol[]): Shape[] {
  return symbols.map((symbol) => (symbol.children?.length ? [symbol.name, symbol.kind, shape(symbol.children)] : [symbol.name, symbol.kind]));
}

function named(symbols: readonly DocumentSymbol[], ...path: string[]): DocumentSymbol {
  let found: DocumentSymbol | undefined;
  let level = symbols;
  for (const name of path) {
    found = level.find((symbol) => symbol.name === name);
    assert.ok(found, `a symbol ${path.join(' > ')}`);
    level = found.children ?? [];
  }
  return found!;
}

describe('language server: document symbols', () => {
  let server: InProcessServer;
  afterEach(() => server.dispose());

  async function symbolsOf(text: string, capabilities = HIERARCHICAL_CLIENT): Promise<DocumentSymbol[] | SymbolInformation[]> {
    server = await initializedServer(capabilities);
    await server.client.open(URI, text);
    return server.client.documentSymbols(URI);
  }

  it('outlines the body: element, configuration keys, and the resources with their fields', async () => {
    const symbols = (await symbolsOf(BODY)) as DocumentSymbol[];
    assert.deepEqual(shape(symbols), [
      ['element', SymbolKind.Module, [['key', SymbolKind.String]]],
      ['configuration', SymbolKind.Module, [
        ['event.vendor.type', SymbolKind.String],
        ['event.poller.configuration', SymbolKind.Module, [
          ['contacts', SymbolKind.Module, [
            ['url', SymbolKind.String],
            ['idField', SymbolKind.String],
            ['datesConfiguration', SymbolKind.Module, [['updatedDateFormat', SymbolKind.String]]],
          ]],
        ]],
      ]],
      ['tags', SymbolKind.Array],
    ]);
    const contacts = named(symbols, 'configuration', 'event.poller.configuration', 'contacts');
    assert.deepEqual(contacts.selectionRange, rangeOf(BODY, '"contacts"'));
    const start = BODY.indexOf('"contacts"');
    assert.deepEqual(contacts.range, rangeOf(BODY, BODY.slice(start, BODY.indexOf('}\n    }', start) + 1)));
  });

  it('maps the resources of a stringified poller configuration into the string', async () => {
    const text = '{"configuration": {"event.poller.configuration": "{\\"c\\": {\\"url\\": \\"/x\\u0027\\", \\"idField\\": \\"id\\"}}"}}';
    const symbols = (await symbolsOf(text)) as DocumentSymbol[];
    const poller = named(symbols, 'configuration', 'event.poller.configuration');
    assert.equal(poller.detail, 'JSON in a string');
    assert.deepEqual(shape([poller]), [
      ['event.poller.configuration', SymbolKind.String, [['c', SymbolKind.Module, [['url', SymbolKind.String], ['idField', SymbolKind.String]]]]],
    ]);
    const resource = named(poller.children!, 'c');
    assert.deepEqual(resource.selectionRange, rangeOf(text, '\\"c\\"'));
    assert.deepEqual(named(resource.children!, 'url').range, rangeOf(text, '\\"url\\": \\"/x\\u0027\\"'));
  });

  it('gives a flat list naming each container to clients without nested symbols', async () => {
    const symbols = (await symbolsOf(BODY, PUSH_CLIENT)) as SymbolInformation[];
    assert.deepEqual(symbols.slice(0, 5).map((symbol) => [symbol.name, symbol.containerName]), [
      ['element', undefined],
      ['key', 'element'],
      ['configuration', undefined],
      ['event.vendor.type', 'configuration'],
      ['event.poller.configuration', 'configuration'],
    ]);
    assert.deepEqual(symbols[1].location, { uri: URI, range: rangeOf(BODY, '"key": "hubspot"') });
  });

  it('has no outline for other JSON', async () => {
    assert.deepEqual(await symbolsOf('{"compilerOptions": {"strict": true}}'), []);
  });
});
