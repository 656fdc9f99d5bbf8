/**
 * Validation scheduling: changes within `debounceMs` coalesce to the latest version; a newer
 * version cancels work for an older one; nothing stale is ever published.
 */
export interface CancellationSource {
  readonly token: { readonly isCancellationRequested: boolean };
  cancel(): void;
}

export function cancellationSource(): CancellationSource {
  const token = { isCancellationRequested: false };
  return {
    token,
    cancel: () => {
      token.isCancellationRequested = true;
    },
  };
}

type Run = (uri: string, token: CancellationSource['token']) => Promise<void> | void;

export class Scheduler {
  private readonly timers = new Map<string, NodeJS.Timeout | NodeJS.Immediate>();
  private readonly running = new Map<string, CancellationSource>();

  constructor(
    private readonly run: Run,
    public delayMs: number,
    private readonly onError: (e: unknown) => void,
  ) {}

  /** Schedule (or re-schedule) validation of `uri`; any pending or running work for it is dropped. */
  schedule(uri: string, delayMs = this.delayMs): void {
    this.cancel(uri);
    const fire = (): void => {
      this.timers.delete(uri);
      const cts = cancellationSource();
      this.running.set(uri, cts);
      Promise.resolve()
        .then(() => this.run(uri, cts.token))
        .catch(this.onError)
        .finally(() => {
          if (this.running.get(uri) === cts) this.running.delete(uri);
        });
    };
    this.timers.set(uri, delayMs > 0 ? setTimeout(fire, delayMs) : setImmediate(fire));
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) {
      clearTimeout(t as NodeJS.Timeout);
      clearImmediate(t as NodeJS.Immediate);
      this.timers.delete(uri);
    }
    this.running.get(uri)?.cancel();
    this.running.delete(uri);
  }

  dispose(): void {
    for (const uri of [...this.timers.keys(), ...this.running.keys()]) this.cancel(uri);
  }
}

/** Lets other messages (a newer didChange, a cancel) be read before continuing. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
