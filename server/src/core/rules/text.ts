/** Text tests the rules share. */

/** Whether a code unit is one `String.prototype.trim` removes. */
function isTrimmed(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `s.trim() === ''` without building the trimmed string. */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isTrimmed(s.charCodeAt(i))) return false;
  return true;
}
