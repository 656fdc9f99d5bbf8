/**
 * Grammar test cases for `text.fengong`, written as (line, [substring, expected scopes]) pairs and rendered into
 * vscode-tmgrammar-test files under test/grammar/cases/. Computing the caret columns here keeps the assertions
 * correct for CJK text (one UTF-16 code unit per character, whatever its display width).
 *
 * The rendered files are committed; grammar.test.ts checks they are up to date and runs them.
 * After editing this file: `UPDATE_GRAMMAR_CASES=1 npx vitest run test/grammar`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CASES_DIR = path.join(ROOT, 'test/grammar/cases');
const SEEDS_DIR = path.join(ROOT, 'seeds');

/** The comment token of the rendered test files (not a comment in the grammar; assertion lines are never tokenized). */
const TOKEN = '##';

// ---- scope names (the vocabulary of syntaxes/fengong.tmLanguage.json) ----
export const S = {
  title: 'markup.heading.title.fengong',
  part: 'markup.heading.part.fengong',
  partPara: 'meta.paragraph.numbered.part.fengong',
  chapter: 'markup.heading.chapter.fengong',
  chapterPara: 'meta.paragraph.numbered.chapter.fengong',
  group: 'markup.heading.group.fengong',
  appendix: 'markup.heading.appendix.fengong',
  heading: 'markup.heading',
  task: 'meta.task.fengong',
  item: 'meta.item.fengong',
  nPart: 'keyword.other.numbering.part.fengong',
  nChapter: 'keyword.other.numbering.chapter.fengong',
  nTask: 'keyword.other.numbering.task.fengong',
  nItem: 'keyword.other.numbering.item.fengong',
  dash: 'punctuation.definition.heading.group.fengong',
  kAppendix: 'keyword.other.appendix.fengong',
  fields: 'meta.fields.fengong',
  fieldsBegin: 'punctuation.definition.fields.begin.fengong',
  fieldsEnd: 'punctuation.definition.fields.end.fengong',
  lLeader: 'entity.name.tag.label.leader.fengong',
  lLead: 'entity.name.tag.label.lead.fengong',
  lUnit: 'entity.name.tag.label.unit.fengong',
  lDeadline: 'entity.name.tag.label.deadline.fengong',
  label: 'entity.name.tag',
  colon: 'punctuation.separator.key-value.fengong',
  sepField: 'punctuation.separator.field.fengong',
  sepUnit: 'punctuation.separator.unit.fengong',
  sepGroup: 'punctuation.separator.group.fengong',
  unit: 'string.unquoted.unit.fengong',
  leader: 'string.unquoted.leader.fengong',
  note: 'string.unquoted.note.fengong',
  noteBegin: 'punctuation.definition.note.begin.fengong',
  noteEnd: 'punctuation.definition.note.end.fengong',
  date: 'constant.numeric.date.fengong',
  deadlineWord: 'constant.language.deadline.fengong',
  count: 'constant.numeric.count.fengong',
  countKw: 'keyword.other.count.fengong',
  countBegin: 'punctuation.definition.count.begin.fengong',
  countEnd: 'punctuation.definition.count.end.fengong',
  docNumber: 'constant.other.doc-number.fengong',
  docAgency: 'constant.other.doc-number.agency.fengong',
  docYear: 'constant.numeric.year.fengong',
  docSerial: 'constant.numeric.serial.fengong',
  comment: 'comment.block.fengong',
  commentBegin: 'punctuation.definition.comment.begin.fengong',
  commentEnd: 'punctuation.definition.comment.end.fengong',
  suppression: 'comment.block.suppression.fengong',
  directive: 'keyword.control.directive.fengong',
  ruleId: 'variable.parameter.rule-id.fengong',
  region: 'comment.block.region.fengong',
  regionKw: 'keyword.control.region.fengong',
} as const;

/**
 * [substring to point at, scopes ("a b" required in this order, "- c" forbidden),
 *  which occurrence (1-based) or the first occurrence after this other substring]
 */
type Expect = [needle: string, scopes: string, where?: number | string];
interface Line {
  src: string;
  expect: Expect[];
}
export interface CaseFile {
  name: string;
  description: string;
  /** also render a copy with ASCII : ( ) , ; and task `1.` turned full-width, with the same assertions */
  fullWidth: boolean;
  lines: Line[];
}

const seedCache = new Map<string, string[]>();
/** Line `n` (1-based) of the seed whose file name starts with `prefix`, verbatim. */
export function seedLine(prefix: string, n: number): string {
  let lines = seedCache.get(prefix);
  if (!lines) {
    const file = fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix + '_'));
    if (!file) throw new Error(`no seed ${prefix}`);
    lines = fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    seedCache.set(prefix, lines);
  }
  const line = lines[n - 1];
  if (line === undefined) throw new Error(`seed ${prefix} has no line ${n}`);
  return line;
}

const FULL: Record<string, string> = { ':': '：', '(': '（', ')': '）', ',': '，', ';': '；' };
/** The same line as most drafts write it: full-width colon, parentheses, comma, semicolon and task-number dot. */
export function toFullWidth(line: string): string {
  return line.replace(/^(\s*[0-9]+)\./, '$1．').replace(/[:(),;]/g, (c) => FULL[c]);
}

const L = (src: string, ...expect: Expect[]): Line => ({ src, expect });
const seed = (prefix: string, n: number, ...expect: Expect[]): Line => L(seedLine(prefix, n), ...expect);

export const CASES: CaseFile[] = [
  {
    name: '000-own-lines',
    description: 'seed 000 layout: fields on their own lines after the task',
    fullWidth: true,
    lines: [
      seed('000', 4,
        ['京兴政办发〔2023〕1 号', S.docNumber],
        ['京兴政办发', S.docAgency],
        ['2023', S.docYear],
        ['1', S.docSerial, '〕'],
        ['号', S.docNumber, '〕']),
      seed('000', 8, ['2023年3月3日', S.date]),
      seed('000', 13, ['关于印发《2023年区政府工作报告重点工作分工方案》的通知', S.title]),
      seed('000', 15, ['各镇人民政府', `- ${S.heading} ${S.label}`], ['(公司)', `- ${S.fields} ${S.unit}`]),
      seed('000', 19,
        ['一、', `${S.partPara} ${S.nPart}`],
        ['提高政治站位', `${S.partPara} - ${S.heading}`]),
      seed('000', 25, ['北京市大兴区人民政府办公室', `- ${S.heading}`]),
      seed('000', 27, ['2023年3月3日', S.date]),
      seed('000', 29,
        ['2023年区政府工作报告重点工作分工方案', S.title],
        ['(', `${S.title} ${S.countBegin}`],
        ['共计', S.countKw],
        ['121', `${S.title} ${S.count}`],
        [')', S.countEnd]),
      seed('000', 31, ['一、', `${S.part} ${S.nPart}`], ['全区经济社会发展主要预期目标', S.part]),
      seed('000', 33,
        ['1.', `${S.task} ${S.nTask}`],
        ['地区生产总值', `${S.task} - ${S.nTask}`],
        ['4.5', `${S.task} - ${S.nTask} ${S.date}`]),
      seed('000', 35, ['牵头领导', S.lLeader], [':', S.colon], ['常务副区长', S.leader]),
      seed('000', 37, ['主要责任单位', S.lLead], [':', S.colon], ['区发展改革委', S.unit]),
      seed('000', 39, ['完成时限', S.lDeadline], [':', S.colon], ['2023年12月31日', S.date]),
      seed('000', 65, ['5.', S.nTask]),
      seed('000', 67, ['常务副区长', S.leader], ['、', S.sepUnit], ['张晓晟', S.leader]),
      seed('000', 69,
        ['主要责任单位', `${S.lLead} - ${S.lUnit}`],
        ['区人力资源和社会保障局', S.unit],
        ['、', S.sepUnit],
        ['区农业农村局', S.unit]),
      seed('000', 115, ['11.', S.nTask], ['2023年3月底前', S.date]),
      seed('000', 937, ['六、', S.nPart], ['紧扣政府治理能力现代化', S.part]),
      seed('000', 1001, ['2023年12月31日', `meta.field.deadline.fengong meta.value.deadline.fengong ${S.date}`]),
      seed('000', 1003, ['121.', S.nTask]),
    ],
  },
  {
    name: '001-own-paren-line',
    description: 'seed 001 layout: a parenthesized line of fields after the task',
    fullWidth: true,
    lines: [
      seed('001', 1, ['区人民政府办公室关于印发', S.title]),
      seed('001', 6, ['2023-01-03', S.date], ['2023-05475', `- ${S.date}`]),
      seed('001', 7, ['蔡政办〔2023〕1号', S.docNumber], ['2023', S.docYear], ['号', S.docNumber, '〕'], ['号', `- ${S.docNumber}`, 1]),
      seed('001', 18,
        ['三、', `${S.partPara} ${S.nPart}`],
        ['2023年第一季度', S.date],
        ['各责任单位', `- ${S.label}`]),
      seed('001', 16, ['二、', `${S.partPara} ${S.nPart} - ${S.heading}`]),
      seed('001', 22, ['2023年1月3日', S.date]),
      seed('001', 25, ['2023年区《政府工作报告》确定的主要目标任务责任分解方案', S.title]),
      seed('001', 27, ['一、', `${S.part} ${S.nPart}`], ['2023年全区经济社会发展的主要预期目标', `${S.part} - ${S.date}`]),
      seed('001', 29, ['(一)', `${S.chapter} ${S.nChapter}`], ['地区生产总值增长7%以上', S.chapter]),
      seed('001', 31, ['责任单位', S.lUnit], ['区发展和改革局', S.unit]),
      seed('001', 51,
        ['责任单位', S.lUnit],
        ['区发展和改革局', S.unit],
        ['、', S.sepUnit],
        ['区人社局', S.unit],
        ['、', S.sepUnit, '区人社局'],
        ['区农业农村局', S.unit]),
      seed('001', 55, ['(一)', S.nChapter], ['坚持质效提升', S.chapter]),
      seed('001', 57, ['提升制造业核心竞争力', `- ${S.heading} ${S.unit}`]),
      seed('001', 59,
        ['1.', `${S.task} ${S.nTask}`],
        [' 坚定不移', `${S.task} - ${S.nTask}`]),
      seed('001', 61,
        ['(', `${S.fields} ${S.fieldsBegin}`],
        ['牵头单位', `${S.fields} ${S.lLead}`],
        ['区科技和经信局', `${S.fields} ${S.unit}`],
        [')', `${S.fields} ${S.fieldsEnd}`]),
      seed('001', 65,
        ['牵头单位', S.lLead],
        [';', `${S.fields} ${S.sepField}`],
        ['责任单位', S.lUnit],
        ['蔡甸经济开发区', S.unit],
        ['〈', S.noteBegin],
        ['奓山街道', S.note],
        ['〉', S.noteEnd],
        [')', S.fieldsEnd]),
      seed('001', 97, ['10.', S.nTask]),
      seed('001', 99,
        ['蔡甸经济开发区', S.unit],
        ['奓山街道', S.note],
        ['、', S.sepUnit],
        ['中法生态城相关处室', S.unit],
        [';', S.sepField],
        ['区交通运输局', S.unit],
        ['区城投集团', S.unit],
        [')', S.fieldsEnd]),
      seed('001', 533, ['(六)', S.nChapter], ['坚持务实高效', S.chapter]),
      seed('001', 553, ['113.', S.nTask], ['扎实推进', `- ${S.deadlineWord}`]),
      seed('001', 557, ['附件', `${S.appendix} ${S.kAppendix}`], [':', `${S.appendix} ${S.colon}`]),
    ],
  },
  {
    name: '003-inline',
    description: 'seed 003 layout: group headings and fields inline at the end of the task',
    fullWidth: true,
    lines: [
      seed('003', 1, ['关于印发', S.title]),
      seed('003', 2, ['2023-02-07', S.date], ['发布日期', `- ${S.label}`]),
      seed('003', 3,
        ['一、', `${S.partPara} ${S.nPart}`],
        ['总牵头单位', `- ${S.label}`],
        ['牵头单位', `- ${S.label}`, 2]),
      seed('003', 5, ['2023年第二季度', S.date]),
      seed('003', 8, ['责任分解方案', S.title]),
      seed('003', 10,
        ['二、', `${S.part} ${S.nPart}`],
        ['重点工作', S.part],
        ['(', `${S.part} ${S.countBegin}`],
        ['共', S.countKw],
        ['135', `${S.part} ${S.count}`],
        ['项', S.countKw],
        [')', S.countEnd]),
      seed('003', 11, ['(一)', `${S.chapter} ${S.nChapter}`], ['起势成势。', S.chapter]),
      seed('003', 12,
        ['——', `${S.group} ${S.dash}`],
        ['推动主导产业强链集群', S.group],
        ['(', `${S.group} ${S.fields} ${S.fieldsBegin}`],
        ['总牵头单位', `${S.group} ${S.fields} ${S.lLead}`],
        [':', S.colon],
        ['区发改局', `${S.group} ${S.fields} ${S.unit}`],
        [')', S.fieldsEnd]),
      seed('003', 13,
        ['1.', `${S.task} ${S.nTask}`],
        ['抢抓车光产业', `${S.task} - ${S.fields}`],
        ['(牵头', `${S.task} ${S.fields}`],
        ['牵头单位', S.lLead],
        ['区发改局', S.unit],
        [';', S.sepField],
        ['责任单位', S.lUnit],
        ['区科经', S.unit],
        ['、', S.sepUnit, '区科经'],
        ['商务局', S.unit],
        [',', S.sepGroup, '商务局'],
        ['郑店', S.unit],
        ['五里界街道办事处', S.unit],
        ['江夏经济开发区管委会', S.unit],
        [')', S.fieldsEnd, '管委会']),
      seed('003', 16,
        ['4.', S.nTask],
        ['。 ', `${S.task} - ${S.fields}`],
        ['(牵头单位', S.fields],
        ['区科经局', S.unit],
        ['金口街道办事处', S.unit]),
      seed('003', 22,
        ['10.', S.nTask],
        ['区发改', S.unit],
        ['自然资源和规划', S.unit],
        ['区科投集团', S.unit]),
      seed('003', 97,
        ['71.', S.nTask],
        ['区农业农村局', `${S.fields} ${S.unit}`],
        [',', `${S.fields} ${S.sepField} - ${S.sepGroup}`, '区农业农村局'],
        ['责任单位', S.lUnit],
        ['各相关街道办事处', S.unit]),
      seed('003', 164,
        ['区委国安办', S.unit],
        ['区国家安全重点领域工作协调机制牵头单位', `${S.unit} - ${S.label}`],
        ['区直各单位', S.unit]),
      seed('003', 174, ['三、', S.nPart], ['全力建设人民满意政府', S.part]),
      seed('003', 175, ['(一)', S.nChapter], ['筑牢政治信仰', S.chapter]),
      seed('003', 176,
        ['1.', S.nTask],
        ['(责任单位', S.fields],
        ['责任单位', S.lUnit],
        ['各街道办事处', S.unit],
        ['区人民政府各部门', S.unit]),
      seed('003', 183, ['附表1', `${S.appendix} ${S.kAppendix}`]),
      seed('003', 185, ['单位', `- ${S.label}`], ['(签字)', `- ${S.fields} ${S.count}`]),
      seed('003', 186, ['完成时间', `- ${S.label}`], ['分管领导', `- ${S.label}`]),
      seed('003', 187, ['1.……', `- ${S.nTask}`]),
      seed('003', 188, ['2.', `- ${S.nTask} ${S.task}`]),
    ],
  },
  {
    name: 'misc',
    description: 'numbering styles, all field labels, dates, counts, comments (hand-written lines)',
    fullWidth: false,
    lines: [
      L('<!-- fengong-disable-next-line unknown-unit, count-mismatch -->',
        ['<!--', `${S.suppression} ${S.commentBegin}`],
        ['fengong-disable-next-line', `${S.suppression} ${S.directive}`],
        ['unknown-unit', `${S.suppression} ${S.ruleId}`],
        ['count-mismatch', `${S.suppression} ${S.ruleId}`],
        ['-->', `${S.suppression} ${S.commentEnd}`]),
      L('<!-- fengong-disable missing-lead -->', ['fengong-disable', S.directive], ['missing-lead', S.ruleId]),
      L('<!-- 一段注释 1.不是任务 牵头单位:不是字段 -->',
        ['一段注释', S.comment],
        ['1.', `${S.comment} - ${S.nTask}`],
        ['牵头单位', `${S.comment} - ${S.label}`]),
      L('<!-- 跨行注释', ['跨行注释', S.comment]),
      L('一、仍在注释里 -->', ['一、', `${S.comment} - ${S.nPart}`], ['-->', S.commentEnd]),
      L('<!-- #region 第一部分 -->', ['#region', `${S.region} ${S.regionKw}`], ['第一部分', S.region]),
      L('<!-- #endregion -->', ['#endregion', S.regionKw]),
      L('十一、第十一部分', ['十一、', `${S.part} ${S.nPart}`]),
      L('二.民生保障', ['二.', `${S.part} ${S.nPart}`], ['民生保障', S.part]),
      L('一、2023年主要预期目标', ['一、', `${S.part} ${S.nPart}`]),
      L('　　二十三、全角空格缩进', ['　　', S.part], ['二十三、', S.nPart]),
      L('（一）全角括号章', ['（一）', `${S.chapter} ${S.nChapter}`]),
      L('(十二)半角括号章', ['(十二)', `${S.chapter} ${S.nChapter}`]),
      L('（二）章下的段落。后面还有句子。', ['（二）', `${S.chapterPara} ${S.nChapter}`], ['章下', `- ${S.heading}`]),
      L('1．全角点任务', ['1．', `${S.task} ${S.nTask}`]),
      L('第十二条 条款式任务', ['第十二条', `${S.task} ${S.nTask}`], ['条款式任务', S.task]),
      L('第一条生产线建成投产', ['第一条', `- ${S.nTask}`]),
      L('2、顿号任务', ['2、', `${S.task} ${S.nTask}`]),
      L('12. 空格任务', ['12.', S.nTask]),
      L('1.5万亩以上', ['1.5', `- ${S.nTask}`]),
      L('(1)半角子项', ['(1)', `${S.item} ${S.nItem}`]),
      L('（12）全角子项', ['（12）', `${S.item} ${S.nItem}`]),
      L('①圈码子项;②第二项', ['①', `${S.item} ${S.nItem}`], ['②', S.nItem]),
      L('——全角破折号分组（总牵头单位：区发改局）',
        ['——', S.dash],
        ['（', S.fieldsBegin],
        ['总牵头单位', S.lLead],
        ['：', S.colon],
        ['区发改局', S.unit],
        ['）', S.fieldsEnd]),
      L('牵头领导:甲;责任领导:乙;分管领导:丙;牵头区领导:丁',
        ['牵头领导', S.lLeader, 1],
        [';', S.sepField, 1],
        ['责任领导', S.lLeader],
        ['分管领导', S.lLeader],
        ['牵头区领导', `${S.lLeader} - ${S.lLead}`],
        ['丁', S.leader]),
      L('牵头单位：甲；主要责任单位：乙；责任牵头单位：丙；总牵头单位：丁',
        ['牵头单位', S.lLead, 1],
        ['；', S.sepField, 1],
        ['主要责任单位', `${S.lLead} - ${S.lUnit}`],
        ['责任牵头单位', `${S.lLead} - ${S.lUnit}`],
        ['总牵头单位', S.lLead],
        ['丁', S.unit]),
      L('责任单位:甲、乙,丙;配合单位:丁;协办单位:戊;参与单位:己;实施单位:庚',
        ['责任单位', S.lUnit],
        ['、', S.sepUnit],
        [',', S.sepGroup],
        ['配合单位', S.lUnit],
        ['协办单位', S.lUnit],
        ['参与单位', S.lUnit],
        ['实施单位', S.lUnit],
        ['庚', S.unit]),
      L('完成时限:2023年6月底', ['完成时限', S.lDeadline], ['2023年6月底', S.date]),
      L('完成时间：2023年底前', ['完成时间', S.lDeadline], ['2023年底前', S.date]),
      L('时间节点:第三季度', ['时间节点', S.lDeadline], ['第三季度', S.date]),
      L('完成时间节点：长期坚持', ['完成时间节点', `${S.lDeadline}`], ['长期坚持', S.deadlineWord]),
      L('完成时限:持续推进', ['持续推进', S.deadlineWord]),
      L('持续推进农村人居环境整治', ['持续推进', `- ${S.deadlineWord}`]),
      L('（牵头单位：区财政局（金融办）；责任单位：各街道办事处）',
        ['（', S.fieldsBegin, 1],
        ['区财政局', S.unit],
        ['（金融办）', `${S.fields} - ${S.fieldsEnd}`],
        ['金融办', S.note],
        ['；', S.sepField],
        ['）', S.fieldsEnd, '各街道办事处']),
      L('2023年区政府工作报告重点工作分工方案（共计121项）',
        ['2023年区政府工作报告重点工作分工方案', S.title],
        ['121', S.count]),
      L('二、重点工作（共135项）', ['（', S.countBegin], ['135', S.count], ['）', S.countEnd]),
      L('文号：京兴政办发〔2023〕12号', ['京兴政办发', S.docAgency], ['12', S.docSerial]),
      L('附件', ['附件', S.kAppendix]),
      L('附件2：分工表', ['附件2', S.kAppendix], ['：', S.colon]),
      L('附件中列明的事项', ['附件', `- ${S.kAppendix}`]),
    ],
  },
];

function assertionLines(src: string, [needle, scopes, where = 1]: Expect): string {
  let at = -1;
  if (typeof where === 'string') {
    const anchor = src.indexOf(where);
    at = anchor < 0 ? -1 : src.indexOf(needle, anchor + where.length);
  } else {
    for (let i = 0; i < where; i++) {
      at = src.indexOf(needle, at + 1);
      if (at < 0) break;
    }
  }
  if (at < 0) throw new Error(`"${needle}" (${where}) not found in line: ${src}`);
  if (at >= TOKEN.length) return TOKEN + ' '.repeat(at - TOKEN.length) + '^'.repeat(needle.length) + ' ' + scopes;
  return `${TOKEN}<${'~'.repeat(at)}${'-'.repeat(needle.length)} ${scopes}`;
}

export function render(c: CaseFile, fullWidth = false): string {
  const out = [`${TOKEN} SYNTAX TEST "text.fengong" "${c.description}${fullWidth ? ' (full-width punctuation)' : ''}"`];
  for (const line of c.lines) {
    if (line.src.startsWith(TOKEN)) throw new Error(`source line starts with the comment token: ${line.src}`);
    out.push(fullWidth ? toFullWidth(line.src) : line.src);
    for (const e of line.expect) out.push(assertionLines(line.src, e));
  }
  return out.join('\n') + '\n';
}

/** file name → content of every rendered case file */
export function renderAll(): Map<string, string> {
  const files = new Map<string, string>();
  for (const c of CASES) {
    files.set(`${c.name}.test.fengong`, render(c));
    if (c.fullWidth) files.set(`${c.name}.fullwidth.test.fengong`, render(c, true));
  }
  return files;
}
