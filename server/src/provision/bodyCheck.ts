import { getNodeValue, parseTree } from 'jsonc-parser';
import { type Finding, lintText, type LintOptions, type LintResult } from '../engine';

/** The engine's verdict on a body about to be sent. */
export interface BodyCheck {
  readonly result: LintResult;
  /** Errors: they stop provisioning. */
  readonly errors: readonly Finding[];
  /** Warnings and infos: shown, and the body may still be sent (the editor asks first). */
  readonly others: readonly Finding[];
  /** Set when the text is JSON but no instance body at all (no `element` or `configuration`). */
  readonly notAnInstance: boolean;
}

/** Checks the text with the rules and team schemas of its config, as `ce-instance lint` would. */
export function checkBody(text: string, options: LintOptions): BodyCheck {
  const result = lintText(text, options);
  const errors = result.findings.filter((finding) => finding.severity === 'error');
  return {
    result,
    errors,
    others: result.findings.filter((finding) => finding.severity !== 'error'),
    notAnInstance: errors.length === 0 && !result.isInstance,
  };
}

export function canSend(check: BodyCheck): boolean {
  return check.errors.length === 0 && !check.notAnInstance;
}

/** The body's element key and instance name, for messages on what was (or may have been) created. */
export function bodySummary(text: string): { readonly elementKey?: string; readonly instanceName?: string } {
  const root = parseTree(text);
  const value: unknown = root ? getNodeValue(root) : undefined;
  if (typeof value !== 'object' || value === null) return {};
  const { element, name } = value as { element?: { key?: unknown }; name?: unknown };
  const key = typeof element === 'object' && element !== null ? element.key : undefined;
  return {
    ...(typeof key === 'string' && { elementKey: key }),
    ...(typeof name === 'string' && { instanceName: name }),
  };
}
