/**
 * Which row each wrapped line of a column-printed table belongs to (see `layoutTable.ts`): the lines between two row
 * numbers are shared between the two rows.
 */
import type { Item } from './layoutItems';
import { isWholeName } from './units';

/** Lines after a table's last row that a cell set at the top of its row can take. */
const MAX_TAIL = 10;

/** A cell's words end a sentence (a task's text does), or a clause of a list (`…规划建设手续;`). */
const SENTENCE_END = /[。！？!?]$/;
const CLAUSE_END = /[；;]$/;

/**
 * The pieces each row takes. Cells set at the top of their rows put every row's number on its first line, so a run of
 * rows that never leaves a row's number line without its text, nor a piece before its first row, is read so: the
 * pieces after a row are its own. Otherwise the cells are centred, and the pieces between two numbers are shared so that
 * each row stands as far above its number as below it; where that leaves a choice, a sentence's or a list's end decides.
 */
export function shareOut(
  items: Item[],
  cellsOf: (it: Item) => ReadonlyMap<number, string>,
  textAt: number,
  unitColumns: readonly number[],
  aligned: (it: Item) => boolean,
): Map<Item, Item[]> {
  const shares = new Map<Item, Item[]>();
  // Runs of rows between stops.
  const runs: Item[][] = [];
  let run: Item[] = [];
  for (const it of items) {
    if (it.kind === 'stop') {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(it);
  }
  if (run.length) runs.push(run);

  const centred = runs.some((r) => r[0].kind === 'piece' && r.some((it) => it.kind === 'row')) || items.some((it) => it.kind === 'row' && !cellsOf(it).has(textAt));
  for (const r of runs) {
    const rows = r.map((it, k) => (it.kind === 'row' ? k : -1)).filter((k) => k >= 0);
    if (!rows.length) continue;
    for (const k of rows) shares.set(r[k], []);
    const take = (k: number, from: number, to: number) => shares.get(r[k])!.push(...r.slice(from, to));
    if (!centred) {
      for (let q = 0; q < rows.length; q++) {
        const k = rows[q];
        const stop = q + 1 < rows.length ? rows[q + 1] : tailEnd(r, k, MAX_TAIL, aligned);
        take(k, k + 1, stop);
      }
      continue;
    }
    // Centred: choose how many of each gap's pieces go down to the row above; the rest stand above the next.
    const above0 = rows[0];
    take(rows[0], 0, above0);
    const gaps = rows.map((k, q) => (q + 1 < rows.length ? rows[q + 1] - k - 1 : tailEnd(r, k, MAX_TAIL, aligned) - k - 1));
    const downs = centredShares(r, rows, gaps, above0, cellsOf, textAt, unitColumns);
    rows.forEach((k, q) => {
      take(k, k + 1, k + 1 + downs[q]);
      if (q + 1 < rows.length) take(rows[q + 1], k + 1 + downs[q], rows[q + 1]);
    });
  }
  return shares;
}

/** Where the pieces after a run's last row end: at a blank line, a piece out of the table's columns, or `max` pieces on. */
function tailEnd(run: readonly Item[], k: number, max: number, aligned: (it: Item) => boolean): number {
  let e = k + 1;
  while (e < run.length && e - k - 1 < max && (!run[e].blankBefore || run[e].pageBefore) && aligned(run[e])) e++;
  return e;
}

/**
 * For centred rows: how many pieces of the gap after each row go to it. Each row should stand as many lines above its
 * number as below (a line more or less costs one; a quarter where a page ends in the row, as a row cut by a page is
 * centred on neither). A cell should end where its words do, and that weighs more: where the table's tasks close their
 * sentences, a cut that leaves a row's text open while the next row's share goes on in that column costs six (two after
 * a `；`); a list of units cut after a `、` or inside a name, two. A row left with no text costs four.
 */
function centredShares(run: readonly Item[], rows: readonly number[], gaps: readonly number[], above0: number, cellsOf: (it: Item) => ReadonlyMap<number, string>, textAt: number, unitColumns: readonly number[]): number[] {
  const n = rows.length;
  const cells = run.map(cellsOf);
  // Do the tasks close their sentences? Then a text cut open is a wrong cut.
  let closed = 0;
  for (const c of cells) if (SENTENCE_END.test(c.get(textAt) ?? '')) closed++;
  const sentences = closed >= 0.6 * n;
  const weights = rows.map((k, q) => {
    const from = q > 0 ? rows[q - 1] + 1 : 0;
    const to = k + gaps[q];
    for (let p = from + 1; p <= to; p++) if (run[p].pageBefore) return 0.25;
    return 1;
  });
  const cutCost = (column: number, words: string): number => {
    if (column === textAt) return !sentences || SENTENCE_END.test(words) ? 0 : CLAUSE_END.test(words) ? 2 : 6;
    if (!unitColumns.includes(column)) return 0;
    const names = words.split(/[、，,]/);
    return names[names.length - 1] === '' || !isWholeName(names[names.length - 1]) ? 2 : 0;
  };
  const rowCost = (q: number, up: number, down: number): number => {
    const k = rows[q];
    // The last words of each column the row keeps.
    const kept = new Map<number, string>();
    for (let p = k - up; p <= k + down; p++) for (const [c, w] of cells[p]) kept.set(c, w);
    let cost = weights[q] * Math.abs(up - down) + (kept.has(textAt) ? 0 : 4);
    // The next row's share of the gap: a column it goes on in cuts the row's words there.
    const seen = new Set<number>();
    for (let p = k + down + 1; p <= k + gaps[q]; p++)
      for (const c of cells[p].keys()) {
        if (seen.has(c)) continue;
        seen.add(c);
        const w = kept.get(c);
        if (w !== undefined) cost += cutCost(c, w);
      }
    return cost;
  };
  // From the last row back: best[q][up], the least cost of rows q… when row q stands `up` lines above its number, and the
  // share of the gap after it that gives it.
  const best: Float64Array[] = [];
  const choice: Int32Array[] = [];
  for (let q = n - 1; q >= 0; q--) {
    const ups = q === 0 ? above0 : gaps[q - 1];
    best[q] = new Float64Array(ups + 1);
    choice[q] = new Int32Array(ups + 1);
    for (let up = 0; up <= ups; up++) {
      let bestCost = Infinity;
      let bestDown = 0;
      for (let down = 0; down <= gaps[q]; down++) {
        const cost = rowCost(q, up, down) + (q + 1 < n ? best[q + 1][gaps[q] - down] : 0);
        if (cost < bestCost) {
          bestCost = cost;
          bestDown = down;
        }
      }
      best[q][up] = bestCost;
      choice[q][up] = bestDown;
    }
  }
  const downs: number[] = [];
  let up = above0;
  for (let q = 0; q < n; q++) {
    const down = choice[q][up];
    downs.push(down);
    up = q + 1 < n ? gaps[q] - down : 0;
  }
  return downs;
}
