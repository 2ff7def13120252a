// Readiness score, 0–100: how much of the guidance's request shape the draft already has.
//
//   the four moves (with their halves)      85
//     shared goal                    20
//     quantified need 20 + reason 5  25
//     offer 10 + invitation 5        15
//     next step 20 + thanks 5        25
//   tone: polite 15, neutral 8, impolite 0  15
//   minus 8 per pitfall warning, 2 per soft hint (length, questions)
//
// An empty draft scores 0.
import type { Elements, Finding, ToneResult } from './types.ts';

export function readiness(elements: Elements, tone: ToneResult, findings: Finding[], empty: boolean): number {
  if (empty) return 0;
  const e = elements;
  let s = 0;
  if (e.sharedGoal.present) s += 20;
  if (e.quantifiedNeed.need.present) s += 20;
  if (e.quantifiedNeed.reason.present) s += 5;
  if (e.reciprocity.offer.present) s += 10;
  if (e.reciprocity.invitation.present) s += 5;
  if (e.nextSteps.steps.present) s += 20;
  if (e.nextSteps.thanks.present) s += 5;
  s += tone.label === 'polite' ? 15 : tone.label === 'neutral' ? 8 : 0;
  const seen = new Set<string>();
  for (const f of findings) {
    if (f.kind !== 'pitfall' || seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    s -= f.severity === 'hint' ? 2 : 8;
  }
  return Math.max(0, Math.min(100, Math.round(s)));
}
