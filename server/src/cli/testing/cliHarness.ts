import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { RULES } from '../../engine';
import { run } from '../main';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRunOptions {
  readonly cwd: string;
  readonly stdin?: string | Buffer;
  readonly env?: NodeJS.ProcessEnv;
  readonly isTTY?: boolean;
}

/** Runs the CLI in-process with captured streams. */
export async function runCli(argv: readonly string[], options: CliRunOptions): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run([...argv], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    cwd: options.cwd,
    env: options.env ?? { CE_INSTANCE_CACHE_DIR: path.join(options.cwd, '.cache') },
    isTTY: options.isTTY ?? false,
  });
  return { code, stdout, stderr };
}

/** The four syntax rules alone, so exact-output tests do not move when instance rules are added. */
export const SYNTAX_RULES = ['invalid-json', 'no-comments', 'no-trailing-commas', 'no-duplicate-keys'];

export function onlySyntaxRules(): string[] {
  return RULES.filter((rule) => !SYNTAX_RULES.includes(rule.meta.id)).flatMap((rule) => ['--rule', `${rule.meta.id}:off`]);
}

/** A fresh directory with `files` written into it (subdirectories made as needed); removed after the run. */
export function tempProject(files: Record<string, string | Buffer> = {}): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ce-instance-cli-')));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  created.push(root);
  return root;
}

const created: string[] = [];

/** Call from a root `after` hook: removes every directory `tempProject` made. */
export function removeTempProjects(): void {
  for (const root of created.splice(0)) fs.rmSync(root, { recursive: true, force: true });
}

/**
 * An instance body with a comment (safe fix), a trailing comma (safe fix) and a duplicate key
 * (suggestion only): one of each kind of finding the syntax rules make.
 */
export const BROKEN_INSTANCE = '{\n  // the element\n  "element": {"key": "box",},\n  "name": "a", "name": "b"\n}\n';
export const CLEAN_INSTANCE = '{"element": {"key": "box"}}\n';
export const NOT_AN_INSTANCE = '{"compilerOptions": {"strict": true}}\n';

export const MESSAGES = {
  comment: 'Comments are not allowed in JSON: the API rejects the body. Remove the comment (put notes in "name" or "tags" if they must travel with the instance).',
  trailingComma: 'Trailing comma: strict JSON allows no comma after the last entry. Remove it.',
  duplicateName: "Duplicate key 'name': only this last value counts; the one on line 4 is ignored. Keep one of them.",
};
