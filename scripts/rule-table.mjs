// Writes the rule table of README.md (between the rule-table markers) from the registry, so the
// list and the code cannot drift apart. Run after `npm run build`: node scripts/rule-table.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { RULES } = require('../out/server/src/engine/index.js');
const FIX = { safe: 'safe', suggestion: 'suggestion', none: '' };
const rows = RULES.map(({ meta }) => `| [${meta.id}](docs/rules/${meta.id}.md) | ${meta.severity} | ${FIX[meta.fixable]} | ${meta.description.replace(/\|/g, '\\|')} |`);
const table = ['| Rule | Default | Fix | What it finds |', '|---|---|---|---|', ...rows].join('\n');
const readme = readFileSync('README.md', 'utf8');
const start = '<!-- rule-table:start -->';
const end = '<!-- rule-table:end -->';
const before = readme.slice(0, readme.indexOf(start) + start.length);
const after = readme.slice(readme.indexOf(end));
if (readme.indexOf(start) < 0 || readme.indexOf(end) < 0) throw new Error('README.md lacks the rule-table markers');
writeFileSync('README.md', `${before}\n${table}\n${after}`);
console.log(`${RULES.length} rules written to README.md`);
