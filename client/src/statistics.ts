/** The statistics view: the server's statistics rendered as a static HTML page (no scripts). */
import type { PlanStatistics } from '../../server/src/core/features/statistics';

export interface StatisticsReply {
  readonly statistics: PlanStatistics;
  readonly markdown: string;
}

const ROLE: Record<string, string> = { leaders: '牵头领导', leadUnits: '牵头单位', units: '责任单位', deadline: '完成时限' };

function esc(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function table(head: string[], rows: (string | number)[][]): string {
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td${typeof c === 'number' ? ' class="n"' : ''}>${esc(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

export function renderStatistics(s: PlanStatistics): string {
  const stated = s.statedTotal === null ? '' : ` · 写明 ${s.statedTotal} 项 ${s.statedTotal === s.tasks ? '✓' : '✗'}`;
  const missing = Object.entries(s.missing).map(([r, n]) => `${ROLE[r] ?? r} ${n}`).join('，') || '无';
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<style>
body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);padding:0 1em}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid var(--vscode-panel-border,#8884);padding:2px 8px;text-align:left}
td.n{text-align:right}h1{font-size:1.3em}h2{font-size:1.1em}
</style></head><body>
<h1>${esc(s.title || '方案统计 Plan statistics')}</h1>
<p><b>${s.tasks}</b> 项任务 (tasks)${esc(stated)} · ${s.units} 个单位 (units)<br>
问题 (problems): 错误 ${s.diagnostics.error} · 警告 ${s.diagnostics.warning} · 提示 ${s.diagnostics.information + s.diagnostics.hint}<br>
缺项 (missing fields): ${esc(missing)}</p>
<h2>各部分 (sections)</h2>${table(['部分', '任务数'], s.sections.map((x) => [x.title, x.tasks]))}
<h2>牵头单位 (lead units)</h2>${table(['单位', '牵头', '参与'], s.leadUnits.slice(0, 30).map((u) => [u.name, u.leads, u.shares]))}
<h2>完成时限 (deadlines)</h2>${table(
    ['月份', '任务数'],
    [...Object.entries(s.deadlines.byMonth), ['长期/持续', s.deadlines.ongoing], ['未写明', s.deadlines.none]] as (string | number)[][],
  )}
</body></html>`;
}
