import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes through a temporary file in the same directory and a rename, so a reader (or a crash)
 * never sees half a file: fixed files, reports and tokens (the CLI) and remote cache entries (the
 * config resolver). `mode` is set on the new file; without it the usual default applies.
 */
export async function writeFileAtomic(target: string, data: string, mode?: number): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomSuffix()}.tmp`);
  try {
    await fs.writeFile(temporary, data, { flag: 'wx', ...(mode === undefined ? {} : { mode }) });
    // The umask trims the mode given at creation; chmod sets it exactly.
    if (mode !== undefined) await fs.chmod(temporary, mode);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** node:crypto is loaded on the first write: loading it costs every start of the CLI, and most runs write nothing. */
function randomSuffix(): string {
  return (require('node:crypto') as typeof import('node:crypto')).randomBytes(4).toString('hex');
}
