// The rule registry: every rule module, in reporting order. Element rules come first (their `detect`
// fills doc.elements before any check runs). Adding a rule = one file + one line here.
import type { Rule } from '../rule.ts';
import blame from './blame.ts';
import buriedAsk from './buried-ask.ts';
import flattery from './flattery.ts';
import inviteConcerns from './invite-concerns.ts';
import length from './length.ts';
import needReason from './need-reason.ts';
import nextSteps from './next-steps.ts';
import noWrittenConfirmation from './no-written-confirmation.ts';
import onlyAsking from './only-asking.ts';
import overTheHead from './over-the-head.ts';
import quantifiedNeed from './quantified-need.ts';
import questions from './questions.ts';
import reciprocity from './reciprocity.ts';
import sharedGoal from './shared-goal.ts';
import thanks from './thanks.ts';
import tone from './tone.ts';
import vagueNeed from './vague-need.ts';

export const RULES: readonly Rule[] = [
  sharedGoal,
  quantifiedNeed,
  needReason,
  reciprocity,
  inviteConcerns,
  nextSteps,
  thanks,
  vagueNeed,
  blame,
  onlyAsking,
  noWrittenConfirmation,
  overTheHead,
  flattery,
  buriedAsk,
  tone,
  length,
  questions,
];
