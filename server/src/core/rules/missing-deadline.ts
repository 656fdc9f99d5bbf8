import { missingFieldRule } from './missing';

export default missingFieldRule('missing-deadline', 'deadline', 'error', {
  zh: '任务缺少完成时限（或该项未填写内容）。哪些字段必填，按本文件同级任务多数的做法判断，或按配置的 requiredFields。任务文字中分阶段写明时限的（“9月底前，实现……”），视为已写明。',
  en: 'A task has no deadline (or the field is empty). Which fields are required is what most of the document\'s comparable tasks (same level) carry, or the configured requiredFields. A task whose text says when its stages are due (`9月底前，实现……`) states one.',
});
