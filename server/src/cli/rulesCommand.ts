import { RULES, ruleDocsUrl } from '../engine';
import type { CliIo } from './cliIo';
import type { Command } from './command';

const RULES_HELP = `Usage: ce-instance rules

Lists every rule with its default severity, whether --fix can fix it
(safe: --fix applies it; suggestion: an editor offers it; none) and its documentation.
`;

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'list the rules with their severity, fixability and documentation',
  run: async (argv, io) => listRules(argv, io),
};

function listRules(argv: readonly string[], io: CliIo): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(RULES_HELP);
    return 0;
  }
  if (argv.length > 0) {
    io.stderr.write(`ce-instance rules: unexpected argument '${argv[0]}' (see 'ce-instance rules --help')\n`);
    return 2;
  }
  const rows = [['RULE', 'SEVERITY', 'FIX', 'DOCUMENTATION'], ...RULES.map(({ meta }) => [meta.id, meta.severity, meta.fixable, ruleDocsUrl(meta.id)])];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) {
    io.stdout.write(`${row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ')}\n`);
  }
  return 0;
}
