import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Finding, lintText } from '../../server/src/engine';
import { repoRoot } from '../support/repo';
import { expandSnippet, type ParsedSnippet, parseSnippet, SnippetSyntaxError } from './snippetSyntax';

interface SnippetEntry {
  prefix: string | string[];
  description: string;
  body: string | string[];
  isFileTemplate?: boolean;
}

const POLLING = 'Cloud Elements polling instance';
const WEBHOOKS = 'Cloud Elements webhooks instance';
const RESOURCE = 'Cloud Elements poller resource';

/** What a user would type at the tab stops the snippets leave as `<...>` placeholders. */
const FILLED_POLLING = { 1: 'hubspotcrm', 2: 'HubSpot CRM events', 3: 'https://hooks.example.com/ce/events', 4: 'a-secret-of-my-own' };
const FILLED_WEBHOOKS = { 1: 'shopify', 2: 'Shopify store events', 4: 'https://hooks.example.com/ce/shopify', 5: 'a-secret-of-my-own' };

/** The body as VS Code inserts it: lines joined, each after the first indented like the line it goes into. */
function bodyText(entry: SnippetEntry, indent = ''): string {
  return (Array.isArray(entry.body) ? entry.body : [entry.body]).join(`\n${indent}`);
}

/** `[ruleId, severity, the text the finding covers]`, to compare findings as a table. */
function table(text: string, findings: readonly Finding[]): [string, string, string][] {
  return findings.map((finding) => [finding.ruleId, finding.severity, text.slice(finding.range.start, finding.range.end)]);
}

function errorsOf(text: string): [string, string, string][] {
  return table(text, lintText(text).findings.filter((finding) => finding.severity === 'error'));
}

describe('snippets/instance.json', () => {
  let snippets: Record<string, SnippetEntry>;
  const parsed = new Map<string, ParsedSnippet>();
  before(() => {
    snippets = JSON.parse(readFileSync(path.join(repoRoot(), 'snippets/instance.json'), 'utf8')) as Record<string, SnippetEntry>;
    for (const [name, entry] of Object.entries(snippets)) parsed.set(name, parseSnippet(bodyText(entry)));
  });

  it('holds the polling, webhooks and poller resource snippets, each with a prefix and a description', () => {
    assert.deepEqual(Object.keys(snippets), [POLLING, WEBHOOKS, RESOURCE]);
    for (const entry of Object.values(snippets)) {
      assert.ok([entry.prefix].flat().every((prefix) => /^ce-[a-z-]+$/.test(prefix)), String(entry.prefix));
      assert.ok(entry.description.length > 40);
    }
  });

  it('numbers its tab stops 1, 2, 3, ... without gaps, and ends at $0', () => {
    for (const [name, snippet] of parsed) {
      const numbers = [...snippet.tabStops].sort((a, b) => a - b);
      assert.deepEqual(numbers, numbers.map((_, i) => i), name);
    }
  });

  it('escapes its URL templates, so VS Code inserts them instead of reading a variable', () => {
    for (const name of [POLLING, RESOURCE]) {
      const text = expandSnippet(parsed.get(name)!);
      assert.ok(text.includes(`>='\${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}'"`), name);
    }
  });

  it('the checker of this test rejects an unescaped template', () => {
    assert.throws(() => parseSnippet('"url": "/c?w=${gmtDate:yyyy}"'), SnippetSyntaxError);
    assert.throws(() => parseSnippet('"url": "${1:/c?w=${gmtDate:yyyy\\}}"'), SnippetSyntaxError);
    assert.equal(expandSnippet(parseSnippet('"${1:/c?w=\\${gmtDate:yyyy\\}}"')), '"/c?w=${gmtDate:yyyy}"');
  });

  describe('the instance snippets, with their default texts', () => {
    // The <...> defaults make the checker point at what is left to fill in; as warnings, nothing else may be found.
    const placeholdersAsWarnings = { rules: { 'no-placeholders': 'warning' as const } };

    it('polling: only the placeholders are reported', () => {
      const text = expandSnippet(parsed.get(POLLING)!);
      assert.doesNotThrow(() => JSON.parse(text));
      assert.deepEqual(table(text, lintText(text, placeholdersAsWarnings).findings), [
        ['no-placeholders', 'warning', '<ELEMENT_KEY>'],
        ['no-placeholders', 'warning', '<INSTANCE_NAME>'],
        ['no-placeholders', 'warning', '<CALLBACK_URL>'],
        ['no-placeholders', 'warning', '<OPTIONAL_SIGNATURE_KEY>'],
      ]);
    });

    it('webhooks: only the placeholders are reported', () => {
      const text = expandSnippet(parsed.get(WEBHOOKS)!);
      assert.doesNotThrow(() => JSON.parse(text));
      assert.deepEqual(table(text, lintText(text, placeholdersAsWarnings).findings), [
        ['no-placeholders', 'warning', '<ELEMENT_KEY>'],
        ['no-placeholders', 'warning', '<INSTANCE_NAME>'],
        ['no-placeholders', 'warning', '<CALLBACK_URL>'],
        ['no-placeholders', 'warning', '<OPTIONAL_SIGNATURE_KEY>'],
      ]);
    });
  });

  describe('the instance snippets, filled in at their placeholders', () => {
    it('polling: no finding at all, with every choice', () => {
      for (const filterByUpdatedDate of ['true', 'false']) {
        const text = expandSnippet(parsed.get(POLLING)!, { ...FILLED_POLLING, 13: filterByUpdatedDate });
        assert.deepEqual(table(text, lintText(text).findings), [], filterByUpdatedDate);
      }
    });

    it('webhooks: no finding at all, with every choice', () => {
      for (const vendorType of ['webhooks', 'webhook']) {
        const text = expandSnippet(parsed.get(WEBHOOKS)!, { ...FILLED_WEBHOOKS, 3: vendorType });
        assert.deepEqual(table(text, lintText(text).findings), [], vendorType);
        assert.equal((JSON.parse(text) as { configuration: Record<string, unknown> }).configuration['event.vendor.type'], vendorType);
      }
    });

    it('polling: the mirrored tab stops repeat the field and the pattern where the dates are read', () => {
      const text = expandSnippet(parsed.get(POLLING)!, { ...FILLED_POLLING, 8: 'updated_at', 9: "yyyy-MM-dd'T'HH:mm:ss'Z'", 11: 'UTC' });
      const resource = (JSON.parse(text) as { configuration: Record<string, Record<string, Record<string, unknown>>> })
        .configuration['event.poller.configuration'].contacts;
      assert.equal(resource.url, "/hubs/crm/contacts?where=updated_at>='${gmtDate:yyyy-MM-dd'T'HH:mm:ss'Z'}'");
      assert.deepEqual(resource.datesConfiguration, {
        updatedDateField: 'updated_at', updatedDateFormat: "yyyy-MM-dd'T'HH:mm:ss'Z'", updatedDateTimezone: 'UTC',
        createdDateField: 'createdDate', createdDateFormat: "yyyy-MM-dd'T'HH:mm:ss'Z'", createdDateTimezone: 'UTC',
      });
      assert.deepEqual(errorsOf(text), []);
    });
  });

  describe('the poller resource snippet, inserted into a polling body', () => {
    /** The filled polling body with the resource snippet typed on a new line after its `contacts` resource. */
    function insertResource(typed: Readonly<Record<number, string>>): string {
      const body = expandSnippet(parsed.get(POLLING)!, FILLED_POLLING);
      const contactsEnd = '\n\t\t\t}\n\t\t}\n\t}\n}';
      assert.ok(body.endsWith(contactsEnd));
      const indent = '\t\t\t';
      const resource = expandSnippet(parseSnippet(bodyText(snippets[RESOURCE], indent)), typed);
      return `${body.slice(0, -contactsEnd.length)}\n\t\t\t},\n${indent}${resource}${contactsEnd.slice('\n\t\t\t}'.length)}`;
    }

    it('gives a second resource and no finding', () => {
      const text = insertResource({ 1: 'deals' });
      const poller = (JSON.parse(text) as { configuration: Record<string, Record<string, unknown>> }).configuration['event.poller.configuration'];
      assert.deepEqual(Object.keys(poller), ['contacts', 'deals']);
      assert.deepEqual(table(text, lintText(text).findings), []);
    });

    it('with its default name it repeats the resource above, which the checker reports as the only error', () => {
      const text = insertResource({});
      assert.deepEqual(errorsOf(text).map(([ruleId, severity]) => [ruleId, severity]), [['no-duplicate-keys', 'error']]);
    });
  });
});
