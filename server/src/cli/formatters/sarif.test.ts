import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { RULES, ruleDocsUrl } from '../../engine';
import { TOOL_VERSION } from '../../packageInfo';
import { BROKEN_INSTANCE, MESSAGES, onlySyntaxRules, removeTempProjects, runCli, tempProject } from '../testing/cliHarness';

/** The SARIF 2.1.0 schema of Microsoft's SARIF SDK (draft 2020-12), as the devDependency ships it. */
const SCHEMA_PACKAGE = '@microsoft/sarif-multitool-ts';
const SCHEMA_FILE = 'assets/sarif-2.1.0.schema.json';

function sarifValidator() {
  let entry: string;
  try {
    entry = require.resolve(SCHEMA_PACKAGE);
  } catch {
    throw new Error(`the SARIF schema test needs the devDependency ${SCHEMA_PACKAGE} (it ships ${SCHEMA_FILE})`);
  }
  // The package exports no path to its assets; they sit beside dist/.
  const schema = JSON.parse(fs.readFileSync(path.join(path.dirname(entry), '..', SCHEMA_FILE), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('cli format sarif', () => {
  after(removeTempProjects);

  it('is valid against the official SARIF 2.1.0 schema', async () => {
    const validate = sarifValidator();
    const cwd = tempProject({ 'bad.json': BROKEN_INSTANCE, 'with space/bad one.json': BROKEN_INSTANCE, 'binary.json': Buffer.from([0, 1, 2]) });
    const result = await runCli(['lint', '-f', 'sarif', ...onlySyntaxRules(), '--rule', 'no-trailing-commas:warning', '--rule', 'no-duplicate-keys:info'], { cwd });
    const log = JSON.parse(result.stdout);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.equal(result.code, 2, 'the binary file is a run error');
  });

  it('describes every rule and one result per finding, with one-based regions and safe fixes', async () => {
    const cwd = tempProject({ 'dir/bad.json': BROKEN_INSTANCE });
    const result = await runCli(['lint', '-f', 'sarif', ...onlySyntaxRules(), '--rule', 'no-duplicate-keys:info'], { cwd });
    const log = JSON.parse(result.stdout);
    assert.equal(log.version, '2.1.0');
    const [run] = log.runs;
    assert.deepEqual(run.tool.driver, {
      name: 'ce-instance',
      version: TOOL_VERSION,
      informationUri: 'https://github.com/ce-instance/ce-instance#readme',
      rules: RULES.map((rule) => ({
        id: rule.meta.id,
        shortDescription: { text: rule.meta.description },
        helpUri: ruleDocsUrl(rule.meta.id),
        defaultConfiguration: { level: rule.meta.severity === 'error' ? 'error' : rule.meta.severity === 'warning' ? 'warning' : 'note' },
      })),
    });
    assert.deepEqual(run.invocations, [{ executionSuccessful: true }]);
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href}/` } });
    assert.equal(run.columnKind, 'utf16CodeUnits');

    const ruleIndex = (id: string) => RULES.findIndex((rule) => rule.meta.id === id);
    const artifactLocation = { uri: 'dir/bad.json', uriBaseId: '%SRCROOT%' };
    const at = (region: object) => [{ physicalLocation: { artifactLocation, region } }];
    assert.deepEqual(run.results, [
      {
        ruleId: 'no-comments',
        ruleIndex: ruleIndex('no-comments'),
        level: 'error',
        message: { text: MESSAGES.comment },
        locations: at({ startLine: 2, startColumn: 3, endLine: 2, endColumn: 17 }),
        fixes: [
          {
            description: { text: 'Remove the comment' },
            artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: { startLine: 2, startColumn: 1, endLine: 3, endColumn: 1 }, insertedContent: { text: '' } }] }],
          },
        ],
      },
      {
        ruleId: 'no-trailing-commas',
        ruleIndex: ruleIndex('no-trailing-commas'),
        level: 'error',
        message: { text: MESSAGES.trailingComma },
        locations: at({ startLine: 3, startColumn: 27, endLine: 3, endColumn: 28 }),
        fixes: [
          {
            description: { text: 'Remove the trailing comma' },
            artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: { startLine: 3, startColumn: 27, endLine: 3, endColumn: 28 }, insertedContent: { text: '' } }] }],
          },
        ],
      },
      {
        ruleId: 'no-duplicate-keys',
        ruleIndex: ruleIndex('no-duplicate-keys'),
        level: 'note',
        message: { text: MESSAGES.duplicateName },
        locations: at({ startLine: 4, startColumn: 16, endLine: 4, endColumn: 22 }),
      },
    ]);
  });

  it('percent-encodes artifact URIs and records files it could not check', async () => {
    const cwd = tempProject({ 'with space/bad#1.json': BROKEN_INSTANCE, 'binary.json': Buffer.from([0, 1, 2]) });
    const result = await runCli(['lint', '-f', 'sarif', ...onlySyntaxRules()], { cwd });
    const [run] = JSON.parse(result.stdout).runs;
    assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'with%20space/bad%231.json');
    assert.deepEqual(run.invocations, [
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'the file has NUL bytes, so it is binary, not JSON text; leave it out or save it as UTF-8 JSON' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'binary.json', uriBaseId: '%SRCROOT%' } } }],
          },
        ],
      },
    ]);
  });
});
