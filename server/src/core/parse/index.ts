import type { Appendix, Directive, FengongDocument, Metadata, Notice, ParseProblem, Plan, Span } from '../model';
import { lineRange, range as mkRange } from '../model';
import { readingLines, readSource, readSourceAfter } from './source';
import { titleYears } from './titleYears';
import { afterAttachmentNote, findAppendices } from './appendices';
import { findDocNumber, readMetadata } from './metadata';
import { afterUntitledNotice, readNotice, readUntitledNotice } from './notice';
import { findPageTrailer } from './pageTrailer';
import { findPlanTitle } from './planTitle';
import { assemblePlan, findCirculatedTitle, namedPlanStarts, namedPlanTitles, readAttachedPlan, readNamedPlan, readsAsPlan } from './plan';
import { findHeadDate, findSignature, readClosingSignature } from './signature';
import { buildHierarchy } from './hierarchy';
import { conventionsWithCounts, leadConventionOf } from './conventions';
import { keepSpliceState, spliceTask } from './splice';
import { readDate } from './deadline';
import { asciiDigits, trimEndIndex } from './text';
import { readNumbering } from './numbering';
import { keepMemo, LineMemo, memoOf } from './memo';
export { reusedLines } from './memo';
export { spliceStats } from './splice';

const DIRECTIVE = /<!--\s*fengong-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)-->/;
/** A stated convention: the first unit listed is the lead (`列第一位者为牵头单位`). */

function readDirectives(lines: readonly string[]): Directive[] {
  const out: Directive[] = [];
  lines.forEach((line, i) => {
    if (!line.includes('fengong-')) return;
    const m = DIRECTIVE.exec(line);
    if (!m) return;
    const rules = m[2].split(/[\s,，]+/).filter((r) => /^[a-z][a-z-]*$/.test(r));
    out.push({ kind: m[1] as Directive['kind'], rules, line: i, range: lineRange(i, m.index, m.index + m[0].length) });
  });
  return out;
}

/**
 * Reads any draft into the document model. Never throws: whatever the input, the result is a
 * document (perhaps of kind `other` with no plan).
 *
 * `previous`, a parse of an earlier version of the same draft, makes re-reading an edited draft
 * cheap: lines it holds unchanged (same text at the same line number) are not read again. The
 * result is the same as without it.
 */
export function parseDocument(text: string, previous?: FengongDocument | null): FengongDocument {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  // The previous version's lines are kept where the text is unchanged (the same strings).
  let source: ReturnType<typeof readSource>;
  try {
    source = previous?.source ? readSourceAfter(raw, previous.source) : readSource(raw);
  } catch {
    source = readSource(raw); // a previous version that is not a parse of ours
  }
  try {
    const memo = memoOf(previous);
    // A keystroke inside one task: re-read that task alone and keep the rest of the tree.
    const spliced = previous ? spliceTask(source, previous, memo) : null;
    if (spliced) {
      keepMemo(spliced.doc, spliced.memo);
      return spliced.doc;
    }
    return read(source, memo);
  } catch {
    // The parser is total by design; this is the last line of defence for inputs nobody
    // imagined. A document that says nothing is better than a server that falls over.
    return { kind: 'other', source, metadata: emptyMetadata(), notice: null, plan: null, plans: [], appendices: [], directives: [], problems: [] };
  }
}

/** The notice cut before line `from` (its paragraphs from there on are the plan's body). */
function noticeBefore(notice: Notice, from: number, lines: readonly string[]): Notice {
  const paragraphs = notice.paragraphs.filter((p) => p.range.start.line < from);
  const before = (s: Span | null) => (s && s.range.start.line < from ? s : null);
  const signature = before(notice.signature);
  const signatureDate = before(notice.signatureDate);
  const lastSpan = signatureDate ?? signature ?? paragraphs[paragraphs.length - 1] ?? notice.addressee ?? notice.titleLines[notice.titleLines.length - 1] ?? null;
  const last = lastSpan ? lastSpan.range.end.line : notice.range.start.line;
  return {
    ...notice,
    paragraphs,
    signature,
    signatureDate,
    statedCounts: notice.statedCounts.filter((c) => c.span.range.start.line < from),
    range: mkRange(notice.range.start.line, notice.range.start.character, last, trimEndIndex(lines[last])),
  };
}

/**
 * The plans the notice names whose titles stand in [from, to) (after the first plan's tasks), each over the
 * lines up to the next: all of them, or none when one of them does not read as a plan.
 */
function readNamedPlans(lines: readonly string[], names: ReadonlySet<string>, from: number, to: number, planYear: number | null, firstListedLeads: boolean, memo: LineMemo) {
  const starts = namedPlanStarts(lines, names, from, to);
  const out: { from: number; plan: Plan; problems: readonly ParseProblem[] }[] = [];
  for (let k = 0; k < starts.length; k++) {
    const more = readNamedPlan(lines, starts[k], starts[k + 1] ?? to, planYear, firstListedLeads, memo);
    if (!more) return [];
    out.push({ from: starts[k], ...more });
  }
  return out;
}

function emptyMetadata(): Metadata {
  return { docNumber: null, issueDate: null, publishDate: null, issuer: null, entries: [], range: null };
}

function read(source: ReturnType<typeof readSource>, previous: LineMemo | null): FengongDocument {
  const lines = readingLines(source.lines);
  const n = lines.length;
  const directives = readDirectives(lines);
  const firstListedLeads = leadConventionOf(lines).firstListed;

  let noticeRead = readNotice(lines, 0, n);
  const headerEnd = noticeRead ? noticeRead.notice.range.start.line : Math.min(n, 40);
  const meta = readMetadata(lines, Math.min(n, noticeRead ? noticeRead.end : 40));
  let notice: Notice | null = noticeRead?.notice ?? null;
  const docNumber = meta.docNumber ?? findDocNumber(lines, 0, noticeRead ? noticeRead.end : Math.min(n, 15));
  let issueDate = meta.issueDate;
  if (!issueDate && notice?.signatureDate) {
    const d = readDate(notice.signatureDate.text);
    if (d) issueDate = { span: notice.signatureDate, date: d };
  }
  const metadata: Metadata = { ...meta, docNumber, issueDate };
  void headerEnd;

  const searchFrom = noticeRead ? noticeRead.end : meta.range ? meta.range.end.line + 1 : 0;
  let titleRead = findPlanTitle(lines, searchFrom, n);
  // A title whose words name no plan, known by the notice that circulates it.
  if (!titleRead && noticeRead) titleRead = findCirculatedTitle(lines, noticeRead.notice, searchFrom, n);
  if (!noticeRead && meta.range && meta.range.start.line > 0) {
    // `…分解方案(共3项)` / `发布日期:2024-02-07`: a web page may put its metadata under the title.
    titleRead = findPlanTitle(lines, 0, n, meta.range.start.line) ?? titleRead;
  }
  // With no title, the plan may follow the notice's note of what it attaches and its 落款.
  let bodyStart = titleRead ? titleRead.bodyStart : afterAttachmentNote(lines, searchFrom, n);
  // …or, where neither the notice nor the plan kept a title, after the notice's paragraphs.
  if (!titleRead && !noticeRead && bodyStart === searchFrom) bodyStart = afterUntitledNotice(lines, bodyStart, n);
  // A web page's trailer (`▼往期推荐▼` and its numbered links) is no part of the plan.
  const pageEnd = findPageTrailer(lines, bodyStart, n);
  let appendices = findAppendices(lines, bodyStart, pageEnd);
  let bodyEnd = appendices.length ? appendices[0].range.start.line : pageEnd;

  const titleText = titleRead ? titleRead.title.map((s) => s.text).join('') : '';
  const stated = titleYears(titleText) ?? titleYears(notice?.titleText ?? '');
  // Failing a year in a title or an issue date, the 文号's (`国发〔2020〕6号`): a deadline `12月底前` is that year's.
  // A five-year plan named without its years (`十四五`) comes last: its first year is only a guess.
  const numberYear = docNumber ? /[〔\[【(（［]\s*(20\d{2})\s*[〕\]】)）］]/.exec(asciiDigits(docNumber.text)) : null;
  const planYear = stated?.written ? stated.year : issueDate ? +issueDate.date.slice(0, 4) : numberYear ? +numberYear[1] : (stated?.year ?? null);

  let memo = new LineMemo(`${planYear}|${firstListedLeads}`, previous);
  // `关于印发《A》和《B》的通知` with B's title under A's tasks and no 附件 label: B's title ends A's body, when each
  // title it names there begins a plan.
  const names = noticeRead ? namedPlanTitles(noticeRead.notice) : new Set<string>();
  let named = readNamedPlans(lines, names, bodyStart, bodyEnd, planYear, firstListedLeads, memo);
  if (named.length) bodyEnd = named[0].from;
  let hierarchy = buildHierarchy({ lines, from: bodyStart, to: bodyEnd, planYear, firstListedLeads, memo, titled: titleRead !== null });
  // A plan has tasks and either fields on them or a title that says it is one; a prose report's
  // numbered paragraphs have neither and stay prose.
  let isPlan = readsAsPlan(hierarchy, titleRead !== null, titleText);
  if (!isPlan && noticeRead && !titleRead) {
    // `安徽省人民政府关于2022年重点工作及责任分解的通知`: a notice that is itself the plan, with no
    // 印发 and no title of its own: its tasks follow the preamble inside it. The body begins at the
    // notice's first numbered paragraph, when what follows from there reads as a plan with fields.
    const inner = noticeRead.notice.paragraphs.find((p) => readNumbering(p.text, p.range.start.line, 0));
    if (inner) {
      const from = inner.range.start.line;
      const innerEnd = findPageTrailer(lines, from, n);
      const innerAppendices = findAppendices(lines, from, innerEnd);
      const to = innerAppendices.length ? innerAppendices[0].range.start.line : innerEnd;
      const innerMemo = new LineMemo(`${planYear}|${firstListedLeads}`, previous);
      const h = buildHierarchy({ lines, from, to, planYear, firstListedLeads, memo: innerMemo, titled: false });
      if (h.tasks.length > 0 && h.fieldCarriers >= 2) {
        noticeRead = { notice: noticeBefore(noticeRead.notice, from, lines), end: from };
        notice = noticeRead.notice;
        ({ memo, hierarchy, bodyStart, appendices, bodyEnd } = { memo: innerMemo, hierarchy: h, bodyStart: from, appendices: innerAppendices, bodyEnd: to });
        named = []; // read over the notice's own lines, which the inner plan now holds
        isPlan = true;
      }
    }
  }

  let plan: Plan | null = null;
  let counts: ReturnType<typeof conventionsWithCounts>['counts'] | null = null;
  const plans: Plan[] = [];
  const problems: ParseProblem[] = [];
  if (isPlan) {
    ({ plan, counts } = assemblePlan(lines, titleRead, hierarchy, bodyStart, bodyEnd, firstListedLeads));
    plans.push(plan);
    problems.push(...hierarchy.problems);
    for (const more of named) {
      plans.push(more.plan);
      problems.push(...more.problems);
    }
    // `附件2` / `2024年民生实事项目分工方案` after the first plan: a notice may attach several plans.
    // Each appendix that reads as a plan of its own (the same test as the first's) is one.
    const kept: Appendix[] = [];
    for (const appendix of appendices) {
      const more = readAttachedPlan(lines, appendix, planYear, firstListedLeads, memo);
      if (!more) {
        kept.push(appendix);
        continue;
      }
      plans.push(more.plan);
      problems.push(...more.problems);
    }
    appendices = kept;
  }
  memo.seal();

  // A notice whose plan is written inside it signs at the very end (`区人民政府办公室` / `2024年2月20日`),
  // after the last task: its date is the issue date when the notice gave none.
  let issued = metadata;
  if (!metadata.issueDate && plan && plan.tasks.length) {
    // …or, with no notice title in the copy (a web page shows it outside the text), before the plan.
    const closing = readClosingSignature(lines, plan.tasks[plan.tasks.length - 1].range.end.line) ?? (!notice ? findSignature(lines, 0, Math.min(plan.range.start.line, 40)) : null);
    const d = closing && readDate(closing.date.text);
    if (closing && d) issued = { ...metadata, issueDate: { span: closing.date, date: d }, issuer: metadata.issuer ?? closing.issuer };
    // …or, with neither, the date the page printed at its head, in brackets.
    const head = !closing && !notice ? findHeadDate(lines, 0, Math.min(plan.range.start.line, 15)) : null;
    const h = head && readDate(head.text);
    if (head && h) issued = { ...metadata, issueDate: { span: head, date: h } };
    // …or, with neither, the date closing a notice that lost its title and its issuer's line (`各市、州、县人民政府…:` /
    // `现将…进行责任分解。…` / `2018年1月29日`, a mirror's copy) before the plan.
    const untitled = !closing && !(head && h) && !notice ? readUntitledNotice(lines, 0, Math.min(plan.range.start.line, 60), false) : null;
    const u = untitled?.notice.signatureDate && readDate(untitled.notice.signatureDate.text);
    if (untitled && u) issued = { ...metadata, issueDate: { span: untitled.notice.signatureDate!, date: u } };
  }

  // Neither a plan nor a titled notice: perhaps a notice whose copy lost its title (its 主送 line first, then `现将《…》印发给你们`).
  if (!plan && !notice) {
    const untitled = readUntitledNotice(lines, 0, Math.min(n, 60));
    if (untitled) {
      notice = untitled.notice;
      const d = untitled.notice.signatureDate && readDate(untitled.notice.signatureDate.text);
      if (d && !issued.issueDate) issued = { ...issued, issueDate: { span: untitled.notice.signatureDate!, date: d } };
    }
  }

  const doc: FengongDocument = {
    kind: plan ? 'plan' : notice ? 'notice' : 'other',
    source,
    metadata: issued,
    notice,
    plan,
    plans,
    appendices: plan ? appendices : [],
    directives,
    problems,
  };
  keepMemo(doc, memo);
  // A keystroke re-reads one task in place only in a draft of one plan, whose notice names no other (a line
  // typed into a task could make another's title).
  if (plan && counts && titleRead && plans.length === 1 && names.size === 0) {
    // The title and the notice lie before the body; an edit past the body's first line cannot
    // change them, nor, past line 60, create a notice where none was found.
    let first = bodyStart;
    while (first < bodyEnd && trimEndIndex(lines[first]) === 0) first++;
    keepSpliceState(doc, {
      planYear,
      firstListedLeads,
      bodyEnd,
      guard: notice ? first + 1 : Math.max(60, first + 1),
      trace: hierarchy.trace,
      problems: hierarchy.problems,
      fieldCarriers: hierarchy.fieldCarriers,
      counts,
    });
  }
  return doc;
}
