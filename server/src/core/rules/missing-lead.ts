import { missingFieldRule } from './missing';

export default missingFieldRule('missing-lead', 'leadUnits', 'error', {
  zh: '任务缺少牵头单位（或该项未填写内容）。哪些字段必填，按本文件同级任务多数的做法判断，或按配置的 requiredFields。责任单位写明“按职责分工负责”“分别负责”“共同负责”的，各单位分担该任务，不报缺少牵头单位。',
  en: 'A task has no lead unit (or the field is empty). Which fields are required is what most of the document\'s comparable tasks (same level) carry, or the configured requiredFields. A task whose 责任单位 share it “按职责分工负责” (or 分别负责 / 共同负责) is carried by them together and lacks no lead.',
});
