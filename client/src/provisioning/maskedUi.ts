import { Redactor } from '../../../server/src/provision';
import type { Notifier, OutputLog } from './ports';

/**
 * Notifications and log lines with every secret the run knows of masked first: the platform
 * secrets, the body's secret values and the new instance's token. The flows show and log through
 * this only, so a secret that an API message or a finding repeats is never displayed.
 */
export class MaskedUi {
  constructor(
    private readonly notifier: Notifier,
    private readonly output: OutputLog,
    private readonly redactor: Redactor = new Redactor([]),
  ) {}

  /** The same UI, masking `secrets` too. */
  with(secrets: Iterable<string>): MaskedUi {
    return new MaskedUi(this.notifier, this.output, this.redactor.with(secrets));
  }

  mask(text: string): string {
    return this.redactor.text(text);
  }

  info<A extends string>(message: string, actions: readonly A[] = []): Promise<A | undefined> {
    return this.notifier.info(this.mask(message), actions);
  }

  warning<A extends string>(message: string, actions: readonly A[] = []): Promise<A | undefined> {
    return this.notifier.warning(this.mask(message), actions);
  }

  error<A extends string>(message: string, actions: readonly A[] = []): Promise<A | undefined> {
    return this.notifier.error(this.mask(message), actions);
  }

  status(message: string): void {
    this.notifier.status(this.mask(message));
  }

  readonly log = {
    info: (line: string) => this.output.info(this.mask(line)),
    warn: (line: string) => this.output.warn(this.mask(line)),
    error: (line: string) => this.output.error(this.mask(line)),
  };
}
