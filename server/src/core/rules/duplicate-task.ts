import type { Section, Task } from '../model';
import { Memo } from './memo';
import { nearDuplicates } from './near-duplicates';
import type { DocumentRule } from './types';
import { t, taskHeadRange, taskNumber } from './util';

interface Normalised {
  /** The text without punctuation and blanks: what "the same text" compares. */
  readonly text: string;
  /** Its number of characters (code points, as `Array.from(text).length` counts them). */
  readonly chars: number;
}

/**
 * Per UTF-16 code unit: 1 when it is a letter or a number (`\p{L}` / `\p{N}`), 2 when not, 0 not
 * yet asked. Filled as texts are read: a plan uses a few thousand distinct characters, and a
 * regular expression over every task text cost more than the rest of the normalisation.
 */
const WORD_CLASS = new Uint8Array(0x10000);
const WORD = /^[\p{L}\p{N}]$/u;

function isWordChar(text: string, i: number, code: number): boolean {
  // A surrogate pair is one character: asked as a whole (rare, not kept).
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD.test(text.slice(i, i + 2));
  }
  let c = WORD_CLASS[code];
  if (c === 0) c = WORD_CLASS[code] = WORD.test(String.fromCharCode(code)) ? 1 : 2;
  return c === 1;
}

/** `raw` without anything but letters and numbers, and its length in characters: one pass, no regular expression. */
export function normalise(raw: string): Normalised {
  let text = '';
  let chars = 0;
  /** Start of the run of kept code units not yet copied into `text`. */
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < raw.length && (raw.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (isWordChar(raw, i, code)) chars++;
    else {
      if (i > from) text += raw.slice(from, i);
      from = i + (pair ? 2 : 1);
    }
    if (pair) i++;
  }
  if (from === 0) return { text: raw, chars };
  if (raw.length > from) text += raw.slice(from);
  return { text, chars };
}

/** Task texts repeat from one lint to the next (an edit changes one), so their normal forms are kept. */
const normalised = new Memo<Normalised>(1 << 16, normalise);

/**
 * What "the same task" compares: its words; for a row of a table, the words of the whole row but its number and its
 * fields. A column beside the task's words (`保障性住房 | 开工建设500套` and `保障性住房 | 竣工交付300套` under
 * `任务名称 | 指标要求`, 杭州上城区 2019) makes two tasks of rows whose words alone are the same. Read off the model's
 * ranges, line by line.
 */
export function wordsOf(task: Task, lines: readonly string[]): string {
  if (!task.numbering.cell) return task.text.text;
  // A cell wrapped over lines in a table laid out in columns (pdftotext -layout): its range spans the other columns'
  // words between its pieces, so the row is read piece by piece.
  if (task.fields.some((f) => f.range.start.line !== f.range.end.line)) return columnWordsOf(task, lines);
  const { start, end } = task.range;
  const skip = [task.numbering.marker.range, ...task.fields.map((f) => f.range)];
  let out = '';
  for (let l = start.line; l <= end.line; l++) {
    const line = lines[l] ?? '';
    let from = l === start.line ? start.character : 0;
    const to = l === end.line ? Math.min(end.character, line.length) : line.length;
    // The parts of this line the number and the fields take, in order.
    const cuts: [number, number][] = [];
    for (const r of skip) {
      if (r.start.line > l || r.end.line < l) continue;
      cuts.push([r.start.line < l ? 0 : r.start.character, r.end.line > l ? line.length : r.end.character]);
    }
    cuts.sort((a, b) => a[0] - b[0]);
    for (const [a, b] of cuts) {
      if (a > from) out += line.slice(from, Math.min(a, to));
      from = Math.max(from, b);
    }
    if (from < to) out += line.slice(from, to);
    out += '\n';
  }
  return out;
}

/**
 * The words of a row laid out in columns, each line's pieces (runs parted by two blanks or more, or by a table's bars) but the row's number
 * and the pieces of its fields' values: the task's words and the cells no field reads.
 */
function columnWordsOf(task: Task, lines: readonly string[]): string {
  const values = task.fields.map((f) => f.value.text.replace(/\s+/g, ''));
  const marker = task.numbering.marker.text.trim();
  // A row that numbers nothing begins at its text: a category's cell before it, in that column on every line, is the table's.
  const from = task.range.start.character;
  let out = '';
  for (let l = task.range.start.line; l <= task.range.end.line; l++) {
    const line = lines[l] ?? '';
    // Pieces: what lies between runs of two blanks or more, tabs, ideographic spaces and bars.
    const gap = /\s{2,}|\s*[\t\u3000|｜│┃]\s*/g;
    let at = 0;
    for (let m = gap.exec(line); ; m = gap.exec(line)) {
      const stop = m ? m.index : line.length;
      const raw = line.slice(at, stop);
      const p = raw.trim();
      const pos = at + raw.length - raw.trimStart().length;
      if (p && pos >= from && p !== marker && !values.some((v) => v.includes(p.replace(/\s+/g, '')))) out += p;
      if (!m) break;
      at = m.index + m[0].length;
    }
    out += '\n';
  }
  return out;
}

/** The tasks grouped by normalised text (as indices, in document order), the groups in order of first occurrence. */
interface Grouping {
  /** The tasks the grouping was made from (a later version shares them, and their text Spans, where unchanged). */
  readonly tasks: readonly Task[];
  /** The task texts the grouping was made from (Span objects: a later version shares them for unchanged tasks). */
  readonly spans: readonly Task['text'][];
  /** Each task's normal form: the memo's objects, so an unchanged text gives the very same one. */
  readonly forms: readonly Normalised[];
  readonly groups: readonly Group[];
}

interface Group {
  readonly text: string;
  readonly chars: number;
  readonly tasks: number[];
}

/** The grouping is a function of the texts alone: kept for the next lint, most edits leave every text as it was. */
let last: Grouping | null = null;

/** Forgets the kept grouping. */
export function releaseTextGroups(): void {
  last = null;
}

function regroup(tasks: readonly Task[], spans: readonly Task['text'][], forms: readonly Normalised[]): Grouping {
  const byText = new Map<string, Group>();
  forms.forEach((n, i) => {
    if (!n.text) return;
    const group = byText.get(n.text);
    if (group) group.tasks.push(i);
    else byText.set(n.text, { text: n.text, chars: n.chars, tasks: [i] });
  });
  return { tasks, spans, forms, groups: [...byText.values()] };
}

export function groupTexts(tasks: readonly Task[], lines: readonly string[]): Grouping {
  const prev = last;
  const spans = tasks.map((task) => task.text);
  // A task whose text is the very same Span as before has the same normal form: no lookup (a table's row, whose
  // other cells count too, when it is the very same task).
  const same = prev !== null && prev.spans.length === spans.length;
  const forms = tasks.map((task, i) =>
    same && (task.numbering.cell ? prev.tasks[i] === task : prev.spans[i] === spans[i]) ? prev.forms[i] : normalised.get(wordsOf(task, lines)),
  );
  if (!prev || forms.length !== prev.forms.length) return (last = regroup(tasks, spans, forms));
  let changed = -1;
  for (let i = 0; i < forms.length; i++) {
    if (forms[i] === prev.forms[i] || forms[i].text === prev.forms[i].text) continue;
    if (changed >= 0) return (last = regroup(tasks, spans, forms));
    changed = i;
  }
  if (changed < 0) return (last = { ...prev, tasks, spans, forms });
  // One task's text changed (a keystroke): when it was alone in its group and is alone in its new
  // one, that group is the same place in the order (its first task) with another text.
  const was = prev.forms[changed].text;
  const now = forms[changed];
  const k = prev.groups.findIndex((g) => g.text === was);
  const alone = was !== '' && k >= 0 && prev.groups[k].tasks.length === 1;
  if (!alone || !now.text || prev.groups.some((g) => g.text === now.text)) return (last = regroup(tasks, spans, forms));
  const groups = prev.groups.slice();
  groups[k] = { text: now.text, chars: now.chars, tasks: [changed] };
  return (last = { tasks, spans, forms, groups });
}

/** {@link groupTexts} computed afresh, without the kept grouping (tests compare the two). */
export function groupTextsFresh(tasks: readonly Task[], lines: readonly string[]): Grouping {
  return regroup(
    tasks,
    tasks.map((task) => task.text),
    tasks.map((task) => normalised.get(wordsOf(task, lines))),
  );
}

/**
 * A plan may state its points and then restate them in the table that assigns them (`一、工作要点`, whose tasks name no
 * one, then `二、重点工作任务分解`, whose rows name the 科室): the two are one piece of work written twice on purpose.
 * Tasks of different parts are not compared when one of the parts names no one for any of its tasks.
 */
function restatement(tasks: readonly Task[]): (a: Task, b: Task) => boolean {
  const assigned = new Map<Section | undefined, boolean>();
  for (const task of tasks) {
    const part = task.path[0];
    if (!assigned.get(part)) assigned.set(part, task.fields.length > 0 || !!task.mergedCells || task.path.some((s) => s.fields.length > 0));
  }
  // Only where some part names who carries its tasks and some names no one: in a list that names no one anywhere, a
  // task written twice is a duplicate as anywhere else.
  const values = [...assigned.values()];
  if (!values.some((named) => !named) || !values.some((named) => named)) return () => false;
  return (a, b) => a.path[0] !== b.path[0] && (!assigned.get(a.path[0]) || !assigned.get(b.path[0]));
}

const num = taskNumber;
/**
 * The other task, by its number, and by its line too where both have the same number (numbering restarted, or
 * a task pasted twice) or where its number is only its place (a list that numbers nothing).
 */
const other = (x: Task, self: Task) =>
  num(x) === num(self) || x.numbering.implicit ? { zh: `第${num(x)}项任务（第${x.line + 1}行）`, en: `task ${num(x)} (line ${x.line + 1})` } : { zh: `第${num(x)}项任务`, en: `task ${num(x)}` };

/**
 * Whether two nearly equal texts are one sentence said of two subjects (安康 2021: `制定行业领域2021年…清单,…并报市安委办` /
 * `制定县区2021年…清单,…并报市安委办`): they differ in one place only, by a few words naming who or where on each side
 * (see SUBJECT) and no figure. Such
 * parallel tasks are the plan's way of assigning the same work to each; a changed figure (`新建学校3所` / `新建学校5所`)
 * or words changed in several places still read as one task written twice.
 */
function saidOfTwoSubjects(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const ma = a.slice(p, a.length - q);
  const mb = b.slice(p, b.length - q);
  return ma.length > 0 && mb.length > 0 && ma.length <= 8 && mb.length <= 8 && SUBJECT.test(ma) && SUBJECT.test(mb) && !/[0-9０-９一二三四五六七八九十百千万亿]/.test(ma + mb);
}

/** Words naming who or where (`行业领域`, `县区`, `市级`, `各部门`, `企业`): a change of subject, not of the work (加快 / 加速, 增加 / 减少). */
const SUBJECT = /(?:级|领域|行业|部门|单位|机关|[省市县区乡镇村州旗]|县区|街道|社区|企业|学校|医院|园区|景区)$/;

const rule: DocumentRule<{ similarity: number; minLength: number }> = {
  id: 'duplicate-task',
  scope: 'document',
  defaultSeverity: 'warning',
  description: {
    zh: '两项任务的正文相同或几乎相同（忽略标点和空白后，字符二元组的 Jaccard 相似度不低于 similarity，默认0.8；正文不少于 minLength 个字，默认12）。常见于合并稿件时同一任务被分解两次。只在一处相差、相差的几个字是对象或层级（“制定行业领域……清单”与“制定县区……清单”，“市级”与“县级”）且不涉及数字的两项，是同一项工作分别交给不同对象，不报“几乎相同”；相差的是做法（加快／加速、增加／减少）的照报。',
    en: 'Two tasks with the same or nearly the same text (ignoring punctuation and blanks; character-bigram Jaccard similarity at least `similarity`, default 0.8, for texts of at least `minLength` characters, default 12). Typical of a task split twice when drafts are merged. Two texts that differ in one place only, by a few words naming who or where and no figure (`制定行业领域…清单` / `制定县区…清单`, `市级` / `县级`), assign the same work to different subjects and are not reported as nearly the same; a difference in the work itself (加快 / 加速, 增加 / 减少) still is.',
  },
  defaultOptions: { similarity: 0.8, minLength: 12 },
  check(ctx) {
    const tasks = ctx.plan?.tasks ?? [];
    const sim = Number(ctx.options.similarity) || 0.8;
    const minLength = Number(ctx.options.minLength) || 12;
    const { groups } = groupTexts(tasks, ctx.doc.source.lines);
    const reported = new Set<Task>();
    const restated = restatement(tasks);
    for (const group of groups) {
      const list = group.tasks;
      for (let i = 1; i < list.length && !ctx.full(); i++) {
        const task = tasks[list[i]];
        // The first earlier task of the same text that is not its restatement.
        let first: Task | undefined;
        for (let k = 0; k < i && !first; k++) if (!restated(tasks[list[k]], task)) first = tasks[list[k]];
        if (!first) continue;
        reported.add(task);
        ctx.report({
          range: taskHeadRange(ctx.doc, task),
          message: t(`第${num(task)}项任务与${other(first, task).zh}正文相同`, `task ${num(task)} has the same text as ${other(first, task).en}`),
          related: [{ range: taskHeadRange(ctx.doc, first), message: t('相同的任务', 'the same task') }],
        });
      }
    }
    const texts: string[] = [];
    const firsts: Task[] = [];
    for (const group of groups) {
      if (group.chars < minLength) continue;
      texts.push(group.text);
      firsts.push(tasks[group.tasks[0]]);
    }
    for (const [i, { j, s }] of nearDuplicates(texts, sim)) {
      const a = firsts[i];
      const b = firsts[j];
      const [later, earlier] = a.index > b.index ? [a, b] : [b, a];
      if (reported.has(later) || restated(earlier, later) || saidOfTwoSubjects(texts[i], texts[j])) continue;
      reported.add(later);
      ctx.report({
        range: taskHeadRange(ctx.doc, later),
        message: t(
          `第${num(later)}项任务与${other(earlier, later).zh}几乎相同（相似度${Math.round(s * 100)}%）`,
          `task ${num(later)} is nearly the same as ${other(earlier, later).en} (${Math.round(s * 100)}% similar)`,
        ),
        related: [{ range: taskHeadRange(ctx.doc, earlier), message: t('相似的任务', 'the similar task') }],
      });
    }
  },
};
export default rule;
