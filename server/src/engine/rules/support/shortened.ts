/** A value as a message quotes it: cut with `…` past `limit` characters, so a pasted paragraph (or 1 MB) does not fill the screen. */
export function shortened(text: string, limit = 48): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
