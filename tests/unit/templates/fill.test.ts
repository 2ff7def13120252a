import { describe, expect, it } from 'vitest';
import { recipientOf } from '../../../utils/templates/fill.ts';

describe('recipientOf', () => {
  it.each([
    ['Hi Dana,\n\nWe need…', 'Dana'],
    ['Dear Ms. Lee: thanks', 'Ms. Lee'],
    ['hello team! quick ask', 'team'],
    ['王经理您好：想请您…', '王经理'],
    ['張經理，想請您支援', '張經理'],
    ['李总，下周需要', '李总'],
    ['We need two testers.', undefined],
    ['', undefined],
  ])('%j → %s', (draft, name) => {
    expect(recipientOf(draft)).toBe(name);
  });
});
