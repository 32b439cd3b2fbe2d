import { closestMatch } from '../engine/rules/support/suggest';
import type { ConfigRuleLevel } from '../config';
import { type OptionSpec, parseArgs } from './argv';
import { UsageError } from './cliIo';
import { FORMAT_NAMES, type FormatName } from './formatters';

export interface LintCliOptions {
  readonly patterns: readonly string[];
  readonly format: FormatName;
  readonly outputFile?: string;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  /** Undefined: any number of warnings is fine. */
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  readonly configPath?: string;
  /** `--rule` levels in order; the config resolver checks ids and levels. */
  readonly ruleOverrides: Readonly<Record<string, ConfigRuleLevel>>;
  readonly stdin: boolean;
  readonly stdinFilename?: string;
  readonly refreshRemote: boolean;
  readonly noColor: boolean;
  /** Threads to check files on; undefined: as many as help for this many files (`auto`). */
  readonly concurrency?: number;
  readonly help: boolean;
}

const OPTIONS: readonly OptionSpec[] = [
  { name: '--format', alias: '-f', valued: true },
  { name: '--output-file', alias: '-o', valued: true },
  { name: '--fix', valued: false },
  { name: '--fix-dry-run', valued: false },
  { name: '--max-warnings', valued: true },
  { name: '--quiet', alias: '-q', valued: false },
  { name: '--config', alias: '-c', valued: true },
  { name: '--rule', valued: true },
  { name: '--stdin', valued: false },
  { name: '--stdin-filename', valued: true },
  { name: '--refresh-remote', valued: false },
  { name: '--no-color', valued: false },
  { name: '--concurrency', valued: true },
  { name: '--help', alias: '-h', valued: false },
];

export const LINT_HELP = `Usage: ce-instance lint [options] [files, directories or globs...]

Checks Cloud Elements instance bodies. Directories are searched for *.json
(node_modules and .git are skipped); files named explicitly are checked
whatever their extension. Without paths, the current directory is checked.

Options:
  -f, --format NAME        stylish (default), json, sarif, junit or github
  -o, --output-file FILE   write the report to FILE instead of stdout
      --fix                apply safe fixes to the files, then report what is left
      --fix-dry-run        like --fix, but print the fixed text (json format) and write nothing
      --max-warnings N     exit with 1 when there are more than N warnings
  -q, --quiet              report errors only
  -c, --config FILE        use this config file instead of the nearest .ce-instance.json
      --rule ID:LEVEL      set a rule's level: off, info, warning or error (repeatable)
      --stdin              check the text on standard input
      --stdin-filename F   the file name for --stdin: decides the config and the name reported
      --refresh-remote     revalidate cached remote configs and schemas
      --no-color           no colours (also when NO_COLOR is set or stdout is not a terminal)
      --concurrency N      check files on N threads; 'auto' (default) uses the cores for
                           10,000 files or more, 'off' checks on one thread
  -h, --help               show this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found or
too many warnings, 2 a usage, configuration, file or internal error.
`;

/** Parses the arguments after `lint`; throws a UsageError for anything it cannot take. */
export function parseLintOptions(argv: readonly string[]): LintCliOptions {
  const { positionals, flags, values, allValues } = parseArgs(argv, OPTIONS);
  const ruleOverrides: Record<string, ConfigRuleLevel> = {};
  for (const rule of allValues.get('--rule') ?? []) {
    const [id, level] = parseRule(rule);
    ruleOverrides[id] = level;
  }
  const maxWarnings = values.get('--max-warnings');
  const concurrency = values.get('--concurrency');
  const options: LintCliOptions = {
    patterns: positionals,
    format: parseFormat(values.get('--format'), flags.has('--fix-dry-run')),
    outputFile: values.get('--output-file'),
    fix: flags.has('--fix'),
    fixDryRun: flags.has('--fix-dry-run'),
    maxWarnings: maxWarnings === undefined ? undefined : parseMaxWarnings(maxWarnings),
    quiet: flags.has('--quiet'),
    configPath: values.get('--config'),
    ruleOverrides,
    stdin: flags.has('--stdin'),
    stdinFilename: values.get('--stdin-filename'),
    refreshRemote: flags.has('--refresh-remote'),
    noColor: flags.has('--no-color'),
    concurrency: concurrency === undefined ? undefined : parseConcurrency(concurrency),
    help: flags.has('--help'),
  };
  checkCombinations(options);
  return options;
}

function checkCombinations(options: LintCliOptions): void {
  if (options.help) return;
  if (options.fix && options.fixDryRun) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (options.stdinFilename === '') throw new UsageError('--stdin-filename needs a file name');
  if (options.stdin && options.patterns.length > 0) {
    throw new UsageError(`with --stdin, give no file arguments (got '${options.patterns[0]}'); name the text with --stdin-filename`);
  }
  if (options.stdin && options.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to get the fixed text');
  if (options.outputFile === '') throw new UsageError('--output-file needs a file name');
  if (options.configPath === '') throw new UsageError('--config needs a file name');
}

function parseFormat(value: string | undefined, fixDryRun: boolean): FormatName {
  if (value === undefined) return fixDryRun ? 'json' : 'stylish';
  const format = FORMAT_NAMES.find((name) => name === value);
  if (!format) {
    const suggestion = closestMatch(value, FORMAT_NAMES);
    throw new UsageError(`unknown format '${value}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}: use ${FORMAT_NAMES.join(', ')}`);
  }
  // The fixed text has a place only in the json report.
  if (fixDryRun && format !== 'json') throw new UsageError(`--fix-dry-run prints a json report; drop --format ${format}`);
  return format;
}

function parseConcurrency(value: string): number | undefined {
  if (value === 'auto') return undefined;
  if (value === 'off') return 1;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64) {
    throw new UsageError(`--concurrency takes a number of threads from 1 to 64, 'auto' or 'off', not '${value}'`);
  }
  return Number(value);
}

function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings needs a whole number of 0 or more, not '${value}'`);
  return Number(value);
}

const RULE_LEVELS = ['off', 'info', 'warning', 'error'] as const;

function parseRule(value: string): [string, ConfigRuleLevel] {
  const colon = value.lastIndexOf(':');
  const id = value.slice(0, colon).trim();
  const level = value.slice(colon + 1).trim();
  if (colon === -1 || id === '') {
    throw new UsageError(`--rule takes ID:LEVEL, such as no-comments:warning, not '${value}'`);
  }
  const known = RULE_LEVELS.find((candidate) => candidate === level);
  if (!known) {
    // `warn` and `err` are the usual slips: a prefix is as good a hint as a typo.
    const suggestion = level === '' ? undefined : (RULE_LEVELS.find((candidate) => candidate.startsWith(level)) ?? closestMatch(level, RULE_LEVELS));
    throw new UsageError(`--rule ${value}: unknown level '${level}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; use off, info, warning or error`);
  }
  return [id, known];
}
