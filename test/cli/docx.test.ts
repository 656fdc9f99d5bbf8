/**
 * `fengong check 方案.docx`: the CLI reads a Word draft's text — paragraphs, table rows, and Word's
 * automatic list numbers — and refuses a .doc, WPS or PDF file with a message instead of passing it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentText, readDocx } from '../../server/src/node/docx';
import { run } from '../../server/src/cli/main';
import { zip } from '../helpers/zip';

// ---- a draft as Word saves it -------------------------------------------------------------------
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run_ = (t: string) => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
const p = (...runs: string[]) => `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>${runs.map(run_).join('')}</w:p>`;
const listed = (numId: number, ilvl: number, ...runs: string[]) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${runs.map(run_).join('')}</w:p>`;
const cell = (...paras: string[]) => `<w:tc><w:tcPr><w:tcW w:w="1000"/></w:tcPr>${paras.map((x) => p(x)).join('')}</w:tc>`;
const spanned = (n: number, text: string) => `<w:tc><w:tcPr><w:gridSpan w:val="${n}"/></w:tcPr>${p(text)}</w:tc>`;
const row = (...cells: string[]) => `<w:tr><w:trPr/>${cells.join('')}</w:tr>`;

const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>
${p('某区2024年重点工作', '任务分工方案')}
<w:p/>
${listed(1, 0, '稳住经济大盘')}
${listed(2, 0, '地区生产总值增长6%左右。')}
${p('牵头单位：区发改局')}
${p('完成时限：2024年12月底')}
${listed(2, 0, '推进', '“专精特新”企业培育', '&amp;数字化转型。')}
${p('牵头单位：区经信局')}
${p('完成时限：2024年12月底')}
${listed(1, 0, '保障改善民生')}
${listed(2, 0, '新增城镇就业3000人。')}
${p('牵头单位：区人社局')}
<w:p><w:r><w:t>完成</w:t></w:r><w:del><w:r><w:delText>日期</w:delText></w:r></w:del><w:r><w:t>时限：2024年11月底</w:t></w:r></w:p>
${listed(2, 0, '新建幼儿园2所。')}
${p('牵头单位：区教育局')}
<w:tbl><w:tblPr/><w:tblGrid/>
${row(cell('序号'), cell('工作任务'), cell('牵头单位'), cell('配合单位'), cell('完成时限'))}
${row(cell('5'), cell('改造老旧小区10个。'), cell('区住建局'), cell('区财政局', '各街道办事处'), cell('2024年10月底'))}
${row(spanned(2, '说明'), cell('区住建局'), cell(''), cell(''))}
</w:tbl>
<w:sectPr/></w:body></w:document>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const EXPECTED = [
  '某区2024年重点工作任务分工方案',
  '',
  '一、稳住经济大盘',
  '1.\t地区生产总值增长6%左右。',
  '牵头单位：区发改局',
  '完成时限：2024年12月底',
  '2.\t推进“专精特新”企业培育&数字化转型。',
  '牵头单位：区经信局',
  '完成时限：2024年12月底',
  '二、保障改善民生',
  '3.\t新增城镇就业3000人。',
  '牵头单位：区人社局',
  '完成时限：2024年11月底',
  '4.\t新建幼儿园2所。',
  '牵头单位：区教育局',
  '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
  '5\t改造老旧小区10个。\t区住建局\t区财政局 各街道办事处\t2024年10月底',
  '说明\t\t区住建局',
].join('\n');

/** Temporary folders this file made, removed when it ends. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengong-docx-'));
  made.push(dir);
  return dir;
}

function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

describe('reading a .docx', () => {
  it('writes out paragraphs, Word list numbers, table rows (tabs, merged cells), and drops deleted text and tab stops', () => {
    for (const deflate of [false, true]) {
      expect(readDocx(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': DOCUMENT, 'word/numbering.xml': NUMBERING }, deflate))).toBe(EXPECTED);
    }
  });

  it('numbers a second level and restarts it under each item above', () => {
    const xml = `<w:document ${W}><w:body>${listed(2, 0, '甲')}${listed(2, 1, '子一')}${listed(2, 1, '子二')}${listed(2, 0, '乙')}${listed(2, 1, '子一')}</w:body></w:document>`;
    const numbering = zip({ 'word/document.xml': xml, 'word/numbering.xml': NUMBERING }, true);
    expect(readDocx(numbering).split('\n')).toEqual(['1.\t甲', '（1）\t子一', '（2）\t子二', '2.\t乙', '（1）\t子一']);
  });

  it('a cell merged down over rows gives each row its text — a unit, a leader, a deadline; never a row number or a task\'s long text', () => {
    const merged = (val: string | null, text = '') => `<w:tc><w:tcPr>${val === null ? '<w:vMerge/>' : `<w:vMerge w:val="${val}"/>`}</w:tcPr>${p(text)}</w:tc>`;
    const long = '完善社区居家养老服务网络，新建街道综合养老服务中心2个，改造提升社区养老服务站点10个。';
    const xml = `<w:document ${W}><w:body><w:tbl>
${row(cell('序号'), cell('工作任务'), cell('责任领导'), cell('牵头单位'), cell('完成时限'))}
${row(merged('restart', '1'), merged('restart', long), merged('restart', '张三'), cell('区民政局'), merged('restart', '2024年12月底'))}
${row(merged(null), merged(null), merged('continue'), cell('区卫健委'), merged(null))}
${row(cell('2'), cell('新增普惠性学位1000个。'), merged(null), cell('区教育局'), cell('2024年9月底'))}
</w:tbl></w:body></w:document>`;
    expect(documentText(xml).split('\n')).toEqual([
      '序号\t工作任务\t责任领导\t牵头单位\t完成时限',
      `1\t${long}\t张三\t区民政局\t2024年12月底`,
      '\t\t张三\t区卫健委\t2024年12月底',
      '2\t新增普惠性学位1000个。\t张三\t区教育局\t2024年9月底',
    ]);
  });

  it('without numbering.xml, list paragraphs keep their text', () => {
    expect(documentText(`<w:document ${W}><w:body>${listed(2, 0, '甲')}</w:body></w:document>`)).toBe('甲');
  });

  it('fengong check reads it and reports at exact ranges of the text it read', () => {
    const dir = tmpDir();
    const file = path.join(dir, '方案.docx');
    fs.writeFileSync(file, zip({ 'word/document.xml': DOCUMENT, 'word/numbering.xml': NUMBERING }, true));
    // Word's lock file beside an open document is skipped in a directory walk.
    fs.writeFileSync(path.join(dir, '~$方案.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    const r = cli('check', '--format', 'json', dir);
    const json = JSON.parse(r.out);
    expect(json.files.map((f: { path: string }) => path.basename(f.path))).toEqual(['方案.docx']);
    const diags = json.files[0].diagnostics.map((d: { rule: string; range: { start: { line: number; character: number }; end: { character: number } } }) => [
      d.rule,
      d.range.start.line,
      d.range.start.character,
      d.range.end.character,
    ]);
    // Task 4 has no 完成时限: the one defect planted.
    expect(diags).toEqual([['missing-deadline', 13, 0, '4.\t新建幼儿园2所。'.length]]);
    expect(r.code).toBe(1); // missing-deadline is an error
  });

  it('refuses a .doc, WPS or PDF file with a message, and goes on with the rest', () => {
    const dir = tmpDir();
    const doc = path.join(dir, '旧方案.doc');
    fs.writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const pdf = path.join(dir, '方案.pdf');
    fs.writeFileSync(pdf, '%PDF-1.7\n%binary');
    const txt = path.join(dir, '方案.txt');
    fs.writeFileSync(txt, '2024年重点工作分工方案\n一、重点任务\n1.推进项目建设。\n牵头单位：区发改局\n');
    const r = cli('check', doc, pdf, txt);
    expect(r.err).toContain(`cannot read ${doc}: a Word 97-2003 (.doc) or WPS file: save it as .docx or .txt`);
    expect(r.err).toContain(`cannot read ${pdf}: a PDF: copy its text into a .txt file`);
    expect(r.out).toContain('检查了 1 个文件');
    expect(r.code).toBe(2);
  });

  it('a zip that is no Word document is reported, not read as text', () => {
    const dir = tmpDir();
    const file = path.join(dir, '附件.docx');
    fs.writeFileSync(file, zip({ 'xl/workbook.xml': '<workbook/>' }, false));
    const r = cli('check', file);
    expect(r.err).toContain('not a Word document (no word/document.xml)');
    expect(r.code).toBe(2);
  });

  it('never throws on a damaged archive', () => {
    const good = zip({ 'word/document.xml': DOCUMENT }, true);
    for (const cut of [4, 30, 100, good.length - 30, good.length - 10]) {
      const dir = tmpDir();
      const file = path.join(dir, 'x.docx');
      fs.writeFileSync(file, good.subarray(0, cut));
      const r = cli('check', file);
      expect([0, 1, 2]).toContain(r.code);
    }
  });
});

describe('Word list instances', () => {
  const numbering = (restart: boolean) =>
    NUMBERING.replace(
      '</w:numbering>',
      `<w:num w:numId="3"><w:abstractNumId w:val="1"/>${restart ? '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' : ''}</w:num></w:numbering>`,
    );
  const body = `<w:document ${W}><w:body>${listed(2, 0, '甲')}${listed(2, 0, '乙')}${listed(3, 0, '丙')}</w:body></w:document>`;

  it('a second list of the same definition numbers on, as Word shows it', () => {
    expect(readDocx(zip({ 'word/document.xml': body, 'word/numbering.xml': numbering(false) }, true)).split('\n')).toEqual(['1.\t甲', '2.\t乙', '3.\t丙']);
  });

  it('one that Word restarts (a start override) counts from its start', () => {
    expect(readDocx(zip({ 'word/document.xml': body, 'word/numbering.xml': numbering(true) }, true)).split('\n')).toEqual(['1.\t甲', '2.\t乙', '1.\t丙']);
  });
});

describe('numbering by paragraph style', () => {
  const STYLES = `<w:styles ${W}>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TaskItem"><w:name w:val="任务"/><w:basedOn w:val="TaskBase"/></w:style>
<w:style w:type="paragraph" w:styleId="TaskBase"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
</w:styles>`;
  const styled = (style: string, text: string, extra = '') => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra}</w:pPr>${run_(text)}</w:p>`;

  it('numbers a paragraph its style (or the style it is based on) numbers, unless the paragraph says none', () => {
    const xml = `<w:document ${W}><w:body>${styled('Heading1', '稳住经济大盘')}${styled('TaskItem', '甲')}${styled('TaskItem', '乙')}${styled('TaskItem', '说明', '<w:numPr><w:numId w:val="0"/></w:numPr>')}${styled('Heading1', '保障改善民生')}${styled('TaskItem', '丙')}</w:body></w:document>`;
    const text = readDocx(zip({ 'word/document.xml': xml, 'word/numbering.xml': NUMBERING, 'word/styles.xml': STYLES }, true));
    expect(text.split('\n')).toEqual(['一、稳住经济大盘', '1.\t甲', '2.\t乙', '说明', '二、保障改善民生', '3.\t丙']);
  });
});
