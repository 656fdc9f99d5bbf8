/** The most frequent item (the first to reach the top count wins ties); null for none. */
export function mode<T>(xs: readonly T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestN = 0;
  for (const x of xs) {
    const n = (counts.get(x) ?? 0) + 1;
    counts.set(x, n);
    if (n > bestN) {
      best = x;
      bestN = n;
    }
  }
  return best;
}

/** A running {@link mode}: counts items as they come, without keeping them. */
export class Tally<T> {
  private readonly counts = new Map<T, number>();
  private bestN = 0;
  best: T | null = null;

  add(x: T): void {
    const n = (this.counts.get(x) ?? 0) + 1;
    this.counts.set(x, n);
    if (n > this.bestN) {
      this.best = x;
      this.bestN = n;
    }
  }
}

/**
 * Pushes `items` onto `to`. On the parser's hot path this is a plain loop because `to.push(...items)`
 * goes through V8's generic spread-call path, which profiled as several percent of a seed parse.
 */
export function append<T>(to: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) to.push(items[i]);
}

/**
 * `items` in an array of its own length, for lists the document model keeps. An array grown by push
 * reserves room for 17 items on its first push, and most of the model's lists (a task's fields, its
 * lead units, a field's names) hold one to three: the slack was the largest part of a parsed plan's
 * memory, and every byte a parse keeps is copied by the garbage collector as the model is built.
 */
export function fitted<T>(items: T[]): T[] {
  return items.length === 0 ? items : items.slice();
}
