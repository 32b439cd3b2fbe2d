/**
 * The names the manifest (package.json) declares and the code uses; `manifest.test.ts` checks that
 * both agree, and that the settings match what the server reads.
 */
export const SETTINGS_SECTION = 'ceInstance';
export const CLIENT_ID = 'ceInstance';
/** The output channel: the server's log and the protocol trace. */
export const CLIENT_NAME = 'Cloud Elements Instance';
export const STATUS_ITEM_ID = 'ceInstance.status';

export const COMMANDS = {
  restartServer: 'ceInstance.restartServer',
  showOutput: 'ceInstance.showOutput',
  provision: 'ceInstance.provision',
  forgetSecrets: 'ceInstance.forgetSecrets',
  pullElementSchema: 'ceInstance.pullElementSchema',
} as const;

/** VS Code's command that opens the Problems view. */
export const SHOW_PROBLEMS_COMMAND = 'workbench.actions.view.problems';
