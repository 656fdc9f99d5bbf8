import { unknownNameRule } from './unknown';

export default unknownNameRule('unknown-unit', 'unit', {
  zh: '单位名称不在单位名录中（名录中的全称、别名、简称，或唯一对应某全称的简称都视为已知）；没有名录时，只报告只出现一次、与本文件反复使用的某单位仅差一两个字的名称（同一序列中编号不同的单位，如“市第一人民医院”与“市第二人民医院”，以及一字之差的另一真实单位，如“水文局”与“水利局”，不报告）。集体称谓（各街道办事处、相关属地等）从不报告。给出最多三条建议，按编辑距离和“简称为全称的子序列”排序。',
  en: 'A unit name that is not in the registry (its names, aliases, abbreviations, or an abbreviation of exactly one registered full name). Without a registry, only a name written once that is one or two characters away from a unit the document uses repeatedly (not another of a numbered series, 市第二人民医院 beside 市第一人民医院, nor another real body one character away, 水文局 beside 水利局). Collective assignees (各街道办事处, 相关属地, …) are never unknown. Up to three suggestions, ranked by edit distance and abbreviation-as-subsequence.',
});
