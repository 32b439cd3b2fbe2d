// Lints every body in ../shared/corpus and prints each finding with its source line, for review.
// Usage: node scripts/corpus-findings.mjs [--out DIR] [rule-id ...]   (DIR: compiled output, default out)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = path.resolve(outIndex >= 0 ? args.splice(outIndex, 2)[1] : 'out');
const only = new Set(args);
const require = createRequire(import.meta.url);
const engine = require(path.join(outDir, 'server/src/engine/index.js'));

const corpus = path.resolve(process.env.CE_SHARED_DIR ?? '../shared', 'corpus/devportal');
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus} (set CE_SHARED_DIR)`);
  process.exit(2);
}
const counts = new Map();
for (const file of readdirSync(corpus).filter((name) => name.endsWith('.json') && name !== 'INDEX.json').sort()) {
  const text = readFileSync(path.join(corpus, file), 'utf8');
  const result = engine.lintText(text);
  for (const error of result.internalErrors) console.log(`${file}: INTERNAL ERROR in ${error.ruleId}: ${error.error?.stack ?? error.error}`);
  const lines = new engine.LineIndex(text);
  for (const finding of result.findings) {
    counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
    if (only.size && !only.has(finding.ruleId)) continue;
    const start = lines.position(finding.range.start);
    const source = text.split(/\r?\n/)[start.line] ?? '';
    console.log(`${file}:${start.line + 1}:${start.character + 1} ${finding.severity} ${finding.ruleId}: ${finding.message}`);
    console.log(`    ${source.trim().slice(0, 160)}`);
    console.log(`    [${text.slice(finding.range.start, finding.range.end).slice(0, 120)}]`);
  }
}
console.log('\nfindings per rule:');
for (const [rule, count] of [...counts].sort()) console.log(`  ${rule}: ${count}`);
