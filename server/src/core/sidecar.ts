/**
 * State kept beside an object for exactly as long as the object lives: a parse's line memo and
 * splice state beside the document, a lint's state beside the diagnostics it returned, caches of
 * derived views beside the document they derive from.
 *
 * This is what a WeakMap is for, and it was one. But V8's young-generation collector keeps the
 * value of every WeakMap entry alive, whether or not its key is: each parse's memo (and through
 * it most of the model) survived the next minor GC and was promoted, so a minor GC on a seed took
 * ~9 ms instead of ~1.5 and the warm parse p50 doubled. A property dies with its object in the
 * next minor GC. It is a non-enumerable symbol, so JSON output, `Object.keys` and deep equality
 * never see it.
 */
export class Sidecar<K extends object, V> {
  private readonly key: symbol;

  constructor(name: string) {
    this.key = Symbol(name);
  }

  get(owner: K): V | undefined {
    return (owner as Record<symbol, V | undefined>)[this.key];
  }

  /** Attaches `value` to `owner`; a frozen owner keeps nothing (the caller computes again). */
  set(owner: K, value: V): void {
    try {
      Object.defineProperty(owner, this.key, { value, writable: true, configurable: true, enumerable: false });
    } catch {
      // frozen or sealed: nothing is kept
    }
  }
}
