/**
 * The document model: what a 分工方案 notice says, with exact ranges. Everything downstream
 * (rules, LSP features, the CLI) reads this; nothing re-parses the text.
 *
 * Outermost first: metadata block → notice (通知) → plan (方案) with its hierarchy
 * part (一、) → chapter ((一)) → group (——标题 or a short heading) → task (1.) → sub-item ((1)),
 * then appendices (附件/附表), which are outside the task list. Any level may be missing.
 */
import type { Range, Span } from './range';

export type DocumentKind = 'plan' | 'notice' | 'other';

/** How a number is written. The style is part of the document's convention for a level. */
export type NumberingStyle =
  | 'cn-di' // 第一部分, 第一章, 第一篇 (the suffix is kept in `delimiter`)
  | 'cn-tiao' // 第一条: a task written as an article (若干措施, 责任清单)
  | 'cn-dun' //  一、
  | 'cn-paren' // (一) or （一）
  | 'arabic-dot' // 1.  1．
  | 'arabic-dun' // 1、
  | 'arabic-paren' // (1) or （1）
  | 'arabic-circled'; // ①

/** Rank in the conventional hierarchy; a smaller rank is an outer level. */
export const STYLE_RANK: Record<NumberingStyle, number> = {
  'cn-di': -1,
  'cn-dun': 0,
  'cn-paren': 1,
  'cn-tiao': 3,
  'arabic-dot': 3,
  'arabic-dun': 3,
  'arabic-paren': 4,
  'arabic-circled': 5,
};

export interface Numbering {
  readonly style: NumberingStyle;
  readonly value: number;
  /** The whole marker as written, e.g. `1.`, `（一）`, `二、`. */
  readonly marker: Span;
  /** Whether brackets/punctuation are full-width (（一） 1．) rather than ASCII. */
  readonly fullWidth: boolean;
  /** The punctuation after an arabic number: `.`, `．` or `、` (empty for bracketed styles); for
   *  `第一部分` the word after the numeral (`部分`, `章`, `篇`). */
  readonly delimiter: string;
  /** Written in a table's 序号 cell (`| 4 |`): a cell needs no delimiter, so its style is not a list marker's. */
  readonly cell?: boolean;
  /**
   * No number is written: a line of a list the document does not number (`耕地保有量保持在100万亩。（市自然资源局牵头）`
   * under `（一）约束性指标`). `value` is its place among its siblings, `marker` an empty span at the line's start;
   * the numbering rules pass it by.
   */
  readonly implicit?: boolean;
  /**
   * The leading parts of an outline number (`2.` of `2.1`, `1.3.` of `1.3.2`), ASCII, with the dot: they repeat the
   * numbers of the headings above, written or not, so that `1.2` then `2.1` starts the next one's list.
   */
  readonly outline?: string;
}

export type FieldRole = 'leaders' | 'leadUnits' | 'units' | 'deadline' | 'groupLead';

/** Where a field is written, relative to its task. The document's convention is the mode. */
export type FieldLayout =
  | 'own-line' // 000: `牵头领导:…` on its own line after the task
  | 'paren-line' // 001: `(牵头单位:X;责任单位:Y)` on the line after the task
  | 'inline' // 003: `…。(牵头单位:X;责任单位:Y)` at the end of the task's text
  | 'table' // a flattened table row: columns are fields
  | 'prose' // `区发改局牵头，区财政局配合`
  | 'convention'; // `（A、B负责）` under a stated `列第一位者为牵头单位` convention

/** A unit (or leader) name as written in a list, with its expansion. */
export interface UnitRef {
  /** The name with a shared prefix/suffix restored: `区科经、商务局` → 区科经局, 区商务局. */
  readonly name: string;
  /** Exactly what was written for this entry (without brackets), and where. */
  readonly written: Span;
  /** Bracketed aliases or notes: `蔡甸经济开发区〈奓山街道〉` → [奓山街道]. */
  readonly aliases: readonly string[];
  /** A collective assignee (各街道办事处, 相关属地, 区直各单位 …): legitimate, never "unknown". */
  readonly collective: boolean;
}

/**
 * Whether a name in a list of co-responsible units is marked as leading: `区发改局（牵头）`, or
 * `A、B分别牵头` (the parser gives each name of the group the note 牵头).
 */
export function marksLead(unit: UnitRef): boolean {
  for (const a of unit.aliases) if (a.startsWith('牵头')) return true;
  return false;
}

/** A bracket after a name that says its part (`（牵头）`, `（配合）`), not another name for it. */
export function isRoleNote(alias: string): boolean {
  return /^(牵头|配合|参与|协办|协助|负责)/.test(alias);
}

/**
 * Whether a bracket after a name holds another name for it (`〈奓山街道〉`, `（金融办）`) rather than a note
 * (`（牵头）`, `（列第一位者为牵头或汇总单位，下同）`): a name is short and has no clause in it.
 */
export function isAliasName(alias: string): boolean {
  return !isRoleNote(alias) && alias.length <= 20 && !/[，,；;。：:]/.test(alias);
}

export type DeadlineKind =
  | 'date' // 2023年12月31日
  | 'month-end' // 2023年6月底
  | 'year-end' // 2023年底前
  | 'quarter' // 第三季度
  | 'half-year' // 上半年
  | 'ongoing' // 长期坚持, 持续推进, 立行立改
  | 'relative' // 3天, 5个工作日内: counted from when the notice arrives
  | 'unknown'; // kept as text

export interface Deadline {
  readonly text: string;
  readonly range: Range;
  readonly kind: DeadlineKind;
  /** The last day the deadline allows, ISO `YYYY-MM-DD`, or null where none can be read. */
  readonly date: string | null;
  /** The year written (or implied by the plan), if any. */
  readonly year: number | null;
  /** False when the text names an impossible date (2月30日, 13月). */
  readonly valid: boolean;
  /** A span over years (`2024—2026年`): the year it starts in (`year` is the one it ends in). */
  readonly fromYear?: number;
  /** The year is named relative to the plan's (`次年1月`, `明年底前`), not written. */
  readonly relative?: true;
}

export interface Field {
  readonly role: FieldRole;
  /** The label as written (`主要责任单位`), or a synthetic label for table/prose layouts. */
  readonly label: Span;
  /** The value after the colon, trimmed; empty text (at the colon) when the label has no value. */
  readonly value: Span;
  readonly layout: FieldLayout;
  /** From the label through the value. */
  readonly range: Range;
  /** Unit/leader lists (for every role except deadline). */
  readonly names: readonly UnitRef[];
  readonly deadline: Deadline | null;
  /** The separator written before this field inside a parenthesis (`;`, `；`, `,` …), if any. */
  readonly separatorBefore: Span | null;
}

export interface SubItem {
  readonly numbering: Numbering;
  readonly text: Span;
}

/** A count the document states about itself: `(共计121项)`, `(共135项)`, `将121项…进行分解`, `现将4项重点任务分解如下`. */
export interface StatedCount {
  readonly value: number;
  /** The whole phrase, e.g. `共计121项`. */
  readonly span: Span;
  /** The number's own range, for a fix that rewrites it. */
  readonly numberRange: Range;
  /** What the count speaks of: the whole plan, or one section. */
  readonly scope: 'plan' | 'section';
  /** Where it is written; `plan-preamble` is the paragraph between the plan's title and its first heading. */
  readonly source: 'plan-title' | 'plan-preamble' | 'heading' | 'notice-body';
}

export interface Task {
  readonly type: 'task';
  readonly numbering: Numbering;
  /** The task's own text, without the marker and without inline fields. */
  readonly text: Span;
  /** The first line of the task (the line with its number). */
  readonly line: number;
  /** From the marker to the end of its last field or sub-item. */
  readonly range: Range;
  readonly fields: readonly Field[];
  readonly subItems: readonly SubItem[];
  /** Convenience views over `fields`, by role (expanded unit lists). */
  readonly leaders: readonly UnitRef[];
  readonly leadUnits: readonly UnitRef[];
  readonly units: readonly UnitRef[];
  readonly deadline: Deadline | null;
  /**
   * Deadlines that open stages of the task's own text (`9月底前，实现…`, `①2024年6月底前，…`), as 行动计划 write
   * them, in the order written; empty when there are none. They are not fields: the 完成时限 is `deadline`.
   */
  readonly textDeadlines: readonly Deadline[];
  /** The enclosing sections, outermost first. */
  readonly path: readonly Section[];
  /** Index in its plan's `tasks`. */
  readonly index: number;
  /**
   * A row of a table whose source merged cells over rows (the leader or lead written once, on the first row
   * it covers), copied a cell per line: a column this row leaves empty may hold the cell of the row above.
   * Nothing is copied into `fields`; the rules count such a column as stated when the row above states it.
   */
  readonly mergedCells?: boolean;
}

export type SectionLevel = 'part' | 'chapter' | 'group';

export interface Section {
  readonly type: 'section';
  readonly level: SectionLevel;
  readonly numbering: Numbering | null;
  /** The heading line's text after the marker (and without trailing fields). */
  readonly title: Span;
  /** The heading line. */
  readonly headingRange: Range;
  /** The heading through the end of its last child. */
  readonly range: Range;
  /** Fields on the heading itself: a group's 总牵头单位, a part's 责任单位. */
  readonly fields: readonly Field[];
  readonly statedCount: StatedCount | null;
  /**
   * A paragraph of prose right under a short heading (`一、指导思想` / `以……为指导，……。`): the part
   * introduces the plan rather than holding tasks. Its first line; null when the heading has none.
   */
  readonly intro: Span | null;
  readonly children: readonly (Section | Task)[];
  readonly path: readonly Section[];
}

export interface Metadata {
  /** 文号/发文序号, e.g. `京兴政办发〔2023〕1 号`. */
  readonly docNumber: Span | null;
  /** 成文日期 (or the date under the notice's 落款), ISO. */
  readonly issueDate: { readonly span: Span; readonly date: string } | null;
  readonly publishDate: { readonly span: Span; readonly date: string } | null;
  readonly issuer: Span | null;
  /** Every `key:value` line of the block. */
  readonly entries: readonly { readonly key: Span; readonly value: Span }[];
  readonly range: Range | null;
}

export interface Notice {
  /** `关于印发《…》的通知`: its first line, when the title is wrapped over several. */
  readonly title: Span | null;
  /** Every line of the title (`区人民政府办公室关于印发2020年区政府` / `工作报告…责任分解` / `方案的通知`). */
  readonly titleLines: readonly Span[];
  /** The title's lines joined: what the notice is called. */
  readonly titleText: string;
  /** 主送机关, the line ending in `:`/`：`. */
  readonly addressee: Span | null;
  readonly paragraphs: readonly Span[];
  /** 落款: the issuing office. */
  readonly signature: Span | null;
  readonly signatureDate: Span | null;
  /** Counts the notice states about the plan: `将121项区政府重点工作进行分解`. */
  readonly statedCounts: readonly StatedCount[];
  readonly range: Range;
}

export interface Plan {
  /** The title's lines (a title may span two). */
  readonly title: readonly Span[];
  readonly titleText: string;
  readonly statedTotal: StatedCount | null;
  readonly sections: readonly Section[];
  /** Tasks directly under the plan (no enclosing section) and sections, in order. */
  readonly children: readonly (Section | Task)[];
  /** Every task in document order. */
  readonly tasks: readonly Task[];
  readonly range: Range;
  readonly conventions: Conventions;
}

/** What the document itself does most; rules enforce the document's own style. */
export interface Conventions {
  readonly fieldLayout: FieldLayout | null;
  /** Per field role, the share of tasks that carry it (0..1). */
  readonly fieldShare: Readonly<Record<FieldRole, number>>;
  /** For each section level that encloses tasks: does task numbering restart inside it or run on? */
  readonly taskNumbering: Readonly<Partial<Record<SectionLevel, 'restart' | 'continue'>>>;
  /** The usual label per role (`主要责任单位` in 000, `牵头单位` in 001/003). */
  readonly labels: Readonly<Partial<Record<FieldRole, string>>>;
  /** Full-width or ASCII punctuation, by majority of field colons and brackets. */
  readonly fullWidth: boolean;
  /** The separator used between fields in one parenthesis (`;` or `；`). */
  readonly fieldSeparator: string;
  /** A stated convention: `列第一位者为牵头单位` — the first unit listed is the lead. */
  readonly firstListedLeads: boolean;
  /** Per role the tasks state under several labels (`负责单位` on some, `参加单位` on others): those labels, most written first. */
  readonly labelsWritten?: Readonly<Partial<Record<FieldRole, readonly string[]>>>;
  /**
   * A note that names units answering for every task after it, written once (`以下均需县(市、区)政府落实,不再列出` in the
   * first task's bracket of roles): those tasks state those units, though none of them writes them.
   */
  readonly standingUnits?: StandingUnits;
}

export interface StandingUnits {
  readonly names: readonly UnitRef[];
  /** The note, as written. */
  readonly note: Span;
}

export interface Appendix {
  readonly title: Span;
  readonly range: Range;
}

/** `<!-- fengong-disable-next-line numbering-gap -->` and friends; see docs/suppression.md. */
export interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
  /** Rule ids; empty means every rule. */
  readonly rules: readonly string[];
  readonly line: number;
  readonly range: Range;
}

/** Something the parser itself noticed while reading; rules turn these into diagnostics. */
export interface ParseProblem {
  readonly code: 'field-without-value' | 'field-separator' | 'unreadable-deadline';
  readonly range: Range;
  readonly detail: string;
}

export interface FengongDocument {
  readonly kind: DocumentKind;
  readonly source: SourceText;
  readonly metadata: Metadata;
  readonly notice: Notice | null;
  /** The first plan: the one the notice prints, or its first attachment. */
  readonly plan: Plan | null;
  /**
   * Every plan, in document order (`plans[0]` is `plan`): a notice may attach several
   * (`附件1 …重点工作任务分工`, `附件2 …民生实事项目分工`), each numbered and counted on its own.
   */
  readonly plans: readonly Plan[];
  readonly appendices: readonly Appendix[];
  readonly directives: readonly Directive[];
  readonly problems: readonly ParseProblem[];
}

/** The text split into lines, line endings and offsets remembered. */
export interface SourceText {
  readonly text: string;
  /** Lines without their terminators. A leading BOM is dropped before anything else, as editors do,
   *  so positions match what an editor shows. */
  readonly lines: readonly string[];
  /** Offset of each line's first character in `text`. */
  readonly lineStarts: readonly number[];
  /** The line ending the document uses most ("\n", "\r\n" or "\r"). */
  readonly eol: string;
  /**
   * Set when the document is written in Traditional characters: `text` and `lines` are then its
   * Simplified reading, character for character (every position is the original's).
   */
  readonly script?: 'traditional';
}
