import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analysis/index.ts';

const NOW = new Date('2026-11-23T09:00:00');

// English cue words count only as whole words: alternatives in the middle of a pattern list used to
// match inside other words ("ty" in "quality", "ask" in "task").
describe('English cues are whole words', () => {
  it.each([
    ['“ty” inside “quality” is not thanks', 'The quality of the build is fine now.', (a: ReturnType<typeof analyze>) => a.elements.nextSteps.thanks.present],
    ['“cc” inside “account” is not a written recap', 'Your account looks fine.', (a: ReturnType<typeof analyze>) => a.findings.some((f) => f.ruleId === 'no-written-confirmation')],
  ])('%s', (_n, text, fired) => {
    expect(fired(analyze(text, { now: NOW }))).toBe(false);
  });

  it('the same words on their own still count', () => {
    expect(analyze('Thanks, ty!', { now: NOW }).elements.nextSteps.thanks.present).toBe(true);
  });
});
