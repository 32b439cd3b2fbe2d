/** Where each rule's page (`docs/rules/<id>.md`) is published; faces link findings to it. */
export const RULE_DOCS_BASE = 'https://github.com/ce-instance/ce-instance/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`;
}
