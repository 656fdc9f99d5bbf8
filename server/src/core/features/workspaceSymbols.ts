/**
 * Workspace symbols: tasks across files, found by text, number or unit. Files that are not open
 * are kept only as compact summaries (a few hundred bytes a task), not as whole models.
 */
import type { CancellationToken, FengongDocument, Range } from '../model';
import { firstWords, isCancelled, pathLabel, taskId, tasksOf } from './util';

export interface TaskSymbol {
  readonly uri: string;
  readonly name: string;
  readonly containerName: string;
  readonly range: Range;
}

/** What a workspace search needs of one task. */
export interface TaskSummary {
  readonly id: string;
  readonly number: number;
  readonly name: string;
  readonly containerName: string;
  readonly range: Range;
  /** The task text, normalised for search (bounded). */
  readonly search: string;
  /** Unit and leader names, normalised. */
  readonly names: readonly string[];
}

function normalise(s: string): string {
  return s.replace(/\s+/g, '').toLowerCase();
}

export function summarise(doc: FengongDocument): TaskSummary[] {
  return tasksOf(doc).map((t) => {
    const id = taskId(doc, t);
    return {
      id,
      number: t.numbering.value,
      name: `${id}. ${firstWords(t.text.text, 30)}`,
      containerName: [pathLabel(t), t.leadUnits.map((u) => u.name).join('、')].filter(Boolean).join(' · '),
      range: t.range,
      search: normalise(t.text.text).slice(0, 400),
      names: [...new Set([...t.leadUnits, ...t.units, ...t.leaders].map((u) => normalise(u.name)))],
    };
  });
}

/**
 * Query forms: `12` or `#12` (task number; `三、1` for a restarted numbering), any words of the
 * task text, or a unit name (`区发改局`). An empty query lists every task.
 */
export function searchTasks(
  files: Iterable<{ readonly uri: string; readonly tasks: readonly TaskSummary[] }>,
  query: string,
  token?: CancellationToken,
  limit = 500,
): TaskSymbol[] {
  const q = normalise(query).replace(/^#/, '');
  const out: TaskSymbol[] = [];
  for (const { uri, tasks } of files) {
    for (const t of tasks) {
      if (out.length >= limit || isCancelled(token)) return out;
      const hit = !q || normalise(t.id) === q || String(t.number) === q || t.search.includes(q) || t.names.some((n) => n.includes(q));
      if (hit) out.push({ uri, name: t.name, containerName: t.containerName, range: t.range });
    }
  }
  return out;
}

export function workspaceSymbols(
  docs: Iterable<{ readonly uri: string; readonly doc: FengongDocument }>,
  query: string,
  token?: CancellationToken,
  limit = 500,
): TaskSymbol[] {
  const files = (function* () {
    for (const { uri, doc } of docs) yield { uri, tasks: summarise(doc) };
  })();
  return searchTasks(files, query, token, limit);
}
