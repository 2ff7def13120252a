// The checklist of the four moves, as data: each item says where the engine records it and which
// template adds it when it is missing.
import type { Analysis, Span } from '../../utils/analysis/index.ts';
import type { MessageKey } from '../../utils/i18n.ts';

export interface CheckItem {
  id: string;
  label: MessageKey;
  part: (a: Analysis) => { present: boolean; spans: Span[] };
  templateId: string;
  /** Whether the move was read by the learned model rather than a rule (analysis/learned/): the UI says so. */
  learned?: (a: Analysis) => boolean;
}

export interface CheckMove {
  id: 'sharedGoal' | 'quantifiedNeed' | 'reciprocity' | 'nextSteps';
  title: MessageKey;
  items: CheckItem[];
}

export const MOVES: readonly CheckMove[] = [
  {
    id: 'sharedGoal',
    title: 'moveSharedGoal',
    items: [{ id: 'shared-goal', label: 'itemSharedGoal', part: (a) => a.elements.sharedGoal, templateId: 'opening.shared-goal' }],
  },
  {
    id: 'quantifiedNeed',
    title: 'moveNeed',
    items: [
      { id: 'need', label: 'itemNeed', part: (a) => a.elements.quantifiedNeed.need, templateId: 'need.quantified' },
      { id: 'reason', label: 'itemReason', part: (a) => a.elements.quantifiedNeed.reason, templateId: 'need.reason' },
    ],
  },
  {
    id: 'reciprocity',
    title: 'moveReciprocity',
    items: [
      { id: 'offer', label: 'itemOffer', part: (a) => a.elements.reciprocity.offer, templateId: 'reciprocity.offer', learned: (a) => a.elements.reciprocity.learned === true },
      { id: 'invite', label: 'itemInvite', part: (a) => a.elements.reciprocity.invitation, templateId: 'reciprocity.invite-concerns' },
    ],
  },
  {
    id: 'nextSteps',
    title: 'moveNextSteps',
    items: [
      { id: 'steps', label: 'itemSteps', part: (a) => a.elements.nextSteps.steps, templateId: 'close.next-steps' },
      { id: 'thanks', label: 'itemThanks', part: (a) => a.elements.nextSteps.thanks, templateId: 'close.thanks' },
    ],
  },
];
