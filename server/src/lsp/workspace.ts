/** Finding the drafts in the open folders: `*.fengong`, matching `fengong.draftFiles`, or .txt/.md that look like notices. */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { looksLikeDraft } from '../core/features';
import { matchesAny } from './glob';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', '.vscode-test', 'coverage']);
const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface FoundDraft {
  readonly file: string;
  readonly text: string;
}

export function isCandidateName(file: string): boolean {
  return /\.(fengong|txt|md)$/i.test(file);
}

/** Is this file (with this text) a draft? */
export function isDraft(file: string, text: string, root: string | null, globs: readonly string[]): boolean {
  if (/\.fengong$/i.test(file)) return true;
  if (root && globs.length && matchesAny(path.relative(root, file), globs)) return true;
  return /\.(txt|md)$/i.test(file) && looksLikeDraft(text);
}

/**
 * Walks `root` (breadth first, skipping build and VCS folders) and yields the drafts. Stops after
 * `maxFiles` candidates, or when `cancelled()` says so.
 */
export async function* findDrafts(
  root: string,
  globs: readonly string[],
  cancelled: () => boolean,
  maxFiles = 5000,
): AsyncGenerator<FoundDraft> {
  const queue = [root];
  let seen = 0;
  while (queue.length && !cancelled()) {
    const dir = queue.shift()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (cancelled()) return;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) queue.push(full);
        continue;
      }
      if (!e.isFile()) continue;
      const globbed = globs.length > 0 && matchesAny(path.relative(root, full), globs);
      if (!isCandidateName(full) && !globbed) continue;
      if (++seen > maxFiles) return;
      try {
        const st = await fs.stat(full);
        if (st.size > MAX_FILE_BYTES) continue;
        const text = await fs.readFile(full, 'utf8');
        if (globbed || isDraft(full, text, root, globs)) yield { file: full, text };
      } catch {
        // unreadable: skip it, go on with the rest
      }
    }
  }
}
