import * as fs from 'fs';
import * as path from 'path';

/** Extensions `check` walks a directory for. */
export const DRAFT_EXTENSIONS = ['.txt', '.md', '.fengong'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.e2e']);

export interface InputFile {
  readonly path: string;
}

/** Expands directories (recursively, sorted) into draft files; a missing path is returned as is. */
export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      out.push(p); // reported as unreadable by the caller
      return;
    }
    if (!st.isDirectory()) {
      out.push(p);
      return;
    }
    for (const name of fs.readdirSync(p).sort()) {
      const child = path.join(p, name);
      let cst: fs.Stats;
      try {
        cst = fs.statSync(child);
      } catch {
        continue;
      }
      if (cst.isDirectory()) {
        if (!SKIP_DIRS.has(name) && !name.startsWith('.')) walk(child);
      } else if (DRAFT_EXTENSIONS.includes(path.extname(name).toLowerCase()) && !/^readme\.md$/i.test(name)) out.push(child);
    }
  };
  paths.forEach(walk);
  return out;
}

/**
 * Reads a draft. UTF-8 first (with or without BOM); a file that is not valid UTF-8 is read as
 * GB18030, the encoding most Chinese government offices' tools save plain text in.
 */
export function readDraft(p: string): string {
  const bytes = fs.readFileSync(p);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030').decode(bytes);
    } catch {
      return bytes.toString('utf8');
    }
  }
}
