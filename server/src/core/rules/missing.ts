/** The four required-field rules share one implementation: a field is required when the task's
 *  comparable tasks (same level) mostly carry it, or when the configuration says so. */
import type { Field, Severity, Task } from '../model';
import type { RequiredRole } from '../config';
import { PLACEHOLDER, ROLE_NAME, type Analysis } from './analysis';
import { insertFieldEdit, sameFieldLayout } from './fields';
import type { TaskRule, Text } from './types';
import { t, taskHeadRange, taskNumber } from './util';

function sameInherited(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether two analyses give every class the same standing for this role, in the same order. */
function sameClasses(prev: Analysis, next: Analysis, role: RequiredRole): boolean {
  if (prev.classes.size !== next.classes.size) return false;
  const a = [...prev.classes.values()];
  const b = [...next.classes.values()];
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.key !== y.key || x.tasks.length !== y.tasks.length || x.carriers[role] !== y.carriers[role]) return false;
    if (x.required.has(role) !== y.required.has(role)) return false;
    // The deadline a fix fills in matters only where some task lacks one.
    if (role === 'deadline' && x.required.has(role) && x.carriers[role] < x.tasks.length && prev.commonDeadline(x) !== next.commonDeadline(y)) return false;
  }
  return true;
}

/**
 * The units a `负责` clause names (`（X负责）`, `（X、Y按职责分工负责）`), or a lead that says it carries the task with no one
 * named to help (`（X牵头负责）`, hunt d9; `（X牵头）` alone may have lost its `Y配合`, and stays reported).
 */
function isSoleResponsibility(f: Field): boolean {
  return f.role === 'leadUnits' && ((f.layout === 'convention' && f.label.text === '负责') || (f.layout === 'prose' && f.label.text === '牵头负责'));
}

/**
 * `〔责任单位：A、B按职责分工负责〕`, `部门分工：A、B按职责分工负责`: the units named share the task, each for its part, as `（A、B按职责分工负责）` says it
 * (where they are read as the task's leads); no one of them is left out as the lead.
 */
const SHARED_DUTY = /(?:按职责分工|按职责|按职能分工|按职能|分别|共同)(?:负责|落实)$/;
function isSharedDuty(f: Field): boolean {
  // `部门分工：省发展改革委、省统计局按职责分工负责。` (粤府): the label that says how the work is divided, too.
  return f.role === 'units' && (f.label.text.startsWith('责任') || f.label.text.endsWith('分工')) && SHARED_DUTY.test(f.value.text);
}

/** A label naming the units that help the lead (`配合单位`, `协办单位`, `协同责任单位`), not those who answer for the task. */
const HELPERS = /^(?:配合|协办|协同|协助|参与|协作)/;

/** The header of the table's column that holds the role, per analysis: null when no task reads it from a table. */
const COLUMN_HEADERS = new WeakMap<Analysis, Map<RequiredRole, string | null>>();

/**
 * The header of a table's column holding the role (`配合单位`, `市政府分管领导`): a table writes no label on its rows,
 * and its reader knows the field by the column's name. The first task that fills the column gives it.
 */
function columnHeader(a: Analysis, role: RequiredRole): string | null {
  let known = COLUMN_HEADERS.get(a);
  if (!known) COLUMN_HEADERS.set(a, (known = new Map()));
  const had = known.get(role);
  if (had !== undefined) return had;
  let header: string | null = null;
  for (const task of a.plan?.tasks ?? []) {
    const f = task.fields.find((x) => x.role === role && x.layout === 'table' && x.label.text);
    if (f) {
      header = f.label.text.replace(/\s+/g, '');
      break;
    }
  }
  known.set(role, header);
  return header;
}

/** The parts that state what a plan is for rather than assign its work: `一、总体目标`, `（一）指导思想`, `二、基本原则`. */
const PURPOSE = /^(?:总体目标|主要目标|工作目标|发展目标|目标要求|总体要求|指导思想|基本原则|工作原则)[。：:]?$/;

/**
 * A numbered item under such a part, in a part whose items name no one (`一、总体目标` / `1.目标。2012年起5年内，…`, 广州
 * 2012): a goal or a principle, not a task to assign. An item there that names someone is checked as any task.
 */
function statesPurpose(task: Task): boolean {
  const part = task.path[task.path.length - 1];
  if (!part || !PURPOSE.test(part.title.text.trim()) || task.fields.length) return false;
  return part.children.every((c) => c.type !== 'task' || c.fields.length === 0);
}

export function missingFieldRule(id: string, role: RequiredRole, severity: Severity, description: Text): TaskRule {
  return {
    id,
    scope: 'task',
    defaultSeverity: severity,
    description,
    defaultOptions: {},
    // A task unchanged in itself may gain or lose a field from a heading above it: then every task is checked again.
    sameFacts: (prev, next) =>
      sameClasses(prev, next, role) &&
      sameFieldLayout(prev, next, role) &&
      sameInherited(prev.inherited, next.inherited) &&
      // The message says whether the plan writes a label for the field.
      (prev.plan?.conventions.labels[role] === undefined) === (next.plan?.conventions.labels[role] === undefined) &&
      (prev.plan?.conventions.labelsWritten?.[role] ?? []).join('|') === (next.plan?.conventions.labelsWritten?.[role] ?? []).join('|') &&
      columnHeader(prev, role) === columnHeader(next, role),
    byClass: true,
    checkTask(ctx, task) {
      const a = ctx.analysis;
      const c = a.classInfo(task);
      if (!c.required.has(role) || a.has(task, role)) return;
      if (ctx.config.requiredFields === 'auto' && statesPurpose(task)) return;
      // `（X负责）`, `由X负责落实`: the task names who carries it, alone. It lacks no co-units, whatever its neighbours
      // write (unless the configuration requires them on every task).
      if (role === 'units' && ctx.config.requiredFields === 'auto' && task.fields.some(isSoleResponsibility)) return;
      if (role === 'leadUnits' && ctx.config.requiredFields === 'auto' && task.fields.some(isSharedDuty)) return;
      // `9月底前，实现…`: a task whose text says when each stage is due states its deadline.
      if (role === 'deadline' && ctx.config.requiredFields === 'auto' && task.textDeadlines.length) return;
      const name = ROLE_NAME[role];
      const empty = task.fields.find((f) => f.role === role);
      const num = taskNumber(task);
      // A plan that names its leads without a label (`（市发改委、市重点办）`, `…牵头，…配合`) is not said to write one;
      // a table names them in its column's header.
      const column = ctx.plan?.conventions.labels[role] === undefined ? columnHeader(a, role) : null;
      const label = column ?? a.labelFor(role);
      const labelled = ctx.plan?.conventions.labels[role] !== undefined || column !== null;
      // The tasks may state the field under several labels (`负责单位：` on some, `参加单位：` on others): all are named.
      const written = labelled && column === null ? (ctx.plan?.conventions.labelsWritten?.[role] ?? []).slice(0, 3) : [];
      const stated = written.length > 1 ? written.map((l) => `“${l}”`).join('或') : `“${label}”`;
      const statedEn = written.length > 1 ? written.map((l) => `“${l}”`).join(' or ') : `“${label}”`;
      // `配合单位` blank beside a lead: the lead works alone, a common case a reviewer would not call a defect.
      if (role === 'units' && ctx.config.requiredFields === 'auto' && HELPERS.test(label) && a.has(task, 'leadUnits')) return;
      const why =
        ctx.config.requiredFields !== 'auto'
          ? t('配置要求每项任务都写明此项', 'the configuration requires it on every task')
          : labelled
            ? t(
                `本方案同级${c.tasks.length}项任务中有${c.carriers[role]}项写明了${stated}`,
                `${c.carriers[role]} of the plan's ${c.tasks.length} tasks at this level state ${statedEn}`,
              )
            : t(
                `本方案同级${c.tasks.length}项任务中有${c.carriers[role]}项写明了${name.zh}`,
                `${c.carriers[role]} of the plan's ${c.tasks.length} tasks at this level name their ${name.en}`,
              );
      const what = empty
        ? t(`第${num}项任务的“${empty.label.text}”未填写内容`, `task ${num} has an empty “${empty.label.text}”`)
        : t(
            `第${num}项任务缺少${label === name.zh || written.length > 1 ? name.zh : `${label}（${name.zh}）`}`,
            labelled && written.length <= 1 ? `task ${num} has no ${name.en} “${label}”` : `task ${num} has no ${name.en}`,
          );
      const value = role === 'deadline' ? a.commonDeadline(c) ?? PLACEHOLDER : PLACEHOLDER;
      const fixes = [];
      if (empty) {
        const at = empty.value.range.start;
        fixes.push({
          title: t(`填写“${value}”`, `fill in “${value}”`),
          edits: [{ range: { start: at, end: empty.value.range.end }, newText: value }],
          preferred: true,
        });
      } else {
        const edit = insertFieldEdit(a, task, role, value);
        if (edit) fixes.push({ title: t(`插入“${label}${a.colon()}${value}”`, `insert “${label}${a.colon()}${value}”`), edits: [edit], preferred: true });
      }
      ctx.report({
        range: empty ? empty.range : taskHeadRange(ctx.doc, task),
        message: t(`${what.zh}（${why.zh}）`, `${what.en} (${why.en})`),
        fixes,
      });
    },
  };
}
