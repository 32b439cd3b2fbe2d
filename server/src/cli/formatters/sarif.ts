import { pathToFileURL } from 'node:url';
import { type Fix, type OffsetRange, RULES, ruleDocsUrl, type Severity } from '../../engine';
import { TOOL_HOMEPAGE, TOOL_NAME, TOOL_VERSION } from '../../packageInfo';
import { type FormatContext, type LineRange, positionsOf, relativePath, type Report, STDIN_NAME } from '../report';

const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Relative artifact URIs resolve against this base, which the run maps to the working directory. */
const SOURCE_ROOT = '%SRCROOT%';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0 for code scanning: every rule in `tool.driver.rules`, one result per finding. */
export function formatSarif(report: Report, context: FormatContext): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.id, index]));
  const results = report.files.flatMap((file) => {
    const positionOf = positionsOf(file);
    const artifact = artifactLocation(file.filePath, context.cwd);
    return file.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
      level: LEVELS[finding.severity],
      message: { text: finding.message },
      locations: [{ physicalLocation: { artifactLocation: artifact, region: region(positionOf(finding.range)) } }],
      ...(finding.fix ? { fixes: [sarifFix(finding.fix, artifact, positionOf)] } : {}),
    }));
  });
  const notifications = report.runErrors.map((error) => ({
    level: 'error',
    message: { text: error.message },
    ...(error.filePath ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(error.filePath, context.cwd) } }] } : {}),
  }));
  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            informationUri: TOOL_HOMEPAGE,
            rules: RULES.map((rule) => ({
              id: rule.meta.id,
              shortDescription: { text: rule.meta.description },
              helpUri: ruleDocsUrl(rule.meta.id),
              defaultConfiguration: { level: LEVELS[rule.meta.severity] },
            })),
          },
        },
        invocations: [{ executionSuccessful: report.runErrors.length === 0, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(context.cwd) } },
        // Engine ranges count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function artifactLocation(filePath: string, cwd: string) {
  // A URI reference must not hold spaces, `<` and the like: encode each path segment.
  const uri = relativePath(filePath, cwd).split('/').map(encodeURIComponent).join('/');
  return filePath === STDIN_NAME ? { uri } : { uri, uriBaseId: SOURCE_ROOT };
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** One-based lines and columns; the end column is the one just after the range, as SARIF counts. */
function region({ start, end }: LineRange) {
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

function sarifFix(fix: Fix, artifact: ReturnType<typeof artifactLocation>, positionOf: (range: OffsetRange) => LineRange) {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: artifact,
        replacements: fix.edits.map((edit) => ({ deletedRegion: region(positionOf(edit)), insertedContent: { text: edit.newText } })),
      },
    ],
  };
}
