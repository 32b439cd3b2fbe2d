import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { initializedServer, positionOf, PUSH_CLIENT, rangeOf } from './testing/fixtures';
import { type InProcessServer, startInProcess } from './testing/inProcessServer';

const URI = 'file:///work/project/hubspot.instance.json';
/** Monday 2024-07-15 09:05:07.089 UTC: summer, so Denver is on MDT (UTC-6). */
const NOW = Date.UTC(2024, 6, 15, 9, 5, 7, 89);

const BODY = `{
  "element": {"key": "hubspot"},
  "configuration": {
    "event.vendor.type": "polling",
    "event.poller.configuration": {
      "contacts": {
        "url": "/hubs/crm/contacts?where=a>'\${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}' and b<'\${dateTimeZone:America/Denver:EEE, dd MMM yyyy HH:mm:ss Z}' and c>\${epoch:s} and d>\${wat}",
        "idField": "id",
        "datesConfiguration": {
          "updatedDateFormat": "yyyy-MM-dd'T'HH:mm:ss.SSSZ",
          "updatedDateTimezone": "Asia/Kolkata",
          "createdDateFormat": "yyyy-MM-ddTHH",
          "createdDateTimezone": "Mars/Base"
        }
      }
    }
  }
}
`;

describe('language server: hover', () => {
  let server: InProcessServer;
  afterEach(() => server.dispose());

  async function hoverAt(text: string, needle: string, delta = 1, nth = 0): Promise<Hover | null> {
    server = await initializedServer(PUSH_CLIENT, { now: () => NOW });
    await server.client.open(URI, text);
    return server.client.hover(URI, positionOf(text, needle, delta, nth));
  }

  function markdown(hover: Hover | null): string {
    assert.ok(hover, 'a hover');
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    return contents.value;
  }

  /** The hover without the findings appended under it. */
  function ownPart(value: string): string {
    return value.split('\n\n---\n\n')[0];
  }

  it('adds the findings under the cursor, each with a link to its rule', async () => {
    const zone = markdown(await hoverAt(BODY, 'Mars/Base'));
    assert.equal(zone, [
      '**Time zone** `Mars/Base`: Java does not know it and silently uses GMT (UTC+00:00).',
      '---',
      "Unknown time zone 'Mars/Base' in 'createdDateTimezone': Java does not know it and silently uses GMT, so the created dates are read as GMT times. "
        + "Use a tz database id such as 'America/New_York', an offset such as 'GMT-06:00', or 'GMT'. "
        + '[time-zone](https://github.com/ce-instance/ce-instance/blob/main/docs/rules/time-zone.md)',
    ].join('\n\n'));
    server.dispose();
    // Where nothing else applies, the findings alone, over the finding's range.
    const text = '{\n  // the element\n  "element": {"key": "box"}\n}\n';
    const comment = await hoverAt(text, 'the element');
    assert.match(markdown(comment), /^[^\n]+ \[no-comments\]\(https:\/\/github\.com\/ce-instance\/ce-instance\/blob\/main\/docs\/rules\/no-comments\.md\)$/);
    assert.deepEqual(comment?.range, rangeOf(text, '// the element'));
  });

  it('leaves the findings out for a client that shows diagnostics in its own hovers (findingsInHover: false)', async () => {
    server = startInProcess({ now: () => NOW });
    await server.client.initialize(PUSH_CLIENT, { findingsInHover: false });
    await server.client.initialized();
    await server.client.open(URI, BODY);
    const zone = markdown(await server.client.hover(URI, positionOf(BODY, 'Mars/Base', 1)));
    assert.equal(zone, '**Time zone** `Mars/Base`: Java does not know it and silently uses GMT (UTC+00:00).');
    const text = '{\n  // the element\n  "element": {"key": "box"}\n}\n';
    await server.client.open('file:///work/project/other.instance.json', text);
    assert.equal(await server.client.hover('file:///work/project/other.instance.json', positionOf(text, 'the element', 1)), null);
  });

  it("shows a configuration key's documentation from the schema, over the key", async () => {
    const hover = await hoverAt(BODY, '"event.vendor.type"', 3);
    assert.match(markdown(hover), /^How events reach Cloud Elements: `polling`, or the provider's `webhook`\/`webhooks`\./);
    assert.deepEqual(hover?.range, rangeOf(BODY, '"event.vendor.type"'));
  });

  it('documents poller resource fields and datesConfiguration fields', async () => {
    assert.match(markdown(await hoverAt(BODY, '"idField"')), /^JSON path to the record's id/);
    server.dispose();
    assert.match(markdown(await hoverAt(BODY, '"datesConfiguration"')), /^Which response fields hold a record's updated and created times/);
    server.dispose();
    const hover = await hoverAt(BODY, '"updatedDateTimezone"');
    assert.equal(markdown(hover), 'Time zone the updated date is read in; match the provider\'s. String, optional.\n\nExample: `"GMT"`');
    assert.deepEqual(hover?.range, rangeOf(BODY, '"updatedDateTimezone"'));
  });

  it('explains a date format letter by letter and renders now in its zone, as Java would', async () => {
    const hover = await hoverAt(BODY, "yyyy-MM-dd'T'HH:mm:ss.SSSZ", 5);
    assert.equal(markdown(hover), [
      "**Date pattern** `yyyy-MM-dd'T'HH:mm:ss.SSSZ` (Java SimpleDateFormat)",
      '',
      '| Letters | Meaning |',
      '|---|---|',
      '| `yyyy` | year, at least 4 digits |',
      '| `MM` | month, number, 2 digits |',
      '| `dd` | day of month, at least 2 digits |',
      '| `HH` | hour of day (0-23), at least 2 digits |',
      '| `mm` | minute, at least 2 digits |',
      '| `ss` | second, at least 2 digits |',
      '| `SSS` | millisecond, at least 3 digits |',
      '| `Z` | RFC 822 offset |',
      '',
      'Now, in `Asia/Kolkata`: `2024-07-15T14:35:07.089+0530`',
    ].join('\n'));
    assert.deepEqual(hover?.range, rangeOf(BODY, "yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
  });

  it('gives no example for a pattern Java rejects, and says why', async () => {
    const value = markdown(await hoverAt(BODY, 'yyyy-MM-ddTHH'));
    assert.match(value, /\| `T` \| not a pattern letter: Java rejects the pattern \|/);
    assert.ok(value.endsWith("Java rejects it: Illegal pattern character 'T'."));
    assert.doesNotMatch(value, /Now, in/);
  });

  it("explains a template's pattern in the template's zone", async () => {
    const hover = await hoverAt(BODY, 'EEE, dd MMM');
    const value = markdown(hover);
    assert.match(value, /\| `EEE` \| day name, short name \|\n\| `dd` \| day of month, at least 2 digits \|\n\| `MMM` \| month, short name \|/);
    assert.ok(value.endsWith('Now, in `America/Denver`: `Mon, 15 Jul 2024 03:05:07 -0600`'));
    assert.deepEqual(hover?.range, rangeOf(BODY, 'EEE, dd MMM yyyy HH:mm:ss Z'));
  });

  it('tells what a URL template expands to now', async () => {
    const gmt = await hoverAt(BODY, '${gmtDate', 2);
    assert.equal(markdown(gmt), [
      '**Template** `gmtDate`: The time of the last poll in GMT, written with the Java date pattern after the colon.',
      '',
      'If the last poll were now: `2024-07-15T09:05:07Z`',
    ].join('\n'));
    assert.deepEqual(gmt?.range, rangeOf(BODY, "${gmtDate:yyyy-MM-dd'T'HH:mm:ssXXX}"));
    server.dispose();
    assert.ok(markdown(await hoverAt(BODY, '${dateTimeZone', 3)).endsWith('If the last poll were now: `Mon, 15 Jul 2024 03:05:07 -0600`'));
    server.dispose();
    assert.ok(markdown(await hoverAt(BODY, '${epoch:s}', 3)).endsWith('If the last poll were now: `1721034307`'));
    server.dispose();
    assert.equal(ownPart(markdown(await hoverAt(BODY, '${wat}', 3))), '**Template** `${wat}`: CE fills in no such descriptor; it stays in the URL as written.');
  });

  it("shows a time zone's current offset, or that Java does not know it", async () => {
    const kolkata = await hoverAt(BODY, 'Asia/Kolkata');
    assert.equal(markdown(kolkata), '**Time zone** `Asia/Kolkata`: Java reads it as `Asia/Kolkata`, now UTC+05:30.');
    assert.deepEqual(kolkata?.range, rangeOf(BODY, 'Asia/Kolkata'));
    server.dispose();
    assert.equal(markdown(await hoverAt(BODY, 'America/Denver')), '**Time zone** `America/Denver`: Java reads it as `America/Denver`, now UTC-06:00.');
    server.dispose();
    assert.equal(ownPart(markdown(await hoverAt(BODY, 'Mars/Base'))), '**Time zone** `Mars/Base`: Java does not know it and silently uses GMT (UTC+00:00).');
  });

  it('maps ranges through the escapes of a stringified poller configuration', async () => {
    const text = '{"configuration": {"event.poller.configuration": "{\\"c\\": {\\"url\\": \\"/x?w=\\u0027${epoch}\\u0027\\", \\"datesConfiguration\\": {\\"updatedDateFormat\\": \\"yyyy\\"}}}"}}';
    const pattern = await hoverAt(text, 'yyyy');
    assert.ok(markdown(pattern).endsWith('Now, in `GMT`: `2024`'));
    assert.deepEqual(pattern?.range, rangeOf(text, 'yyyy'));
    server.dispose();
    const template = await hoverAt(text, '${epoch}');
    assert.ok(markdown(template).endsWith('If the last poll were now: `1721034307089`'));
    assert.deepEqual(template?.range, rangeOf(text, '${epoch}'));
    server.dispose();
    const key = await hoverAt(text, 'datesConfiguration', 2);
    assert.match(markdown(key), /^Which response fields/);
    assert.deepEqual(key?.range, rangeOf(text, '\\"datesConfiguration\\"'));
  });

  it('has nothing to say about other places or other JSON', async () => {
    assert.equal(await hoverAt(BODY, '"hubspot"'), null);
    server.dispose();
    assert.equal(await hoverAt('{"compilerOptions": {"strict": true}}', 'strict'), null);
  });
});
