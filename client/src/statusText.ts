/** What the status item says about the active document; `hidden` for documents the server does not check. */
export type StatusState =
  | { readonly kind: 'hidden' }
  /** An instance document whose findings have not arrived yet (the server is starting, or checking). */
  | { readonly kind: 'checking' }
  /** The server is not running: it crashed too often, or failed to start. */
  | { readonly kind: 'stopped' }
  | { readonly kind: 'checked'; readonly counts: FindingCounts };

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly hints: number;
}

export interface StatusPresentation {
  readonly text: string;
  readonly tooltip: string;
}

/** VS Code's DiagnosticSeverity values (Error 0 … Hint 3), so this module needs no `vscode` at run time. */
const SEVERITY_ERROR = 0;
const SEVERITY_WARNING = 1;
const SEVERITY_INFORMATION = 2;

export function countFindings(severities: Iterable<number>): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let hints = 0;
  for (const severity of severities) {
    if (severity === SEVERITY_ERROR) errors++;
    else if (severity === SEVERITY_WARNING) warnings++;
    else if (severity === SEVERITY_INFORMATION) infos++;
    else hints++;
  }
  return { errors, warnings, infos, hints };
}

const OPEN_PROBLEMS = 'Click to open the Problems view.';

export function statusPresentation(state: StatusState): StatusPresentation | undefined {
  switch (state.kind) {
    case 'hidden':
      return undefined;
    case 'checking':
      return { text: '$(sync~spin) CE', tooltip: 'Cloud Elements instance: checking this file…' };
    case 'stopped':
      return { text: '$(circle-slash) CE', tooltip: "Cloud Elements instance: the language server is not running. Run 'Cloud Elements: Restart Language Server' to start it again." };
    case 'checked':
      return checkedPresentation(state.counts);
  }
}

// Hints are left out of the text, as VS Code's own problem count leaves them out; the tooltip names them.
function checkedPresentation(counts: FindingCounts): StatusPresentation {
  const parts = [
    counts.errors > 0 ? `$(error) ${counts.errors}` : '',
    counts.warnings > 0 ? `$(warning) ${counts.warnings}` : '',
    counts.infos > 0 ? `$(info) ${counts.infos}` : '',
  ].filter((part) => part !== '');
  const named = [
    plural(counts.errors, 'error'),
    plural(counts.warnings, 'warning'),
    counts.infos > 0 ? `${counts.infos} info` : '',
    plural(counts.hints, 'hint'),
  ].filter((part) => part !== '');
  if (named.length === 0) return { text: '$(check) CE', tooltip: `Cloud Elements instance: no problems in this file. ${OPEN_PROBLEMS}` };
  return { text: parts.length > 0 ? parts.join(' ') : '$(check) CE', tooltip: `Cloud Elements instance: ${named.join(', ')} in this file. ${OPEN_PROBLEMS}` };
}

function plural(count: number, noun: string): string {
  if (count === 0) return '';
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
