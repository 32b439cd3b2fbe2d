/**
 * Runs the engine on one hostile text in a worker thread, so that a hang blocks only the worker
 * and the test's timeout still fires. The text is generated here: nothing large crosses threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fixText, lintText, type LintResult } from '../../../server/src/engine';
import * as hostileTexts from './hostileTexts';
import type { EngineJob, EngineSummary, FindingSummary } from './engineInWorker';

const job = workerData as EngineJob;
const make = (hostileTexts as unknown as Record<string, (...args: unknown[]) => string>)[job.recipe];
const generated = make(...job.args);
const text = job.prefix === undefined ? generated : job.prefix + generated;

const summary = (result: LintResult): Omit<EngineSummary, 'textLength' | 'fixed'> => {
  const countsByRule: Record<string, number> = {};
  for (const finding of result.findings) countsByRule[finding.ruleId] = (countsByRule[finding.ruleId] ?? 0) + 1;
  const outside = result.findings.filter((finding) => !(finding.range.start >= 0 && finding.range.start <= finding.range.end && finding.range.end <= text.length));
  const first: FindingSummary[] = result.findings.slice(0, 20).map((finding) => ({
    ruleId: finding.ruleId,
    message: finding.message.slice(0, 300),
    messageLength: finding.message.length,
    start: finding.range.start,
    end: finding.range.end,
  }));
  return {
    countsByRule,
    first,
    longestMessage: result.findings.reduce((longest, finding) => Math.max(longest, finding.message.length), 0),
    rangesOutside: outside.length,
    internalErrors: result.internalErrors.map(({ ruleId, error }) => `${ruleId}: ${error instanceof Error ? error.stack : String(error)}`),
  };
};

if (job.task === 'lint') {
  parentPort!.postMessage({ textLength: text.length, ...summary(lintText(text)) } satisfies EngineSummary);
} else {
  const fixed = fixText(text);
  const sample = fixed.text.length <= 1_000_000 ? fixed.text : undefined;
  parentPort!.postMessage({ textLength: text.length, ...summary(fixed.result), fixed: { count: fixed.fixed.length, changed: fixed.text !== text, text: sample } } satisfies EngineSummary);
}
