import path from 'node:path';
import { CONFIG_FILE_NAME } from '../../../server/src/config';
import { bodySummary, describeSchemaPullFailure, type HttpTransport, isElementKey, nearestConfigFile, pullCommandLine, pullElementSchema, schemasEntry, type SchemaPullOutcome } from '../../../server/src/provision';
import { MaskedUi } from './maskedUi';
import type { ProvisioningPorts } from './ports';
import { describeTarget, type ProvisioningSettings, provisioningTarget, type ProvisioningTarget } from './provisioningTarget';
import { SecretVault } from './secretVault';

/**
 * "Cloud Elements: Pull Element Schema": reads an element's configuration definitions with the
 * core (`GET {base}/elements/{key}/configuration`), writes the schema to
 * `schemas/elements/<key>.schema.json` in the workspace folder, opens it, and tells how to name it
 * in `.ce-instance.json`. The file is byte for byte what `ce-instance schema pull` writes.
 */

export interface SchemaPullContext {
  /** The active JSON editor's text, whose `element.key` is offered first. */
  readonly activeText: string | undefined;
  /** The workspace folder of the active file (or the one chosen); undefined when none is open. */
  readonly folder: string | undefined;
  readonly provisioning: ProvisioningSettings;
}

export interface SchemaPullFlowOptions {
  readonly ports: ProvisioningPorts;
  readonly timeoutMs: number;
  readonly transport?: HttpTransport;
}

export const SCHEMA_ACTIONS = {
  copyEntry: 'Copy Entry',
  replace: 'Replace',
  forgetAndRetry: 'Forget Secrets and Retry',
  tryAgain: 'Try Again',
  openSettings: 'Open Settings',
} as const;

export type SchemaPullResult =
  | { readonly kind: 'written' | 'unchanged'; readonly file: string }
  | { readonly kind: 'stopped'; readonly reason: 'settings' | 'no-folder' | 'no-key' | 'no-secrets' | 'not-replaced' | 'not-writable' }
  | { readonly kind: 'failed'; readonly outcome: Exclude<SchemaPullOutcome['kind'], 'pulled'> };

export interface SchemaPullRun {
  readonly result: SchemaPullResult;
  /** Settles when the user is done with the last notification (the command does not wait for it). */
  readonly followUp: Promise<void>;
}

export class SchemaPullFlow {
  private readonly vault: SecretVault;

  constructor(private readonly options: SchemaPullFlowOptions) {
    this.vault = new SecretVault(options.ports.secrets);
  }

  async run(context: SchemaPullContext): Promise<SchemaPullRun> {
    const { ports } = this.options;
    let ui = new MaskedUi(ports.notifier, ports.log);
    const stopped = (reason: Extract<SchemaPullResult, { kind: 'stopped' }>['reason'], followUp: Promise<void> = Promise.resolve()): SchemaPullRun => ({ result: { kind: 'stopped', reason }, followUp });

    const targetRead = provisioningTarget(context.provisioning);
    if ('problem' in targetRead) {
      const followUp = ui.error(targetRead.problem, [SCHEMA_ACTIONS.openSettings]).then(async (action) => {
        if (action === SCHEMA_ACTIONS.openSettings) await ports.workbench.openSettings('ceInstance.provisioning');
      });
      return stopped('settings', followUp);
    }
    const target = targetRead.target;
    if (context.folder === undefined) {
      void ui.error('Open a folder first: the schema is written into the workspace folder of the active file (schemas/elements/<key>.schema.json).');
      return stopped('no-folder');
    }

    const suggested = context.activeText === undefined ? undefined : bodySummary(context.activeText).elementKey;
    const elementKey = await ports.prompts.text({
      title: 'Cloud Elements: Pull Element Schema',
      prompt: `The key of the element whose configuration to read from ${describeTarget(target)}, such as shopify or hubspotcrm.`,
      value: suggested !== undefined && isElementKey(suggested) ? suggested : '',
      validate: (value) => (isElementKey(value.trim()) ? undefined : 'An element key is made of letters, digits, dots, dashes and underscores, such as hubspotcrm or sfdc.'),
    });
    if (elementKey === undefined) return stopped('no-key');
    const key = elementKey.trim();

    const secrets = await this.vault.obtain(target, ports.prompts);
    if (!secrets) {
      ui.status('Schema pull cancelled: no secrets were given, nothing was read.');
      return stopped('no-secrets');
    }
    ui = ui.with([secrets.user, secrets.organization]);

    const outcome = await ports.progress.run(`Reading the configuration of ${key} from ${describeTarget(target)}`, (signal) =>
      pullElementSchema({ baseUrl: target.baseUrl, secrets, elementKey: key, command: pullCommandLine(key, target.environment, target.baseUrl), timeoutMs: this.options.timeoutMs, signal, transport: this.options.transport }),
    );
    if (outcome.kind !== 'pulled') return this.failed(outcome, target, ui, context);

    const file = path.join(context.folder, 'schemas', 'elements', `${key}.schema.json`);
    const shown = path.relative(context.folder, file).split(path.sep).join('/');
    const existing = await ports.files.kindOf(file);
    if (existing === 'directory') {
      void ui.error(`${shown} is a folder; the schema was not written.`);
      return stopped('not-writable');
    }
    const unchanged = existing === 'file' && (await ports.files.readText(file)) === outcome.text;
    if (existing === 'file' && !unchanged) {
      const replace = await ports.prompts.confirm({
        message: `${shown} exists. Replace it?`,
        detail: `It is replaced by what ${describeTarget(target)} says element ${key} takes now.`,
        confirm: SCHEMA_ACTIONS.replace,
      });
      if (!replace) return stopped('not-replaced');
    }
    try {
      if (!unchanged) await ports.files.write(file, outcome.text);
    } catch (error) {
      void ui.error(`Cannot write ${shown}: ${error instanceof Error ? error.message : String(error)}`);
      return stopped('not-writable');
    }
    await ports.workbench.openFile(file);

    const { keyCount, requiredKeys } = outcome.schema;
    const config = await nearestConfigFile(path.dirname(file), async (candidate) => (await ports.files.kindOf(candidate)) === 'file');
    const entry = schemasEntry(file, config, context.folder);
    const where = config ? path.relative(context.folder, config).split(path.sep).join('/') : `a new ${CONFIG_FILE_NAME} at the folder's root`;
    const counts = `${keyCount} configuration ${keyCount === 1 ? 'key' : 'keys'}, ${requiredKeys.length} required`;
    const summary = unchanged ? `${shown} is up to date (${counts}).` : `Wrote ${shown}: ${counts}.`;
    const hint = `To check instance bodies against it, add ${entry} to "schemas" in ${where}.`;
    if (outcome.skippedEntries > 0) ui.log.warn(`${outcome.skippedEntries} configuration ${outcome.skippedEntries === 1 ? 'entry has' : 'entries have'} no key and ${outcome.skippedEntries === 1 ? 'was' : 'were'} left out.`);
    ui.log.info(`${summary} ${hint}`);
    const followUp = ui.info(`${summary} ${hint}`, [SCHEMA_ACTIONS.copyEntry]).then(async (action) => {
      if (action !== SCHEMA_ACTIONS.copyEntry) return;
      await ports.clipboard.writeText(entry);
      ui.status('Copied the "schemas" entry.');
    });
    return { result: { kind: unchanged ? 'unchanged' : 'written', file }, followUp };
  }

  private failed(outcome: Exclude<SchemaPullOutcome, { kind: 'pulled' }>, target: ProvisioningTarget, ui: MaskedUi, context: SchemaPullContext): SchemaPullRun {
    const { headline, details } = describeSchemaPullFailure(outcome, target.baseUrl);
    for (const line of [headline, ...details.map((detail) => `  ${detail}`)]) ui.log.error(line);
    // Reading changes nothing on the platform, so trying again is always safe; still only on a click.
    const refusedSecrets = outcome.kind === 'refused' && (outcome.status === 401 || outcome.status === 403);
    const retry = refusedSecrets ? SCHEMA_ACTIONS.forgetAndRetry : outcome.kind === 'refused' || outcome.kind === 'cancelled' ? undefined : SCHEMA_ACTIONS.tryAgain;
    const message = [headline, ...details].join(' ');
    const shown = outcome.kind === 'cancelled' ? ui.info(message) : ui.error(message, retry ? [retry] : []);
    const followUp = shown.then(async (action) => {
      if (action === SCHEMA_ACTIONS.forgetAndRetry) await this.vault.forget(target.baseUrl);
      if (action === SCHEMA_ACTIONS.forgetAndRetry || action === SCHEMA_ACTIONS.tryAgain) await (await this.run(context)).followUp;
    });
    return { result: { kind: 'failed', outcome: outcome.kind }, followUp };
  }
}

