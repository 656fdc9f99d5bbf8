/**
 * Parsed documents, one per (uri, version): every feature reads the same model, and lint results
 * are kept beside it for as long as the configuration does not change.
 */
import { parseDocument } from '../core/parse';
import type { Diagnostic, FengongDocument } from '../core/model';

export class Entry {
  private parsed: FengongDocument | null = null;
  private linted: { readonly generation: number; readonly diagnostics: Diagnostic[] } | null = null;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    private readonly onParse: () => void = () => {},
    /** The entry of the version before, whose parse (and lint) make this one's cheap; dropped once used. */
    private previous: Entry | null = null,
  ) {}

  get doc(): FengongDocument {
    if (!this.parsed) {
      this.parsed = parseDocument(this.text, this.previous?.parsed);
      this.onParse();
    }
    return this.parsed;
  }

  /** The last lint of the version before under configuration `generation`, for an incremental lint. */
  previousLint(generation: number): { readonly doc: FengongDocument; readonly diagnostics: Diagnostic[] } | undefined {
    const p = this.previous;
    return p?.parsed && p.linted?.generation === generation ? { doc: p.parsed, diagnostics: p.linted.diagnostics } : undefined;
  }

  /** Lets go of the version before (so that a chain of edits does not keep every version alive). */
  forgetPrevious(): void {
    this.previous = null;
  }

  get isParsed(): boolean {
    return this.parsed !== null;
  }

  /** The diagnostics for this version under configuration `generation`, if computed. */
  diagnostics(generation: number): Diagnostic[] | null {
    return this.linted && this.linted.generation === generation ? this.linted.diagnostics : null;
  }

  setDiagnostics(generation: number, diagnostics: Diagnostic[]): void {
    this.linted = { generation, diagnostics };
    this.previous = null;
  }
}

export class ModelCache {
  private readonly entries = new Map<string, Entry>();
  /** Counts parses, for tests and the benchmark (parse once per version). */
  parses = 0;

  /** The entry for this exact version, parsed at most once. */
  get(uri: string, version: number, text: () => string): Entry {
    const cur = this.entries.get(uri);
    if (cur && cur.version === version) return cur;
    // The newest version builds on the one before; that one no longer needs its own predecessor.
    cur?.forgetPrevious();
    const e = new Entry(uri, version, text(), () => this.parses++, cur ?? null);
    this.entries.set(uri, e);
    return e;
  }

  peek(uri: string): Entry | undefined {
    return this.entries.get(uri);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  values(): IterableIterator<Entry> {
    return this.entries.values();
  }
}
