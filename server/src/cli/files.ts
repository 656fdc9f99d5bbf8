import * as fs from 'fs';
import * as path from 'path';

/** Extensions `check` walks a directory for. */
export const DRAFT_EXTENSIONS = ['.txt', '.md', '.fengong'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.e2e']);

export interface InputFile {
  readonly path: string;
}

/**
 * Expands directories (recursively, sorted) into draft files. A path that cannot be read is
 * returned as is, for the caller to report. Only regular files are taken from a directory (a
 * FIFO would block the read forever), and a directory reached twice through links is walked once.
 */
export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walkDir = (dir: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let names: string[];
    try {
      names = fs.readdirSync(dir).sort();
    } catch {
      out.push(dir); // unreadable directory: reported by the caller
      return;
    }
    for (const name of names) {
      const child = path.join(dir, name);
      let st: fs.Stats;
      try {
        st = fs.statSync(child);
      } catch {
        continue; // a dangling link
      }
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(name) && !name.startsWith('.')) walkDir(child);
      } else if (st.isFile() && DRAFT_EXTENSIONS.includes(path.extname(name).toLowerCase()) && !/^readme\.md$/i.test(name)) {
        out.push(child);
      }
    }
  };
  for (const p of paths) {
    let st: fs.Stats | null = null;
    try {
      st = fs.statSync(p);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) walkDir(p);
    else out.push(p); // a named file is read (and reported) whatever its extension
  }
  return out;
}

/**
 * Reads a draft. UTF-8 first (with or without BOM); a file that is not valid UTF-8 is read as
 * GB18030, the encoding most Chinese government offices' tools save plain text in.
 */
export function readDraft(p: string): string {
  // Never open a FIFO, socket or device named on the command line: reading it may block forever.
  const st = fs.statSync(p);
  if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
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
