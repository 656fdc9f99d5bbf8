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
  ) {}

  get doc(): FengongDocument {
    if (!this.parsed) {
      this.parsed = parseDocument(this.text);
      this.onParse();
    }
    return this.parsed;
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
    const e = new Entry(uri, version, text(), () => this.parses++);
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
