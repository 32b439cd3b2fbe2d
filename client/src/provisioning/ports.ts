/**
 * What the provisioning commands need from the editor, as small interfaces: the flows in this
 * folder are plain TypeScript that unit tests drive with recording fakes (`testing/fakePorts.ts`),
 * and `vscodePorts.ts` is the one place that maps them onto the VS Code API.
 */

/** Where secrets live between sessions: VS Code's SecretStorage (the OS keychain on the desktop). */
export interface SecretStore {
  get(key: string): Promise<string | undefined>;
  store(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** An answer to check as it is typed: a problem to show, or undefined when it is fine. */
export type Validate = (value: string) => string | undefined;

export interface PickItem<T extends string> {
  readonly id: T;
  readonly label: string;
  readonly detail?: string;
}

/** Questions to the user; each resolves to undefined (or false) when dismissed. */
export interface Prompts {
  /** A password input box: typed characters are masked and it stays open when focus moves away. */
  secret(request: { readonly title: string; readonly prompt: string; readonly validate: Validate }): Promise<string | undefined>;
  /** A plain input box. */
  text(request: { readonly title: string; readonly prompt: string; readonly value: string; readonly validate: Validate }): Promise<string | undefined>;
  /** A modal question whose only choices are `confirm` and Cancel: true for `confirm`. */
  confirm(request: { readonly message: string; readonly detail: string; readonly confirm: string }): Promise<boolean>;
  pick<T extends string>(request: { readonly title: string; readonly items: readonly PickItem<T>[] }): Promise<T | undefined>;
}

/** Notifications; each resolves to the action clicked, or undefined when closed without one. */
export interface Notifier {
  info<A extends string>(message: string, actions: readonly A[]): Promise<A | undefined>;
  warning<A extends string>(message: string, actions: readonly A[]): Promise<A | undefined>;
  error<A extends string>(message: string, actions: readonly A[]): Promise<A | undefined>;
  /** A short note in the status bar, for a step that needs no answer ("copied"). */
  status(message: string): void;
}

/** The extension's output channel. */
export interface OutputLog {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

/** A progress notification with a Cancel button; `signal` aborts when it is clicked. */
export interface Progress {
  run<T>(title: string, task: (signal: AbortSignal) => Promise<T>): Promise<T>;
}

/** What the flows open or reveal in the editor. */
export interface Workbench {
  revealProblems(): Promise<void>;
  showOutput(): void;
  /** A new unsaved JSON editor holding `text`. */
  openUntitledJson(text: string): Promise<void>;
  openFile(filePath: string): Promise<void>;
  /** The Settings editor, searching for `query`. */
  openSettings(query: string): Promise<void>;
}

export interface Clipboard {
  writeText(text: string): Promise<void>;
}

/** Files in the workspace (through the editor's file system, so remote folders work too). */
export interface WorkspaceFiles {
  kindOf(filePath: string): Promise<'file' | 'directory' | undefined>;
  /** The file's text (UTF-8); undefined when it cannot be read. */
  readText(filePath: string): Promise<string | undefined>;
  /** Writes `text` as UTF-8, creating the folders above it. */
  write(filePath: string, text: string): Promise<void>;
}

/** Everything the flows use, in one bundle. */
export interface ProvisioningPorts {
  readonly secrets: SecretStore;
  readonly prompts: Prompts;
  readonly notifier: Notifier;
  readonly log: OutputLog;
  readonly progress: Progress;
  readonly workbench: Workbench;
  readonly clipboard: Clipboard;
  readonly files: WorkspaceFiles;
}
