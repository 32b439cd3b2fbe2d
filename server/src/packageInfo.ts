import packageJson from '../../package.json';

/** The tool's identity for `--version`, SARIF and "please report" messages. */
export const TOOL_NAME = packageJson.name;
export const TOOL_VERSION = packageJson.version;
export const TOOL_HOMEPAGE = packageJson.homepage;
export const ISSUES_URL = `${packageJson.repository.url.replace(/\.git$/, '')}/issues`;
