/** A small glob matcher (`**`, `*`, `?`, `{a,b}`) for the `fengong.draftFiles` setting. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  let inGroup = false;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i += 2;
        if (glob[i] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inGroup = true;
      re += '(?:';
    } else if (c === '}' && inGroup) {
      inGroup = false;
      re += ')';
    } else if (c === ',' && inGroup) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    i++;
  }
  return new RegExp(`^${re}$`);
}

/** Does a workspace-relative path (with `/`) match any glob? A glob without `/` matches the base name anywhere. */
export function matchesAny(relPath: string, globs: readonly string[]): boolean {
  const p = relPath.replace(/\\/g, '/');
  return globs.some((g) => {
    const glob = g.replace(/\\/g, '/').replace(/^\.\//, '');
    return globToRegExp(glob.includes('/') ? glob : `**/${glob}`).test(p);
  });
}
