/** What a column-printed table's lines are, as its reader sees them (see `layoutTable.ts`). */
import { displayColumn, type Cell } from './tableRows';

export type Measure = (line: string, index: number) => number;
/** pdftotext prints a character to a column, whatever its width; pandoc, w3m and lynx, by its printed width. */
export const MEASURES: readonly Measure[] = [(_line, index) => index, displayColumn];

export interface Item {
  kind: 'row' | 'piece' | 'stop';
  line: number;
  cells: Cell[];
  /** A blank line stands before it. */
  blankBefore: boolean;
  /** A page ends before it (a page number, a form feed, the header repeated): a row cut there stands on two pages. */
  pageBefore: boolean;
}

/** A line's cells parted by runs of blanks (a single space is a word's, `万元 GDP 能耗`). */
export function cellsOf(line: string, a: number, b: number): Cell[] {
  const cells: Cell[] = [];
  const re = / {2,}|\u3000+|\t+/g;
  re.lastIndex = a;
  let from = a;
  for (let m = re.exec(line); m && m.index < b; m = re.exec(line)) {
    if (m.index > from) cells.push([from, m.index]);
    from = m.index + m[0].length;
  }
  if (b > from) cells.push([from, b]);
  return cells;
}
