import type { Fix, JsonPath, OffsetRange, Severity } from '../types';
import type { JsonTree } from '../json/jsonTree';
import type { InstanceBody } from '../model/instanceBody';
import type { SchemaCheck } from '../linterOptions';

/** What a fix does to meaning, as ruff documents it: `--fix` applies only `safe` fixes. */
export type Fixability = 'safe' | 'suggestion' | 'none';

export interface RuleMeta {
  /** Stable kebab-case id; also the doc page `docs/rules/<id>.md`. */
  readonly id: string;
  readonly severity: Severity;
  /** One line, shown in rule lists and SARIF. */
  readonly description: string;
  readonly fixable: Fixability;
  /** `json`: runs on any JSON file it is given; `instance`: only on instance bodies. */
  readonly scope: 'json' | 'instance';
}

export interface Problem {
  readonly range: OffsetRange;
  readonly path: JsonPath;
  readonly message: string;
  readonly fix?: Fix;
  readonly suggestions?: readonly Fix[];
}

export interface RuleContext {
  /** The document's JSON, however broken. */
  readonly tree: JsonTree;
  /** The instance body, when the JSON is one. */
  readonly body: InstanceBody | undefined;
  /** Team schemas that apply to this file (config `schemas`). */
  readonly schemaChecks: readonly SchemaCheck[];
  report(problem: Problem): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A rule that checks any JSON text (syntax). */
export function jsonRule(meta: Omit<RuleMeta, 'scope'>, check: (context: RuleContext) => void): Rule {
  return { meta: { ...meta, scope: 'json' }, check };
}

/** A rule that checks instance bodies only. */
export function instanceRule(meta: Omit<RuleMeta, 'scope'>, check: (context: RuleContext, body: InstanceBody) => void): Rule {
  return {
    meta: { ...meta, scope: 'instance' },
    check: (context) => {
      if (context.body) check(context, context.body);
    },
  };
}
