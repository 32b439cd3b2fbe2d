import { keepLineBreaks } from '../engine/text/lineBreaks';

/** A file's text as the engine takes it, and what must go back on disk with a fix. */
export interface SourceText {
  /** Without the byte order mark: finding positions count from here, as editors show the text. */
  readonly text: string;
  readonly hasBom: boolean;
}

export type Decoded = { readonly source: SourceText } | { readonly problem: string };

const BOM = '\ufeff';

/** Strict UTF-8 only: guessing an encoding would move every position and could corrupt a fix. */
export function decodeSource(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'the file is UTF-16 text; save it as UTF-8' };
  }
  if (bytes.includes(0)) {
    return { problem: 'the file has NUL bytes, so it is binary, not JSON text; leave it out or save it as UTF-8 JSON' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { problem: 'the file is not valid UTF-8 text; save it as UTF-8' };
  }
  const hasBom = text.startsWith(BOM);
  return { source: { text: hasBom ? text.slice(1) : text, hasBom } };
}

/** The bytes to write for fixed text: the BOM again if there was one, and the file's line breaks. */
export function encodeFixed(original: SourceText, fixedText: string): string {
  return (original.hasBom ? BOM : '') + keepLineBreaks(original.text, fixedText);
}
