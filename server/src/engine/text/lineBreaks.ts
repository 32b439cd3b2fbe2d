/**
 * A fix that inserts a line writes `\n`; in a text whose every line ends with CRLF, those
 * become CRLF too, so the text does not end up with mixed line breaks. Shared by every face that
 * writes fixed text (the CLI's `--fix`, the language server's edits).
 */
export function keepLineBreaks(original: string, fixedText: string): string {
  const crlf = original.includes('\r\n') && !/(^|[^\r])\n/.test(original);
  return crlf ? fixedText.replace(/(?<!\r)\n/g, '\r\n') : fixedText;
}
