/**
 * A memo of a pure function of strings, bounded: two generations of at most `size` entries each.
 * Whatever the last lint looked up survives into the next one (texts repeat across edits), and an
 * entry nobody asked for during a whole generation is dropped with it.
 */
const MEMOS: Memo<unknown>[] = [];

/** Clears every memo made with {@link Memo}. */
export function clearMemos(): void {
  for (const m of MEMOS) m.clear();
}

/** How many entries all memos keep. */
export function memoEntries(): number {
  let n = 0;
  for (const m of MEMOS) n += m.entries;
  return n;
}

export class Memo<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(
    private readonly size: number,
    private readonly compute: (key: string) => V,
  ) {
    MEMOS.push(this);
  }

  get entries(): number {
    return this.current.size + this.previous.size;
  }

  /** Forgets every entry (the texts kept as keys may be slices that keep a whole closed document alive). */
  clear(): void {
    this.current = new Map();
    this.previous = new Map();
  }

  get(key: string): V {
    let v = this.current.get(key);
    if (v !== undefined) return v;
    v = this.previous.get(key);
    if (v === undefined) v = this.compute(key);
    if (this.current.size >= this.size) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, v);
    return v;
  }
}
