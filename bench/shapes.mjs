// Degenerate input shapes: hostile sizes of one thing each (distinct names, label spam, open brackets, repeated
// headers…), each { base, desc, gen(n) → text }, run at base, 2·base, 4·base, 8·base by cliffs.mjs (cliff hunt, 2026-11-23).
import { generatePlan, generateBoxTable, vocabulary, rng, chineseNumeral } from './generate.mjs';

const v = vocabulary();
const R = (seed) => {
  const r = rng(seed);
  return { r, pick: (a) => a[Math.floor(r() * a.length)] };
};
const HEAD = [
  '关于印发《2023年区政府工作报告重点工作分工方案》的通知',
  '',
  '各镇人民政府,区政府各委、办、局(公司)、中心,各街道办事处:',
  '',
  '《2023年区政府工作报告重点工作分工方案》已经区政府常务会审议通过,现印发给你们,请认真贯彻落实。',
  '',
  '区人民政府办公室',
  '',
  '2023年3月3日',
  '',
];
const TITLE = '2023年区政府工作报告重点工作分工方案';
const CJK = '发展改革财政教育卫生交通水务农业城管商务文旅科技民政司法应急规划自然资源生态环境住建市场监管统计审计信访金融体育人社退役';
/** A distinct, pronounceable unit name for index i: 区 + 2–4 CJK chars (base-N digits) + 局. */
function unitName(i) {
  let s = '';
  let k = i + CJK.length; // at least 2 chars
  while (k > 0) {
    s += CJK[k % CJK.length];
    k = Math.floor(k / CJK.length);
  }
  return `区${s}局`;
}
const clauseText = (pick, k = 3) => {
  let t = '';
  for (let c = 0; c < k; c++) {
    let cl = pick(v.clauses);
    while (c === 0 && /^\d/.test(cl)) cl = pick(v.clauses);
    t += (c ? ',' : '') + cl;
  }
  return t + '。';
};
const inlineTask = (num, pick, lead, units) =>
  `${num}.${clauseText(pick)}(牵头单位:${lead ?? pick(v.leadUnits)};责任单位:${units ?? pick(v.unitLists)};完成时限:${pick(v.deadlines)})`;

export const SHAPES = {
  // ---- realistic layouts (bench), for reference
  'own-line': { base: 1250, desc: 'bench own-line plan, N tasks', gen: (n) => generatePlan({ layout: 'own-line', tasks: n }) },
  'paren-line': { base: 1250, desc: 'bench paren-line plan, N tasks', gen: (n) => generatePlan({ layout: 'paren-line', tasks: n }) },
  inline: { base: 1250, desc: 'bench inline plan, N tasks', gen: (n) => generatePlan({ layout: 'inline', tasks: n }) },
  box: { base: 1250, desc: 'bench w3m box table, N tasks', gen: (n) => generateBoxTable({ tasks: n }) },
  'mixed-eol': {
    base: 1250,
    desc: 'paren-line plan, N tasks, lines alternately CRLF / LF',
    gen: (n) => generatePlan({ layout: 'paren-line', tasks: n }).split('\n').map((l, i) => l + (i % 2 ? '\n' : '\r\n')).join(''),
  },
  'cr-only': { base: 1250, desc: 'paren-line plan, CR line ends', gen: (n) => generatePlan({ layout: 'paren-line', tasks: n, eol: '\r' }) },
  // ---- tables
  'tab-table': {
    base: 1250,
    desc: 'tab table 序号/工作任务/牵头单位/配合单位/完成时限, N rows, one part row',
    gen: (n) => {
      const { pick } = R(11);
      const out = [...HEAD, TITLE, '', ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'].join('\t'), '一、重点工作\t\t\t\t'];
      for (let i = 1; i <= n; i++) out.push([i, clauseText(pick), pick(v.leadUnits), pick(v.unitLists), pick(v.deadlines)].join('\t'));
      return out.join('\n') + '\n';
    },
  },
  'tab-ragged': {
    base: 1250,
    desc: 'tab table, row i has (i mod 9)+1 cells',
    gen: (n) => {
      const { pick } = R(12);
      const out = [...HEAD, TITLE, '', ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'].join('\t')];
      for (let i = 1; i <= n; i++) {
        const cells = [String(i), clauseText(pick), pick(v.leadUnits), pick(v.unitLists), pick(v.deadlines)];
        const k = (i % 9) + 1;
        while (cells.length < k) cells.push(pick(v.leadUnits));
        out.push(cells.slice(0, k).join('\t'));
      }
      return out.join('\n') + '\n';
    },
  },
  'cell-per-line': {
    base: 1250,
    desc: 'cell-per-line table, N rows (5 lines each)',
    gen: (n) => {
      const { pick } = R(13);
      const out = [...HEAD, TITLE, '', '序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
      for (let i = 1; i <= n; i++) out.push(String(i), clauseText(pick), pick(v.leadUnits), pick(v.unitLists), pick(v.deadlines));
      return out.join('\n') + '\n';
    },
  },
  'pipe-cells': {
    base: 1250,
    desc: 'cell-per-line table with " |" after each cell, N rows',
    gen: (n) => {
      const { pick } = R(14);
      const out = [TITLE, '序号 |', '重点工作 |', '责任领导 |', '责任单位 |', '完成时限 |'];
      for (let i = 1; i <= n; i++) out.push(`${i} |`, clauseText(pick) + ' |', pick(v.leaders) + ' |', pick(v.leadUnits) + ' |', pick(v.deadlines) + ' |');
      return out.join('\n') + '\n';
    },
  },
  'wide-table': {
    base: 625,
    desc: 'tab table with N columns (header + 20 rows of N cells)',
    gen: (n) => {
      const { pick } = R(15);
      const hdr = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
      for (let c = 5; c < n; c++) hdr.push(`备注${c}`);
      const out = [...HEAD, TITLE, '', hdr.join('\t')];
      for (let i = 1; i <= 20; i++) {
        const cells = [String(i), clauseText(pick), pick(v.leadUnits), pick(v.unitLists), pick(v.deadlines)];
        for (let c = 5; c < n; c++) cells.push(pick(v.leadUnits));
        out.push(cells.join('\t'));
      }
      return out.join('\n') + '\n';
    },
  },
  'wide-spaced': {
    base: 625,
    desc: 'space-separated table with N columns, 20 rows',
    gen: (n) => {
      const { pick } = R(16);
      const hdr = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
      for (let c = 5; c < n; c++) hdr.push(`备注${c}`);
      const out = [...HEAD, TITLE, '', hdr.join('   ')];
      for (let i = 1; i <= 20; i++) {
        const cells = [String(i), clauseText(pick), pick(v.leadUnits), pick(v.leadUnits), pick(v.deadlines)];
        for (let c = 5; c < n; c++) cells.push(pick(v.leadUnits));
        out.push(cells.join('   '));
      }
      return out.join('\n') + '\n';
    },
  },
  'pdf-layout': {
    base: 1250,
    desc: 'pdftotext -layout style table: wrapped text cells above/below number lines, N rows',
    gen: (n) => {
      const { pick } = R(17);
      const pad = (s, w) => s + ' '.repeat(Math.max(1, w - s.length * 2));
      const out = [TITLE, '', '   序号        工作任务                      责任领导     牵头单位            完成时限'];
      for (let i = 1; i <= n; i++) {
        const t = clauseText(pick, 2);
        out.push('          ' + t.slice(0, 14));
        out.push(pad(`   ${i}`, 10) + pad(t.slice(14, 28), 30) + pad(pick(v.leaders), 12) + pad(pick(v.leadUnits), 20) + pick(v.deadlines));
        out.push('          ' + t.slice(28, 42));
      }
      return out.join('\n') + '\n';
    },
  },
  'spaced-repeat-header': {
    base: 1250,
    desc: 'space-aligned table (cells parted by 3+ spaces), header line repeated every 10 rows, N rows',
    gen: (n) => {
      const { pick } = R(61);
      const hdr = '序号   工作任务                                  牵头单位          完成时限';
      const out = [TITLE, '', hdr];
      for (let i = 1; i <= n; i++) {
        if (i % 10 === 0) out.push('', hdr);
        out.push(`${String(i).padEnd(4)}   ${clauseText(pick, 1).slice(0, 20).padEnd(40, '　')}   ${pick(v.leadUnits).padEnd(10, '　')}   ${pick(v.deadlines)}`);
      }
      return out.join('\n') + '\n';
    },
  },
  'spaced-page-header': {
    base: 250,
    desc: 'as spaced-repeat-header, but a page of 40 rows: form feed + header every 40 rows',
    gen: (n) => {
      const { pick } = R(65);
      const hdr = '序号   工作任务                                  牵头单位          完成时限';
      const out = [TITLE, '', hdr];
      for (let i = 1; i <= n; i++) {
        if (i % 40 === 0) out.push('', '                     — ' + i / 40 + ' —', '\f' + hdr);
        out.push(`${String(i).padEnd(4)}   ${clauseText(pick, 1).slice(0, 20).padEnd(40, '　')}   ${pick(v.leadUnits).padEnd(10, '　')}   ${pick(v.deadlines)}`);
      }
      return out.join('\n') + '\n';
    },
  },
  'layout-repeat-header': {
    base: 1250,
    desc: 'pdftotext -layout table (wrapped cells), header repeated every 10 rows (a page), N rows',
    gen: (n) => {
      const { pick } = R(62);
      const pad = (s, w) => s + ' '.repeat(Math.max(2, w - s.length * 2));
      const hdr = '   序号        工作任务                      责任领导     牵头单位            完成时限';
      const out = [TITLE, '', hdr];
      for (let i = 1; i <= n; i++) {
        if (i % 10 === 0) out.push('\f' + hdr);
        const t = clauseText(pick, 2);
        out.push('          ' + t.slice(0, 14));
        out.push(pad(`   ${i}`, 10) + pad(t.slice(14, 28), 30) + pad(pick(v.leaders), 12) + pad(pick(v.leadUnits), 20) + pick(v.deadlines));
        out.push('          ' + t.slice(28, 42));
      }
      return out.join('\n') + '\n';
    },
  },
  'many-attachments': {
    base: 125,
    desc: 'notice listing N attachments, then N sections 附件k + plan title (共8项) + 8 tasks',
    gen: (n) => {
      const { pick } = R(63);
      const out = [`关于印发《${TITLE}》等${n}个方案的通知`, '', '各镇人民政府,区政府各部门:', '《…》已经区政府同意,现印发给你们,请认真抓好落实。', ''];
      for (let p = 1; p <= n; p++) out.push(`${p === 1 ? '附件：' : ''}${p}.${TITLE}${p}`);
      out.push('', '区人民政府办公室', '2023年3月3日', '');
      for (let p = 1; p <= n; p++) {
        out.push(`附件${p}`, '', `${TITLE}${p}（共8项）`, '', '一、重点工作');
        for (let i = 1; i <= 8; i++) out.push(inlineTask(i, pick));
        out.push('');
      }
      return out.join('\n') + '\n';
    },
  },
  'vertical-repeat-header': {
    base: 1250,
    desc: 'cell-per-line table whose 序号… header block repeats every 10 rows, N rows',
    gen: (n) => {
      const { pick } = R(64);
      const hdr = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
      const out = [TITLE, '', ...hdr];
      for (let i = 1; i <= n; i++) {
        if (i % 10 === 0) out.push(...hdr);
        out.push(String(i), clauseText(pick), pick(v.leadUnits), pick(v.unitLists), pick(v.deadlines));
      }
      return out.join('\n') + '\n';
    },
  },
  'numbered-header-lines': {
    base: 2500,
    desc: 'N lines "序号" each followed by two column names and prose (vertical-header false starts)',
    gen: (n) => {
      const out = [TITLE, ''];
      for (let i = 1; i <= n; i++) out.push('序号', '工作任务', '牵头单位', '这是一段说明文字。');
      return out.join('\n') + '\n';
    },
  },
  'bars-only': { base: 12500, desc: 'N lines of only │', gen: (n) => '│\n'.repeat(n) },
  'box-rows-only': {
    base: 12500,
    desc: 'N lines │x│y│ with no rules',
    gen: (n) => Array.from({ length: n }, (_, i) => `│${i % 7 === 0 ? i : ''}│工作任务${i}│区发改局│2023年底│`).join('\n'),
  },
  // ---- degenerate hierarchy / numbering
  'one-part': {
    base: 2500,
    desc: 'one part 一、, N tasks numbered 1..N continuously (inline fields)',
    gen: (n) => {
      const { pick } = R(21);
      const out = [...HEAD, TITLE, '', '一、重点工作'];
      for (let i = 1; i <= n; i++) out.push(inlineTask(i, pick));
      return out.join('\n') + '\n';
    },
  },
  'many-parts': {
    base: 2500,
    desc: 'N parts 一、…, each with one task 1.',
    gen: (n) => {
      const { pick } = R(22);
      const out = [...HEAD, TITLE, ''];
      for (let i = 1; i <= n; i++) out.push(`${chineseNumeral(i)}、${pick(v.chapters)}`, inlineTask(1, pick));
      return out.join('\n') + '\n';
    },
  },
  'many-chapters': {
    base: 2500,
    desc: 'one part, N chapters （一）…, each with one task 1.',
    gen: (n) => {
      const { pick } = R(23);
      const out = [...HEAD, TITLE, '', '一、重点工作'];
      for (let i = 1; i <= n; i++) out.push(`（${chineseNumeral(i)}）${pick(v.chapters)}`, inlineTask(1, pick));
      return out.join('\n') + '\n';
    },
  },
  'only-1dot': { base: 12500, desc: 'N lines of only "1."', gen: (n) => '1.\n'.repeat(n) },
  'only-1dot-plan': { base: 12500, desc: 'notice + title, then N lines of only "1."', gen: (n) => [...HEAD, TITLE, ''].join('\n') + '\n' + '1.\n'.repeat(n) },
  'restart-every-line': {
    base: 2500,
    desc: 'N tasks, each numbered 1. (inline fields)',
    gen: (n) => {
      const { pick } = R(24);
      const out = [...HEAD, TITLE, '', '一、重点工作'];
      for (let i = 1; i <= n; i++) out.push(inlineTask(1, pick));
      return out.join('\n') + '\n';
    },
  },
  'sawtooth': {
    base: 2500,
    desc: 'N tasks numbered 1,2,1,2,3,1,2,3,4,… (gaps/restarts everywhere)',
    gen: (n) => {
      const { pick } = R(25);
      const out = [...HEAD, TITLE, '', '一、重点工作'];
      let k = 1, top = 2;
      for (let i = 1; i <= n; i++) {
        out.push(inlineTask(k, pick));
        if (++k > top) { k = 1; top = (top % 20) + 2; }
      }
      return out.join('\n') + '\n';
    },
  },
  'descending': {
    base: 2500,
    desc: 'N tasks numbered N..1 (every one out of order)',
    gen: (n) => {
      const { pick } = R(26);
      const out = [...HEAD, TITLE, '', '一、重点工作'];
      for (let i = n; i >= 1; i--) out.push(inlineTask(i % 9999 || 1, pick));
      return out.join('\n') + '\n';
    },
  },
  'only-chapter-marks': { base: 12500, desc: 'N lines of （一）', gen: (n) => [...HEAD, TITLE, ''].join('\n') + '\n' + '（一）\n'.repeat(n) },
  'only-part-marks': { base: 12500, desc: 'N lines of 一、', gen: (n) => [...HEAD, TITLE, ''].join('\n') + '\n' + '一、\n'.repeat(n) },
  'sub-items': {
    base: 2500,
    desc: 'one task with N sub-items （1）…（N）',
    gen: (n) => {
      const { pick } = R(27);
      const out = [...HEAD, TITLE, '', '一、重点工作', inlineTask(1, pick)];
      for (let i = 1; i <= n; i++) out.push(`（${i}）${clauseText(pick, 2)}`);
      out.push(inlineTask(2, pick));
      return out.join('\n') + '\n';
    },
  },
  'group-headings': {
    base: 2500,
    desc: 'N short unnumbered heading lines, each followed by one task',
    gen: (n) => {
      const { pick } = R(28);
      const out = [...HEAD, TITLE, '', '一、重点工作'];
      for (let i = 1; i <= n; i++) out.push(pick(v.groups), inlineTask(i % 9000 + 1, pick));
      return out.join('\n') + '\n';
    },
  },
  'blank-gap': {
    base: 12500,
    desc: 'two tasks with N blank lines between',
    gen: (n) => {
      const { pick } = R(29);
      return [...HEAD, TITLE, '', '一、重点工作', inlineTask(1, pick)].join('\n') + '\n'.repeat(n) + inlineTask(2, pick) + '\n';
    },
  },
  'blank-gap-own-line': {
    base: 12500,
    desc: 'own-line task, N blank lines, then its field lines',
    gen: (n) => {
      const { pick } = R(30);
      return [...HEAD, TITLE, '', '一、重点工作', '1.' + clauseText(pick)].join('\n') + '\n'.repeat(n) + '牵头领导:张三\n主要责任单位:区发改局\n完成时限:2023年底\n2.' + clauseText(pick) + '\n';
    },
  },
  // ---- duplicates / units
  'dup-text': {
    base: 1250,
    desc: 'the same task text repeated N times',
    gen: (n) => {
      const { pick } = R(31);
      const t = clauseText(pick);
      const out = [...HEAD, TITLE, '', '一、重点工作'];
      for (let i = 1; i <= n; i++) out.push(`${((i - 1) % 9000) + 1}.${t}(牵头单位:区发改局;责任单位:区财政局)`);
      return out.join('\n') + '\n';
    },
  },
  'near-dup-text': {
    base: 1250,
    desc: 'N tasks, each the same long text with one char changed (near-duplicates)',
    gen: (n) => {
      const { pick } = R(32);
      const t = clauseText(pick, 4);
      const out = [...HEAD, TITLE, '', '一、重点工作'];
      for (let i = 1; i <= n; i++) {
        const p = i % t.length;
        out.push(`${((i - 1) % 9000) + 1}.${t.slice(0, p)}${CJK[i % CJK.length]}${t.slice(p + 1)}(牵头单位:区发改局;责任单位:区财政局)`);
      }
      return out.join('\n') + '\n';
    },
  },
  'distinct-units': {
    base: 1250,
    desc: 'N tasks, each lead unit a distinct name used once',
    gen: (n) => {
      const { pick } = R(33);
      const out = [...HEAD, TITLE, '', '一、重点工作'];
      for (let i = 1; i <= n; i++) out.push(inlineTask(((i - 1) % 9000) + 1, pick, unitName(i), '区财政局'));
      return out.join('\n') + '\n';
    },
  },
  'near-units': {
    base: 1250,
    desc: 'N tasks; lead unit is 区发改局 mostly, or a 1-edit misspelling variant each used once',
    gen: (n) => {
      const { pick } = R(34);
      const out = [...HEAD, TITLE, '', '一、重点工作'];
      for (let i = 1; i <= n; i++) {
        const u = i % 2 ? '区发展和改革委员会' : `区发展和改革${CJK[i % CJK.length]}${CJK[(i >> 5) % CJK.length]}员会`;
        out.push(inlineTask(((i - 1) % 9000) + 1, pick, u, unitName(i)));
      }
      return out.join('\n') + '\n';
    },
  },
  'unit-list': {
    base: 625,
    desc: 'one task whose 责任单位 lists N distinct units separated by 、',
    gen: (n) => {
      const { pick } = R(35);
      const us = Array.from({ length: n }, (_, i) => unitName(i)).join('、');
      return [...HEAD, TITLE, '', '一、重点工作', `1.${clauseText(pick)}(牵头单位:区发改局;责任单位:${us})`, inlineTask(2, pick)].join('\n') + '\n';
    },
  },
  'unit-list-suffix': {
    base: 625,
    desc: 'one 责任单位 list of N shared-suffix pieces 区A、B、C…局',
    gen: (n) => {
      const { pick } = R(36);
      const us = '区' + Array.from({ length: n }, (_, i) => unitName(i).slice(1, -1)).join('、') + '局';
      return [...HEAD, TITLE, '', '一、重点工作', `1.${clauseText(pick)}(牵头单位:区发改局;责任单位:${us})`, inlineTask(2, pick)].join('\n') + '\n';
    },
  },
  'unit-list-per-task': {
    base: 625,
    desc: 'N tasks, each listing 50 distinct units (names drawn from N·2)',
    gen: (n) => {
      const { pick, r } = R(37);
      const out = [...HEAD, TITLE, '', '一、重点工作'];
      for (let i = 1; i <= n; i++) {
        const us = Array.from({ length: 50 }, () => unitName(Math.floor(r() * n * 2))).join('、');
        out.push(inlineTask(((i - 1) % 9000) + 1, pick, unitName(i), us));
      }
      return out.join('\n') + '\n';
    },
  },
  'distinct-leaders': {
    base: 1250,
    desc: 'own-line plan, N tasks, each 牵头领导 a distinct name',
    gen: (n) => {
      const { pick } = R(38);
      const out = [...HEAD, `${TITLE}(共计${n}项)`, '', '一、重点工作'];
      for (let i = 1; i <= n; i++) out.push(`${((i - 1) % 9000) + 1}.${clauseText(pick)}`, `牵头领导:${unitName(i).slice(1, -1)}`, `主要责任单位:${pick(v.leadUnits)}`, `完成时限:${pick(v.deadlines)}`);
      return out.join('\n') + '\n';
    },
  },
  // ---- long things
  'long-task': {
    base: 12500,
    desc: 'one task whose text is N·8 CJK chars (≈ N·24 bytes) on one line',
    gen: (n) => {
      const { pick } = R(41);
      let t = '';
      while (t.length < n * 8) t += clauseText(pick);
      return [...HEAD, TITLE, '', '一、重点工作', `1.${t}(牵头单位:区发改局;责任单位:区财政局)`, inlineTask(2, pick)].join('\n') + '\n';
    },
  },
  'long-task-commas': {
    base: 12500,
    desc: 'one task of N·2 "区发改局," pieces (unit-like text, many separators)',
    gen: (n) => [...HEAD, TITLE, '', '一、重点工作', '1.' + '区发改局,'.repeat(n * 2) + '(牵头单位:区发改局)'].join('\n') + '\n',
  },
  'long-line-no-eol': { base: 125000, desc: 'a single line of N·4 CJK chars with no line break', gen: (n) => '发展改革'.repeat(n) },
  'long-wrapped-task': {
    base: 2500,
    desc: 'one task wrapped over N lines (continuation lines), then fields',
    gen: (n) => {
      const { pick } = R(42);
      const out = [...HEAD, TITLE, '', '一、重点工作', '1.' + clauseText(pick)];
      for (let i = 0; i < n; i++) out.push(clauseText(pick, 2));
      out.push('(牵头单位:区发改局;责任单位:区财政局)', inlineTask(2, pick));
      return out.join('\n') + '\n';
    },
  },
  'nested-open': {
    base: 12500,
    desc: 'one task with N nested （ then N ）',
    gen: (n) => [...HEAD, TITLE, '', '一、重点工作', `1.开展${'（'.repeat(n)}工作${'）'.repeat(n)}(牵头单位:区发改局)`, '2.推进工作(牵头单位:区财政局)'].join('\n') + '\n',
  },
  'nested-mixed': {
    base: 12500,
    desc: 'one task with N nested mixed brackets (（[【《 then closers',
    gen: (n) => {
      const o = '(（[【《〈', c = ')）]】》〉';
      let a = '', b = '';
      for (let i = 0; i < n; i++) { a += o[i % 6]; b = c[i % 6] + b; }
      return [...HEAD, TITLE, '', '一、重点工作', `1.开展${a}工作${b}(牵头单位:区发改局)`, '2.推进工作(牵头单位:区财政局)'].join('\n') + '\n';
    },
  },
  'unclosed-brackets': {
    base: 2500,
    desc: 'N tasks each with an unclosed （ in its text',
    gen: (n) => {
      const { pick } = R(43);
      const out = [...HEAD, TITLE, '', '一、重点工作'];
      for (let i = 1; i <= n; i++) out.push(`${((i - 1) % 9000) + 1}.（${clauseText(pick)}(牵头单位:区发改局;责任单位:区财政局`);
      return out.join('\n') + '\n';
    },
  },
  'open-paren-lines': { base: 12500, desc: 'N lines of only （', gen: (n) => [...HEAD, TITLE, '', '一、重点工作', '1.任务（牵头单位:区发改局'].join('\n') + '\n' + '（\n'.repeat(n) },
  'field-label-spam': {
    base: 2500,
    desc: 'one task followed by N own-line field lines 责任单位:X',
    gen: (n) => {
      const out = [...HEAD, TITLE, '', '一、重点工作', '1.推进工作。'];
      for (let i = 0; i < n; i++) out.push(`责任单位:${unitName(i)}`);
      out.push('2.推进工作。', '牵头单位:区发改局');
      return out.join('\n') + '\n';
    },
  },
  // ---- dates / counts / plans
  'many-dates-text': {
    base: 1250,
    desc: 'N tasks, each text containing 8 dates',
    gen: (n) => {
      const { pick } = R(51);
      const out = [...HEAD, TITLE, '', '一、重点工作'];
      for (let i = 1; i <= n; i++) {
        let t = '';
        for (let k = 0; k < 8; k++) t += `于2023年${(k % 12) + 1}月${(i % 28) + 1}日前完成,`;
        out.push(`${((i - 1) % 9000) + 1}.${t}(牵头单位:区发改局;完成时限:2023年${(i % 12) + 1}月底)`);
      }
      return out.join('\n') + '\n';
    },
  },
  'deadline-many-dates': {
    base: 1250,
    desc: 'one task whose 完成时限 lists N dates',
    gen: (n) => {
      const ds = Array.from({ length: n }, (_, i) => `2023年${(i % 12) + 1}月${(i % 28) + 1}日`).join('、');
      return [...HEAD, TITLE, '', '一、重点工作', `1.推进工作(牵头单位:区发改局;完成时限:${ds})`, '2.推进工作(牵头单位:区财政局;完成时限:2023年底)'].join('\n') + '\n';
    },
  },
  'dates-prose': { base: 12500, desc: 'notice body of N lines each a date', gen: (n) => [...HEAD.slice(0, 6)].join('\n') + '\n' + Array.from({ length: n }, (_, i) => `2023年${(i % 12) + 1}月${(i % 28) + 1}日`).join('\n') + '\n' },
  'many-counts': {
    base: 1250,
    desc: 'N chapters （X）标题（共1项） each with one task',
    gen: (n) => {
      const { pick } = R(52);
      const out = [...HEAD, `${TITLE}（共计${n}项）`, '', `一、重点工作（共${n}项）`];
      for (let i = 1; i <= n; i++) out.push(`（${chineseNumeral(i)}）${pick(v.chapters)}（共1项）`, inlineTask(1, pick));
      return out.join('\n') + '\n';
    },
  },
  'count-lines': { base: 12500, desc: 'N lines of 共N项 under a title', gen: (n) => [...HEAD, TITLE, ''].join('\n') + '\n' + Array.from({ length: n }, (_, i) => `共${i}项`).join('\n') + '\n' },
  'many-plans': {
    base: 125,
    desc: 'N plans in one file (title (共计8项) + 8 tasks each)',
    gen: (n) => {
      const { pick } = R(53);
      const out = [...HEAD];
      for (let p = 1; p <= n; p++) {
        out.push('', `${TITLE}（共计8项）`, '', '一、重点工作');
        for (let i = 1; i <= 8; i++) out.push(inlineTask(i, pick));
      }
      return out.join('\n') + '\n';
    },
  },
  'many-notices': {
    base: 125,
    desc: 'N full notices (head + plan of 8 tasks) concatenated',
    gen: (n) => {
      const { pick } = R(54);
      const out = [];
      for (let p = 1; p <= n; p++) {
        out.push(...HEAD, `${TITLE}（共计8项）`, '', '一、重点工作');
        for (let i = 1; i <= 8; i++) out.push(inlineTask(i, pick));
      }
      return out.join('\n') + '\n';
    },
  },
  'title-lines': { base: 2500, desc: 'N lines each a plan title', gen: (n) => Array(n).fill(`${TITLE}（共计8项）`).join('\n') + '\n' },
  'appendix-spam': {
    base: 2500,
    desc: 'plan of 10 tasks, then N lines 附表k + a 1.…… line',
    gen: (n) => {
      const { pick } = R(55);
      const out = [...HEAD, TITLE, '', '一、重点工作'];
      for (let i = 1; i <= 10; i++) out.push(inlineTask(i, pick));
      for (let i = 1; i <= n; i++) out.push(`附表${i}`, '1.……');
      return out.join('\n') + '\n';
    },
  },
  'directives': {
    base: 1250,
    desc: 'N tasks each preceded by <!-- fengong-disable-next-line missing-lead -->',
    gen: (n) => {
      const { pick } = R(56);
      const out = [...HEAD, TITLE, '', '一、重点工作'];
      for (let i = 1; i <= n; i++) out.push('<!-- fengong-disable-next-line missing-lead numbering-gap -->', `${((i - 1) % 9000) + 1}.${clauseText(pick)}`);
      return out.join('\n') + '\n';
    },
  },
  'all-errors': {
    base: 1250,
    desc: 'N tasks, every one with several defects (gap, no lead, bad date, unknown unit)',
    gen: (n) => {
      const { pick } = R(57);
      const out = [...HEAD, `${TITLE}（共计${n * 3}项）`, '', '一、重点工作'];
      for (let i = 1; i <= n; i++) out.push(`${(i * 2) % 9000}、${clauseText(pick)}(责任单位:${unitName(i)};完成时限:2023年2月30日`);
      return out.join('\n') + '\n';
    },
  },
  'random-cjk': {
    base: 2500,
    desc: 'N lines of random CJK/punct/digits (noise)',
    gen: (n) => {
      const { r } = R(58);
      const alpha = CJK + '、，。：:;；（）()一二三四五六七八九十1234567890.．共项年月日牵头单位责任领导完成时限\t │';
      const out = [];
      for (let i = 0; i < n; i++) {
        let l = '';
        const len = 5 + Math.floor(r() * 60);
        for (let k = 0; k < len; k++) l += alpha[Math.floor(r() * alpha.length)];
        out.push(l);
      }
      return out.join('\n');
    },
  },
};
