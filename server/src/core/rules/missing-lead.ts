import { missingFieldRule } from './missing';

export default missingFieldRule('missing-lead', 'leadUnits', 'error', {
  zh: '任务缺少牵头单位（或该项未填写内容）。哪些字段必填，按本文件同级任务多数的做法判断，或按配置的 requiredFields。',
  en: 'A task has no lead unit (or the field is empty). Which fields are required is what most of the document\'s comparable tasks (same level) carry, or the configured requiredFields.',
});
