import assert from 'node:assert/strict';
import { parseJson } from '../json/jsonTree';
import { DocumentText } from '../text/embeddedText';
import { InstanceBody } from './instanceBody';

function bodyOf(text: string): InstanceBody {
  const body = InstanceBody.recognise(parseJson(new DocumentText(text)));
  assert.ok(body);
  return body;
}

describe('InstanceBody.derived', () => {
  it('derives each value once per body, an undefined one included, and keeps derivations apart', () => {
    const calls: string[] = [];
    const key = (body: InstanceBody) => {
      calls.push('key');
      return body.member('element')?.valueNode?.children?.length;
    };
    const nothing = (body: InstanceBody) => {
      calls.push('nothing');
      return body.member('absent');
    };
    const first = bodyOf('{"element": {"key": "x"}}');
    assert.equal(first.derived(key), 1);
    assert.equal(first.derived(nothing), undefined);
    assert.equal(first.derived(key), 1);
    assert.equal(first.derived(nothing), undefined);
    assert.equal(bodyOf('{"element": {}}').derived(key), 0);
    assert.deepEqual(calls, ['key', 'nothing', 'key']);
  });
});
