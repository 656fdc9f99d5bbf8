/**
 * The static editor contributions: snippets/fengong.code-snippets and language-configuration.json.
 *  - both are strict JSON with the expected shape;
 *  - every snippet, expanded with its defaults (first choice, default text, mirrors, sample date variables),
 *    contains what its layout needs, and the grammar scopes its field labels as labels;
 *  - full-width snippets use full-width punctuation only, ASCII ones ASCII only;
 *  - the language configuration pairs every bracket and quote the documents use.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IGrammar } from 'vscode-textmate';
import { ROOT } from './cases';
import { finalDepth, loadGrammar, tokenize } from './textmate';

const SNIPPETS_PATH = path.join(ROOT, 'snippets/fengong.code-snippets');
const LANGCONF_PATH = path.join(ROOT, 'language-configuration.json');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const SAMPLE_VARIABLES: Record<string, string> = { CURRENT_YEAR: '2023', CURRENT_MONTH: '03', CURRENT_DATE: '03' };

/**
 * Expand a snippet body the way VS Code inserts it when every tab stop is accepted as is:
 * ${1:default} → default, ${1|a,b|} → a, $1 / ${1} → the default given to 1 elsewhere (else ''),
 * $NAME / ${NAME} / ${NAME:default} → a sample value for the date variables, else the default, else ''.
 */
function expandSnippet(body: string): string {
  const defaults = new Map<string, string>();
  const MIRROR = (n: string) => `\u0000${n}\u0000`;
  let i = 0;

  function parse(until: string | null): string {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (until !== null && c === until) return out;
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
      } else if (c === '$') {
        out += dollar();
      } else {
        out += c;
        i++;
      }
    }
    if (until !== null) throw new Error(`unterminated \${ in snippet body: ${body}`);
    return out;
  }

  function dollar(): string {
    i++; // $
    let m = /^\d+/.exec(body.slice(i));
    if (m) {
      i += m[0].length;
      return MIRROR(m[0]);
    }
    m = /^[A-Za-z_][A-Za-z_0-9]*/.exec(body.slice(i));
    if (m) {
      i += m[0].length;
      return SAMPLE_VARIABLES[m[0]] ?? '';
    }
    if (body[i] !== '{') return '$';
    i++; // {
    m = /^(\d+|[A-Za-z_][A-Za-z_0-9]*)/.exec(body.slice(i));
    if (!m) throw new Error(`bad \${ at ${i} in snippet body: ${body}`);
    const id = m[0];
    const isTabStop = /^\d/.test(id);
    i += id.length;
    const next = body[i];
    if (next === '}') {
      i++;
      return isTabStop ? MIRROR(id) : (SAMPLE_VARIABLES[id] ?? '');
    }
    if (next === ':') {
      i++;
      const text = parse('}');
      i++; // }
      if (!isTabStop) return SAMPLE_VARIABLES[id] ?? text;
      if (!defaults.has(id)) defaults.set(id, text);
      return text;
    }
    if (next === '|' && isTabStop) {
      const end = body.indexOf('|}', i + 1);
      if (end < 0) throw new Error(`unterminated choice in snippet body: ${body}`);
      const choices = body
        .slice(i + 1, end)
        .split(/(?<!\\),/)
        .map((x) => x.replace(/\\([,|\\])/g, '$1'));
      i = end + 2;
      if (!defaults.has(id)) defaults.set(id, choices[0]);
      return choices[0];
    }
    throw new Error(`unsupported \${${id}${next} in snippet body: ${body}`);
  }

  const text = parse(null);
  return text.replace(/\u0000(\d+)\u0000/g, (_, n: string) => defaults.get(n) ?? '');
}

const bodyText = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const prefixes = (s: Snippet) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);

/** What each snippet (by its first prefix) must produce, with every placeholder left at its default. */
const EXPECT: Record<string, { labels?: string[]; contains?: (string | RegExp)[]; layout?: 'full' | 'ascii' }> = {
  fgtask: { labels: ['牵头领导', '主要责任单位', '完成时限'], contains: [/^1．任务内容。\n牵头领导：/], layout: 'full' },
  'fgtask-ascii': { labels: ['牵头领导', '主要责任单位', '完成时限'], contains: [/^1\.任务内容。\n牵头领导:/], layout: 'ascii' },
  fgtaskp: { labels: ['牵头单位', '责任单位'], contains: [/^1．任务内容。\n（牵头单位：[^\n]+；责任单位：[^\n]+）/], layout: 'full' },
  'fgtaskp-ascii': { labels: ['牵头单位', '责任单位'], contains: [/^1\. 任务内容。\n\(牵头单位:[^\n]+;责任单位:[^\n]+\)/], layout: 'ascii' },
  fgtaski: { labels: ['牵头单位', '责任单位'], contains: [/^1．任务内容。（牵头单位：[^\n]+；责任单位：[^\n]+）/], layout: 'full' },
  'fgtaski-ascii': { labels: ['牵头单位', '责任单位'], contains: [/^1\.任务内容。\(牵头单位:[^\n]+;责任单位:[^\n]+\)/], layout: 'ascii' },
  fgfields: { labels: ['牵头单位', '责任单位'], contains: [/^（牵头单位：.+；责任单位：.+）$/], layout: 'full' },
  'fgfields-ascii': { labels: ['牵头单位', '责任单位'], contains: [/^\(牵头单位:.+;责任单位:.+\)$/], layout: 'ascii' },
  fggroup: { labels: ['总牵头单位'], contains: [/^——分组标题（总牵头单位：区发改局）/], layout: 'full' },
  'fggroup-ascii': { labels: ['总牵头单位'], contains: [/^——分组标题\(总牵头单位:区发改局\)/], layout: 'ascii' },
  fgchapter: { contains: [/^（一）章标题/], layout: 'full' },
  'fgchapter-ascii': { contains: [/^\(一\)章标题/], layout: 'ascii' },
  fgpart: { contains: [/^一、部分标题/] },
  fgitem: { contains: [/^（1）子项内容/] },
  fgdeadline: { labels: ['完成时限'], contains: [/^完成时限：2023年12月31日$/] },
  fgdisable: { contains: [/^<!-- fengong-disable-next-line unknown-unit -->$/] },
  fgregion: { contains: [/^<!-- #region 名称 -->\n\n<!-- #endregion -->$/] },
  fgnotice: {
    labels: ['牵头领导', '主要责任单位', '完成时限'],
    contains: [
      /^关于印发《2023年区政府工作报告重点工作分工方案》的通知\n/,
      /\n[^\n]+：\n/, // 主送机关, ending in a colon
      '《2023年区政府工作报告重点工作分工方案》已经区政府同意',
      /\n\s*2023年03月03日\n/,
      /\n2023年区政府工作报告重点工作分工方案（共计1项）\n/,
      /\n一、部分标题\n\n1．任务内容。\n牵头领导：区领导\n主要责任单位：区发展改革委\n完成时限：2023年12月31日\n/,
    ],
    layout: 'full',
  },
  'fgnotice-inline': {
    labels: ['总牵头单位', '牵头单位', '责任单位'],
    contains: [
      /^关于印发《2023年区政府工作报告重点工作分工方案》的通知\n/,
      /\n2023年区政府工作报告重点工作分工方案\n/,
      /\n一、重点工作（共1项）\n\n（一）章标题\n\n——分组标题（总牵头单位：区发改局）\n\n1．任务内容。（牵头单位：区发改局；责任单位：区科经局，各街道办事处）\n/,
    ],
    layout: 'full',
  },
};

let grammar: IGrammar;
beforeAll(async () => {
  grammar = await loadGrammar();
});

describe('snippets/fengong.code-snippets', () => {
  const raw = fs.readFileSync(SNIPPETS_PATH, 'utf8');
  const snippets = JSON.parse(raw) as Record<string, Snippet>;
  const entries = Object.entries(snippets);

  it('is strict JSON with prefix, body and a Chinese + English description on every snippet', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const [name, s] of entries) {
      expect(typeof s.prefix === 'string' || (Array.isArray(s.prefix) && s.prefix.length > 0), name).toBe(true);
      expect(typeof s.body === 'string' || Array.isArray(s.body), name).toBe(true);
      expect(s.description, name).toMatch(/\p{Script=Han}/u);
      expect(s.description, name).toMatch(/[A-Za-z]{3,}/);
      expect(name, name).toMatch(/\p{Script=Han}.*[A-Za-z]{3,}/u);
    }
  });

  it('prefixes are unique and every snippet has an expectation here', () => {
    const all = entries.flatMap(([, s]) => prefixes(s));
    expect(new Set(all).size).toBe(all.length);
    expect(entries.map(([, s]) => prefixes(s)[0]).sort()).toEqual(Object.keys(EXPECT).sort());
  });

  it('the expander handles defaults, choices, mirrors, variables and escapes', () => {
    expect(expandSnippet('${1:a${2:b}}-${2}-$1-${3|x,y|}-$3-\\$-${CURRENT_YEAR}-${TM_FILENAME:f}-$4')).toBe(
      'ab-b-ab-x-x-$-2023-f-',
    );
  });

  for (const [name, s] of entries) {
    const key = prefixes(s)[0];
    it(`${key}: expanded body has what its layout needs`, () => {
      const want = EXPECT[key];
      expect(want, `no expectation for ${key}`).toBeDefined();
      const text = expandSnippet(bodyText(s));
      for (const c of want.contains ?? []) {
        if (typeof c === 'string') expect(text, name).toContain(c);
        else expect(text, name).toMatch(c);
      }
      for (const label of want.labels ?? []) expect(text, `${name}: ${label}`).toMatch(new RegExp(`${label}[:：]`));
      if (want.layout === 'full') expect(text.replace(/<!--|-->/g, ''), name).not.toMatch(/[:;()]/);
      if (want.layout === 'ascii') expect(text, name).not.toMatch(/[：；（）]/);
    });

    it(`${key}: the grammar scopes its labels as labels`, () => {
      const lines = expandSnippet(bodyText(s)).split('\n');
      const toks = tokenize(grammar, lines);
      for (const label of EXPECT[key]?.labels ?? []) {
        const hit = lines.some((line, n) => {
          let at = line.search(new RegExp(`${label}[:：]`));
          while (at >= 0) {
            const tok = toks[n].find(([a, b]) => a <= at && at < b);
            if (tok && tok[1] - tok[0] === label.length && tok[2].includes('entity.name.tag.label.')) return true;
            const next = line.slice(at + 1).search(new RegExp(`${label}[:：]`));
            at = next < 0 ? -1 : at + 1 + next;
          }
          return false;
        });
        expect(hit, `${name}: ${label}`).toBe(true);
      }
      expect(finalDepth(grammar, lines), name).toBe(1);
    });
  }
});

describe('language-configuration.json', () => {
  const conf = JSON.parse(fs.readFileSync(LANGCONF_PATH, 'utf8'));
  const PAIRS = [
    ['（', '）'],
    ['〔', '〕'],
    ['《', '》'],
    ['“', '”'],
    ['〈', '〉'],
    ['(', ')'],
    ['[', ']'],
    ['‘', '’'],
  ];

  it('is the configuration package.json points at', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'fengong');
    expect(path.resolve(ROOT, lang.configuration)).toBe(LANGCONF_PATH);
    const snip = pkg.contributes.snippets.find((l: { language: string }) => l.language === 'fengong');
    expect(path.resolve(ROOT, snip.path)).toBe(SNIPPETS_PATH);
  });

  it('pairs every bracket and quote (brackets, auto-closing, surrounding)', () => {
    const key = (p: string[]) => p.join('');
    const brackets = new Set((conf.brackets as string[][]).map(key));
    const closing = new Set((conf.autoClosingPairs as { open: string; close: string }[]).map((p) => p.open + p.close));
    const surrounding = new Set((conf.surroundingPairs as string[][]).map(key));
    for (const p of PAIRS) {
      expect(brackets.has(key(p)), `brackets ${key(p)}`).toBe(true);
      expect(closing.has(key(p)), `autoClosingPairs ${key(p)}`).toBe(true);
      expect(surrounding.has(key(p)), `surroundingPairs ${key(p)}`).toBe(true);
    }
  });

  it('block comments are <!-- -->, and #region comments fold', () => {
    expect(conf.comments.blockComment).toEqual(['<!--', '-->']);
    const start = new RegExp(conf.folding.markers.start);
    const end = new RegExp(conf.folding.markers.end);
    expect(start.test('<!-- #region 第一部分 -->')).toBe(true);
    expect(start.test('　<!-- #endregion -->')).toBe(false);
    expect(end.test('  <!-- #endregion -->')).toBe(true);
  });

  it('wordPattern makes each unit name one word', () => {
    const words = '主要责任单位：区发展和改革局、区财政局（金融办），各街道办事处;2023年12月31日'.match(
      new RegExp(conf.wordPattern, 'gu'),
    );
    expect(words).toEqual(['主要责任单位', '区发展和改革局', '区财政局', '金融办', '各街道办事处', '2023年12月31日']);
  });
});
