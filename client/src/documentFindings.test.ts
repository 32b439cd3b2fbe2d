import assert from 'node:assert/strict';
import { DocumentFindings } from './documentFindings';

describe('client: the last report of each document', () => {
  it('keeps reports by URI and says which document changed', () => {
    const findings = new DocumentFindings<string>();
    const changes: (string | undefined)[] = [];
    const listening = findings.onDidChange((uri) => changes.push(uri));
    findings.set('file:///a.json', { all: ['x', 'y'], hidden: ['y'] });
    findings.set('file:///b.json', { all: [], hidden: [] });
    assert.deepEqual(findings.get('file:///a.json'), { all: ['x', 'y'], hidden: ['y'] });
    findings.delete('file:///a.json');
    findings.delete('file:///a.json');
    assert.equal(findings.get('file:///a.json'), undefined);
    findings.clear();
    findings.clear();
    assert.equal(findings.get('file:///b.json'), undefined);
    listening.dispose();
    findings.set('file:///c.json', { all: [], hidden: [] });
    assert.deepEqual(changes, ['file:///a.json', 'file:///b.json', 'file:///a.json', undefined]);
  });
});
