import assert from 'node:assert/strict';
import { responseDocumentText } from './responseDocument';

describe('client: the response document', () => {
  it('indents the answer and masks configuration credentials and providerData, however short', () => {
    const answer = '{"id":7,"token":"********","providerData":{"code":"ab"},"configuration":{"password":"x1","username":"ann","oauth.api.secret":"s"}}';
    assert.equal(
      responseDocumentText(answer),
      '{\n  "id": 7,\n  "token": "********",\n  "providerData": {\n    "code": "********"\n  },\n  "configuration": {\n    "password": "********",\n    "username": "ann",\n    "oauth.api.secret": "********"\n  }\n}\n',
    );
  });

  it('leaves an answer that is not JSON as it is (masked)', () => {
    assert.equal(responseDocumentText('not json'), 'not json');
  });
});
