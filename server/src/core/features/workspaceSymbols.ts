/** Workspace symbols: tasks across files, found by text, number or unit. */
import type { CancellationToken, FengongDocument, Range } from '../model';
import { firstWords, isCancelled, pathLabel, taskId } from './util';

export interface TaskSymbol {
  readonly uri: string;
  readonly name: string;
  readonly containerName: string;
  readonly range: Range;
}

function normalise(s: string): string {
  return s.replace(/\s+/g, '').toLowerCase();
}

/**
 * Query forms: `12` or `#12` (task number; `三、1` for a restarted numbering), any words of the
 * task text, or a unit name (`区发改局`). An empty query lists every task.
 */
export function workspaceSymbols(
  docs: Iterable<{ readonly uri: string; readonly doc: FengongDocument }>,
  query: string,
  token?: CancellationToken,
  limit = 500,
): TaskSymbol[] {
  const q = normalise(query).replace(/^#/, '');
  const out: TaskSymbol[] = [];
  for (const { uri, doc } of docs) {
    if (!doc.plan) continue;
    for (const t of doc.plan.tasks) {
      if (out.length >= limit || isCancelled(token)) return out;
      const id = taskId(doc, t);
      const names = [...t.leadUnits, ...t.units, ...t.leaders].map((u) => u.name);
      const hit =
        !q ||
        normalise(id) === q ||
        String(t.numbering.value) === q ||
        normalise(t.text.text).includes(q) ||
        names.some((n) => normalise(n).includes(q));
      if (!hit) continue;
      out.push({
        uri,
        name: `${id}. ${firstWords(t.text.text, 30)}`,
        containerName: [pathLabel(t), t.leadUnits.map((u) => u.name).join('、')].filter(Boolean).join(' · '),
        range: t.range,
      });
    }
  }
  return out;
}
