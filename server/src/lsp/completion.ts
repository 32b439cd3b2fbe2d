import { type CompletionItem, CompletionItemKind, type CompletionList, InsertTextFormat, MarkupKind, type Position } from 'vscode-languageserver/node';
import {
  type EmbeddedText,
  findUrlTemplates,
  formatDate,
  type InstanceBody,
  javaZone,
  type SchemaCheck,
  type LineIndex,
  matchingZoneIds,
  memberNamed,
  membersOf,
  parseDatePattern,
  TEMPLATE_DESCRIPTORS,
  templateDescriptor,
  type KnownKey,
  type TextEdit,
} from '../engine';
import { toLspEdits } from './conversions';
import { type DocumentPlace, placeAt, textOffset } from './documentPlace';
import { datePatternHover, utcOffset } from './hover';
import { configurationSnippets, type DocumentedObject, documentedKeys, documentedValues, keyDocumentation } from './schemaDocs';

export interface CompletionOptions {
  /** The current instant, for the examples of date formats and zone offsets. */
  readonly now: number;
  /** Whether the client takes snippet items. */
  readonly snippets: boolean;
  /** The team schemas that apply to the document: their element keys and configuration keys are offered too. */
  readonly schemaChecks?: readonly SchemaCheck[];
}

/** The patterns seen most in CE's docs and element defaults (domain.md §5.3), leaving out the ones rules warn about. */
const COMMON_DATE_PATTERNS: readonly string[] = [
  "yyyy-MM-dd'T'HH:mm:ssXXX",
  "yyyy-MM-dd'T'HH:mm:ss'Z'",
  'yyyy-MM-dd HH:mm:ss',
  "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
  'EEE, dd MMM yyyy HH:mm:ss Z',
  "yyyy-MM-dd'T'HH:mm:ss.SSSZ",
  "yyyy-MM-dd'T'HH:mm:ss.SSS",
  'yyyy-MM-dd',
  "yyyy-MM-dd'T'HH:mm:ss",
  "yyyy-MM-dd'T'HH:mm:ss.SSSX",
];

const ZONE_LIMIT = 50;

/** An item before conversion: its edit is in document offsets. */
interface Candidate {
  readonly label: string;
  readonly kind: CompletionItemKind;
  readonly edit: TextEdit;
  readonly detail?: string;
  readonly documentation?: string;
  readonly snippet?: boolean;
}

interface Candidates {
  readonly items: Candidate[];
  /** Zone ids are filtered here, by what is typed so far: the list changes as typing goes on. */
  readonly isIncomplete: boolean;
}

export function completion(body: InstanceBody, lines: LineIndex, position: Position, options: CompletionOptions): CompletionList {
  const { items, isIncomplete } = completionsAt(body, lines.offset(position), options);
  return {
    isIncomplete,
    items: items.map((candidate, i): CompletionItem => ({
      label: candidate.label,
      kind: candidate.kind,
      detail: candidate.detail,
      documentation: candidate.documentation === undefined ? undefined : { kind: MarkupKind.Markdown, value: candidate.documentation },
      // The order is meaningful (the schema's, the most used patterns first): keep it.
      sortText: String(i).padStart(4, '0'),
      filterText: candidate.snippet ? undefined : candidate.label,
      insertTextFormat: candidate.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: toLspEdits(lines, [candidate.edit])[0],
    })),
  };
}

export function completionsAt(body: InstanceBody, offset: number, options: CompletionOptions): Candidates {
  const place = placeAt(body, offset);
  if (place.role === 'element') return elementKeyCandidates(place, offset, options);
  const role = place.role === 'poller' ? undefined : place.role;
  if (!role || role === 'body') return none();
  if (place.at === 'key') return { items: keyCandidates(place, role, offset, options), isIncomplete: false };
  return valueCandidates(place, role, offset, options);
}

function none(): Candidates {
  return { items: [], isIncomplete: false };
}

function keyCandidates(place: DocumentPlace, role: DocumentedObject, offset: number, options: CompletionOptions): Candidate[] {
  // Inside a key's quotes the content is replaced; elsewhere a new member is written over any bare word.
  const inKey = place.string !== undefined;
  if (!inKey && place.member) return [];
  const replace = inKey ? wholeContent(place) : wordAt(place.tree.layer, offset);
  const present = new Set(membersOf(place.object).filter((member) => member !== place.member).map((member) => member.name));
  const keys = documentedKeys(role).filter((key) => !present.has(key) && offered(role, key));
  const items: Candidate[] = keys.map((key) => ({
    label: key,
    kind: CompletionItemKind.Property,
    edit: replace(inKey ? key : `${JSON.stringify(key)}: `),
    documentation: keyDocumentation(role, key),
  }));
  if (role === 'configuration') {
    for (const { key, source } of teamConfigurationKeys(options)) {
      if (present.has(key.name) || items.some((item) => item.label === key.name)) continue;
      items.push({
        label: key.name,
        kind: CompletionItemKind.Property,
        edit: replace(inKey ? key.name : `${JSON.stringify(key.name)}: `),
        detail: key.required ? `required by ${source}` : `from ${source}`,
        documentation: key.description,
      });
    }
  }
  // A snippet writes whole members, so it goes where a new member starts: not over a key that has its value.
  const newMember = !place.member || place.member.node.colonOffset === undefined || place.member.node.colonOffset < 0;
  if (role === 'configuration' && options.snippets && newMember) {
    const range = inKey ? place.tree.range(place.string!) : wordRange(place.tree.layer, offset);
    for (const snippet of configurationSnippets()) {
      if (snippet.keys.some((key) => present.has(key))) continue;
      items.push({
        label: snippet.label,
        kind: CompletionItemKind.Snippet,
        edit: { ...range, newText: snippet.text },
        documentation: snippet.description,
        snippet: true,
      });
    }
  }
  return items;
}

/** The configuration keys the team schemas describe, each once (the first schema's description wins). */
function teamConfigurationKeys(options: CompletionOptions): { key: KnownKey; source: string }[] {
  const seen = new Set<string>();
  const found: { key: KnownKey; source: string }[] = [];
  for (const check of options.schemaChecks ?? []) {
    for (const key of check.hints?.configurationKeys ?? []) {
      if (seen.has(key.name)) continue;
      seen.add(key.name);
      found.push({ key, source: check.source });
    }
  }
  return found;
}

/** In the value of `element.key`: the element keys the team schemas allow. */
function elementKeyCandidates(place: DocumentPlace, offset: number, options: CompletionOptions): Candidates {
  const member = place.member;
  if (place.at !== 'value' || member?.name !== 'key') return none();
  const inString = place.string !== undefined;
  if (!inString && member.valueNode && !place.literal) return none();
  const replace = inString ? wholeContent(place) : literalOrCursor(place, offset);
  const items: Candidate[] = [];
  for (const check of options.schemaChecks ?? []) {
    for (const key of check.hints?.elementKeys ?? []) {
      if (items.some((item) => item.label === key)) continue;
      items.push({ label: key, kind: CompletionItemKind.Value, edit: replace(inString ? key : JSON.stringify(key)), detail: `allowed by ${check.source}` });
    }
  }
  return { items, isIncomplete: false };
}

/**
 * In `configuration` the event keys (the element defines the others); in `datesConfiguration` its six
 * fields: `createdCheckTolerance` is documented there only because some docs put it there.
 */
function offered(role: DocumentedObject, key: string): boolean {
  if (role === 'configuration') return key.startsWith('event.');
  if (role === 'dates') return /^(updated|created)Date(Field|Format|Timezone)$/.test(key);
  return true;
}

function valueCandidates(place: DocumentPlace, role: DocumentedObject, offset: number, options: CompletionOptions): Candidates {
  const member = place.member;
  if (!member) return none();
  const inString = place.string !== undefined;
  if (!inString && member.valueNode && !place.literal) return none();
  // In a string its content is replaced; otherwise the literal under the cursor, or nothing at the cursor.
  const replace = inString ? wholeContent(place) : literalOrCursor(place, offset);
  const quoted = (value: string): string => (inString ? value : JSON.stringify(value));

  if (role === 'resource' && member.name === 'url' && inString) {
    return templateCandidates(place, offset, options) ?? none();
  }
  if (role === 'dates' && /^(updated|created)DateFormat$/.test(member.name)) {
    const items = patternCandidates((source) => replace(quoted(source)), siblingZone(place, member.name), options);
    items.push({
      label: 'milliseconds',
      kind: CompletionItemKind.Value,
      edit: replace(quoted('milliseconds')),
      detail: String(options.now),
      documentation: 'The field holds Unix time in milliseconds (CE\'s keyword, not a pattern).',
    });
    return { items, isIncomplete: false };
  }
  if (role === 'dates' && /^(updated|created)DateTimezone$/.test(member.name)) {
    const typed = inString ? typedPrefix(place, offset) : '';
    return { items: zoneCandidates(typed, (id) => replace(quoted(id)), options), isIncomplete: true };
  }
  const values = documentedValues(role, member.name);
  // Outside a string, literal values (true, false) are preferred over their string spellings.
  const wanted = inString ? values.filter((one) => typeof one.value === 'string') : values.some((one) => typeof one.value !== 'string') ? values.filter((one) => typeof one.value !== 'string') : values;
  const items = wanted.map(({ value, description }): Candidate => {
    const written = inString ? String(value) : JSON.stringify(value);
    return { label: written, kind: CompletionItemKind.Value, edit: replace(written), documentation: description };
  });
  return { items, isIncomplete: false };
}

function patternCandidates(edit: (source: string) => TextEdit, zone: string, options: CompletionOptions): Candidate[] {
  return COMMON_DATE_PATTERNS.map((source) => {
    const pattern = parseDatePattern(source);
    return {
      label: source,
      kind: CompletionItemKind.Value,
      edit: edit(source),
      detail: formatDate(pattern, options.now, javaZone(zone)),
      documentation: datePatternHover(pattern, zone, options.now),
    };
  });
}

function zoneCandidates(typed: string, edit: (id: string) => TextEdit, options: CompletionOptions): Candidate[] {
  return matchingZoneIds(typed, ZONE_LIMIT).map((id) => ({
    label: id,
    kind: CompletionItemKind.Value,
    edit: edit(id),
    detail: `now ${utcOffset(javaZone(id).offsetMinutesAt(options.now))}`,
  }));
}

/**
 * Inside a `${...}` template of a poller URL: the descriptors right after `${`, zone ids in the zone
 * of `dateTimeZone`/`nowTimeZone`, the common patterns after the pattern's colon. Undefined elsewhere
 * in the URL. The template is read as the rules read it, from the decoded string.
 */
function templateCandidates(place: DocumentPlace, offset: number, options: CompletionOptions): Candidates | undefined {
  const content = place.tree.content(place.string!);
  const url = content.text;
  const at = textOffset(content, offset);
  const template = findUrlTemplates(url).find((one) => one.span.start + 2 <= at && (one.closed ? at < one.span.end : at <= one.span.end));
  if (!template) return undefined;
  const edit = (start: number, end: number) => (value: string): TextEdit => content.replace(start, end, value);
  const nameStart = template.descriptorSpan.start;
  const nameEnd = nameStart + /^[A-Za-z0-9_]*/.exec(url.slice(nameStart))![0].length;
  if (at <= nameEnd) {
    const items = [...TEMPLATE_DESCRIPTORS.values()].map((descriptor): Candidate => ({
      label: descriptor.name,
      kind: CompletionItemKind.Function,
      edit: edit(nameStart, nameEnd)(descriptor.name),
      documentation: descriptor.description,
    }));
    return { items, isIncomplete: false };
  }
  const zone = template.zoneSpan;
  if (zone && zone.start <= at && at <= zone.end) {
    const end = template.closed ? zone.end : at;
    return { items: zoneCandidates(url.slice(zone.start, at), (id) => edit(zone.start, end)(id), options), isIncomplete: true };
  }
  const argument = template.argumentSpan;
  if (argument && argument.start <= at && at <= argument.end && templateDescriptor(template.descriptor)?.argument === 'pattern') {
    // An unclosed template runs to the end of the URL: only what is typed before the cursor is its pattern.
    const end = template.closed ? argument.end : at;
    return { items: patternCandidates((source) => edit(argument.start, end)(source), template.zone ?? 'GMT', options), isIncomplete: false };
  }
  return undefined;
}

/** The zone beside a date format (`updatedDateTimezone` for `updatedDateFormat`), GMT when it has none. */
function siblingZone(place: DocumentPlace, formatKey: string): string {
  const zone = memberNamed(place.object, formatKey.replace('Format', 'Timezone'))?.valueNode;
  return zone?.type === 'string' && zone.value !== '' ? (zone.value as string) : 'GMT';
}

/** An edit that replaces the whole content of the string under the cursor, escaped for where it stands. */
function wholeContent(place: DocumentPlace): (value: string) => TextEdit {
  const content = place.tree.content(place.string!);
  return (value) => content.replace(0, content.text.length, value);
}

/** Over the literal under the cursor, or a bare word the parser could not read as a value (`fals`). */
function literalOrCursor(place: DocumentPlace, offset: number): (value: string) => TextEdit {
  const literal = place.literal;
  if (!literal) return wordAt(place.tree.layer, offset);
  return (value) => place.tree.layer.replace(literal.offset, literal.offset + literal.length, value);
}

/** What is typed in the string before the cursor. */
function typedPrefix(place: DocumentPlace, offset: number): string {
  const content = place.tree.content(place.string!);
  return content.text.slice(0, textOffset(content, offset));
}

const WORD = /[\w.$-]/;

/** An edit that writes over the bare word at the cursor (a key typed without quotes), or inserts there. */
function wordAt(layer: EmbeddedText, offset: number): (value: string) => TextEdit {
  const { start, end } = wordSpan(layer, offset);
  return (value) => layer.replace(start, end, value);
}

function wordRange(layer: EmbeddedText, offset: number): { start: number; end: number } {
  const { start, end } = wordSpan(layer, offset);
  return layer.documentRange(start, end);
}

function wordSpan(layer: EmbeddedText, offset: number): { start: number; end: number } {
  const at = textOffset(layer, offset);
  let start = at;
  let end = at;
  while (start > 0 && WORD.test(layer.text[start - 1])) start--;
  while (end < layer.text.length && WORD.test(layer.text[end])) end++;
  return { start, end };
}
