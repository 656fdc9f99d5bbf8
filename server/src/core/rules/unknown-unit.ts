import { unknownNameRule } from './unknown';

export default unknownNameRule('unknown-unit', 'unit', {
  zh: '单位名称不在单位名录中（名录中的全称、别名、简称，或唯一对应某全称的简称都视为已知）；没有名录时，只报告只出现一次、与本文件反复使用的某单位仅差一两个字的名称。集体称谓（各街道办事处、相关属地等）从不报告。给出最多三条建议，按编辑距离和“简称为全称的子序列”排序。',
  en: 'A unit name that is not in the registry (its names, aliases, abbreviations, or an abbreviation of exactly one registered full name). Without a registry, only a name written once that is one or two characters away from a unit the document uses repeatedly. Collective assignees (各街道办事处, 相关属地, …) are never unknown. Up to three suggestions, ranked by edit distance and abbreviation-as-subsequence.',
});
