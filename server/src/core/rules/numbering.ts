/**
 * Numbering analysis shared by numbering-gap, numbering-duplicate and numbering-order: splits the
 * tasks (and headings) into runs by the document's own scheme, then compares each run with 1, 2, 3…
 * One defect gives one diagnostic: a skipped number is reported once (not on every later task),
 * a swapped pair is reported on the two tasks, a repeated number on the repeat.
 */
import type { FengongDocument, Numbering, NumberingStyle, Range, SectionLevel, Task, TextEdit } from '../model';
import { STYLE_RANK, headingRuns, tasksInHeadingRuns, type HeadingRun, type RunMember } from '../model';
import { LEVEL_NAME, boundaryLevel, type Analysis } from './analysis';
import type { Report, Text } from './types';
import { renumberEdit, t, taskHeadRange } from './util';
import { citedNumber } from '../parse/numbering';
import { Sidecar } from '../sidecar';

export type NumberingKind = 'gap' | 'duplicate' | 'order';

export interface NumberingEvent {
  readonly kind: NumberingKind;
  readonly report: Report;
}

/** One sequence that should read 1, 2, 3…; ranges are made only for what is reported. */
interface Run {
  readonly numberings: readonly Numbering[];
  rangeAt(k: number): Range;
  /** How this sequence is numbered, in the document's terms. */
  readonly context: Text;
  /** Set when the run starts because numbering restarts at a section boundary. */
  readonly restartAfter: { readonly level: SectionLevel; readonly lastValue: number } | null;
  /** For the document's first run of tasks of its kind (where an extract's numbers begin), how many tasks the plan holds. */
  readonly firstOf?: number;
  /** The run's first number is accepted as written (a heading above an extract's first task: `三、` over `33`). */
  readonly startsAsWritten?: boolean;
}

function renumberFix(numberings: readonly Numbering[], values: readonly number[], title: Text, preferred: boolean) {
  const edits: TextEdit[] = [];
  numberings.forEach((n, k) => {
    const e = renumberEdit(n, values[k]);
    if (e) edits.push(e);
  });
  return edits.length ? { title, edits, preferred } : null;
}

/** Past this many events in one run the numbering is hopeless; say no more. */
const MAX_EVENTS = 2000;
/** How far ahead a swapped partner is looked for. */
const SWAP_WINDOW = 64;

/**
 * Numbers kept from another list (`3. 7. 12. 15. 21.`: a department's extract of the tasks it carries from a county's
 * plan): always rising, skipping at least three times, and fewer than half the numbers up to the last. A draft whose
 * tasks were deleted without renumbering keeps most of its numbers (`1 2 4 5 7 9 10 12`), and is checked. The
 * document's first run may also be an extract of consecutive rows (谯城 科技局 2023: `33` `34` `35` of the county's
 * table): it starts past as many numbers as the plan holds tasks; a draft that lost its first tasks (`2 3 4 … 120`)
 * holds more, and one whose later parts number from 1 again (`4 5 6`, then `1 2 3 4`) shows it lost them.
 */
function keepsAnotherListsNumbers(v: readonly number[], planTasks: number | undefined): boolean {
  const n = v.length;
  if (n < 3 || n * 2 > v[n - 1]) return false;
  let skips = 0;
  for (let k = 0; k < n; k++) {
    const before = k === 0 ? 0 : v[k - 1];
    if (v[k] <= before) return false;
    if (v[k] > before + 1) skips++;
  }
  return skips >= 3 || (planTasks !== undefined && v[0] > planTasks);
}

function analyseRun(run: Run): NumberingEvent[] {
  const out: NumberingEvent[] = [];
  const items = run.numberings;
  const n = items.length;
  const v = new Array<number>(n);
  for (let k = 0; k < n; k++) v[k] = items[k].value;
  // Nothing to report in such a list: its numbers rise, and its gaps are the other list's.
  if (keepsAnotherListsNumbers(v, run.firstOf)) return out;
  const handled = new Set<number>();
  let b = run.startsAsWritten && n > 0 ? v[0] - 1 : 0; // accepted offset between written and positional numbers
  const ctx = run.context;
  for (let i = 0; i < n; i++) {
    if (out.length >= MAX_EVENTS) break;
    if (handled.has(i)) continue;
    const d = v[i] - (i + 1);
    if (d === b) continue;
    const expected = i + 1 + b;
    const prevText = i > 0 ? String(v[i - 1]) : null;
    const after = (zh: string, en: string) =>
      prevText === null ? t(`${zh}`, `${en}`) : t(`${prevText}之后${zh}`, `after ${prevText}, ${en}`);
    const item = items[i];
    const itemRange = run.rangeAt(i);

    // Two neighbours swapped: 56, 58, 57, 59.
    if (i + 1 < n && v[i] === i + 2 + b && v[i + 1] === i + 1 + b) {
      const fix = renumberFix([items[i], items[i + 1]], [v[i + 1], v[i]], t(`交换序号${v[i]}与${v[i + 1]}`, `swap numbers ${v[i]} and ${v[i + 1]}`), true);
      for (const k of [i, i + 1]) {
        out.push({
          kind: 'order',
          report: {
            range: run.rangeAt(k),
            message: t(
              `序号顺序颠倒：${ctx.zh}，此处应为${k + 1 + b}，实为${v[k]}（与相邻的${v[k === i ? i + 1 : i]}互换了）`,
              `numbers out of order: ${ctx.en}; expected ${k + 1 + b} here, found ${v[k]} (swapped with its neighbour ${v[k === i ? i + 1 : i]})`,
            ),
            fixes: fix ? [fix] : [],
            related: [{ range: run.rangeAt(k === i ? i + 1 : i), message: t('互换的另一项', 'the other number of the swap') }],
          },
        });
      }
      handled.add(i + 1);
      continue;
    }

    // A run that should restart at 1 continues the previous section's numbers instead.
    if (i === 0 && run.restartAfter && v[0] === run.restartAfter.lastValue + 1) {
      let j = 1;
      while (j < n && v[j] - (j + 1) === d) j++;
      const seg = items.slice(0, j);
      const lvl = LEVEL_NAME[run.restartAfter.level];
      const fix = renumberFix(seg, seg.map((_, k) => k + 1), t(`本${lvl.zh}序号从1重新编号`, `renumber this ${lvl.en} from 1`), true);
      out.push({
        kind: 'order',
        report: {
          range: itemRange,
          message: t(
            `${ctx.zh}，本${lvl.zh}第一项应为1，此处接续了上一${lvl.zh}的${run.restartAfter.lastValue}`,
            `${ctx.en}; the first item of this ${lvl.en} should be 1, but it continues the previous ${lvl.en}'s ${run.restartAfter.lastValue}`,
          ),
          fixes: fix ? [fix] : [],
        },
      });
      b = d;
      continue;
    }

    const nextInSync = i + 1 < n && v[i + 1] - (i + 2) === b;
    if (nextInSync) {
      // One wrong number; the sequence resumes after it.
      if ((i > 0 && v[i] === v[i - 1]) || v[i] === v[i + 1]) {
        const other = i > 0 && v[i] === v[i - 1] ? i - 1 : i + 1;
        const fix = renumberFix([item], [expected], t(`将序号改为${expected}`, `change the number to ${expected}`), true);
        out.push({
          kind: 'duplicate',
          report: {
            range: itemRange,
            message: t(`序号${v[i]}重复：${ctx.zh}，${after(`应为${expected}`, `expected ${expected}`).zh}`, `number ${v[i]} is repeated: ${ctx.en}; ${after('', `expected ${expected}`).en}`),
            fixes: fix ? [fix] : [],
            related: [{ range: run.rangeAt(other), message: t(`序号${v[i]}已在此使用`, `number ${v[i]} is already used here`) }],
          },
        });
        continue;
      }
      // A non-adjacent swap: find the partner that carries this position's number.
      let partner = -1;
      for (let j = i + 2; j < n && j <= i + SWAP_WINDOW; j++) {
        if (v[j] === expected && v[i] === j + 1 + b && (j + 1 >= n || v[j + 1] - (j + 2) === b)) {
          partner = j;
          break;
        }
      }
      if (partner >= 0) {
        const p = partner;
        const fix = renumberFix([items[i], items[p]], [v[p], v[i]], t(`交换序号${v[i]}与${v[p]}`, `swap numbers ${v[i]} and ${v[p]}`), true);
        for (const k of [i, p]) {
          const other = k === i ? p : i;
          out.push({
            kind: 'order',
            report: {
              range: run.rangeAt(k),
              message: t(
                `序号顺序错乱：${ctx.zh}，此处应为${k + 1 + b}，实为${v[k]}（与${v[other]}互换了位置）`,
                `numbers out of order: ${ctx.en}; expected ${k + 1 + b} here, found ${v[k]} (swapped with ${v[other]})`,
              ),
              fixes: fix ? [fix] : [],
              related: [{ range: run.rangeAt(other), message: t('互换的另一项', 'the other number of the swap') }],
            },
          });
        }
        handled.add(p);
        continue;
      }
      const fix = renumberFix([item], [expected], t(`将序号改为${expected}`, `change the number to ${expected}`), true);
      out.push({
        kind: 'order',
        report: {
          range: itemRange,
          message: t(`序号不连续：${ctx.zh}，${after(`应为${expected}`, '').zh}，实为${v[i]}`, `unexpected number: ${ctx.en}; ${after('', `expected ${expected}`).en}, found ${v[i]}`),
          fixes: fix ? [fix] : [],
        },
      });
      continue;
    }

    // The offset changes here and stays: a skipped number, a repeated one, or a step back.
    let j = i + 1;
    while (j < n && v[j] - (j + 1) === d) j++;
    const seg = items.slice(i, j);
    const segValues = seg.map((_, k) => i + k + 1 + b);
    const renumberAll = renumberFix(
      seg,
      segValues,
      t(`从此项起重新编号（${expected}…${expected + seg.length - 1}）`, `renumber from here (${expected}…${expected + seg.length - 1})`),
      true,
    );
    const onlyThis = seg.length > 1 ? renumberFix([item], [expected], t(`仅将此序号改为${expected}`, `change only this number to ${expected}`), false) : null;
    const fixes = [renumberAll, onlyThis].filter((f): f is NonNullable<typeof f> => f !== null);
    if (d > b) {
      const missing = v[i] - expected === 1 ? `${expected}` : `${expected}–${v[i] - 1}`;
      out.push({
        kind: 'gap',
        report: {
          range: itemRange,
          message: t(
            `序号跳号：${ctx.zh}，${after(`应为${expected}`, '').zh}，实为${v[i]}（缺少${missing}）`,
            `skipped number: ${ctx.en}; ${after('', `expected ${expected}`).en}, found ${v[i]} (missing ${missing})`,
          ),
          fixes,
        },
      });
    } else if (i > 0 && v[i] === v[i - 1]) {
      out.push({
        kind: 'duplicate',
        report: {
          range: itemRange,
          message: t(`序号${v[i]}重复：${ctx.zh}，${after(`应为${expected}`, '').zh}`, `number ${v[i]} is repeated: ${ctx.en}; ${after('', `expected ${expected}`).en}`),
          fixes,
          related: [{ range: run.rangeAt(i - 1), message: t(`序号${v[i]}已在此使用`, `number ${v[i]} is already used here`) }],
        },
      });
    } else if (v[i] === 1 && i > 0) {
      out.push({
        kind: 'order',
        report: {
          range: itemRange,
          message: t(
            `${ctx.zh}，此处却从1重新开始；${after(`应为${expected}`, '').zh}`,
            `${ctx.en}, but numbering restarts at 1 here; ${after('', `expected ${expected}`).en}`,
          ),
          fixes,
        },
      });
    } else {
      out.push({
        kind: 'order',
        report: {
          range: itemRange,
          message: t(`序号倒退：${ctx.zh}，${after(`应为${expected}`, '').zh}，实为${v[i]}`, `number goes backwards: ${ctx.en}; ${after('', `expected ${expected}`).en}, found ${v[i]}`),
          fixes,
        },
      });
    }
    // A stretch that is wrong as a whole and then rejoins the sequence (a part restarted at 1 in a
    // plan numbered continuously, then the next part resumes): one diagnostic, the baseline stays.
    if (j < n && v[j] - (j + 1) === b) {
      // A skipped number and, where the stretch rejoins, a repeated one (`1 2 4 5 6 7 7`): two defects, two reports,
      // the one fix (renumbering the stretch) for both.
      if (d > b && v[j] === v[j - 1]) {
        out.push({
          kind: 'duplicate',
          report: {
            range: run.rangeAt(j),
            message: t(`序号${v[j]}重复：${ctx.zh}，前面缺少${v[i] - expected === 1 ? expected : `${expected}–${v[i] - 1}`}，其后的序号多了${d - b}`, `number ${v[j]} is repeated: ${ctx.en}; ${expected} is missing before it and the numbers after that are ${d - b} too high`),
            fixes,
            related: [{ range: run.rangeAt(j - 1), message: t(`序号${v[j]}已在此使用`, `number ${v[j]} is already used here`) }],
          },
        });
        i = j;
        continue;
      }
      i = j - 1;
      continue;
    }
    b = d;
  }
  return out;
}

function taskRuns(doc: FengongDocument, a: Analysis, amongHeadings: ReadonlySet<Task>): Run[] {
  const runs: Run[] = [];
  const defaultRestart = (Object.entries(a.scheme.byLevel).find(([, v]) => v === 'restart')?.[0] as SectionLevel | undefined) ?? null;
  for (const c of a.classes.values()) {
    // A task with no number written (a 规划纲要's unnumbered list) has no number to check; one
    // numbered among headings beside it is checked in their run.
    const tasks = c.tasks.some((t) => t.numbering.implicit || amongHeadings.has(t))
      ? c.tasks.filter((t) => !t.numbering.implicit && !amongHeadings.has(t))
      : c.tasks;
    const firstOfClass = runs.length;
    let current: Task[] = [];
    let crossed: SectionLevel | null = null;
    let restartAfter: Run['restartAfter'] = null;
    let restartLevel: SectionLevel | null = null;
    const flush = () => {
      if (!current.length) return;
      const list = current;
      runs.push({
        numberings: list.map((task) => task.numbering),
        rangeAt: (k) => taskHeadRange(doc, list[k]),
        context: describe(crossed, restartLevel ?? defaultRestart),
        restartAfter,
        firstOf: runs.length === firstOfClass ? (doc.plan?.tasks.length ?? 0) : undefined,
      });
    };
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i];
      if (i > 0) {
        const prev = tasks[i - 1];
        const level = boundaryLevel(prev, task);
        const scheme = level ? a.scheme.byLevel[level] ?? (task.numbering.value === 1 ? 'restart' : 'continue') : null;
        // `1.2` then `2.1` with no heading written between: the outline number says the next heading's list begins.
        const nextOutline = !level && task.numbering.outline !== undefined && prev.numbering.outline !== undefined && task.numbering.outline !== prev.numbering.outline;
        if (nextOutline) {
          flush();
          current = [];
          crossed = null;
          restartAfter = null;
        } else if (level && scheme === 'restart') {
          flush();
          current = [];
          crossed = null;
          restartLevel = level;
          restartAfter = { level, lastValue: prev.numbering.value };
        } else if (level && (crossed === null || LEVEL_RANK[level] < LEVEL_RANK[crossed])) {
          crossed = level;
        }
      }
      current.push(task);
    }
    flush();
    // Numbers that start again at 1 in a later part say the plan is whole: its first part's missing numbers are lost.
    for (let k = firstOfClass + 1; k < runs.length; k++) {
      if (runs[k].numberings[0]?.value === 1) {
        runs[firstOfClass] = { ...runs[firstOfClass], firstOf: undefined };
        break;
      }
    }
  }
  return runs;
}

const LEVEL_RANK: Record<SectionLevel, number> = { part: 0, chapter: 1, group: 2 };

function describe(crossed: SectionLevel | null, restart: SectionLevel | null): Text {
  const parts: Text[] = [];
  if (crossed) parts.push(t(`本方案任务序号跨${LEVEL_NAME[crossed].zh}连续编号`, `this plan numbers tasks continuously across ${LEVEL_NAME[crossed].en}s`));
  if (restart)
    parts.push(t(`在每个${LEVEL_NAME[restart].zh}内从1开始`, `starting again at 1 in each ${LEVEL_NAME[restart].en}`));
  if (!parts.length) return t('本方案任务序号依次连续编号', 'this plan numbers tasks consecutively');
  if (parts.length === 1 && !crossed) return t(`本方案任务序号${parts[0].zh}`, `this plan numbers tasks ${parts[0].en}`);
  return t(parts.map((p) => p.zh).join('，'), parts.map((p) => p.en).join(', '));
}

/** Whether a document's first run of tasks is an extract that starts past the plan's tasks (see keepsAnotherListsNumbers). */
function startsPastThePlan(run: Run): boolean {
  const v = run.numberings.map((n) => n.value);
  return run.firstOf !== undefined && v.length > 0 && v[0] > run.firstOf && keepsAnotherListsNumbers(v, run.firstOf);
}

function sectionRuns(doc: FengongDocument, headings: readonly HeadingRun[], aboveExtract: ReadonlySet<RunMember> = new Set()): Run[] {
  const runs: Run[] = [];
  const rangeOf = (m: RunMember) => (m.type === 'section' ? m.headingRange : taskHeadRange(doc, m));
  for (const { list, level, parent, across } of headings) {
    const lvl = LEVEL_NAME[level];
    if (across) {
      const over = LEVEL_NAME[across];
      runs.push({
        numberings: list.map((s) => s.numbering!),
        rangeAt: (k) => rangeOf(list[k]),
        context: t(`各${lvl.zh}跨${over.zh}连续编号`, `${lvl.en}s are numbered on across ${over.en}s`),
        restartAfter: null,
      });
      continue;
    }
    const where = parent ? t(`本${LEVEL_NAME[parent.level].zh}内`, ` within this ${LEVEL_NAME[parent.level].en}`) : t('', '');
    for (const part of tableBlocks(list)) {
      runs.push({
        numberings: part.map((s) => s.numbering!),
        rangeAt: (k) => rangeOf(part[k]),
        context: t(`${where.zh}各${lvl.zh}应依次编号`, `${lvl.en}s are numbered in sequence${where.en}`),
        restartAfter: null,
        startsAsWritten: part.length > 0 && aboveExtract.has(part[0]),
      });
    }
  }
  return runs;
}

/**
 * A table's 序号 column that numbers categories of tasks and starts again at 1, going on 1, 2, 3…, begins a new
 * block of the table: a table numbers each of its parts afresh, and a copy often loses the part's row across the
 * table (吴江 2024: `一、…主要预期目标` / `1` / `主要预期目标`, then a blank merged row, then `1` / `筑牢经济发展底座`).
 * Numbers a drafter wrote out of order (`1 2 3 1 5`) stay one run.
 */
function tableBlocks<T extends { readonly numbering: Numbering | null }>(list: readonly T[]): (readonly T[])[] {
  if (!list.every((s) => s.numbering?.cell)) return [list];
  const out: T[][] = [];
  let from = 0;
  for (let k = 1; k < list.length; k++) {
    const v = list[k].numbering!.value;
    if (v === 1 && (k + 1 === list.length || list[k + 1].numbering!.value === 2)) {
      out.push(list.slice(from, k));
      from = k;
    }
  }
  out.push(list.slice(from));
  return out;
}

/**
 * Each task's sub-items (1)(2)(3) are one sequence per style; an inner style starts again under
 * each item of an outer one (`（1）` `①②` `（2）` `①`), as an outline does.
 */
function subItemRuns(a: Analysis): Run[] {
  const runs: Run[] = [];
  for (const task of a.plan?.tasks ?? []) {
    if (task.subItems.length < 2) continue;
    const num = citedNumber(task.numbering.marker.text);
    const open = new Map<NumberingStyle, Numbering[]>();
    const close = (style: NumberingStyle) => {
      const numberings = open.get(style)!;
      open.delete(style);
      runs.push({
        numberings,
        rangeAt: (k) => numberings[k].marker.range,
        context: t(`第${num}项任务的子项应依次编号`, `the sub-items of task ${num} are numbered in sequence`),
        restartAfter: null,
      });
    };
    for (const { numbering } of task.subItems) {
      // A bulleted item (`▲…`) has no number to check.
      if (numbering.implicit) continue;
      for (const style of [...open.keys()]) if (STYLE_RANK[style] > STYLE_RANK[numbering.style]) close(style);
      const list = open.get(numbering.style);
      if (list) list.push(numbering);
      else open.set(numbering.style, [numbering]);
    }
    for (const style of [...open.keys()]) close(style);
  }
  return runs;
}

const cache = new Sidecar<Analysis, NumberingEvent[]>('fengong.numberingEvents');

export function numberingEvents(doc: FengongDocument, a: Analysis): NumberingEvent[] {
  let ev = cache.get(a);
  if (!ev) {
    ev = [];
    const headings = a.plan ? headingRuns(a.plan) : [];
    const tasks = taskRuns(doc, a, tasksInHeadingRuns(headings.map((r) => r.list)));
    // The headings above an extract's first task (`三、坚持创新驱动发展` over rows `33` `34` `35`) keep the other list's
    // numbers as the rows do.
    const extract = tasks.find((r) => r.firstOf !== undefined && startsPastThePlan(r));
    const above = new Set<RunMember>(extract ? (a.plan?.tasks.find((t) => t.numbering === extract.numberings[0])?.path ?? []) : []);
    for (const runs of [tasks, sectionRuns(doc, headings, above), subItemRuns(a)]) for (const run of runs) for (const e of analyseRun(run)) ev.push(e);
    cache.set(a, ev);
  }
  return ev;
}
