import { missingFieldRule } from './missing';

export default missingFieldRule('missing-units', 'units', 'warning', {
  zh: '任务缺少责任单位（或该项未填写内容）。哪些字段必填，按本文件同级任务多数的做法判断，或按配置的 requiredFields。写明由某单位“负责”的任务（“（X负责）”“由X负责落实”）由其独自承担，不要求责任单位（配置要求时除外）。',
  en: 'A task has no responsible units (or the field is empty). Which fields are required is what most of the document\'s comparable tasks (same level) carry, or the configured requiredFields. A task that names who is `负责` for it (`（X负责）`, `由X负责落实`) is carried by them alone and needs no co-units (unless the configuration requires them).',
});
