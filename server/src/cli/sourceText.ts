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
    const at = firstInvalidUtf8(bytes);
    return { problem: `the file is not valid UTF-8 text (the first bad byte, 0x${bytes[at].toString(16).padStart(2, '0')}, is on line ${lineOfByte(bytes, at)}); save it as UTF-8` };
  }
  const hasBom = text.startsWith(BOM);
  return { source: { text: hasBom ? text.slice(1) : text, hasBom } };
}

/**
 * The offset of the first byte that neither starts nor continues a valid UTF-8 sequence (overlong
 * forms, surrogates and code points past U+10FFFF are invalid, as for TextDecoder), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range is what rules out overlong forms, surrogates and code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/** The 1-based line of byte `offset`: a 50 MB file is no place to hunt for a bad byte. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The bytes to write for fixed text: the BOM again if there was one, and the file's line breaks. */
export function encodeFixed(original: SourceText, fixedText: string): string {
  return (original.hasBom ? BOM : '') + keepLineBreaks(original.text, fixedText);
}
