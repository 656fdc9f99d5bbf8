/** Every rule, in the order diagnostics are produced. */
import type { AnyRule } from './types';
import numberingGap from './numbering-gap';
import numberingDuplicate from './numbering-duplicate';
import numberingOrder from './numbering-order';
import numberingStyle from './numbering-style';
import missingLead from './missing-lead';
import missingDeadline from './missing-deadline';
import missingUnits from './missing-units';
import missingLeader from './missing-leader';
import unknownUnit from './unknown-unit';
import unknownLeader from './unknown-leader';
import countMismatch from './count-mismatch';
import deadlineInvalid from './deadline-invalid';
import deadlineUnreadable from './deadline-unreadable';
import deadlineOutOfRange from './deadline-out-of-range';
import deadlineBeforeIssue from './deadline-before-issue';
import duplicateTask from './duplicate-task';
import emptySection from './empty-section';
import unbalancedBracket from './unbalanced-bracket';
import fieldSeparator from './field-separator';
import docNumberFormat from './doc-number-format';

export const RULES: readonly AnyRule[] = [
  numberingGap,
  numberingDuplicate,
  numberingOrder,
  numberingStyle,
  missingLead,
  missingDeadline,
  missingUnits,
  missingLeader,
  unknownUnit,
  unknownLeader,
  countMismatch,
  deadlineInvalid,
  deadlineUnreadable,
  deadlineOutOfRange,
  deadlineBeforeIssue,
  duplicateTask,
  emptySection,
  unbalancedBracket,
  fieldSeparator,
  docNumberFormat,
];
