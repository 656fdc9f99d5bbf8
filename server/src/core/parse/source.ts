import type { SourceText } from '../model';

/**
 * Splits text into lines on LF, CRLF or CR (mixed endings included) and remembers where each
 * line starts. A leading BOM is dropped first: editors hide it, so positions must not count it.
 */
export function readSource(raw: string): SourceText {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lines: string[] = [];
  const lineStarts: number[] = [];
  if (text.indexOf('\r') < 0) {
    // LF only (the common case): the native search is several times faster than a character loop.
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push(text.slice(start, i));
      lineStarts.push(start);
      start = i + 1;
    }
    lines.push(text.slice(start));
    lineStarts.push(start);
    return { text, lines, lineStarts, eol: '\n' };
  }
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push(text.slice(start, i));
      lineStarts.push(start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else if (c === 13) cr++;
      else lf++;
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  lineStarts.push(start);
  const eol = crlf > lf && crlf >= cr ? '\r\n' : cr > lf && cr > crlf ? '\r' : '\n';
  return { text, lines, lineStarts, eol };
}
