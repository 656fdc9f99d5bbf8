import { unknownNameRule } from './unknown';

export default unknownNameRule('unknown-leader', 'leader', {
  zh: '领导姓名或职务不在领导名录中；没有名录时，只报告只出现一次、与本文件反复出现的某领导仅差一个字（同样字数）的名字。',
  en: 'A leader (person or post) that is not in the registry. Without a registry, only a name written once that differs by one character (same length) from a leader the document names repeatedly.',
});
