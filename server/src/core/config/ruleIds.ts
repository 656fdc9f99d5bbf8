/**
 * The stable rule vocabulary (DOMAIN.md). Ids are never renamed; new ones may be added.
 * Kept here (not in the rule modules) so the configuration schema does not depend on rule code.
 */
export const RULE_IDS = [
  'numbering-gap',
  'numbering-duplicate',
  'numbering-order',
  'numbering-style',
  'missing-lead',
  'missing-deadline',
  'missing-units',
  'missing-leader',
  'unknown-unit',
  'unknown-leader',
  'count-mismatch',
  'deadline-invalid',
  'deadline-unreadable',
  'deadline-out-of-range',
  'deadline-before-issue',
  'duplicate-task',
  'empty-section',
  'unbalanced-bracket',
  'field-separator',
  'doc-number-format',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}
