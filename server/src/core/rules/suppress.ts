/**
 * Inline suppression from `doc.directives` (the parser reads the comments; see docs/suppression.md):
 *   <!-- fengong-disable-file [rule …] -->        the whole file
 *   <!-- fengong-disable [rule …] --> … <!-- fengong-enable [rule …] -->   a region
 *   <!-- fengong-disable-next-line [rule …] -->   the next non-blank line
 *   … <!-- fengong-disable-line [rule …] -->      its own line
 * No rule ids means every rule. A diagnostic is matched by the line it starts on.
 */
import type { Diagnostic, Directive, FengongDocument } from '../model';

export interface Suppressor {
  isSuppressed(d: Diagnostic): boolean;
}

const applies = (dir: Directive, rule: string) => dir.rules.length === 0 || dir.rules.includes(rule);

export function createSuppressor(doc: FengongDocument): Suppressor {
  const dirs = [...doc.directives].sort((a, b) => a.line - b.line);
  if (!dirs.length) return { isSuppressed: () => false };
  const lines = doc.source.lines;
  const directiveLines = new Set(dirs.map((d) => d.line));
  const fileWide = dirs.filter((d) => d.kind === 'disable-file');
  const byLine = new Map<number, Directive[]>();
  const add = (line: number, d: Directive) => {
    const l = byLine.get(line) ?? [];
    l.push(d);
    byLine.set(line, l);
  };
  for (const d of dirs) {
    if (d.kind === 'disable-line') add(d.line, d);
    if (d.kind === 'disable-next-line') {
      let l = d.line + 1;
      while (l < lines.length && ((lines[l] ?? '').trim() === '' || directiveLines.has(l))) l++;
      add(l, d);
    }
  }
  const regions = dirs.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  return {
    isSuppressed(diag) {
      const rule = diag.rule;
      if (fileWide.some((d) => applies(d, rule))) return true;
      const line = diag.range.start.line;
      if ((byLine.get(line) ?? []).some((d) => applies(d, rule))) return true;
      // Regions: replay disable/enable up to this line.
      let off = false;
      for (const d of regions) {
        if (d.line > line) break;
        if (!applies(d, rule) && !(d.kind === 'enable' && d.rules.length === 0)) continue;
        off = d.kind === 'disable';
      }
      return off;
    },
  };
}
