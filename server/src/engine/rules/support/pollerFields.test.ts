import assert from 'node:assert/strict';
import { parseJson } from '../../json/jsonTree';
import { DocumentText } from '../../text/embeddedText';
import { FieldTable, RESOURCE_FIELDS } from './pollerFields';

function tableOf(text: string): FieldTable {
  return new FieldTable(parseJson(new DocumentText(text)).root, RESOURCE_FIELDS);
}

describe('FieldTable', () => {
  it('answers as memberNamed does: the last member of a documented name, and others by a scan', () => {
    const table = tableOf('{"url": "/a", "idField": "id", "url": "/b", "extra": 1}');
    assert.equal(table.member('url')?.valueNode?.value, '/b');
    assert.equal(table.member('idField')?.valueNode?.value, 'id');
    assert.equal(table.member('pageSize'), undefined);
    assert.equal(table.member('extra')?.valueNode?.value, 1);
  });

  it('lists the members whose names are not documented fields, in document order', () => {
    const table = tableOf('{"urll": "/a", "idField": "id", "pagesize": 5}');
    assert.deepEqual(table.others?.map((member) => member.name), ['urll', 'pagesize']);
    assert.equal(table.member('idField')?.valueNode?.value, 'id');
  });

  it('has no others for an object of documented fields only, an empty object, or no object', () => {
    assert.equal(tableOf('{"url": "/a", "pageSize": 5}').others, undefined);
    assert.equal(tableOf('{}').others, undefined);
    const none = new FieldTable(undefined, RESOURCE_FIELDS);
    assert.equal(none.others, undefined);
    assert.equal(none.member('url'), undefined);
  });
});
