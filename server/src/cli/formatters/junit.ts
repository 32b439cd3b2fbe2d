import { type FormatContext, positionsOf, relativePath, type Report } from '../report';

/**
 * JUnit XML for CI test tabs: a testsuite per file and a testcase per finding; errors and
 * warnings fail their testcase, infos pass.
 */
export function formatJunit(report: Report, context: FormatContext): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of report.files) {
    const name = relativePath(file.filePath, context.cwd);
    const positionOf = positionsOf(file);
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const finding of file.findings) {
      const { start } = positionOf(finding.range);
      const place = `${start.line + 1}:${start.character + 1}`;
      const opening = `    <testcase classname=${attribute(name)} name=${attribute(`${finding.ruleId} at ${place}`)} file=${attribute(name)} line="${start.line + 1}"`;
      if (finding.severity === 'error' || finding.severity === 'warning') {
        suiteFailures++;
        const body = `${finding.severity} at ${name}:${place}: ${finding.message} (${finding.ruleId})`;
        cases.push(`${opening}>\n      <failure type=${attribute(finding.severity)} message=${attribute(finding.message)}>${text(body)}</failure>\n    </testcase>`);
      } else {
        cases.push(`${opening}/>`);
      }
    }
    tests += file.findings.length;
    failures += suiteFailures;
    const suiteOpening = `  <testsuite name=${attribute(name)} tests="${file.findings.length}" failures="${suiteFailures}" errors="0" skipped="0"`;
    suites.push(cases.length === 0 ? `${suiteOpening}/>` : `${suiteOpening}>\n${cases.join('\n')}\n  </testsuite>`);
  }
  const opening = `<testsuites name="ce-instance" tests="${tests}" failures="${failures}" errors="0"`;
  const body = suites.length === 0 ? `${opening}/>` : `${opening}>\n${suites.join('\n')}\n</testsuites>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}

/**
 * Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF)
 * become U+FFFD: a message can quote a key that holds them.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function text(value: string): string {
  return value.replace(NOT_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A quoted attribute value; line breaks and tabs as references so parsers keep them. */
function attribute(value: string): string {
  const escaped = text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
  return `"${escaped}"`;
}
