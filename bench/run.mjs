// `npm run bench` (first half): the CLI side by side with a read-and-parse process, ajv-cli and
// Spectral on generated bodies, in one run; then how the engine's time per MB grows with the size
// of one body. Prints medians and ratios; writes bench/results/engine.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { largeBody, writeLarge, writeTypical } from './generate.mjs';
import { installPeers, peersDir } from './peers.mjs';
import { writeSpectralRuleset } from './spectralRuleset.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ajvBin = path.join(peersDir, 'node_modules/.bin/ajv');
const spectralBin = path.join(peersDir, 'node_modules/.bin/spectral');
// Spectral takes about 50 ms a body here: 20,000 bodies would take a quarter of an hour a round.
const full = process.env.BENCH_FULL === '1';

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
    for (const tool of tools) if (round < (tool.rounds ?? rounds)) samples[tool.name].push(time(tool.command, tool.args));
  }
  return Object.fromEntries(Object.entries(samples).filter(([, values]) => values.length > 0).map(([name, values]) => [name, median(values)]));
}

installPeers();
const ruleset = writeSpectralRuleset(root, peersDir);
const work = mkdtempSync(path.join(os.tmpdir(), 'ce-bench-'));
const schema = path.join(root, 'schemas/instance.schema.json');
const cli = path.join(root, 'bin/ce-instance.js');
const cases = [
  { name: '2,000 typical bodies', dir: path.join(work, 'typical-2000'), make: (dir) => writeTypical(dir, 2000), rounds: 5, spectralRounds: 1, units: 2000, unit: 'body' },
  { name: '20,000 typical bodies', dir: path.join(work, 'typical-20000'), make: (dir) => writeTypical(dir, 20000), rounds: 3, spectralRounds: full ? 1 : 0, units: 20000, unit: 'body' },
  { name: 'one 1 MB body (2,000 resources)', dir: path.join(work, 'large'), make: (dir) => writeLarge(dir, 2000), rounds: 5, spectralRounds: 1, units: 1, unit: 'file' },
];

const results = [];
try {
  for (const benchCase of cases) {
    benchCase.make(benchCase.dir);
    const tools = [
      { name: 'read+parse', command: process.execPath, args: [path.join(root, 'bench/readParse.mjs'), benchCase.dir] },
      { name: 'ajv-cli', command: ajvBin, args: ['validate', '-s', schema, '-d', `${benchCase.dir}/*.json`, '--strict=false', '-c', 'ajv-formats', '--errors=no'] },
      { name: 'ce-instance', command: process.execPath, args: [cli, 'lint', benchCase.dir, '--format', 'json'] },
      { name: 'spectral', command: spectralBin, args: ['lint', '-q', '-r', ruleset, '-f', 'json', `${benchCase.dir}/*.json`], rounds: benchCase.spectralRounds },
    ];
    const medians = measure(tools, benchCase.rounds);
    results.push({ case: benchCase.name, rounds: benchCase.rounds, units: benchCase.units, unit: benchCase.unit, mediansMs: medians });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const pad = (text, width) => String(text).padEnd(width);
const ratio = (a, b) => (a === undefined || b === undefined ? '-' : `${(a / b).toFixed(2)}x`);
const ms = (value) => (value === undefined ? 'skipped' : `${value.toFixed(0)} ms`);
console.log(`\n${pad('case', 34)}${pad('read+parse', 12)}${pad('ajv-cli', 11)}${pad('spectral', 11)}${pad('ce-instance', 13)}${pad('vs parse', 10)}${pad('vs ajv-cli', 12)}${pad('spectral/us', 13)}per body/file`);
for (const result of results) {
  const m = result.mediansMs;
  console.log(
    pad(result.case, 34) + pad(ms(m['read+parse']), 12) + pad(ms(m['ajv-cli']), 11) + pad(ms(m.spectral), 11) + pad(ms(m['ce-instance']), 13)
    + pad(ratio(m['ce-instance'], m['read+parse']), 10) + pad(ratio(m['ce-instance'], m['ajv-cli']), 12) + pad(ratio(m.spectral, m['ce-instance']), 13)
    + `${(m['ce-instance'] / result.units).toFixed(3)} ms`,
  );
}
// What the ajv-cli target leaves for checking once the files are read and parsed, next to what we
// spend beyond that: shows how far the target is and why (a per-body budget, not a per-run one).
console.log('\nbudget of the ajv-cli target beyond reading and parsing:');
for (const result of results) {
  const m = result.mediansMs;
  const left = m['ajv-cli'] / 2 - m['read+parse'];
  const perUnit = (value) => (result.units === 1 ? ms(value) : `${((value / result.units) * 1000).toFixed(0)} µs per ${result.unit}`);
  console.log(
    `  ${pad(result.case, 34)}0.5x ajv-cli = ${ms(m['ajv-cli'] / 2)}, read+parse alone ${ms(m['read+parse'])}: `
    + (left > 0 ? `${perUnit(left)} left` : 'nothing left')
    + `; ce-instance spends ${perUnit(m['ce-instance'] - m['read+parse'])} beyond read+parse`,
  );
}
const [small, big] = results;
console.log(`\ngrowth: ce-instance per body at 20,000 / at 2,000 = ${((big.mediansMs['ce-instance'] / big.units) / (small.mediansMs['ce-instance'] / small.units)).toFixed(2)} (1.00 is linear)`);
console.log(`targets: ce-instance <= 0.5x ajv-cli, <= 4x read+parse, spectral/us >= 20${full ? '' : ' (Spectral on 20,000 bodies only with BENCH_FULL=1)'}`);

// Growth inside one body: the engine in-process, warm, on one body from 10 KB to 10 MB.
const { lintText } = require(path.join(root, 'out/server/src/engine/index.js'));
const growth = [];
for (const resources of [20, 200, 2000, 20000]) {
  const text = largeBody(resources);
  // About 20 MB checked per size, so the small bodies are measured warm, as the large ones are.
  const rounds = Math.max(3, Math.min(400, Math.ceil((20 * 1024 * 1024) / text.length)));
  for (let warm = 0; warm < Math.max(1, rounds >> 2); warm++) lintText(text);
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    lintText(text);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const mb = text.length / (1024 * 1024);
  growth.push({ resources, bytes: text.length, medianMs: median(samples), msPerMb: median(samples) / mb });
}
console.log(`\n${pad('one body', 14)}${pad('size', 12)}${pad('check', 12)}per MB`);
for (const row of growth) console.log(pad(`${row.resources} resources`, 14) + pad(`${(row.bytes / 1024).toFixed(0)} KB`, 12) + pad(`${row.medianMs.toFixed(1)} ms`, 12) + `${row.msPerMb.toFixed(0)} ms`);
const perMb = growth.map((row) => row.msPerMb);
console.log(`growth: largest / smallest time per MB = ${(perMb[perMb.length - 1] / perMb[0]).toFixed(2)} (flat is about 1; quadratic would be about ${(growth[growth.length - 1].bytes / growth[0].bytes).toFixed(0)})`);

mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/engine.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, results, growth }, null, 2)}\n`);
