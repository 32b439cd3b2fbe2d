// `node bench/server.mjs` (run by `npm run bench`): the language server over stdio against
// vscode-json-languageservice validating the same text with schemas/instance.schema.json (what VS
// Code's JSON support does with a schema), side by side in one run. Prints medians and p95.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { largeBody, typicalBody } from './generate.mjs';
import { installPeers, peersDir } from './peers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
installPeers();
const peerRequire = createRequire(path.join(peersDir, 'package.json'));
const jsonService = peerRequire('vscode-json-languageservice');

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const now = () => Number(process.hrtime.bigint()) / 1e6;

async function startServer() {
  const started = now();
  const child = spawn(process.execPath, [path.join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } },
  });
  const readyMs = now() - started;
  await connection.sendNotification('initialized', {});
  return { child, connection, readyMs };
}

async function stopServer({ child, connection }) {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  child.kill();
}

/** Positions of a key and of a date format in `text`, for completion and hover. */
function positionAt(text, needle) {
  const offset = text.indexOf(needle) + 1;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Edit, pull, completion and hover over stdio; warm-up rounds as for the checks, the first round's times kept apart. */
async function measureOurs(server, name, text, rounds, warmup) {
  const uri = pathToFileURL(path.join(root, `bench-${name}.instance.json`)).href;
  const { connection } = server;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
  const check = [];
  const completion = [];
  const hover = [];
  const keyPosition = positionAt(text, '"event.vendor.type"');
  const formatPosition = positionAt(text, '"yyyy-MM-dd');
  let first;
  for (let round = 0; round < warmup + rounds; round++) {
    if (round === 1) first = { check: check[0], completion: completion[0], hover: hover[0] };
    if (round === warmup) check.length = completion.length = hover.length = 0;
    // A one-character edit, then the diagnostics of the new version (pulled, so no debounce is timed).
    const at = positionAt(text, '"name"');
    const started = now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: round + 2 },
      contentChanges: [{ range: { start: at, end: at }, text: ' ' }],
    });
    await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    check.push(now() - started);
    let t = now();
    await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: keyPosition });
    completion.push(now() - t);
    t = now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: formatPosition });
    hover.push(now() - t);
  }
  return { check, completion, hover, first: first ?? { check: check[0], completion: completion[0], hover: hover[0] } };
}

/**
 * Our check and theirs in-process on the same edited texts, in blocks of `block` rounds taken in
 * turn (which goes first alternates), so that the machine's ups and downs fall on both alike, while
 * each block runs long enough to have its own code and data back in the processor's caches (in an
 * editor each runs in a process of its own). Ours is what the server runs on a change: parse, then
 * every rule. Theirs is what VS Code's JSON support runs: parse, then validate with the schema.
 * Both get the same untimed warm-up rounds first (an editor's server is long-running), and the very
 * first (cold) check of each is kept apart.
 */
async function measureInProcess(text, rounds, warmup, block) {
  const { lintText } = require(path.join(root, 'out/server/src/engine/index.js'));
  const schema = JSON.parse(readFileSync(path.join(root, 'schemas/instance.schema.json'), 'utf8'));
  const service = jsonService.getLanguageService({});
  service.configure({ validate: true, schemas: [{ uri: 'ce://instance.schema.json', fileMatch: ['*.json'], schema }] });
  // A one-character edit, as on a keystroke: a new string each round, as the server gets.
  const edited = (round) => text.replace('"name"', ` ${' '.repeat(round % 2)}"name"`);
  const ours = [];
  const theirs = [];
  const runOurs = (from, to) => {
    for (let round = from; round < to; round++) {
      const input = edited(round);
      const started = now();
      lintText(input);
      ours.push(now() - started);
    }
  };
  const runTheirs = async (from, to) => {
    for (let round = from; round < to; round++) {
      const input = edited(round);
      const started = now();
      const document = jsonService.TextDocument.create(`file:///bench-${round}.json`, 'json', round, input);
      await service.doValidation(document, service.parseJSONDocument(document));
      theirs.push(now() - started);
    }
  };
  for (let from = 0, turn = 0; from < warmup + rounds; from += block, turn++) {
    const to = Math.min(from + block, warmup + rounds);
    if (turn % 2 === 0) {
      runOurs(from, to);
      await runTheirs(from, to);
    } else {
      await runTheirs(from, to);
      runOurs(from, to);
    }
  }
  return {
    ours: { first: ours[0], times: ours.slice(warmup) },
    theirs: { first: theirs[0], times: theirs.slice(warmup) },
  };
}

const sizes = [
  // Enough warm-up rounds that both sides run optimised code: a 2 KB check is over in a fraction of a
  // millisecond, and each of our 45 rules runs once per check, so V8 optimises the last of them only
  // after a few thousand checks (after 1,000 our median was still 1.5 times its settled value).
  { name: '2 KB', text: typicalBody(3), rounds: 1000, warmup: 10000, block: 100, stdioWarmup: 20 },
  // At least 40 timed rounds: with fewer than 20, the p95 is simply the slowest round.
  { name: '100 KB', text: largeBody(200), rounds: 40, warmup: 50, block: 5, stdioWarmup: 10 },
  { name: '1 MB', text: largeBody(2000), rounds: 40, warmup: 5, block: 1, stdioWarmup: 5 },
];

/** The server's resident memory after opening `count` bodies and pulling their diagnostics. */
async function memoryAfterOpening(count) {
  const server = await startServer();
  const { connection, child } = server;
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;
  const before = rss();
  for (let i = 0; i < count; i++) {
    const uri = pathToFileURL(path.join(root, `bench-memory-${i}.instance.json`)).href;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text: typicalBody(i) } });
    await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  }
  const after = rss();
  await stopServer(server);
  return { count, rssBeforeMb: before, rssAfterMb: after };
}
const starts = [];
for (let i = 0; i < 5; i++) {
  const server = await startServer();
  starts.push(server.readyMs);
  await stopServer(server);
}
console.log(`\nserver ready (initialize answered): median ${quantile(starts, 0.5).toFixed(0)} ms, p95 ${quantile(starts, 0.95).toFixed(0)} ms (target < 300 ms)`);
console.log(`\n${'body'.padEnd(8)}${'ours, in-process'.padEnd(22)}${'json-languageservice'.padEnd(24)}${'ratio'.padEnd(8)}${'first check (ours/theirs)'.padEnd(27)}${'ours, edit->pull (stdio)'.padEnd(28)}${'completion'.padEnd(20)}hover`);
const rows = [];
const ms = (value) => value.toFixed(value < 10 ? 2 : 1);
for (const size of sizes) {
  const server = await startServer();
  const ours = await measureOurs(server, size.name.replace(' ', ''), size.text, size.rounds, size.stdioWarmup);
  await stopServer(server);
  const { ours: inProcess, theirs } = await measureInProcess(size.text, size.rounds, size.warmup, size.block);
  rows.push({
    body: size.name, rounds: size.rounds, warmupRounds: size.warmup, blockRounds: size.block,
    oursInProcess: inProcess.times, oursFirstCheck: inProcess.first, jsonServiceCheck: theirs.times, jsonServiceFirstCheck: theirs.first,
    oursOverStdio: ours.check, completion: ours.completion, hover: ours.hover, stdioWarmupRounds: size.stdioWarmup, firstOverStdio: ours.first,
  });
  const fmt = (values) => `${ms(quantile(values, 0.5))} / ${ms(quantile(values, 0.95))} ms`;
  console.log(
    size.name.padEnd(8) + fmt(inProcess.times).padEnd(22) + fmt(theirs.times).padEnd(24)
    + `${(quantile(inProcess.times, 0.5) / quantile(theirs.times, 0.5)).toFixed(2)}x`.padEnd(8)
    + `${ms(inProcess.first)} / ${ms(theirs.first)} ms`.padEnd(27)
    + fmt(ours.check).padEnd(28) + fmt(ours.completion).padEnd(20) + fmt(ours.hover),
  );
}
const warmups = (key) => sizes.map((size) => `${size.name}: ${size[key].toLocaleString('en-US')}`).join(', ');
console.log(`(median / p95 after the same untimed warm-up rounds for both (${warmups('warmup')}); the first, cold check apart.\n over stdio, after warm-up rounds of edit, pull, completion and hover (${warmups('stdioWarmup')}); first rounds in bench/results/server.json.`);
console.log(` ratio: our check against theirs, both in-process on the same texts, in alternating blocks of rounds (${warmups('block')}); edit->pull adds the protocol round trip.\n targets: check <= 0.5x, completion and hover < 20 ms on 1 MB)`);
const memory = await memoryAfterOpening(200);
console.log(`\nmemory: server RSS ${memory.rssBeforeMb.toFixed(0)} MB after start, ${memory.rssAfterMb.toFixed(0)} MB with ${memory.count} bodies open and checked`);
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/server.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, readyMs: starts, rows, memory }, null, 2)}\n`);
