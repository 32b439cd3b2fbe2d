import assert from 'node:assert/strict';
import path from 'node:path';
import { repoRoot } from '../support/repo';
import { type AttackSpec, attacksFor } from './support/regexAttacks';
import { RegexAttackRunner } from './support/regexAttackRunner';
import { findRegexes, parseLiteral } from './support/regexInventory';

/**
 * Every regular expression in server/src (tests aside), by file, as written. All of them are fed
 * adversarial strings of ATTACK_LENGTH characters (runs of what they consume, ended by a near
 * miss). Linear matching takes milliseconds; quadratic or exponential backtracking on that size
 * takes far longer than the test's timeout, so such a regex fails here without any timing
 * assertion. A regex that only ever sees a bounded slice of the input says so (`bound`) and is
 * attacked at that size. A regex added to the sources without an entry here fails the first test.
 *
 * Most of these see user input (a body, a config, a URL, a command line); the few that do not
 * (stack frames in serverLog.ts, the manifest URL in packageInfo.ts, the test helpers under
 * testing/) are attacked all the same: it costs nothing and they may be reused.
 */
type Listed = string | { readonly regex: string; readonly bound?: { readonly length: number; readonly why: string }; readonly attacks?: readonly AttackSpec[] };

const ATTACK_LENGTH = 100_000;

const REGEXES: Readonly<Record<string, readonly Listed[]>> = {
  'cli/formatters/github.ts': [
    String.raw`/%/g`,
    String.raw`/\r/g`,
    String.raw`/\n/g`,
    String.raw`/:/g`,
    String.raw`/,/g`,
  ],
  'cli/formatters/junit.ts': [
    String.raw`/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g`,
    String.raw`/&/g`,
    String.raw`/</g`,
    String.raw`/>/g`,
    String.raw`/"/g`,
    String.raw`/\n/g`,
    String.raw`/\r/g`,
    String.raw`/\t/g`,
  ],
  'cli/lintOptions.ts': [
    String.raw`/^\d+$/`,
    String.raw`/^\d+$/`,
  ],
  'cli/main.ts': [
    String.raw`/[./\\*]/`,
  ],
  'cli/apiCommandArgs.ts': [
    String.raw`/secret|token|passw|credential|auth|api-?key|^--?(u|user|org|organi[sz]ation)$/i`,
    String.raw`/^\d+(\.\d+)?$/`,
  ],
  'cli/argv.ts': [
    String.raw`/^-+/`,
  ],
  'cli/testing/xmlTree.ts': [
    String.raw`/[A-Za-z_:]/`,
    String.raw`/^#x[0-9a-fA-F]+$/`,
    String.raw`/^#[0-9]+$/`,
  ],
  'config/references.ts': [
    String.raw`/^\.\.?([\\/]|$)/`,
    String.raw`/\\/g`,
  ],
  'config/remoteUrl.ts': [
    String.raw`/token|key|secret|sig|password|passwd|auth|credential|session/i`,
    String.raw`/^[a-z][a-z0-9+.-]*:\/\//i`,
    String.raw`/%2A%2A%2A/g`,
    String.raw`/[?#@]/`,
  ],
  'engine/embedded/legacyPollerUrls.ts': [
    String.raw`/^https?:/i`,
  ],
  'engine/embedded/timeZone.ts': [
    String.raw`/^[+-]\d{1,2}(?::?\d{2})?$/`,
    String.raw`/ /g`,
    String.raw`/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/`,
    String.raw`/time[ _-]?zone/i`,
    String.raw`/ /g`,
    String.raw`/^(?:gmt|utc|z)?\s*([+-])\s*(\d{1,2}(?::?\d{2})?)$/i`,
    String.raw`/^GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/`,
  ],
  'engine/embedded/urlTemplate.ts': [
    String.raw`/^[A-Za-z][A-Za-z0-9_]*$/`,
    String.raw`/^(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?/i`,
    String.raw`/^(?:GMT|UTC)?[+-]\d{1,2}/i`,
    {
      regex: String.raw`/(?<![\w.])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\w:])/g`,
      attacks: [{ pump: '2020-01-01T10:10:10.1+01:0' }, { pump: '2020-01-01 ', tail: '2020-01-0' }],
    },
    {
      regex: String.raw`/(?:>=|<=|!=|<>|=|>|<|\s(?:gte|gt|lte|lt|eq|ne)\s)\s*'?(\d{13}|\d{10})(?![\w])/gi`,
      attacks: [{ lead: 'date', pump: '= ' }, { pump: ' gt ', tail: '1' }, { pump: ">= '123456789" }],
    },
    String.raw`/date|time|modif|updat|creat|since|stamp|epoch|changed/i`,
    String.raw`/[\w.]/`,
  ],
  'engine/json/strictTokens.ts': [
    { regex: String.raw`/[^"\\\u0000-\u001f]*/y`, attacks: [{ lead: '"', pump: 'a\u00e9', tail: '\\' }, { pump: '\ud800', tail: '\u0000' }] },
    { regex: String.raw`/-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y`, attacks: [{ lead: '-1', pump: '0', tail: '.' }, { lead: '1.', pump: '5', tail: 'e+' }, { lead: '1e-', pump: '9', tail: 'x' }] },
    String.raw`/[0-9a-fA-F]{4}/y`,
  ],
  'engine/linter.ts': [
    String.raw`/'([^'\n]{200,})'/g`,
  ],
  'engine/rules/custom-schema.ts': [
    String.raw`/[?#]/`,
  ],
  'engine/rules/date-pattern-syntax.ts': [
    String.raw`/^x+$/`,
    String.raw`/[A-Za-z]/`,
  ],
  'engine/rules/dates-configuration.ts': [
    String.raw`/(Field|Format|Timezone)$/`,
  ],
  'engine/rules/element-key.ts': [
    String.raw`/^[\w.-]+$/`,
  ],
  'engine/rules/invalid-json.ts': [
    String.raw`/[\r\n]/`,
  ],
  'engine/rules/no-placeholders.ts': [
    String.raw`/optional/i`,
  ],
  'engine/rules/poller-resource-fields.ts': [
    String.raw`/^-?\d{1,15}$/`,
  ],
  'engine/rules/refresh-interval.ts': [
    String.raw`/^\d+$/`,
    String.raw`/^(\d+(?:\.\d+)?)\s*(?:m|min|mins|minute|minutes)\.?$/i`,
    String.raw`/^(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours)\.?$/i`,
    String.raw`/^(\d+)\s*(?:s|sec|secs|second|seconds)\.?$/i`,
    String.raw`/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/`,
    String.raw`/^\d+$/`,
  ],
  'engine/rules/support/callbackUrl.ts': [
    String.raw`/^[/.?#]/`,
    String.raw`/^([A-Za-z][A-Za-z0-9+.-]*):(?!\d)/`,
    String.raw`/^[/\\]*$/`,
    String.raw`/^\/\/[^/]/`,
    String.raw`/^[/\\]*/`,
    String.raw`/^[/\\]*/`,
    String.raw`/\s/`,
    String.raw`/^(https?)[^A-Za-z0-9/]{0,2}\/\/(?=[^/])/i`,
    String.raw`/\s/`,
    String.raw`/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::\d+)?/`,
    String.raw`/[.:]/`,
    String.raw`/\s/`,
    String.raw`/[/?#\\]/`,
  ],
  'engine/rules/support/datePatternSites.ts': [
    String.raw`/^X+$/`,
  ],
  'engine/rules/support/eventKeys.ts': [
    String.raw`/[\s_-]+/g`,
  ],
  'engine/rules/support/networkHosts.ts': [
    String.raw`/\.$/`,
    String.raw`/^\d{1,3}(?:\.\d{1,3}){3}$/`,
    String.raw`/\.$/`,
    { regex: String.raw`/(?:^|\.)cloud-elements\.[a-z]{2,}(?:\.[a-z]{2})?$/`, attacks: [{ pump: '.cloud-elements.ab' }] },
    String.raw`/(?:^|\.)cloudelements\.(?:io|co\.uk)$/`,
  ],
  'engine/rules/support/notAPattern.ts': [
    String.raw`/\d{4}[-/.]\d{1,2}|\d{9}/`,
    String.raw`/[^a-z]/g`,
    String.raw`/^\$?\{/`,
    String.raw`/\}$/`,
    String.raw`/^[A-Za-z]+/`,
    String.raw`/[0-9]/g`,
    String.raw`/%[A-Za-z]/g`,
    String.raw`/[A-Za-z]/`,
  ],
  'engine/rules/support/placeholders.ts': [
    String.raw`/^<([^<>]{1,160})>$/`,
    String.raw`/^<[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/`,
    String.raw`/<([A-Za-z][A-Za-z0-9_.-]{0,63})>/g`,
    String.raw`/\{\{[^{}]{1,64}\}\}/g`,
    String.raw`/^(?:(?=[^x]*x)[xX]{4,}|X{8,}|[*•●]{4,}|[xX*•●]{2,}(?:[-_ .][xX*•●]{2,}){1,8})$/`,
    String.raw`/(?<![A-Za-z0-9])x{6,}(?![A-Za-z0-9])|[*•●]{6,}/g`,
    {
      regex: String.raw`/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/`,
      // Quadratic on its own ('a@' + 'a.' * n + ' '), but isStandIn only ever gives it what WHOLE_ANGLE captured.
      bound: { length: 160, why: 'sees only the inside of WHOLE_ANGLE, `[^<>]{1,160}`' },
      attacks: [{ lead: 'a@', pump: 'a.', tail: ' ' }],
    },
    String.raw`/^[a-z][a-z0-9+.-]*:\/\/\S+$/`,
    String.raw`/^(?:br|hr|wbr|[a-z][a-z0-9]*(?:\s[^<>=]*=[^<>]*|\s*\/))$/`,
    String.raw`/[*•●]{6}/`,
    String.raw`/[A-Za-z]/`,
    String.raw`/[a-z]/`,
    String.raw`/[A-Z_]/`,
  ],
  'engine/rules/support/pollerFields.ts': [
    String.raw`/^[\w.-]{1,64}$/`,
  ],
  'engine/rules/support/suggest.ts': [
    String.raw`/[\s_-]+/g`,
  ],
  'engine/rules/support/timeZoneSites.ts': [
    String.raw`/yy|MM|dd|HH|hh|mm|ss/`,
  ],
  'engine/rules/support/urlTemplates.ts': [
    String.raw`/yy|MM|dd|HH|hh|mm|ss/`,
    String.raw`/^[GyYMLwWDdFEuaHkKhmsSzZX]+$/`,
    String.raw`/^\d+$/`,
    String.raw`/^[A-Za-z][A-Za-z0-9_]*$/`,
  ],
  'engine/rules/time-zone.ts': [
    String.raw`/ /g`,
  ],
  'engine/rules/url-hard-coded-date.ts': [
    String.raw`/^\d{4}-\d{2}-\d{2}(?:([T ])\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/`,
    String.raw`/^\d{13}$/`,
    String.raw`/^\d{10}$/`,
  ],
  'engine/rules/url-template-descriptor.ts': [
    String.raw`/[A-Za-z]{2}/`,
  ],
  'engine/rules/url-template-syntax.ts': [
    String.raw`/[\s&]/`,
  ],
  'engine/schema/schemaHints.ts': [
    String.raw`/~1/g`,
    String.raw`/~0/g`,
  ],
  'engine/schema/schemaValidation.ts': [
    String.raw`/~1/g`,
    String.raw`/~0/g`,
  ],
  'engine/text/embeddedText.ts': [
    String.raw`/^[0-9a-fA-F]{4}$/`,
  ],
  'engine/text/lineBreaks.ts': [
    String.raw`/(^|[^\r])\n/`,
    String.raw`/(?<!\r)\n/g`,
  ],
  'engine/text/snippets.ts': [
    String.raw`/[$}\\]/g`,
    String.raw`/[$}\\,|]/g`,
    String.raw`/\d/`,
    String.raw`/\d/`,
    String.raw`/\d/`,
  ],
  'lsp/completion.ts': [
    String.raw`/^(updated|created)Date(Field|Format|Timezone)$/`,
    String.raw`/^(updated|created)DateFormat$/`,
    String.raw`/^(updated|created)DateTimezone$/`,
    String.raw`/^[A-Za-z0-9_]*/`,
    String.raw`/[\w.$-]/`,
  ],
  'lsp/documentLocation.ts': [
    String.raw`/\\/g`,
  ],
  'lsp/documentScope.ts': [
    String.raw`/^[A-Za-z]:\//`,
  ],
  'lsp/folding.ts': [
    String.raw`/^\s*$/`,
  ],
  'lsp/hover.ts': [
    "/`+/g",
  ],
  'lsp/refactorings.ts': [
    String.raw`/\n/g`,
    String.raw`/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/`,
    String.raw`/^[ \t]*/`,
    String.raw`/\n([ \t]+)\S/`,
  ],
  'lsp/serverLog.ts': [
    String.raw`/^\s+at /`,
  ],
  'packageInfo.ts': [
    String.raw`/\.git$/`,
  ],
  'provision/elementSchema.ts': [
    String.raw`/^TEXTFIELD_(\d+)$/`,
    String.raw`/[.!?]$/`,
    String.raw`/^TEXTFIELD_(\d+)$/`,
  ],
  'provision/provision.ts': [
    String.raw`/\s+/g`,
  ],
  'provision/redaction.ts': [
    String.raw`/pass(word|wd|phrase)|secret|token|signature|api[._-]?key|private[._-]?key|access[._-]?key|credential|authorization|headers/i`,
  ],
  'provision/schemaPull.ts': [
    String.raw`/^[A-Za-z0-9][A-Za-z0-9._-]*$/`,
  ],
  'provision/secrets.ts': [
    String.raw`/[\x00-\x1f\x7f]/`,
  ],
};

const SOURCE_ROOT = path.join(repoRoot(), 'server', 'src');

describe('robustness: regular expressions and catastrophic backtracking', function () {
  const runner = new RegexAttackRunner();
  afterEach(async function () {
    // A regex that outlived its timeout is still running in the worker: start afresh.
    if (this.currentTest?.state !== 'passed') await runner.restart();
  });
  after(() => runner.restart());

  it('every regular expression in server/src is listed here (add a new one with its attacks)', () => {
    const found = new Map<string, string[]>();
    for (const regex of findRegexes(SOURCE_ROOT)) found.set(regex.file, [...(found.get(regex.file) ?? []), regex.text]);
    const problems: string[] = [];
    for (const file of new Set([...found.keys(), ...Object.keys(REGEXES)])) {
      const inSource = [...(found.get(file) ?? [])];
      const listed = (REGEXES[file] ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.regex));
      for (const text of listed) {
        const at = inSource.indexOf(text);
        if (at >= 0) inSource.splice(at, 1);
        else problems.push(`listed but not in ${file}: ${text}`);
      }
      for (const text of inSource) problems.push(`not listed: ${file}: ${text}`);
    }
    assert.deepEqual(problems, []);
  });

  for (const [file, entries] of Object.entries(REGEXES)) {
    describe(file, () => {
      for (const entry of entries) {
        const { regex, bound, attacks = [] } = typeof entry === 'string' ? { regex: entry } : entry;
        const length = bound?.length ?? ATTACK_LENGTH;
        it(`${regex} completes on ${length.toLocaleString('en')}-character attacks${bound ? ` (${bound.why})` : ''}`, async function () {
          this.timeout(5000);
          assert.ok(regex.startsWith('/'), `${regex}: only literals can be attacked here; build the RegExp in a test of its own`);
          const { source, flags } = parseLiteral(regex);
          await runner.run(source, flags, attacksFor(source, attacks, length));
        });
      }
    });
  }
});
