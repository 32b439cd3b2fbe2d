import assert from 'node:assert/strict';
import { initializedServer, PUSH_CLIENT } from './testing/fixtures';
import type { InProcessServer } from './testing/inProcessServer';

const URI = 'file:///work/project/hubspot.instance.json';

describe('language server: folding ranges', () => {
  let server: InProcessServer;
  afterEach(() => server.dispose());

  async function foldsOf(text: string): Promise<[number, number][]> {
    server = await initializedServer(PUSH_CLIENT);
    await server.client.open(URI, text);
    return (await server.client.foldingRanges(URI)).map((range) => [range.startLine, range.endLine]);
  }

  it('folds objects and arrays over several lines, leaving a closing bracket on its own line in sight', async () => {
    const text = [
      '{', //                                  0
      '  "element": {"key": "hubspot"},', //   1: one line, no fold
      '  "configuration": {', //               2
      '    "event.vendor.type": "polling"', // 3
      '  },', //                               4
      '  "tags": [', //                        5
      '    "a",', //                           6
      '    "b"]', //                           7: bracket after content, folded with it
      '}',
      '',
    ].join('\n');
    assert.deepEqual(await foldsOf(text), [[0, 7], [2, 3], [5, 7]]);
  });

  it('counts CRLF line breaks', async () => {
    assert.deepEqual(await foldsOf('{\r\n  "configuration": {\r\n    "x": 1\r\n  }\r\n}\r\n'), [[0, 3], [1, 2]]);
  });

  it('never folds a stringified poller configuration: it is one line', async () => {
    const text = '{\n  "configuration": {"event.poller.configuration": "{\\"c\\": {\\"url\\": \\"/x\\"}}"}\n}\n';
    assert.deepEqual(await foldsOf(text), [[0, 1]]);
  });

  it('folds an unclosed object to the end of the text', async () => {
    assert.deepEqual(await foldsOf('{\n  "element": {\n    "key": "x"\n'), [[0, 3], [1, 3]]);
  });

  it('has no folds for other JSON', async () => {
    assert.deepEqual(await foldsOf('{\n  "compilerOptions": {}\n}\n'), []);
  });
});
