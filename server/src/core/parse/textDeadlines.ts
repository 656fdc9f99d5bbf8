import type { Deadline } from '../model';
import { lineRange } from '../model';
import { readDeadline } from './deadline';

/**
 * `9月底前，实现开办企业1个环节`, `2022年6月底前，明确…`, `①3月底前，完成…；②…`: a stage of the task's work that
 * opens with the date it is due by, as 行动计划 and 实施方案 write their deadlines. A date only counts where it
 * opens a clause (at the start of the text, or after a stop, a comma or a circled number) and is closed by
 * 前 and a comma: `对2023年12月31日前登记的企业` is no deadline.
 */
const STAGE_DEADLINE =
  /(?:^|[。；;，,：:！①②③④⑤⑥⑦⑧⑨⑩])\s*((?:[0-9０-９]{4}\s*年\s*)?[0-9０-９]{1,2}\s*月\s*(?:[0-9０-９]{1,2}\s*日|底|末|上旬|中旬|下旬)?\s*(?:前|以前|之前)|[0-9０-９]{4}\s*年\s*(?:底|末)\s*(?:前|以前|之前))\s*[,，]/g;

/** At most this many stages are read from one task (a runaway line is not a list of stages). */
const MAX_STAGES = 12;

/**
 * The stage deadlines written in a task's text, segment by segment (`[line, start, end]` of each line of
 * text), at their exact ranges. The plan's year fills in a year left out (`9月底前`).
 */
export function readTextDeadlines(lines: readonly string[], segments: readonly (readonly [number, number, number])[], planYear: number | null): Deadline[] {
  let out: Deadline[] | null = null;
  for (const [l, s, e] of segments) {
    const text = lines[l].slice(s, e);
    // The cheap test: every stage deadline holds 前 and a comma.
    if (!text.includes('前')) continue;
    STAGE_DEADLINE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = STAGE_DEADLINE.exec(text))) {
      const at = s + m.index + m[0].indexOf(m[1]);
      const d = readDeadline(m[1], lineRange(l, at, at + m[1].length), planYear);
      if (d.kind !== 'unknown') (out ??= []).push(d);
      if (out && out.length >= MAX_STAGES) return out;
      // The comma that closed this one may open the next.
      STAGE_DEADLINE.lastIndex = m.index + m[0].length - 1;
    }
  }
  return out ?? NONE;
}

const NONE: Deadline[] = [];
