/**
 * A memo of a pure function of strings, bounded: two generations of at most `size` entries each.
 * Whatever the last lint looked up survives into the next one (texts repeat across edits), and an
 * entry nobody asked for during a whole generation is dropped with it.
 */
export class Memo<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(
    private readonly size: number,
    private readonly compute: (key: string) => V,
  ) {}

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
