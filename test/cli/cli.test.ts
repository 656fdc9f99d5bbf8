import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import { run } from '../../server/src/cli/main';
import { readSeed, SEED, SEEDS_DIR } from '../helpers/seeds';

/** Runs the CLI in-process and captures what it prints. */
function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

const seed = (name: string) => path.join(SEEDS_DIR, name);

/** Temporary folders this file made, removed when it ends. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengong-cli-'));
  made.push(dir);
  return dir;
}

describe('fengong check --format json (the DOMAIN.md contract)', () => {
  it('lists exactly the genuine defects of the seeds and exits 1 (they include errors)', () => {
    const r = cli('check', '--format', 'json', SEEDS_DIR);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    const summary = json.files.map((f: { path: string; kind: string; diagnostics: { rule: string; range: { start: { line: number } } }[] }) => [
      path.basename(f.path),
      f.kind,
      f.diagnostics.map((d) => `${d.rule}@${d.range.start.line}`),
    ]);
    expect(summary).toEqual([
      [SEED.daxing2023, 'plan', []],
      [SEED.caidian2023, 'plan', []],
      [SEED.daxingReport, 'other', []],
      [SEED.jiangxia2023, 'plan', ['field-separator@96', 'missing-lead@175', 'missing-lead@179', 'missing-lead@181']],
      [SEED.yanqingReport, 'other', []],
    ]);
    const d = json.files[3].diagnostics[0];
    expect(Object.keys(d)).toEqual(['rule', 'severity', 'message', 'range']);
    // The `,` between the fields of task 71, in UTF-16 code units.
    expect(d.range).toEqual({ start: { line: 96, character: 27 }, end: { line: 96, character: 28 } });
  });

  it('exits 0 on a clean plan', () => {
    expect(cli('check', '--format', 'json', seed(SEED.daxing2023)).code).toBe(0);
  });

  it('reports an unreadable file, still checks the rest, and exits 2', () => {
    const r = cli('check', '--format', 'json', '/nonexistent/draft.txt', seed(SEED.jiangxia2023));
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot read /nonexistent/draft.txt');
    expect(JSON.parse(r.out).files).toHaveLength(1);
  });

  it('exits 2 on bad usage with a message', () => {
    expect(cli('check').code).toBe(2);
    expect(cli('check', '--format', 'xml', SEEDS_DIR).err).toContain('unknown format "xml"');
    expect(cli('frobnicate').err).toContain('unknown command');
    expect(cli('check', '--rule', 'no-such-rule', SEEDS_DIR).err).toContain('unknown rule "no-such-rule"');
  });

  it('a damaged copy is reported at the damaged line', () => {
    const dir = tmpDir();
    // Task 12 renumbered 13 in seed 000: 13 now appears twice.
    const text = readSeed(SEED.daxing2023).replace('\n  12.严格实施', '\n  13.严格实施');
    fs.writeFileSync(path.join(dir, 'draft.txt'), text);
    const r = cli('check', '--format', 'json', dir);
    const line = text.split('\n').findIndex((l) => l.startsWith('  13.严格实施'));
    expect(JSON.parse(r.out).files[0].diagnostics.map((d: { rule: string; range: { start: { line: number } } }) => [d.rule, d.range.start.line])).toEqual([
      ['numbering-duplicate', line],
    ]);
  });

  it('an invalid configuration file is named with its key, and exits 2', () => {
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, '.fengong'));
    fs.writeFileSync(path.join(dir, '.fengong', 'config.json'), JSON.stringify({ rules: { 'numbering-gap': 'loud' } }));
    fs.copyFileSync(seed(SEED.daxing2023), path.join(dir, 'plan.txt'));
    const r = cli('check', '--format', 'json', dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(path.join(dir, '.fengong', 'config.json'));
    expect(r.err).toContain('numbering-gap');
    // The rest still works: the file was checked.
    expect(JSON.parse(r.out).files).toHaveLength(1);
  });
});

describe('fengong check --format text', () => {
  it('prints file:line:col, severity, rule, message and a marker under the range', () => {
    const r = cli('check', '--locale', 'en', '--no-color', seed(SEED.jiangxia2023));
    const lines = r.out.split('\n');
    const i = lines.findIndex((l) => l.includes('[field-separator]'));
    expect(lines[i]).toMatch(/^.*003_e6966e7ac26a54e2\.txt:97:28: warning \[field-separator\] /);
    expect(lines[i + 1]).toContain('71.启动农田宜机化改造试点');
    // Marker under the comma: CJK characters take two columns.
    const caret = lines[i + 2].indexOf('^');
    const shown = lines[i + 1];
    const comma = shown.indexOf('区农业农村局,') + '区农业农村局'.length;
    const cols = [...shown.slice(0, comma)].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    expect(caret).toBe(cols);
    expect(lines[lines.length - 2]).toMatch(/1 file\(s\) checked: 3 error\(s\), 1 warning\(s\)/);
  });
});

describe('fengong check --format text on a Traditional-script copy', () => {
  it('quotes the line as the file writes it, not as read in Simplified (呼包银榆 2013 mirror)', () => {
    const file = path.join(tmpDir(), 'plan.txt');
    const skipped = '(三)全國節水型社會建設示範區。嚴格控制用水總量。(牽頭單位:自治區水利廳;配合單位:自治區發展改革委)';
    fs.writeFileSync(file, [
      '《呼包銀榆經濟區發展規劃(2012—2020年)》重點工作分工方案',
      '一、加快基礎設施建設',
      '(一)推進能源基地建設。有序開發煤炭資源。(牽頭單位:自治區能源開發局;配合單位:自治區發展改革委)',
      skipped,
      '',
    ].join('\n'));
    const r = cli('check', '--locale', 'en', '--no-color', file);
    const lines = r.out.split('\n');
    const i = lines.findIndex((l) => l.includes('[numbering-gap]'));
    expect(lines[i]).toMatch(/plan\.txt:4:1: error \[numbering-gap\] /);
    expect(lines[i + 1].trim()).toBe(skipped);
  });
});

describe('fengong check --format sarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(
      fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
    );
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const sarif = JSON.parse(cli('check', '--format', 'sarif', SEEDS_DIR).out);
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual(
      ['field-separator', 'missing-lead', 'missing-lead', 'missing-lead'],
    );
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: 97, startColumn: 28 });
  });
});

describe('fengong parse --format json', () => {
  it('prints the contract fields with expanded unit lists and ISO dates', () => {
    const j = JSON.parse(cli('parse', '--format', 'json', seed(SEED.daxing2023)).out);
    expect(j).toMatchObject({ kind: 'plan', statedTotal: 121, issueDate: '2023-03-03' });
    expect(j.tasks).toHaveLength(121);
    expect(j.tasks[10]).toMatchObject({
      number: 11,
      section: ['紧扣现代化产业体系建设,全力推动产业集群发展壮大'],
      leaders: ['石银峰', '蔡小军'],
      leadUnits: ['区经济和信息化局', '黄村镇人民政府', '兴创公司'],
      units: [],
      deadline: { text: '2023年12月31日', date: '2023-12-31' },
    });
    const j3 = JSON.parse(cli('parse', seed(SEED.jiangxia2023)).out);
    expect(j3.tasks[0].units).toEqual(['区科经局', '区商务局', '郑店街道办事处', '五里界街道办事处', '江夏经济开发区管委会']);
    expect(j3.tasks[0].section).toEqual([
      '重点工作(共135项)',
      '坚持把产业作为高质量发展的关键支撑,推动经济提质增量,在新征程上加快“富强江夏”起势成势。',
      '推动主导产业强链集群',
    ]);
  });

  it('lists every 完成时限 a task states: a second line of work under a merged 序号 has its own (大竹县 2016, hunt d4)', () => {
    const file = path.join(tmpDir(), 'rows.txt');
    fs.writeFileSync(file, ['2016年民生实事目标任务分解表', '', '序号', '民生实事', '责任单位', '完成时限', '1', '开工建设县老年养护楼。', '县民政局', '5月底前动工', '开工建设老年大学。', '12月底前', '2', '迁建县政务服务中心。', '县政务服务中心', '12月底前'].join('\n'));
    const j = JSON.parse(cli('parse', file).out);
    expect(j.tasks.map((t: { deadline: { text: string }; deadlines: { text: string; date: string }[] }) => [t.deadline.text, t.deadlines.map((d) => `${d.text}=${d.date}`)])).toEqual([
      ['5月底前动工', ['5月底前动工=2016-05-31', '12月底前=2016-12-31']],
      ['12月底前', ['12月底前=2016-12-31']],
    ]);
  });

  it('a task\'s sub-items with no fields of their own are listed under it (运城 2017 规划责任分解)', () => {
    const file = path.join(tmpDir(), 'plan.txt');
    fs.writeFileSync(file, [
      '运城市突发事件应急体系建设“十三五”规划责任分解',
      '(一)“一案三制”建设',
      '1.完善应急预案体系',
      '(1)加强应急预案管理,规范应急预案编制、审批、发布、备案、修订和评估工作。',
      '(2)推进政府及其部门应急预案“精编化”,及时修订完善现有应急预案。',
      '(责任单位:市直各有关单位、各开发区管委会)',
      '2.健全应急管理体制。(责任单位:各县(市、区)人民政府)',
      '',
    ].join('\n'));
    const j = JSON.parse(cli('parse', file).out);
    expect(j.tasks.map((t: { number: number; units: string[]; subItems: unknown[] }) => [t.number, t.units, t.subItems])).toEqual([
      [1, ['市直各有关单位', '各开发区管委会'], [
        { number: 1, marker: '(1)', line: 3, text: '加强应急预案管理,规范应急预案编制、审批、发布、备案、修订和评估工作。' },
        { number: 2, marker: '(2)', line: 4, text: '推进政府及其部门应急预案“精编化”,及时修订完善现有应急预案。' },
      ]],
      [2, ['各县(市、区)人民政府'], []],
    ]);
  });

  it('a plan printed without a title line of its own is titled by its notice, never "" (河南 2023, 豫政〔2023〕5号)', () => {
    const file = path.join(tmpDir(), 'plan.txt');
    fs.writeFileSync(file, [
      '河南省人民政府关于印发2023年河南省重点工作责任分工的通知',
      '各省辖市人民政府，省人民政府各部门：',
      '一、加快提振市场信心',
      '1.落实好提振市场信心90条措施。（省发展改革委牵头，省商务厅、财政厅按职责分工负责）',
      '2.激活房地产市场。（省住房城乡建设厅牵头，省财政厅按职责分工负责）',
      '',
    ].join('\n'));
    const j = JSON.parse(cli('parse', file).out);
    expect([j.kind, j.tasks.length, j.title]).toEqual(['plan', 2, '河南省人民政府关于印发2023年河南省重点工作责任分工的通知']);
  });

  it('prose reports have no tasks', () => {
    for (const name of [SEED.daxingReport, SEED.yanqingReport]) {
      const j = JSON.parse(cli('parse', seed(name)).out);
      expect([j.kind, j.tasks.length]).toEqual(['other', 0]);
    }
  });
});

describe('fengong registry', () => {
  it('creates a registry from a plan that then recognises its units', () => {
    const dir = tmpDir();
    const out = path.join(dir, '.fengong', 'units.json');
    expect(cli('registry', '--out', out, seed(SEED.jiangxia2023)).code).toBe(0);
    const reg = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(JSON.stringify(reg)).toContain('区科经局');
    fs.copyFileSync(seed(SEED.jiangxia2023), path.join(dir, 'plan.txt'));
    const r = cli('check', '--format', 'json', dir);
    const rules = JSON.parse(r.out).files[0].diagnostics.map((d: { rule: string }) => d.rule);
    expect(rules.filter((x: string) => x === 'unknown-unit')).toEqual([]);
  });
});

describe('the bundled bin', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.resolve(__dirname, '../../dist/cli.js'))) spawnSync('node', ['scripts/build.mjs'], { cwd: path.resolve(__dirname, '../..') });
  });
  it('runs as a process with the contract exit codes', () => {
    const bin = path.resolve(__dirname, '../../dist/cli.js');
    const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', seed(SEED.jiangxia2023)], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).files[0].diagnostics).toHaveLength(4);
    expect(spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(spawnSync(process.execPath, [bin], { encoding: 'utf8' }).status).toBe(2);
  });
  it('stops quietly when its reader does (`fengong parse … | head`): no EPIPE stack trace', () => {
    const bin = path.resolve(__dirname, '../../dist/cli.js');
    // Far more output than a pipe buffers (a plan of 2,800 tasks), so that writes are still under way when `head` exits.
    const big = path.join(tmpDir(), 'big.txt');
    fs.writeFileSync(big, readSeed(SEED.jiangxia2023).repeat(20));
    const r = spawnSync('bash', ['-c', '"$0" "$1" parse --format json "$2" | head -c 100 > /dev/null; exit "${PIPESTATUS[0]}"', process.execPath, bin, big], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
