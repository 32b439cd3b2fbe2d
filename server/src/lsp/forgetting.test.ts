import assert from 'node:assert/strict';
import { memoByString } from '../engine/text/stringMemo';
import { FIXED_BODY, initializedServer, PULL_CLIENT } from './testing/fixtures';
import type { InProcessServer } from './testing/inProcessServer';

const FIRST = 'file:///work/project/first.instance.json';
const SECOND = 'file:///work/project/second.instance.json';

describe('language server: what it keeps of closed documents', () => {
  let server: InProcessServer;
  beforeEach(async () => {
    server = await initializedServer(PULL_CLIENT);
  });
  afterEach(() => server.dispose());

  /** Closes `uri`, then waits for an answer, so that the server has handled the close. */
  async function close(uri: string): Promise<void> {
    await server.client.close(uri);
    await server.client.hover(uri, { line: 0, character: 0 });
  }

  it('forgets the strings it remembered when the last document closes, and not before', async () => {
    // A memo of the engine's, as the rules keep them: it computes a string again once forgotten.
    const computed: string[] = [];
    const remembered = memoByString((value) => {
      computed.push(value);
      return value.length;
    });
    await server.client.open(FIRST, FIXED_BODY);
    await server.client.open(SECOND, FIXED_BODY);
    await server.client.pull(FIRST);
    remembered('s3cr3t');
    await close(FIRST);
    remembered('s3cr3t');
    assert.deepEqual(computed, ['s3cr3t']);
    await close(SECOND);
    remembered('s3cr3t');
    assert.deepEqual(computed, ['s3cr3t', 's3cr3t']);
  });
});
