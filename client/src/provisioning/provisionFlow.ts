import {
  bodySummary,
  describeProvisionOutcome,
  type HttpTransport,
  type ProvisionOutcome,
  provisionInstance,
  Redactor,
  searchableBodySecrets,
} from '../../../server/src/provision';
import { type BodyVerdict, checkBeforeSending, type ConfigSource, type FindingLine, findingLineText } from './bodyGate';
import { MaskedUi } from './maskedUi';
import type { ProvisioningPorts } from './ports';
import { describeTarget, type ProvisioningSettings, provisioningTarget, type ProvisioningTarget } from './provisioningTarget';
import { responseDocumentText } from './responseDocument';
import { SecretVault } from './secretVault';

/**
 * "Cloud Elements: Provision Instance": checks the document's text, then sends that very text once
 * (`POST {base}/instances`) and shows the outcome in the core's words. Nothing is ever sent again
 * without a click; the only retries offered are for requests that certainly created nothing.
 */

/** The document to provision, read when the command runs (unsaved edits included). */
export interface ProvisionDocument {
  /** For messages: the file name, or the untitled editor's title. */
  readonly name: string;
  /** Undefined for an unsaved editor. */
  readonly filePath: string | undefined;
  getText(): string;
}

/** The settings a run reads: the two provisioning settings and those the language server checks with. */
export interface ProvisionSettings {
  readonly provisioning: ProvisioningSettings;
  /** `ceInstance.configPath`, resolved (absolute, or undefined when unset). */
  readonly configPath: string | undefined;
  /** `ceInstance.rules` as written. */
  readonly rules: unknown;
}

export interface ProvisionFlowOptions {
  readonly ports: ProvisioningPorts;
  /** A fresh resolver per run, so edits to a config file count at once. */
  readonly configs: () => ConfigSource;
  readonly timeoutMs: number;
  /** The HTTP client; tests may give another. */
  readonly transport?: HttpTransport;
}

export const ACTIONS = {
  copyId: 'Copy Id',
  copyToken: 'Copy Token',
  openResponse: 'Open Response',
  forgetAndRetry: 'Forget Secrets and Retry',
  tryAgain: 'Try Again',
  showOutput: 'Show Output',
  openSettings: 'Open Settings',
  provisionAnyway: 'Provision anyway',
} as const;

/** How a run ended, for the caller (and tests); no secret in it. */
export type ProvisionRunResult =
  | { readonly kind: 'stopped'; readonly reason: 'busy' | 'settings' | 'config-error' | 'not-an-instance' | 'errors' | 'warnings-declined' | 'no-secrets' }
  | { readonly kind: 'sent'; readonly outcome: ProvisionOutcome['kind']; readonly mayExist: boolean };

export interface ProvisionRun {
  readonly result: ProvisionRunResult;
  /**
   * Settles when the user is done with the outcome's notification (its actions, a retry they
   * clicked). The command does not wait for it: a notification may stay open for long.
   */
  readonly followUp: Promise<void>;
}

/** How many findings a message lists before it says how many more there are. */
const LISTED_FINDINGS = 5;

export class ProvisionFlow {
  private readonly vault: SecretVault;

  constructor(private readonly options: ProvisionFlowOptions) {
    this.vault = new SecretVault(options.ports.secrets);
  }

  /** One run at a time: a second click while a request is out would be a second instance. */
  private running = false;

  async run(document: ProvisionDocument, readSettings: () => ProvisionSettings): Promise<ProvisionRun> {
    if (this.running) {
      void this.options.ports.notifier.info('Provisioning is under way already: wait for its outcome before starting another.', []);
      return { result: { kind: 'stopped', reason: 'busy' }, followUp: Promise.resolve() };
    }
    this.running = true;
    try {
      return await this.runOnce(document, readSettings);
    } finally {
      this.running = false;
    }
  }

  private async runOnce(document: ProvisionDocument, readSettings: () => ProvisionSettings): Promise<ProvisionRun> {
    const { ports } = this.options;
    // The text is read once: the check and the request see the same characters.
    const text = document.getText();
    const settings = readSettings();
    let ui = new MaskedUi(ports.notifier, ports.log, new Redactor(searchableBodySecrets(text)));
    const again = (): Promise<void> => this.run(document, readSettings).then((run) => run.followUp);

    const gate = await checkBeforeSending({ text, filePath: document.filePath, configPath: settings.configPath, ruleSettings: settings.rules }, this.options.configs());
    for (const warning of gate.configWarnings) ui.log.warn(warning);
    const stop = await this.stopForBody(document.name, gate.verdict, ui);
    if (stop) return { result: { kind: 'stopped', reason: stop }, followUp: Promise.resolve() };

    const targetRead = provisioningTarget(settings.provisioning);
    if ('problem' in targetRead) {
      ui.log.error(`Not sent: ${targetRead.problem}`);
      const followUp = ui.error(`${targetRead.problem} Nothing was sent.`, [ACTIONS.openSettings]).then(async (action) => {
        if (action === ACTIONS.openSettings) await ports.workbench.openSettings('ceInstance.provisioning');
      });
      return { result: { kind: 'stopped', reason: 'settings' }, followUp };
    }
    const target = targetRead.target;
    // Asked once the settings are known to be usable, so that agreeing is not followed by a refusal.
    if (gate.verdict.kind === 'warnings' && !(await this.acceptWarnings(document.name, gate.verdict.warnings, ui))) {
      return { result: { kind: 'stopped', reason: 'warnings-declined' }, followUp: Promise.resolve() };
    }

    const secrets = await this.vault.obtain(target, ports.prompts);
    if (!secrets) {
      ui.status('Provisioning cancelled: no secrets were given, nothing was sent.');
      return { result: { kind: 'stopped', reason: 'no-secrets' }, followUp: Promise.resolve() };
    }
    ui = ui.with([secrets.user, secrets.organization]);

    ui.log.info(`Sending ${document.name} to ${target.baseUrl}/instances (${target.label}).`);
    const outcome = await ports.progress.run(`Provisioning ${document.name} on ${describeTarget(target)}`, (signal) =>
      provisionInstance({ baseUrl: target.baseUrl, secrets, body: text, timeoutMs: this.options.timeoutMs, signal, transport: this.options.transport }),
    );
    if (outcome.kind === 'created') ui = ui.with([outcome.instance.token.reveal()]);
    const followUp = this.showOutcome(outcome, { target, text, ui, again });
    return { result: { kind: 'sent', outcome: outcome.kind, mayExist: outcome.kind === 'created' || outcome.mayExist }, followUp };
  }

  /** Shows why the body cannot go; undefined when it may be sent (warnings are asked about later). */
  private async stopForBody(name: string, verdict: BodyVerdict, ui: MaskedUi): Promise<'config-error' | 'not-an-instance' | 'errors' | undefined> {
    const { ports } = this.options;
    switch (verdict.kind) {
      case 'config-error':
        ui.log.error(`Not sent: ${verdict.message}`);
        void ui.error(`The config for ${name} cannot be read, so its rules and team schemas cannot be applied; nothing was sent. ${verdict.message}`);
        return 'config-error';
      case 'not-an-instance':
        ui.log.error(`Not sent: ${name} is not an instance body.`);
        void ui.error(`${name} is not an instance body (it has neither "element" nor "configuration" at the top); nothing was sent.`);
        return 'not-an-instance';
      case 'errors': {
        const count = plural(verdict.errors.length, 'error');
        ui.log.error(`Not sent: ${name} has ${count}.`);
        for (const finding of [...verdict.errors, ...verdict.warnings].sort(byPlace)) ui.log.error(`  ${finding.severity} ${findingLineText(finding)}`);
        await ports.workbench.revealProblems();
        void ui.error(`${name} has ${count}; nothing was sent. Fix ${verdict.errors.length === 1 ? 'it' : 'them'} (see the Problems view), then provision again. ${listed(verdict.errors)}`);
        return 'errors';
      }
      case 'warnings':
      case 'clean':
        return undefined;
    }
  }

  /** The modal for a body with warnings: "Provision anyway" or Cancel. */
  private async acceptWarnings(name: string, warnings: readonly FindingLine[], ui: MaskedUi): Promise<boolean> {
    const agreed = await this.options.ports.prompts.confirm({
      message: `${name} has ${plural(warnings.length, 'warning')}. Provision it anyway?`,
      detail: ui.mask(listed(warnings, '\n')),
      confirm: ACTIONS.provisionAnyway,
    });
    if (!agreed) ui.log.info(`Not sent: the warnings of ${name} were not accepted.`);
    return agreed;
  }

  private async showOutcome(outcome: ProvisionOutcome, run: { target: ProvisioningTarget; text: string; ui: MaskedUi; again: () => Promise<void> }): Promise<void> {
    const { ports } = this.options;
    const { ui, target } = run;
    const { headline, details } = describeProvisionOutcome(outcome, { baseUrl: target.baseUrl, ...bodySummary(run.text) });
    const log = outcome.kind === 'created' || (outcome.kind === 'cancelled' && !outcome.mayExist) ? ui.log.info : ui.log.error;
    for (const line of [headline, ...details.map((detail) => `  ${detail}`)]) log(line);

    if (outcome.kind === 'created') {
      const { instance } = outcome;
      // Shown again after each copy, so that the other actions stay at hand.
      for (;;) {
        const action = await ui.info(headline, [ACTIONS.copyId, ACTIONS.copyToken, ACTIONS.openResponse]);
        if (action === undefined) return;
        if (action === ACTIONS.copyId) {
          await ports.clipboard.writeText(String(instance.id));
          ui.status(`Copied the instance id ${instance.id}.`);
        } else if (action === ACTIONS.copyToken) {
          await ports.clipboard.writeText(instance.token.reveal());
          ui.status('Copied the instance token to the clipboard: it is a secret.');
        } else {
          await ports.workbench.openUntitledJson(responseDocumentText(outcome.responseText));
          return;
        }
      }
    }
    const message = [headline, ...details].join(' ');
    if (outcome.kind === 'cancelled' && !outcome.mayExist) {
      await ui.info(message);
      return;
    }
    const action = await ui.error(message, [...retryActions(outcome), ACTIONS.showOutput]);
    switch (action) {
      case ACTIONS.forgetAndRetry:
        await this.vault.forget(target.baseUrl);
        ui.log.info(`Forgot the secrets for ${target.baseUrl}; provisioning again, as asked.`);
        return run.again();
      case ACTIONS.tryAgain:
        ui.log.info('Provisioning again, as asked.');
        return run.again();
      case ACTIONS.showOutput:
        ports.workbench.showOutput();
        return;
      default:
        return;
    }
  }
}

/**
 * A retry is offered only when the request certainly created nothing: the platform refused the
 * secrets (401, 403), or no connection was made. Never after a timeout or a lost connection
 * that may have reached it, nor after a 5xx.
 */
function retryActions(outcome: ProvisionOutcome): (typeof ACTIONS)['forgetAndRetry' | 'tryAgain'][] {
  if (outcome.kind === 'refused' && (outcome.status === 401 || outcome.status === 403)) return [ACTIONS.forgetAndRetry];
  if (outcome.kind === 'unreachable' || (outcome.kind === 'timeout' && !outcome.mayExist)) return [ACTIONS.tryAgain];
  return [];
}

function listed(findings: readonly FindingLine[], separator = ' '): string {
  const shown = findings.slice(0, LISTED_FINDINGS).map((finding) => `Line ${findingLineText(finding)}.`);
  if (findings.length > LISTED_FINDINGS) shown.push(`And ${findings.length - LISTED_FINDINGS} more.`);
  return shown.join(separator);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function byPlace(a: FindingLine, b: FindingLine): number {
  return a.line - b.line || a.column - b.column;
}
