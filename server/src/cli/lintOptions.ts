import { closestMatch } from '../engine/rules/support/suggest';
import type { ConfigRuleLevel } from '../config';
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

type Flag = 'fix' | 'fixDryRun' | 'quiet' | 'stdin' | 'refreshRemote' | 'noColor' | 'help';
type Valued = 'format' | 'outputFile' | 'maxWarnings' | 'configPath' | 'rule' | 'stdinFilename' | 'concurrency';

interface OptionSpec {
  readonly name: string;
  readonly alias?: string;
  readonly flag?: Flag;
  readonly valued?: Valued;
}

const OPTIONS: readonly OptionSpec[] = [
  { name: '--format', alias: '-f', valued: 'format' },
  { name: '--output-file', alias: '-o', valued: 'outputFile' },
  { name: '--fix', flag: 'fix' },
  { name: '--fix-dry-run', flag: 'fixDryRun' },
  { name: '--max-warnings', valued: 'maxWarnings' },
  { name: '--quiet', alias: '-q', flag: 'quiet' },
  { name: '--config', alias: '-c', valued: 'configPath' },
  { name: '--rule', valued: 'rule' },
  { name: '--stdin', flag: 'stdin' },
  { name: '--stdin-filename', valued: 'stdinFilename' },
  { name: '--refresh-remote', flag: 'refreshRemote' },
  { name: '--no-color', flag: 'noColor' },
  { name: '--concurrency', valued: 'concurrency' },
  { name: '--help', alias: '-h', flag: 'help' },
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
  const patterns: string[] = [];
  const flags = new Set<Flag>();
  const values: Partial<Record<Exclude<Valued, 'rule'>, string>> = {};
  const ruleOverrides: Record<string, ConfigRuleLevel> = {};
  let onlyPaths = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      patterns.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const written = equals === -1 ? arg : arg.slice(0, equals);
    const spec = OPTIONS.find((option) => option.name === written || option.alias === written);
    if (!spec) throw new UsageError(unknownOptionMessage(written));
    if (spec.flag) {
      if (equals !== -1) throw new UsageError(`${spec.name} takes no value`);
      flags.add(spec.flag);
      continue;
    }
    let value: string;
    if (equals !== -1) value = arg.slice(equals + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    else throw new UsageError(`${spec.name} needs a value`);
    if (spec.valued === 'rule') {
      const [id, level] = parseRule(value);
      ruleOverrides[id] = level;
    } else {
      values[spec.valued!] = value;
    }
  }

  const options: LintCliOptions = {
    patterns,
    format: parseFormat(values.format, flags.has('fixDryRun')),
    outputFile: values.outputFile,
    fix: flags.has('fix'),
    fixDryRun: flags.has('fixDryRun'),
    maxWarnings: values.maxWarnings === undefined ? undefined : parseMaxWarnings(values.maxWarnings),
    quiet: flags.has('quiet'),
    configPath: values.configPath,
    ruleOverrides,
    stdin: flags.has('stdin'),
    stdinFilename: values.stdinFilename,
    refreshRemote: flags.has('refreshRemote'),
    noColor: flags.has('noColor'),
    concurrency: values.concurrency === undefined ? undefined : parseConcurrency(values.concurrency),
    help: flags.has('help'),
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

function unknownOptionMessage(written: string): string {
  const names = OPTIONS.map((option) => option.name);
  const suggestion = closestMatch(written.replace(/^-+/, ''), names.map((name) => name.slice(2)));
  return `unknown option '${written}'${suggestion ? ` (did you mean '--${suggestion}'?)` : ''}`;
}
