/**
 * Runs regular expressions against their attacks, off the main thread: a catastrophic one hangs
 * here, the test's timeout fires there, and the test ends this worker.
 */
import { parentPort } from 'node:worker_threads';
import { type Attack, attackText } from './regexAttacks';

export interface RegexJob {
  readonly id: number;
  readonly source: string;
  readonly flags: string;
  readonly attacks: readonly Attack[];
}

parentPort!.on('message', (job: RegexJob) => {
  const regex = new RegExp(job.source, job.flags);
  let matches = 0;
  for (const attack of job.attacks) {
    const text = attackText(attack);
    // As the sources use them: a global regex is run to the end of the text, others to their first match.
    if (regex.global || regex.sticky) {
      regex.lastIndex = 0;
      for (const _match of text.matchAll(regex.global ? regex : new RegExp(job.source, `${job.flags}g`))) matches++;
    } else if (regex.exec(text)) {
      matches++;
    }
  }
  parentPort!.postMessage({ id: job.id, matches });
});
