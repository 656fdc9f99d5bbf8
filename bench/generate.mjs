// Synthetic 分工方案 plans in the three seed layouts, for benchmarks and robustness tests.
//
//   node bench/generate.mjs            writes bench/fixtures/{own-line,paren-line,inline}-{100,1000,10000,50000}.txt,
//                                      box-{100,1000,10000}.txt (a w3m box table), and the 300-task plans the
//                                      LSP benchmark opens
//   import { generatePlan } from './generate.mjs'
//
// The vocabulary (task sentences, unit lists, leaders, chapter and group titles, deadlines) is read from
// the seeds, so text lengths and unit lists are realistic; the structure is regular and valid, so a
// correct linter reports (almost) nothing and the benchmark measures the normal path, not error paths.
// Deterministic: the same (layout, tasks, seed) always gives the same text.
import { readFileSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..');
export const SEEDS_DIR = join(ROOT, 'seeds');
export const FIXTURES_DIR = join(here, 'fixtures');
export const LAYOUTS = ['own-line', 'paren-line', 'inline'];
export const SIZES = [100, 1000, 10000, 50000];
/** A fourth layout beside the seeds' three: the plan as a web page's table dumped by w3m (`generateBoxTable`). */
export const BOX = 'box';
export const BOX_SIZES = [100, 1000, 10000];

const seedText = (prefix) => {
  const f = readdirSync(SEEDS_DIR).find((n) => n.startsWith(prefix));
  return readFileSync(join(SEEDS_DIR, f), 'utf8').replace(/^\uFEFF/, '');
};

/** Vocabulary drawn from seeds 000, 001 and 003. */
function loadVocabulary() {
  const s000 = seedText('000');
  const s001 = seedText('001');
  const s003 = seedText('003');
  const lines = [s000, s001, s003].flatMap((t) => t.split(/\r\n|\r|\n/).map((l) => l.trim()));
  const tasks = new Set();
  const unitLists = new Set();
  const leadUnits = new Set();
  const chapters = new Set();
  const groups = new Set();
  const leaders = new Set();
  const deadlines = new Set(['2023年12月31日', '2023年6月底', '2023年底前', '第三季度', '长期坚持', '持续推进', '2023年11月30日']);
  const splitFields = (inner) => {
    for (const f of inner.split(/[;；]/)) {
      const m = /^(牵头单位|主要责任单位|责任单位)[:：](.+)$/.exec(f.trim());
      if (!m || /[:：]/.test(m[2])) continue;
      if (m[1] === '责任单位') unitLists.add(m[2]);
      else leadUnits.add(m[2]);
    }
  };
  for (const l of lines) {
    let m;
    if ((m = /^\d+[.．、]\s*(.+)$/.exec(l))) {
      let text = m[1];
      const at = text.search(/[(（](?:牵头单位|责任单位)[:：]/);
      if (at >= 0) {
        splitFields(text.slice(at + 1).replace(/[)）]\s*$/, ''));
        text = text.slice(0, at).trim();
      }
      if (text.length >= 8 && !text.includes('……')) tasks.add(text);
    } else if ((m = /^[(（]((?:牵头单位|责任单位)[:：].*)[)）]$/.exec(l))) {
      splitFields(m[1]);
    } else if ((m = /^主要责任单位[:：](.+)$/.exec(l))) {
      leadUnits.add(m[1]);
    } else if ((m = /^牵头领导[:：](.+)$/.exec(l))) {
      leaders.add(m[1]);
    } else if ((m = /^完成时限[:：](.+)$/.exec(l))) {
      deadlines.add(m[1]);
    } else if ((m = /^[(（][一二三四五六七八九十]+[)）](.{6,})$/.exec(l))) {
      if (!/[:：]/.test(m[1])) chapters.add(m[1]);
    } else if ((m = /^——(.+?)[(（]总牵头单位[:：](.+)[)）]$/.exec(l))) {
      groups.add(m[1]);
      leadUnits.add(m[2]);
    }
  }
  // 001's unnumbered group headings: short lines directly before a task line.
  const l001 = s001.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  for (let i = 0; i + 1 < l001.length; i++) {
    if (/^\d+[.．]/.test(l001[i + 1]) && /^[\u4e00-\u9fff]{4,16}$/.test(l001[i])) groups.add(l001[i]);
  }
  const arr = (s) => [...s];
  // Clauses of the task sentences, to compose distinct texts (a real plan has no duplicate tasks).
  const clauses = new Set();
  for (const t of tasks)
    for (const c of t.split(/[,，;；。]/)) if (c.length >= 6 && !/[“”《》()（）]/.test(c)) clauses.add(c);
  return {
    tasks: arr(tasks),
    clauses: arr(clauses),
    unitLists: arr(unitLists),
    leadUnits: arr(leadUnits),
    chapters: arr(chapters),
    groups: arr(groups),
    leaders: arr(leaders),
    deadlines: arr(deadlines),
  };
}

let vocab;
export function vocabulary() {
  return (vocab ??= loadVocabulary());
}

/** mulberry32: small, fast, deterministic. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIGITS = '零一二三四五六七八九';
/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五, 2345 → 二千三百四十五. */
export function chineseNumeral(n) {
  if (n < 10) return DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  const units = ['', '十', '百', '千', '万'];
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const u = units[ds.length - 1 - i];
    if (d === 0) zero = true;
    else {
      if (zero && out) out += '零';
      zero = false;
      out += DIGITS[d] + u;
    }
  });
  return out;
}

/**
 * One synthetic plan.
 * @param {{layout: 'own-line'|'paren-line'|'inline', tasks: number, seed?: number, eol?: string}} o
 */
export function generatePlan({ layout, tasks, seed = 1, eol = '\n' }) {
  const v = vocabulary();
  const r = rng(seed * 7919 + tasks);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const out = [];
  const push = (l) => out.push(l);
  const planTitle = '2023年区政府工作报告重点工作分工方案';
  const tasksPerChapter = 40 + Math.floor(r() * 20);
  const chaptersPerPart = 6;
  const tasksPerGroup = 5 + Math.floor(r() * 5);

  // Notice, as the seeds write it.
  if (layout === 'own-line') {
    push('  • 索引号:11N000/ZK-2023-000021');
    push('  • 发文单位:区政府办');
    push(`  • 信息名称:关于印发《${planTitle}》的通知`);
    push('  • 发文序号:京兴政办发〔2023〕1 号');
    push('  • 成文日期:2023年3月3日');
    push('  • 发布日期:2023年3月9日');
    push('');
  }
  push(`关于印发《${planTitle}》的通知`);
  push('');
  push('  各镇人民政府,区政府各委、办、局(公司)、中心,各街道办事处:');
  push('');
  push(`  《${planTitle}》已经区政府常务会审议通过,现印发给你们,请认真贯彻落实。`);
  push('');
  push('  区人民政府办公室');
  push('');
  push('  2023年3月3日');
  push('');
  push(layout === 'own-line' ? `  ${planTitle}(共计${tasks}项)` : planTitle);
  push('');

  // Numbering restarts in each part (as 003's part 三 does) so that numbers stay small at every size:
  // the parser reads at most four digits as a task number, and a real plan never has 10,000 tasks.
  // The structure is then the same at 100 and at 50,000 tasks, which keeps the growth ratios honest.
  let n = 0;
  let part = 0;
  while (n < tasks) {
    part++;
    const partStart = n;
    const chapters = layout === 'own-line' ? 1 : chaptersPerPart;
    const inChapter = layout === 'own-line' ? tasksPerChapter * 2 : tasksPerChapter;
    const inPart = Math.min(tasks - n, chapters * inChapter);
    // 003 states a count on its part of tasks; 000 states the total in the plan title.
    const partTitle = layout === 'inline' ? `重点工作(共${inPart}项)` : pick(v.chapters);
    push(`${layout === 'own-line' ? '  ' : ''}${chineseNumeral(part)}、${partTitle}`);
    push('');
    for (let ch = 1; ch <= chapters && n < tasks; ch++) {
      if (layout !== 'own-line') push(`(${chineseNumeral(ch)})${pick(v.chapters)}`);
      for (let t = 0; t < inChapter && n < tasks; t++) {
        if (layout !== 'own-line' && t % tasksPerGroup === 0) {
          if (layout === 'inline') push(`——${pick(v.groups)}(总牵头单位:${pick(v.leadUnits)})`);
          else push(pick(v.groups));
        }
        n++;
        const num = n - partStart;
        // 2–4 clauses from different seed tasks: realistic length and wording, distinct texts.
        const k = 2 + Math.floor(r() * 3);
        let text = '';
        for (let c = 0; c < k; c++) {
          let clause = pick(v.clauses);
          // The parser does not yet take `81.2023年…` as task 81 (reported); keep the fixtures about speed.
          while (c === 0 && /^\d/.test(clause)) clause = pick(v.clauses);
          text += (c ? (c === k - 1 && r() < 0.3 ? ';' : ',') : '') + clause;
        }
        text += '。';
        const lead = pick(v.leadUnits);
        const units = pick(v.unitLists);
        if (layout === 'own-line') {
          push(`  ${num}.${text}`);
          push('');
          push(`  牵头领导:${pick(v.leaders)}`);
          push('');
          push(`  主要责任单位:${lead}`);
          push('');
          push(`  完成时限:${pick(v.deadlines)}`);
          push('');
        } else {
          const fields = `(牵头单位:${lead};责任单位:${units})`;
          if (layout === 'paren-line') {
            push(`${num}. ${text}`);
            push(fields);
          } else {
            push(`${num}.${text}${fields}`);
          }
        }
      }
    }
  }
  push('');
  return out.join(eol);
}

/** The columns a character takes when printed (as w3m counts them): two for CJK and full-width forms. */
function width(s) {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

/** `text` wrapped into lines of at most `w` columns, each padded with spaces to `w` (as w3m fills a cell). */
function wrapCell(text, w) {
  const out = [];
  let line = '';
  for (const ch of text) {
    if (width(line + ch) > w) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  if (line || !out.length) out.push(line);
  return out.map((l) => l + ' '.repeat(w - width(l)));
}

/**
 * The plan as \`w3m -dump\` prints a web page's table of it: a box drawn with rules and bars, each cell's
 * words wrapped to its column and centred over the row's lines, a part's heading a row across the table.
 * A keystroke in such a file (a correction inside one cell) is what the bordered-table benchmark makes.
 */
export function generateBoxTable({ tasks, seed = 1, eol = '\n' }) {
  const v = vocabulary();
  const r = rng(seed * 7919 + tasks + 31);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const widths = [3, 30, 5, 11, 4];
  const inner = widths.reduce((a, b) => a + b, 0) + widths.length - 1;
  const rule = (l, m, rr, across = false) => l + (across ? '─'.repeat(inner) : widths.map((w) => '─'.repeat(w)).join(m)) + rr;
  const rows = (cells) => {
    const wrapped = cells.map((c, k) => wrapCell(c, widths[k]));
    const h = Math.max(...wrapped.map((c) => c.length));
    const out = [];
    for (let i = 0; i < h; i++) {
      out.push('│' + wrapped.map((c, k) => {
        const top = (h - c.length) >> 1;
        return c[i - top] ?? ' '.repeat(widths[k]);
      }).join('│') + '│');
    }
    return out;
  };
  const out = [];
  const planTitle = '2023年区政府工作报告重点工作分工方案';
  out.push(`关于印发《${planTitle}》的通知`, '', '各镇人民政府,区政府各委、办、局(公司)、中心,各街道办事处:', '');
  out.push(`  《${planTitle}》已经区政府常务会审议通过,现印发给你们,请认真贯彻落实。`, '', '区人民政府办公室', '', '2023年3月3日', '');
  out.push(`${planTitle}(共计${tasks}项)`, '');
  out.push(rule('┌', '┬', '┐'));
  out.push(...rows(['序号', '        工作任务', '牵头领导', '主要责任单位', '完成时限']));
  const perPart = 40 + Math.floor(r() * 20);
  let n = 0;
  let part = 0;
  while (n < tasks) {
    part++;
    out.push(rule('├', '┴', '┤'));
    const heading = `${chineseNumeral(part)}、${pick(v.chapters)}`;
    for (const l of wrapCell(heading, inner)) out.push('│' + l + '│');
    out.push(rule('├', '┬', '┤'));
    for (let t = 0; t < perPart && n < tasks; t++) {
      if (t) out.push(rule('├', '┼', '┤'));
      n++;
      const k = 2 + Math.floor(r() * 3);
      let text = '';
      for (let c = 0; c < k; c++) {
        let clause = pick(v.clauses);
        while (c === 0 && /^\d/.test(clause)) clause = pick(v.clauses);
        text += (c ? ',' : '') + clause;
      }
      out.push(...rows([String(n), text + '。', pick(v.leaders), pick(v.leadUnits), pick(v.deadlines)]));
    }
  }
  out.push(rule('└', '┴', '┘'), '');
  return out.join(eol);
}

export function fixturePath(layout, tasks, seed = 1) {
  return join(FIXTURES_DIR, `${layout}-${tasks}${seed === 1 ? '' : `-s${seed}`}.txt`);
}

/** Writes every fixture the benchmark needs (skips none: generation is fast). */
export function writeFixtures({ sizes = SIZES, extra = [300] } = {}) {
  mkdirSync(FIXTURES_DIR, { recursive: true });
  const written = [];
  for (const layout of LAYOUTS) {
    for (const tasks of [...sizes, ...extra]) {
      const p = fixturePath(layout, tasks);
      writeFileSync(p, generatePlan({ layout, tasks }));
      written.push(p);
    }
  }
  for (const tasks of [...sizes.filter((n) => BOX_SIZES.includes(n)), ...extra]) {
    const p = fixturePath(BOX, tasks);
    writeFileSync(p, generateBoxTable({ tasks }));
    written.push(p);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = writeFixtures();
  for (const f of files) {
    const size = readFileSync(f).length;
    console.log(`${f.replace(ROOT + '/', '')}\t${(size / 1024).toFixed(0)} KiB`);
  }
}
