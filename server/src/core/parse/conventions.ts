import type { Conventions, FieldLayout, FieldRole, Section, SectionLevel, Task } from '../model';
import { STYLE_RANK } from '../model';
import { mode, Tally } from '../util';

/**
 * What the document does most: its field layout, which fields its tasks carry, its labels and
 * punctuation, and whether task numbers restart inside each kind of section or run on.
 */
export function inferConventions(lines: readonly string[], tasks: readonly Task[], firstListedLeads: boolean): Conventions {
  // One pass over every field: shares, labels, layouts, punctuation width and separators.
  const roles: FieldRole[] = ['leaders', 'leadUnits', 'units', 'deadline', 'groupLead'];
  const carrying: Record<FieldRole, number> = { leaders: 0, leadUnits: 0, units: 0, deadline: 0, groupLead: 0 };
  const labelsByRole: Record<FieldRole, Tally<string>> = {
    leaders: new Tally(),
    leadUnits: new Tally(),
    units: new Tally(),
    deadline: new Tally(),
    groupLead: new Tally(),
  };
  const layouts = new Tally<FieldLayout>();
  const separators = new Tally<string>();
  let full = 0;
  let half = 0;
  for (const t of tasks) {
    let seen = 0;
    for (const f of t.fields) {
      const bit = 1 << roles.indexOf(f.role);
      if (f.value.text && !(seen & bit)) {
        seen |= bit;
        carrying[f.role]++;
      }
      layouts.add(f.layout);
      const sep = f.separatorBefore?.text;
      if (sep === ';' || sep === '；') separators.add(sep);
      if (f.layout === 'table' || f.layout === 'prose' || f.layout === 'convention') continue;
      labelsByRole[f.role].add(f.label.text);
      // The colon sits between the label and the value.
      const line = lines[f.label.range.start.line] ?? '';
      for (let i = f.label.range.end.character; i < f.value.range.start.character; i++) {
        const c = line.charCodeAt(i);
        if (c === 0xff1a) full++;
        else if (c === 0x3a) half++;
        else continue;
        break;
      }
    }
    // Bracketed markers count too: `（一）` against `(一)`.
    if (t.numbering.style === 'arabic-paren' || t.numbering.style === 'cn-paren') {
      if (t.numbering.fullWidth) full++;
      else half++;
    }
  }
  const n = tasks.length;
  const fieldShare = Object.fromEntries(roles.map((r) => [r, n ? carrying[r] / n : 0])) as Record<FieldRole, number>;
  const labels: Partial<Record<FieldRole, string>> = {};
  for (const r of roles) {
    const l = labelsByRole[r].best;
    if (l) labels[r] = l;
  }
  return {
    fieldLayout: layouts.best,
    fieldShare,
    taskNumbering: numberingScheme(tasks),
    labels,
    fullWidth: full > half,
    fieldSeparator: separators.best ?? ';',
    firstListedLeads,
  };
}

/**
 * For each section level, compare consecutive tasks (of the plan's main numbering rank) that
 * cross a boundary where that level is the outermost to change: `1` after `n` is a restart, `n+1`
 * runs on. The majority decides; a level never crossed is left out.
 */
function numberingScheme(tasks: readonly Task[]): Partial<Record<SectionLevel, 'restart' | 'continue'>> {
  const rank = mode(tasks.map((t) => STYLE_RANK[t.numbering.style]));
  const main = tasks.filter((t) => STYLE_RANK[t.numbering.style] === rank);
  const votes: Partial<Record<SectionLevel, { restart: number; continue: number }>> = {};
  for (let i = 1; i < main.length; i++) {
    const a = main[i - 1];
    const b = main[i];
    const changed = outermostChange(a.path, b.path);
    if (!changed) continue;
    const v = (votes[changed] ??= { restart: 0, continue: 0 });
    if (b.numbering.value === 1 && a.numbering.value !== 0) v.restart++;
    else if (b.numbering.value === a.numbering.value + 1) v.continue++;
  }
  const out: Partial<Record<SectionLevel, 'restart' | 'continue'>> = {};
  for (const [level, v] of Object.entries(votes) as [SectionLevel, { restart: number; continue: number }][]) {
    if (v.restart > v.continue) out[level] = 'restart';
    else if (v.continue > v.restart) out[level] = 'continue';
  }
  return out;
}

function outermostChange(a: readonly Section[], b: readonly Section[]): SectionLevel | null {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return (b[i] ?? a[i]).level;
  }
  return null;
}
