/** What the table-reading tests look at: each task's fields as plain values, and each finding's rule at its range. */
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

/** Each task's number, words (its lines joined) and fields, by name. */
export const tasks = (text: string) =>
  parseDocument(text).plan!.tasks.map((t) => ({
    n: t.numbering.value,
    text: t.text.text.replace(/\n/g, ''),
    leaders: t.leaders.map((u) => u.name),
    lead: t.leadUnits.map((u) => u.name),
    units: t.units.map((u) => u.name),
    deadline: t.deadline?.date ?? null,
  }));

/** Each finding's rule and range (`line:character-line:character`), linted as of 2023-03-01. */
export const diagnostics = (text: string) =>
  lint(parseDocument(text), { today: '2023-03-01' }).map((d) => ({ rule: d.rule, range: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}` }));
