/** References, highlights and rename for unit and leader names (abbreviation-aware). */
import type { FengongDocument, Position, Range, TextEdit } from '../model';
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
  if (!at) return null;
  return { range: at.ref.written.range, placeholder: unitKey(at.ref.name, dir) };
}

/**
 * What to write in place of `written` (which stands for `name`, perhaps with a shared prefix or
 * suffix elided) so that it stands for `newName`: keep the elision where the new name allows it.
 */
export function rewriteWritten(written: string, name: string, newName: string): string {
  if (written === name) return newName;
  const idx = name.indexOf(written);
  if (idx < 0) return newName;
  const prefix = name.slice(0, idx);
  const suffix = name.slice(idx + written.length);
  let out = newName;
  if (prefix && out.startsWith(prefix)) out = out.slice(prefix.length);
  else if (prefix) return newName;
  if (suffix && out.endsWith(suffix) && out.length > suffix.length) out = out.slice(0, out.length - suffix.length);
  else if (suffix) return prefix ? newName : newName;
  return out || newName;
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
    const text = rewriteWritten(o.ref.written.text, o.ref.name, newName);
    if (text !== o.ref.written.text) edits.push({ range: r, newText: text });
  }
  return edits;
}
