import type { Diagnostic } from '../core/model';

/** Terminal columns of a string: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

const SEVERITY_ZH: Record<Diagnostic['severity'], string> = { error: '错误', warning: '警告', information: '提示', hint: '建议' };

export interface TextOptions {
  readonly color: boolean;
  readonly locale: 'zh' | 'en' | undefined;
}

/**
 * `file:line:col: severity [rule] message`, then the offending line with a marker under the
 * range — the layout compilers use, so editors and CI logs link it. Lines/columns are 1-based here
 * because people read this output; JSON and SARIF keep the contract's own bases.
 */
export function formatText(path: string, lines: readonly string[], diagnostics: readonly Diagnostic[], opts: TextOptions): string {
  const out: string[] = [];
  const paint = (code: string, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sevColor: Record<Diagnostic['severity'], string> = { error: '31', warning: '33', information: '36', hint: '2' };
  for (const d of diagnostics) {
    const { line, character } = d.range.start;
    const sev = opts.locale !== 'en' ? `${SEVERITY_ZH[d.severity]}` : d.severity;
    out.push(`${path}:${line + 1}:${character + 1}: ${paint(sevColor[d.severity], sev)} [${d.rule}] ${d.message}`);
    const text = lines[line] ?? '';
    // Very long lines (a 1 MB single line) are clipped around the range.
    const from = Math.max(0, character - 60);
    const endChar = d.range.end.line === line ? d.range.end.character : text.length;
    const shown = text.slice(from, Math.min(text.length, Math.max(endChar, character + 1) + 60)).replace(/\t/g, ' ');
    const pad = displayWidth(text.slice(from, character).replace(/\t/g, ' '));
    const width = Math.max(1, displayWidth(text.slice(character, Math.max(character + 1, endChar))));
    out.push(`    ${from > 0 ? '…' : ''}${shown}`);
    out.push(`    ${from > 0 ? ' ' : ''}${' '.repeat(pad)}${paint(sevColor[d.severity], '^' + '~'.repeat(Math.max(0, width - 1)))}`);
  }
  return out.join('\n');
}
