/** A stand-in left from a documentation example, found inside a string value. */
export interface Placeholder {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'angle' | 'template' | 'masked';
}

// `<minutes>`, `<INSTANCE_NAME>`, `<MYCONNECTWISE.COM>`: a word in angle brackets, no spaces or tags.
const ANGLE = /<[A-Za-z][A-Za-z0-9_.\-]{0,63}>/g;
// `{{page.elementKey}}`: the docs' site generator left these in copied examples.
const TEMPLATE = /\{\{[^{}]{1,64}\}\}/g;
// `xxxxxxxx`, `XXXX-XXXX`, `********`: a masked or dummy credential filling the whole value.
const MASKED = /^(?:[xX]{4,}|\*{4,})(?:[-_ ][xX*]{2,}){0,8}$/;

/** Every placeholder in `value`, in order. */
export function findPlaceholders(value: string): Placeholder[] {
  const found: Placeholder[] = [];
  if (MASKED.test(value)) return [{ start: 0, end: value.length, text: value, kind: 'masked' }];
  for (const [pattern, kind] of [[ANGLE, 'angle'], [TEMPLATE, 'template']] as const) {
    if (!value.includes(kind === 'angle' ? '<' : '{{')) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0], kind });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether the whole value is one placeholder (so type and format checks should not pile on). */
export function isPlaceholder(value: string): boolean {
  const found = findPlaceholders(value.trim());
  return found.length === 1 && found[0].start === 0 && found[0].end === value.trim().length;
}
