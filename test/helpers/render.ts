import type { FengongDocument, Field, Section, Task } from '../../server/src/core/model';

/**
 * Re-renders a parsed plan in another layout, so tests can check that what the parser reads does
 * not depend on the layout a document happens to use (the seeds each use one).
 */
export type RenderLayout = 'own-line' | 'paren-line' | 'inline' | 'table' | 'prose';

export interface RenderOptions {
  readonly layout: RenderLayout;
  readonly fullWidth: boolean;
}

const ROLE_LABEL = { leaders: '牵头领导', leadUnits: '牵头单位', units: '责任单位', deadline: '完成时限', groupLead: '总牵头单位' } as const;

export function renderPlan(doc: FengongDocument, o: RenderOptions): string {
  const plan = doc.plan!;
  const colon = o.fullWidth ? '：' : ':';
  const sep = o.fullWidth ? '；' : ';';
  const [open, close] = o.fullWidth ? ['（', '）'] : ['(', ')'];
  const dot = o.fullWidth ? '．' : '.';
  const out: string[] = [plan.titleText || '2023年重点工作分工方案'];
  const value = (f: Field) => f.value.text;
  const fieldText = (t: Task) =>
    (['leaders', 'leadUnits', 'units', 'deadline'] as const)
      .map((r) => t.fields.filter((f) => f.role === r && f.value.text))
      .filter((fs) => fs.length)
      .map((fs) => `${ROLE_LABEL[fs[0].role]}${colon}${fs.map(value).join('、')}`);
  if (o.layout === 'table') out.push(['序号', '工作任务', '牵头领导', '牵头单位', '配合单位', '完成时限'].join('\t'));
  const marker = (s: Section) => {
    const n = s.numbering;
    if (!n) return '——';
    return n.style === 'cn-dun' ? n.marker.text : `${open}${n.marker.text.slice(1, -1)}${close}`;
  };
  const walk = (items: readonly (Section | Task)[]) => {
    for (const item of items) {
      if (item.type === 'section') {
        const gl = item.fields.find((f) => f.role === 'groupLead');
        const heading = `${marker(item)}${item.title.text}${gl ? `${open}总牵头单位${colon}${gl.value.text}${close}` : ''}`;
        out.push(o.layout === 'table' ? `${heading}\t\t\t\t\t` : heading);
        walk(item.children);
        continue;
      }
      const t = item;
      const num = t.numbering.style === 'arabic-dot' || t.numbering.style === 'arabic-dun' ? `${t.numbering.value}${dot}` : t.numbering.marker.text;
      const text = t.text.text.replace(/\n/g, '');
      const fields = fieldText(t);
      switch (o.layout) {
        case 'own-line':
          out.push(num + text, ...fields);
          break;
        case 'paren-line':
          out.push(num + text);
          if (fields.length) out.push(`${open}${fields.join(sep)}${close}`);
          break;
        case 'inline':
          out.push(num + text + (fields.length ? `${open}${fields.join(sep)}${close}` : ''));
          break;
        case 'table': {
          const cell = (r: keyof typeof ROLE_LABEL) => t.fields.filter((f) => f.role === r).map(value).join('、');
          const cellNumber = t.numbering.style.startsWith('arabic') ? String(t.numbering.value) : t.numbering.marker.text;
          out.push([cellNumber, text, cell('leaders'), cell('leadUnits'), cell('units'), cell('deadline')].join('\t'));
          break;
        }
        case 'prose': {
          const lead = t.fields.filter((f) => f.role === 'leadUnits').map(value).join('、');
          const units = t.fields.filter((f) => f.role === 'units').map(value).join('、');
          const roles = lead ? `${open}${lead}牵头${units ? `，${units}配合` : ''}${close}` : '';
          out.push(num + text + roles);
          break;
        }
      }
    }
  };
  walk(plan.children);
  return out.join('\n') + '\n';
}
