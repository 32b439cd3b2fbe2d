/** Where a CLI run reads and writes: the real process in `main`, captured buffers in tests. */
export interface OutputStream {
  write(text: string): unknown;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal: colours are only for people. */
  readonly isTTY: boolean;
}

/** A mistake in the command line: exit code 2 and one line on stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
