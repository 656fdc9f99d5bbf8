/**
 * A small built-in lexicon of the standard bodies of Chinese district/city governments, so that,
 * without a workspace registry, a name like 区民宗局 (民族宗教事务局) is recognised as a real body
 * and never taken for a misspelling of 区民政局. Used only to keep the no-registry heuristic quiet.
 */
const CORES = [
  // 政府工作部门 (full and usual short forms)
  '发展和改革', '发展改革', '发改', '教育', '教', '科学技术', '科技', '科', '科技和经信', '科技和经济信息化', '科经', '经济和信息化',
  '经信', '工信', '工业和信息化', '民族宗教事务', '民族宗教', '民宗', '公安', '国家安全', '国安', '民政', '司法', '财政', '人力资源和社会保障',
  '人力资源社会保障', '人社', '自然资源', '自然资源和规划', '规划和自然资源', '规划自然资源', '规自', '生态环境', '住房和城乡建设',
  '住房城乡建设', '住建', '城乡建设', '建设', '交通运输', '交通', '水务', '水务和湖泊', '水利', '水利和湖泊', '农业农村', '农业', '农村',
  '商务', '文化和旅游', '文化旅游', '文旅', '文化', '旅游', '卫生健康', '卫健', '卫生', '退役军人事务', '退役军人', '应急管理', '应急',
  '审计', '国有资产监督管理', '国资', '市场监督管理', '市场监管', '体育', '统计', '医疗保障', '医保', '信访', '政务服务', '政务服务和数据管理',
  '政务', '城市管理', '城市管理执法', '城市管理综合执法', '城管', '城管执法', '园林绿化', '园林和林业', '园林', '林业', '绿化',
  '气象', '税务', '消防救援', '消防', '人防', '人民防空', '国动', '国防动员', '金融', '金融工作', '地方金融监督管理', '档案', '机关事务', '机关事务管理',
  '行政审批', '审批', '大数据', '数据', '数据管理', '供销', '粮食', '粮食和物资储备', '知识产权', '投资促进', '招商', '经管', '农业服务',
  '融媒体', '公路', '房管', '房屋管理', '环保', '安全生产', '安委', '食安委', '创城', '创卫', '编', '编制', '机构编制', '网信', '台', '外事',
  '保密', '机要', '史志', '地方志', '党史', '组织', '宣传', '统战', '政法', '纪', '纪委监委', '监察', '政研', '改革', '深改', '巡察', '督查',
  '乡村振兴', '扶贫', '移民', '口岸', '商务和投资促进', '科学技术协会', '科协', '残联', '残疾人联合会', '妇联', '总工会', '工会', '工商联',
  '红十字会', '侨联', '文联', '社科联', '团', '人武', '人民武装', '法院', '人民法院', '检察院', '人民检察院', '邮政', '电力', '供电', '烟草',
  '人民银行', '银保监', '城建', '基建', '城投集团', '金融监管', '海关', '铁路', '国控', '城投', '交投', '文投', '科投', '住房公积金', '公积金', '不动产登记',
  // Bodies of other fields, and those of before the 2018 reform that older plans name (水文局 beside 水利局, 民防局 beside
  // 民政局, 工商局 beside 工信局: each a real body, no misspelling of the other). Not 卫计 or 文广新: beside 卫健 and 文广旅 they
  // are the body's former name, written once among the new one (a name to bring up to date).
  '水文', '民防', '地震', '测绘', '气象', '港口', '港航', '航道', '海事', '海洋', '海洋与渔业', '渔业', '畜牧', '农牧', '农机', '水产',
  '工商', '工商行政管理', '质监', '质量技术监督', '食药监', '食品药品监督管理', '安监', '安全生产监督管理', '物价', '价格', '国土', '国土资源',
  '规划', '环境保护', '卫生和计划生育', '计生', '人口和计划生育', '文化广电新闻出版', '广电', '新闻出版', '经贸', '经济贸易',
  '外经贸', '计划', '经委', '建委', '农委', '人事', '劳动保障', '劳动和社会保障', '国税', '地税', '扶贫开发', '旅发', '文广旅', '文广旅体',
];

const SUFFIXES = [
  '局', '委', '办', '分局', '委员会', '办公室', '中心', '服务中心', '部', '院', '会', '处', '站', '所', '馆', '社', '队', '支队', '大队',
  '集团', '公司', '管委会', '指挥部', '事务中心', '领导小组办公室', '工作部', '分中心', '管理处', '管理站', '联合会',
];

const PREFIXES = ['区委', '市委', '县委', '区', '市', '县', '省', '国家', '团区委', ''];

function alt(xs: readonly string[]): string {
  return [...xs].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

const CORE = `(?:${alt(CORES)})`;
const BODY = new RegExp(`^(?:${alt(PREFIXES.filter(Boolean))})?${CORE}(?:和${CORE}|、${CORE})*(?:${alt(SUFFIXES)})?$`);

/** True when the name reads as a standard government body (prefix + known core + body suffix). */
export function isStandardBody(name: string): boolean {
  return BODY.test(name);
}

const CORE_LIST = CORES.filter((c) => c.length >= 2);

/**
 * Whether the characters at `positions` (code-point indices) of `name` all lie inside a known
 * word (a standard body's core such as 城建, 商务): then a one-character difference from another
 * name makes a different real word, not a typo (大兴城建 beside 大兴基建).
 */
export function positionsInKnownWord(name: string, positions: readonly number[]): boolean {
  if (!positions.length) return false;
  const cs = Array.from(name);
  const covered = new Array<boolean>(cs.length).fill(false);
  const str = cs.join('');
  for (const core of CORE_LIST) {
    let from = 0;
    for (;;) {
      const i = str.indexOf(core, from);
      if (i < 0) break;
      const start = Array.from(str.slice(0, i)).length;
      const len = Array.from(core).length;
      for (let k = start; k < start + len; k++) covered[k] = true;
      from = i + 1;
    }
  }
  return positions.every((p) => covered[p]);
}

/** Endings that name a place (a township, a sub-district, a village): names differing before them are different places. */
export const PLACE_SUFFIXES = ['街道办事处', '镇人民政府', '乡人民政府', '人民政府', '街道办', '办事处', '街道', '镇', '乡', '村', '社区'];

export function placeSuffixOf(name: string): string {
  for (const s of PLACE_SUFFIXES) if (name.length > s.length && name.endsWith(s)) return s;
  return '';
}

/** Characters that end a body's name and say what kind of body it is. */
export const BODY_KIND_CHARS = new Set(['局', '委', '办', '部', '院', '会', '处', '站', '所', '馆', '社', '队', '室', '组', '心', '司']);
