/** References, highlights and rename for unit and leader names (abbreviation-aware). */
import { isWrittenWhole, type FengongDocument, type Position, type Range, type TextEdit, type UnitRef } from '../model';
import { expandGroup, rewriteWritten } from '../parse/units';
import { EMPTY_DIRECTORY, unitKey, unitUsage, type UnitDirectory } from './units';
import { occurrenceAt } from './util';

export interface Highlight {
  readonly range: Range;
  /** `write` for a lead role, `read` for the rest. */
  readonly kind: 'read' | 'write';
}

/** Every place the document names the unit at `p` (including abbreviations of it). */
export function unitReferences(doc: FengongDocument, p: Position, dir: UnitDirectory = EMPTY_DIRECTORY): Range[] {
  const at = occurrenceAt(doc, p);
  if (!at) return [];
  return unitUsage(doc, at.ref.name, dir).occurrences.map((o) => o.ref.written.range);
}

/** The same, for another document: where it names the unit `name`. */
export function referencesToName(doc: FengongDocument, name: string, dir: UnitDirectory = EMPTY_DIRECTORY): Range[] {
  return unitUsage(doc, name, dir).occurrences.map((o) => o.ref.written.range);
}

export function unitHighlights(doc: FengongDocument, p: Position, dir: UnitDirectory = EMPTY_DIRECTORY): Highlight[] {
  const at = occurrenceAt(doc, p);
  if (!at) return [];
  return unitUsage(doc, at.ref.name, dir).occurrences.map((o) => ({
    range: o.ref.written.range,
    kind: o.field.role === 'leadUnits' || o.field.role === 'groupLead' ? 'write' : 'read',
  }));
}

export interface RenameTarget {
  readonly range: Range;
  /** The expanded name, which the new name replaces. */
  readonly placeholder: string;
}

export function prepareUnitRename(doc: FengongDocument, p: Position, dir: UnitDirectory = EMPTY_DIRECTORY): RenameTarget | null {
  const at = occurrenceAt(doc, p);
  // A name a table's cell wrapped past the row's other cells cannot be rewritten in place (see isWrittenWhole).
  if (!at || !isWrittenWhole(doc.source.lines, at.ref.written)) return null;
  return { range: at.ref.written.range, placeholder: unitKey(at.ref.name, dir) };
}

/** Rename the unit at `p` everywhere in the document; null when no unit is there. */
export function renameUnit(doc: FengongDocument, p: Position, newName: string, dir: UnitDirectory = EMPTY_DIRECTORY): TextEdit[] | null {
  const at = occurrenceAt(doc, p);
  if (!at) return null;
  return renameName(doc, at.ref.name, newName, dir);
}

export function renameName(doc: FengongDocument, name: string, newName: string, dir: UnitDirectory = EMPTY_DIRECTORY): TextEdit[] {
  const seen = new Set<string>();
  const edits: TextEdit[] = [];
  for (const o of unitUsage(doc, name, dir).occurrences) {
    const r = o.ref.written.range;
    const k = `${r.start.line}:${r.start.character}`;
    if (seen.has(k)) continue;
    seen.add(k);
    for (const e of renameInGroup(doc, o.field.names, o.ref, newName)) {
      const key = `${e.range.start.line}:${e.range.start.character}`;
      if (key === k || !seen.has(key)) {
        seen.add(key);
        edits.push(e);
      }
    }
  }
  return edits;
}

/**
 * The edits that make `ref` stand for `newName` and leave every other name of its `、` group as it was.
 * A group shares what is written once (in `区科经、商务局` the 局 and the 区 belong to both names), so the
 * elided form of the new name may lend its new ending to a sibling (`区科经、商务和投资促进委员会` would make
 * 区科经委员会) or withhold the prefix it lent (`科技委、商务局` would lose 区商务局's 区). Then the names are
 * written out in full: `区科经局、区商务和投资促进委员会`.
 */
function renameInGroup(doc: FengongDocument, names: readonly UnitRef[], ref: UnitRef, newName: string): TextEdit[] {
  // Such a name is left as written: an edit of its range would take the cells between its pieces with it.
  if (!isWrittenWhole(doc.source.lines, ref.written)) return [];
  const elided = rewriteWritten(ref.written.text, ref.name, newName);
  // A name written whole with more beside it (a person's post, `于会游市长`): the name alone is rewritten in place.
  if (ref.written.text !== ref.name && ref.written.text.includes(ref.name)) return [{ range: ref.written.range, newText: elided }];
  const group = groupOf(doc, names, ref);
  const want = group.map((r) => (r === ref ? newName : r.name));
  const base = (r: UnitRef) => r.written.text.replace(/\s+/g, '');
  if (sameNames(expandGroup(group.map((r) => (r === ref ? elided : base(r)))), want)) {
    return elided === ref.written.text ? [] : [{ range: ref.written.range, newText: elided }];
  }
  const out: TextEdit[] = [];
  for (const r of group) {
    const full = r === ref ? newName : r.name;
    if (full !== r.written.text) out.push({ range: r.written.range, newText: full });
  }
  return out;
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The names of `ref`'s `、` group: its neighbours on its line with nothing but `、` (and their brackets) between. */
function groupOf(doc: FengongDocument, names: readonly UnitRef[], ref: UnitRef): UnitRef[] {
  const line = ref.written.range.start.line;
  const text = doc.source.lines[line] ?? '';
  const onLine = names.filter((r) => r.written.range.start.line === line && r.written.range.end.line === line);
  const i = onLine.indexOf(ref);
  if (i < 0) return [ref];
  const joined = (a: UnitRef, b: UnitRef) => /^[^,，;；]*、[^,，;；、]*$/.test(text.slice(a.written.range.end.character, b.written.range.start.character));
  let from = i;
  while (from > 0 && joined(onLine[from - 1], onLine[from])) from--;
  let to = i;
  while (to + 1 < onLine.length && joined(onLine[to], onLine[to + 1])) to++;
  return onLine.slice(from, to + 1);
}
