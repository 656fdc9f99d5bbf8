import type { FieldRole } from '../model';

/**
 * Field labels by role (DOMAIN.md). Longer labels first so `完成时间节点` wins over `完成时间`
 * and `主要责任单位` over `责任单位`.
 */
const LABELS: [string, FieldRole][] = (
  [
    ['牵头区领导', 'leaders'],
    ['牵头领导', 'leaders'],
    ['责任领导', 'leaders'],
    ['分管领导', 'leaders'],
    ['分管区领导', 'leaders'],
    ['责任区领导', 'leaders'],
    ['联系区领导', 'leaders'],
    ['联系领导', 'leaders'],
    ['牵头市领导', 'leaders'],
    ['责任市领导', 'leaders'],
    ['分管市领导', 'leaders'],
    ['联系市领导', 'leaders'],
    ['牵头县领导', 'leaders'],
    ['责任县领导', 'leaders'],
    ['分管县领导', 'leaders'],
    ['联系县领导', 'leaders'],
    ['牵头省领导', 'leaders'],
    ['责任省领导', 'leaders'],
    ['总牵头单位', 'groupLead'],
    ['责任牵头单位', 'leadUnits'],
    ['主要责任单位', 'leadUnits'],
    ['牵头单位', 'leadUnits'],
    ['牵头部门', 'leadUnits'],
    ['主责单位', 'leadUnits'],
    ['主责部门', 'leadUnits'],
    ['牵头责任单位', 'leadUnits'],
    ['牵头责任部门', 'leadUnits'],
    ['责任牵头部门', 'leadUnits'],
    ['牵头处室', 'leadUnits'],
    ['主办单位', 'leadUnits'],
    ['责任主体', 'leadUnits'],
    ['责任单位', 'units'],
    ['责任部门', 'units'],
    ['配合单位', 'units'],
    ['配合部门', 'units'],
    ['协办单位', 'units'],
    ['参与单位', 'units'],
    ['实施单位', 'units'],
    ['协同单位', 'units'],
    ['协作单位', 'units'],
    ['参与部门', 'units'],
    ['协办部门', 'units'],
    ['协同部门', 'units'],
    ['协作部门', 'units'],
    ['配合处室', 'units'],
    ['责任处室', 'units'],
    ['参加单位', 'units'],
    ['完成时间节点', 'deadline'],
    ['完成时限', 'deadline'],
    ['完成时间', 'deadline'],
    ['时间节点', 'deadline'],
    ['时限要求', 'deadline'],
    ['完成期限', 'deadline'],
    ['办结时限', 'deadline'],
    ['时间要求', 'deadline'],
    ['时间安排', 'deadline'],
    ['进度安排', 'deadline'],
    ['工作时限', 'deadline'],
    ['完成时点', 'deadline'],
    ['完成节点', 'deadline'],
    ['完成日期', 'deadline'],
    ['办结时间', 'deadline'],
    ['截止时间', 'deadline'],
  ] as [string, FieldRole][]
).sort((a, b) => b[0].length - a[0].length);

export const LABEL_ROLES: ReadonlyMap<string, FieldRole> = new Map(LABELS);

const LABEL_ALT = LABELS.map(([l]) => l).join('|');

/**
 * A label then a colon of either width (`牵头单位：`), or a label in 【】 with or without one
 * (`【牵头单位】`). Group 1 is the opening 【 when there is one, group 2 the label.
 */
const LABEL_FORM = `(【|\\[|［|\\*\\*)?(${LABEL_ALT})(?:(?:】|\\]|］|\\*\\*)\\s*[:：]?|\\s*[:：](?:\\*\\*)?)`;
export const LABEL_AT = new RegExp(`^${LABEL_FORM}`);

/** The same, anywhere (used to find where a run-on field begins after a wrong separator). */
export const LABEL_ANYWHERE = new RegExp(LABEL_FORM, 'g');

export function roleOfLabel(label: string): FieldRole | undefined {
  return LABEL_ROLES.get(label);
}

/** Table header cells and the roles of their columns. */
export function roleOfHeaderCell(cell: string): FieldRole | 'text' | 'number' | undefined {
  const c = cell.replace(/\s+/g, '');
  if (/^(序号|编号|序)$/.test(c)) return 'number';
  if (/(工作任务|主要任务|重点任务|任务内容|工作内容|具体任务|任务|事项|目标任务|工作措施)$/.test(c) && !/单位|领导|时限|时间/.test(c))
    return 'text';
  const exact = LABEL_ROLES.get(c);
  if (exact) return exact;
  if (/领导/.test(c)) return 'leaders';
  if (/(牵头|主责)/.test(c)) return 'leadUnits';
  if (/(配合|协办|参与|责任|实施)(单位|部门)/.test(c)) return 'units';
  if (/(时限|时间|节点)/.test(c)) return 'deadline';
  return undefined;
}
