import type { Deadline } from '../model';
import { lineRange } from '../model';
import { readDeadline } from './deadline';

const DIGITS = '[0-9０-９]';
/** The date of a stage: `2024年6月底`, `9月30日`, `2024年底`, `年底` / `今年底`, `二季度末`, `第三季度`. */
const STAGE_DATE =
  `(?:${DIGITS}{4}\\s*年\\s*)?${DIGITS}{1,2}\\s*月\\s*(?:${DIGITS}{1,2}\\s*日|底|末|上旬|中旬|下旬)?` +
  `|${DIGITS}{4}\\s*年\\s*(?:底|末)|(?:今|本)?年(?:底|末)` +
  `|(?:${DIGITS}{4}\\s*年\\s*)?第?[一二三四1-4]\\s*季度末?`;
/** The verbs of work a stage opens with after its date (`6月底前下达`, `3月底前拨付`, `年底前开工建设`). */
const STAGE_VERB =
  '(?:完成|出台|建成|实现|编制|制定|印发|开展|启动|建立|形成|全面|基本|推动|推进|组织|落实|发布|公布|上线|部署|召开|举办|修订|制订|明确' +
  '|下达|拨付|开工|竣工|投产|投用|交付|完工|验收|提交|报送|上报|出具|审定|审议|制发|下发|确定|设立|成立|挂牌|签订|签约|办结|清零|达到|实施|启用|做好|抓好|谋划|拿出|全部)';
/**
 * `9月底前,实现开办企业1个环节`, `2022年6月底前，明确…`, `①3月底前，…；②二季度末前，…`, `年底前，认定…`, `到2025年底前，`,
 * `2023年10月底前编制并公布…`, `2023年3月至6月底前，开展…` (a span: due at its end): a stage of the task's work that opens with the date it is due by, as 行动计划 and
 * 实施方案 write their deadlines. A date only counts where it opens a clause (at the start of the text, or after a
 * stop, a comma or a circled number, perhaps after 到 / 力争 / 确保 / 须于) and is closed by 前 and then a comma or a verb
 * of doing: `对2021年12月31日前登记的企业` is no deadline.
 */
const STAGE_DEADLINE = new RegExp(
  `(?:^|[。；;，,、：:！①②③④⑤⑥⑦⑧⑨⑩])\\s*(?:到|于|在|力争|确保|争取|力争在|力争于|(?:须|需|应|要|必须|务必)(?:于|在)?)?\\s*((?:${STAGE_DATE})(?:\\s*(?:至|到|—|－|~|～)\\s*(?:${STAGE_DATE}))?\\s*(?:前|以前|之前))\\s*(?:[,，]|(?=${STAGE_VERB}))`,
  'g',
);
/**
 * `到2025年，重点行业领域重大事故隐患动态清零`, `力争到2026年底，…`: a stage a three-year plan's task is due by,
 * written with 到 and a year (or its end) and no 前. Only where it opens a clause and a comma closes it.
 */
const BY_YEAR = /(?:^|[。；;，,：:！①②③④⑤⑥⑦⑧⑨⑩])\s*(?:力争|确保|争取)?\s*到\s*([0-9０-９]{4}\s*年\s*(?:底|末)?)\s*[,，]/g;

/**
 * `财政部门2017年3月底前拨付…`, `专项资金须于2017年6月底前下达60%以上`: inside a clause, after who does the work,
 * a date is a stage only when a verb of work follows its 前 at once; not after 对 / 将 / 把 / 自 / 从 / 至, which
 * make it what the clause is about (`对2021年12月31日前完成改造的小区…`, `截至6月底前`), nor inside 明年 / 后年 / 去年
 * or a date with its year.
 */
const IN_CLAUSE = new RegExp(`(?<=[\\u4e00-\\u9fa5])(?<![对将把自从至明后去前年])((?:${STAGE_DATE})\\s*(?:前|以前|之前))(?=${STAGE_VERB})`, 'g');

const PATTERNS = [STAGE_DEADLINE, BY_YEAR, IN_CLAUSE];

/**
 * `2022年12月31日前，已纳入奖补名录的企业按原政策执行`: after the date, a condition on who keeps a treatment, not
 * work to be done by then. Such a clause opens with what has already happened (已), still holds (仍) or who
 * qualifies (凡, 符合): an action (`认定一批…`, `按要求完成…`) opens with its verb.
 */
const CONDITION_AFTER = /^\s*(?:已|仍|凡|符合)/;

/** What may stand before 前 in a stage's date: 底, 末, 日, 月, 旬, 度 (`季度前`), and 以 / 之 (`6月底以前`). */
const BEFORE_QIAN = new Set(['底', '末', '日', '月', '旬', '度', '以', '之']);

/** The cheap test before the pattern: a 前 right after a date's last character. */
function mayHoldStage(text: string): boolean {
  for (let i = text.indexOf('前'); i > 0; i = text.indexOf('前', i + 1)) if (BEFORE_QIAN.has(text[i - 1])) return true;
  return false;
}

/** At most this many stages are read from one task (a runaway line is not a list of stages). */
const MAX_STAGES = 12;

/**
 * The stage deadlines written in a task's text, segment by segment (`[line, start, end]` of each line of
 * text), at their exact ranges. The plan's year fills in a year left out (`9月底前`, `年底前`).
 */
export function readTextDeadlines(lines: readonly string[], segments: readonly (readonly [number, number, number])[], planYear: number | null): Deadline[] {
  let out: Deadline[] | null = null;
  for (const [l, s, e] of segments) {
    const text = lines[l].slice(s, e);
    const stages = mayHoldStage(text);
    const byYear = text.indexOf('到') >= 0;
    if (!stages && !byYear) continue;
    const found: { at: number; d: Deadline }[] = [];
    for (const re of PATTERNS) {
      if (re === BY_YEAR ? !byYear : !stages) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const end = m.index + m[0].length;
        // The comma that closed this one may open the next.
        re.lastIndex = text[end - 1] === ',' || text[end - 1] === '，' ? end - 1 : end;
        if (CONDITION_AFTER.test(text.slice(end, end + 4))) continue;
        const at = s + m.index + m[0].indexOf(m[1]);
        if (re === IN_CLAUSE && found.some((f) => f.at === at)) continue;
        const d = readDeadline(m[1], lineRange(l, at, at + m[1].length), planYear);
        if (d.kind !== 'unknown') found.push({ at, d });
      }
    }
    // In the order written.
    if (found.length > 1) found.sort((a, b) => a.at - b.at);
    for (const { d } of found) {
      (out ??= []).push(d);
      if (out.length >= MAX_STAGES) return out;
    }
  }
  return out ?? NONE;
}

const NONE: Deadline[] = [];
