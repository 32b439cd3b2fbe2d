// `npm run bench`: the CLI side by side with a read-and-parse process and ajv-cli, on generated
// bodies, in one run. Prints medians and ratios; writes bench/results/engine.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLarge, writeTypical } from './generate.mjs';
import { installPeers, peersDir } from './peers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ajvBin = path.join(peersDir, 'node_modules/.bin/ajv');

function time(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status === null || result.status > 1) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}): ${String(result.stderr).slice(0, 500)}`);
  }
  return ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs the tools in turn, round after round, so that machine noise hits them alike. */
function measure(tools, rounds) {
  const samples = Object.fromEntries(tools.map((tool) => [tool.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const tool of tools) samples[tool.name].push(time(tool.command, tool.args));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

installPeers();
const work = mkdtempSync(path.join(os.tmpdir(), 'ce-bench-'));
const schema = path.join(root, 'schemas/instance.schema.json');
const cli = path.join(root, 'bin/ce-instance.js');
const cases = [
  { name: '2,000 typical bodies', dir: path.join(work, 'typical-2000'), make: (dir) => writeTypical(dir, 2000), rounds: 5, units: 2000, unit: 'body' },
  { name: '20,000 typical bodies', dir: path.join(work, 'typical-20000'), make: (dir) => writeTypical(dir, 20000), rounds: 3, units: 20000, unit: 'body' },
  { name: 'one 1 MB body (2,000 resources)', dir: path.join(work, 'large'), make: (dir) => writeLarge(dir, 2000), rounds: 5, units: 1, unit: 'file' },
];

const results = [];
try {
  for (const benchCase of cases) {
    benchCase.make(benchCase.dir);
    const tools = [
      { name: 'read+parse', command: process.execPath, args: [path.join(root, 'bench/readParse.mjs'), benchCase.dir] },
      { name: 'ajv-cli', command: ajvBin, args: ['validate', '-s', schema, '-d', `${benchCase.dir}/*.json`, '--strict=false', '-c', 'ajv-formats', '--errors=no'] },
      { name: 'ce-instance', command: process.execPath, args: [cli, 'lint', benchCase.dir, '--format', 'json'] },
    ];
    const medians = measure(tools, benchCase.rounds);
    results.push({ case: benchCase.name, rounds: benchCase.rounds, units: benchCase.units, mediansMs: medians });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const pad = (text, width) => String(text).padEnd(width);
console.log(`\n${pad('case', 34)}${pad('read+parse', 12)}${pad('ajv-cli', 12)}${pad('ce-instance', 13)}${pad('vs parse', 10)}${pad('vs ajv-cli', 11)}per body/file`);
for (const result of results) {
  const m = result.mediansMs;
  console.log(
    pad(result.case, 34) + pad(`${m['read+parse'].toFixed(0)} ms`, 12) + pad(`${m['ajv-cli'].toFixed(0)} ms`, 12) + pad(`${m['ce-instance'].toFixed(0)} ms`, 13)
    + pad(`${(m['ce-instance'] / m['read+parse']).toFixed(2)}x`, 10) + pad(`${(m['ce-instance'] / m['ajv-cli']).toFixed(2)}x`, 11)
    + `${(m['ce-instance'] / result.units).toFixed(3)} ms`,
  );
}
const [small, big] = results;
console.log(`\ngrowth: ce-instance per body at 20,000 / at 2,000 = ${((big.mediansMs['ce-instance'] / big.units) / (small.mediansMs['ce-instance'] / small.units)).toFixed(2)} (1.00 is linear)`);
console.log('targets: ce-instance <= 0.5x ajv-cli and <= 4x read+parse');
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/engine.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
