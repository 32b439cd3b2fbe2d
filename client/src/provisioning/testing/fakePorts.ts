import fs from 'node:fs/promises';
import path from 'node:path';
import type { PickItem, ProvisioningPorts, Validate } from '../ports';

/** One thing the user saw or the log got. */
export interface Shown {
  readonly channel: 'info' | 'warning' | 'error' | 'status' | 'log.info' | 'log.warn' | 'log.error' | 'prompt' | 'confirm' | 'pick' | 'document';
  readonly text: string;
  readonly actions?: readonly string[];
}

/** How the fake progress notification treats the task's Cancel button. */
export type CancelPlan =
  | { readonly kind: 'never' }
  /** Cancelled before the task starts: the request must not be sent. */
  | { readonly kind: 'before' }
  /** Cancelled once `when` resolves (say, once the server has the request). */
  | { readonly kind: 'when'; readonly when: () => Promise<void> };

/**
 * Recording stand-ins for the editor: scripted answers to every question, and a record of every
 * text shown, logged or opened (`texts()`), which tests search for secrets. The clipboard is kept
 * apart: copying the token there is the one place it may go.
 */
export class FakePorts implements ProvisioningPorts {
  readonly shown: Shown[] = [];
  readonly secretEntries = new Map<string, string>();
  readonly clipboardWrites: string[] = [];
  readonly openedFiles: string[] = [];
  readonly untitledDocuments: string[] = [];
  readonly settingsOpened: string[] = [];
  revealedProblems = 0;
  outputShown = 0;

  /** Answers to the password boxes, in order; undefined dismisses one. */
  secretAnswers: (string | undefined)[] = [];
  textAnswers: (string | undefined)[] = [];
  confirmAnswers: boolean[] = [];
  pickAnswers: (string | undefined)[] = [];
  /** The action each notification is closed with, in order; none left closes it without one. */
  notificationAnswers: (string | undefined)[] = [];
  cancel: CancelPlan = { kind: 'never' };
  /** What each input box's validation said about the answer given (undefined when accepted). */
  readonly validations: (string | undefined)[] = [];
  readonly secretRequests: { title: string; prompt: string }[] = [];
  readonly textRequests: { title: string; prompt: string; value: string }[] = [];
  readonly pickRequests: { title: string; items: readonly PickItem<string>[] }[] = [];

  readonly secrets = {
    get: async (key: string) => this.secretEntries.get(key),
    store: async (key: string, value: string) => void this.secretEntries.set(key, value),
    delete: async (key: string) => void this.secretEntries.delete(key),
  };

  readonly prompts = {
    secret: async (request: { title: string; prompt: string; validate: Validate }) => {
      this.secretRequests.push({ title: request.title, prompt: request.prompt });
      this.record('prompt', `${request.title}\n${request.prompt}`);
      return this.validated(this.secretAnswers.shift(), request.validate);
    },
    text: async (request: { title: string; prompt: string; value: string; validate: Validate }) => {
      this.textRequests.push({ title: request.title, prompt: request.prompt, value: request.value });
      this.record('prompt', `${request.title}\n${request.prompt}\n${request.value}`);
      return this.validated(this.textAnswers.shift(), request.validate);
    },
    confirm: async (request: { message: string; detail: string; confirm: string }) => {
      this.record('confirm', `${request.message}\n${request.detail}`, [request.confirm]);
      return this.confirmAnswers.shift() ?? false;
    },
    pick: async <T extends string>(request: { title: string; items: readonly PickItem<T>[] }) => {
      this.pickRequests.push(request);
      this.record('pick', request.items.map((item) => `${item.label}\n${item.detail ?? ''}`).join('\n'));
      return this.pickAnswers.shift() as T | undefined;
    },
  };

  readonly notifier = {
    info: async <A extends string>(message: string, actions: readonly A[]) => this.notify('info', message, actions),
    warning: async <A extends string>(message: string, actions: readonly A[]) => this.notify('warning', message, actions),
    error: async <A extends string>(message: string, actions: readonly A[]) => this.notify('error', message, actions),
    status: (message: string) => this.record('status', message),
  };

  readonly log = {
    info: (line: string) => this.record('log.info', line),
    warn: (line: string) => this.record('log.warn', line),
    error: (line: string) => this.record('log.error', line),
  };

  readonly progress = {
    run: async <T>(title: string, task: (signal: AbortSignal) => Promise<T>): Promise<T> => {
      this.record('status', `progress: ${title}`);
      const controller = new AbortController();
      const plan = this.cancel;
      if (plan.kind === 'before') controller.abort();
      const running = task(controller.signal);
      if (plan.kind === 'when') void plan.when().then(() => controller.abort());
      return running;
    },
  };

  readonly workbench = {
    revealProblems: async () => void this.revealedProblems++,
    showOutput: () => void this.outputShown++,
    openUntitledJson: async (text: string) => {
      this.untitledDocuments.push(text);
      this.record('document', text);
    },
    openFile: async (filePath: string) => void this.openedFiles.push(filePath),
    openSettings: async (query: string) => void this.settingsOpened.push(query),
  };

  readonly clipboard = {
    writeText: async (text: string) => void this.clipboardWrites.push(text),
  };

  /** The real file system: the tests give a temporary folder. */
  readonly files = {
    kindOf: async (filePath: string) => {
      const stat = await fs.stat(filePath).catch(() => undefined);
      return stat === undefined ? undefined : stat.isDirectory() ? ('directory' as const) : ('file' as const);
    },
    readText: async (filePath: string) => fs.readFile(filePath, 'utf8').catch(() => undefined),
    write: async (filePath: string, text: string) => {
      await fs.mkdir(path.dirname(filePath), { recursive: true });
      await fs.writeFile(filePath, text);
    },
  };

  /** Every text shown, logged, asked or opened. */
  texts(): string[] {
    return this.shown.map((entry) => [entry.text, ...(entry.actions ?? [])].join('\n'));
  }

  /** The notifications (info, warning, error) in order, with their actions. */
  notifications(): { channel: string; text: string; actions: readonly string[] }[] {
    return this.shown.filter((entry) => ['info', 'warning', 'error'].includes(entry.channel)).map((entry) => ({ channel: entry.channel, text: entry.text, actions: entry.actions ?? [] }));
  }

  logLines(): string[] {
    return this.shown.filter((entry) => entry.channel.startsWith('log.')).map((entry) => entry.text);
  }

  private notify<A extends string>(channel: 'info' | 'warning' | 'error', message: string, actions: readonly A[]): A | undefined {
    this.record(channel, message, actions);
    const answer = this.notificationAnswers.shift();
    if (answer !== undefined && !actions.includes(answer as A)) throw new Error(`the test answers '${answer}', which the notification does not offer (${actions.join(', ')})`);
    return answer as A | undefined;
  }

  /** A typed answer goes through the box's validation, as VS Code's input box does: a refused one would not close it. */
  private validated(answer: string | undefined, validate: Validate): string | undefined {
    if (answer === undefined) return undefined;
    const problem = validate(answer);
    this.validations.push(problem);
    if (problem !== undefined) throw new Error(`the input box would not accept the test's answer: ${problem}`);
    return answer;
  }

  private record(channel: Shown['channel'], text: string, actions?: readonly string[]): void {
    this.shown.push({ channel, text, ...(actions && actions.length > 0 ? { actions } : {}) });
  }
}
