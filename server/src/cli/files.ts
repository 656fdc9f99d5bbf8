import * as fs from 'fs';
import * as path from 'path';

import { NotADraftError, readDocx } from '../node/docx';

/** Extensions `check` walks a directory for. */
export const DRAFT_EXTENSIONS = ['.txt', '.md', '.fengong', '.docx'];
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
      } else if (st.isFile() && DRAFT_EXTENSIONS.includes(path.extname(name).toLowerCase()) && !/^readme\.md$/i.test(name) && !name.startsWith('~$')) {
        // (`~$方案.docx` is the lock file Word leaves beside an open document.)
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

/** What a file's first bytes say it is, when it is a container no draft is written in as text. */
function binaryKind(bytes: Buffer): 'zip' | 'ole' | 'pdf' | null {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return 'zip';
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1) return 'ole';
  if (bytes.length >= 5 && bytes.toString('latin1', 0, 5) === '%PDF-') return 'pdf';
  return null;
}

/**
 * Reads a draft. A Word `.docx` is read for its text (see `docx.ts`); a `.doc`, WPS or PDF file is
 * refused with a message saying what to do. Plain text: UTF-8 first (with or without BOM); a file that is not valid UTF-8 is read as
 * GB18030, the encoding most Chinese government offices' tools save plain text in.
 */
export function readDraft(p: string): string {
  // Never open a FIFO, socket or device named on the command line: reading it may block forever.
  const st = fs.statSync(p);
  if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
  const bytes = fs.readFileSync(p);
  const kind = binaryKind(bytes);
  if (kind === 'zip') return readDocx(bytes);
  if (kind === 'ole') throw new NotADraftError('a Word 97-2003 (.doc) or WPS file: save it as .docx or .txt');
  if (kind === 'pdf') throw new NotADraftError('a PDF: copy its text into a .txt file');
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
