import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Diagnostic, DiagnosticSeverity, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { runCli } from '../../server/src/cli/testing/cliHarness';
import { initializedServer, PULL_CLIENT } from '../../server/src/lsp/testing/fixtures';
import { corpusDir, repoRoot } from '../support/repo';

/** A finding as both faces can show it: zero-based lines and UTF-16 characters. */
interface Shown {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly range: Diagnostic['range'];
}

interface CliFileReport {
  readonly filePath: string;
  readonly diagnostics: readonly Shown[];
}

const SEVERITY_NAMES: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

function fromServer(diagnostic: Diagnostic): Shown {
  return { ruleId: String(diagnostic.code), severity: SEVERITY_NAMES[diagnostic.severity!], message: String(diagnostic.message), range: diagnostic.range };
}

function fromCli({ ruleId, severity, message, range }: Shown): Shown {
  return { ruleId, severity, message, range };
}

/**
 * The server shows what `ce-instance lint` reports, file by file: same rules, severities,
 * messages and ranges, with the same config. The server is told to check every JSON file, as the
 * CLI does when it is given them.
 */
describe('language server and CLI agree', function () {
  this.timeout(15_000);
  const examples = path.join(repoRoot(), 'examples');
  const corpus = corpusDir();

  it('on every file in examples/', () => agreeOn(examples));
  it('on every file in the devportal corpus', function () {
    if (!corpus) this.skip();
    return agreeOn(corpus!);
  });
});

async function agreeOn(folder: string): Promise<void> {
  const cli = await runCli(['lint', folder, '--format', 'json'], { cwd: repoRoot(), env: { NO_COLOR: '1' } });
  assert.ok(cli.code === 0 || cli.code === 1, cli.stderr);
  const reports = JSON.parse(cli.stdout) as CliFileReport[];
  assert.ok(reports.length > 0);

  const server = await initializedServer(PULL_CLIENT);
  server.client.settingsFor = () => ({ files: ['**/*.json'] });
  try {
    let findings = 0;
    for (const report of reports) {
      const uri = pathToFileURL(report.filePath).href;
      // Editors hand servers the text without its byte order mark, as the CLI checks it.
      await server.client.open(uri, fs.readFileSync(report.filePath, 'utf8').replace(/^\ufeff/, ''));
      const pulled = (await server.client.pull(uri)) as FullDocumentDiagnosticReport;
      await server.client.close(uri);
      assert.deepEqual(pulled.items.map(fromServer), report.diagnostics.map(fromCli), report.filePath);
      findings += pulled.items.length;
    }
    assert.ok(findings > 0, 'no findings at all: the comparison proved nothing');
  } finally {
    server.dispose();
  }
}
