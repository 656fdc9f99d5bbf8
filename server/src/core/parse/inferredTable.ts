/**
 * A task table copied without its header row (`1<tab>推进…<tab>区发改局<tab>2024年12月底`): what each
 * column holds, judged from the rows themselves. A column is a field only when every cell it fills
 * reads as one (all deadlines, all unit lists, all names of people); the task's text is the column of
 * the longest cells. Nothing is guessed from a column's position.
 */
import type { FieldRole } from '../model';
import { readDeadline } from './deadline';
import { isCollective, looksLikeUnitList, suffixOf } from './units';

export type ColumnRole = FieldRole | 'text' | 'number' | undefined;

/** The header words written for an inferred column, as the plan's own header would name it. */
const HEADER_OF: Partial<Record<FieldRole | 'text' | 'number', string>> = {
  number: '序号',
  text: '工作任务',
  leaders: '责任领导',
  leadUnits: '牵头单位',
  units: '配合单位',
  deadline: '完成时限',
};

const NO_RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

type Kind = 'deadline' | 'units' | 'person' | 'text';

function kindOf(cell: string): Kind {
  // A deadline cell is short and no sentence: a task's text may mention a time (`全年完成投资…。`).
  if (cell.length <= 24 && !cell.includes('。') && readDeadline(cell, NO_RANGE, null).kind !== 'unknown') return 'deadline';
  if (looksLikeUnitList(cell, true)) return 'units';
  // A leader is a person or a post: two to four characters, no unit ending (`张三`, `李副区长`).
  if (/^[\u4e00-\u9fa5]{2,4}(?:[、，,][\u4e00-\u9fa5]{2,4})*$/.test(cell) && !suffixOf(cell) && !isCollective(cell)) return 'person';
  return 'text';
}

/**
 * The columns of rows whose first cell is the task's number, or null when they do not read as a task
 * table: a text column and at least one field column are needed.
 */
export function inferColumns(rows: readonly (readonly string[])[]): { roles: ColumnRole[]; headers: string[] } | null {
  const width = rows[0].length;
  const roles: ColumnRole[] = ['number'];
  let textColumn = -1;
  let longest = 0;
  let unitColumns = 0;
  for (let k = 1; k < width; k++) {
    const cells = rows.map((r) => r[k] ?? '').filter((c) => c !== '');
    if (!cells.length) {
      roles.push(undefined);
      continue;
    }
    const kinds = new Set(cells.map(kindOf));
    const kind = kinds.size === 1 ? [...kinds][0] : 'text';
    if (kind === 'deadline') roles.push('deadline');
    else if (kind === 'units') roles.push(unitColumns++ === 0 ? 'leadUnits' : 'units');
    else if (kind === 'person') roles.push('leaders');
    else {
      roles.push(undefined);
      const length = cells.reduce((n, c) => n + c.length, 0) / cells.length;
      if (length > longest) {
        longest = length;
        textColumn = k;
      }
    }
  }
  // A task table names units or deadlines; a column of short words alone (`备注一`) is no evidence.
  if (textColumn < 0 || !roles.some((r) => r === 'leadUnits' || r === 'deadline')) return null;
  roles[textColumn] = 'text';
  return { roles, headers: roles.map((r) => (r ? HEADER_OF[r] ?? '' : '')) };
}
