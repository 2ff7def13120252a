import { describe, expect, it } from 'vitest';
import { diffEdit, remapSpan } from '../../../utils/composer/remap.ts';
import { mulberry32 } from '../../support/random.ts';

describe('diffEdit', () => {
  it.each([
    ['equal texts', 'abc', 'abc', null],
    ['typing at the end', 'We need', 'We need 2', { start: 7, oldEnd: 7, newEnd: 9 }],
    ['deleting in the middle (the shortest edit)', 'one two three', 'one three', { start: 5, oldEnd: 9, newEnd: 5 }],
    ['replacing a word', '需要帮助一下', '需要两名测试一下', { start: 2, oldEnd: 4, newEnd: 6 }],
    ['a repeated letter is not double-counted', 'aaa', 'aaaa', { start: 3, oldEnd: 3, newEnd: 4 }],
  ])('%s', (_n, a, b, edit) => {
    const e = diffEdit(a, b);
    expect(e).toEqual(edit);
    // The edit really turns a into b.
    if (e) expect(a.slice(0, e.start) + b.slice(e.start, e.newEnd) + a.slice(e.oldEnd)).toBe(b);
  });
});

describe('remapSpan', () => {
  const text = 'Hi. We need some help. Thanks';
  const span = { start: text.indexOf('some help'), end: text.indexOf('some help') + 9 };

  it('keeps a span before the edit where it is', () => {
    expect(remapSpan(span, diffEdit(text, text + '!'))).toEqual(span);
  });

  it('shifts a span after the edit by the edit’s length', () => {
    const edited = 'Hi Dana. We need some help. Thanks';
    const moved = remapSpan(span, diffEdit(text, edited))!;
    expect(edited.slice(moved.start, moved.end)).toBe('some help');
  });

  it('drops a span the edit touched', () => {
    expect(remapSpan(span, diffEdit(text, text.replace('some help', 'a tester')))).toBeNull();
  });

  it('keeps emoji spans whole when text is typed before them', () => {
    const t = 'ok 👩‍💻 go';
    const s = { start: 3, end: 3 + '👩‍💻'.length };
    const moved = remapSpan(s, diffEdit(t, 'so ' + t))!;
    expect(('so ' + t).slice(moved.start, moved.end)).toBe('👩‍💻');
  });
});

describe('diffEdit on long texts', () => {
  /** The plain definition: longest common prefix, then the longest common suffix after it. */
  function naive(a: string, b: string) {
    if (a === b) return null;
    let start = 0;
    while (start < Math.min(a.length, b.length) && a[start] === b[start]) start++;
    let ea = a.length;
    let eb = b.length;
    while (ea > start && eb > start && a[ea - 1] === b[eb - 1]) {
      ea--;
      eb--;
    }
    return { start, oldEnd: ea, newEnd: eb };
  }

  it('finds the same edit as a character-by-character scan, for edits anywhere in a long draft', () => {
    const rnd = mulberry32(5);
    const base = Array.from({ length: 600 }, (_, i) => `word${i % 7} `).join('');
    for (let k = 0; k < 300; k++) {
      const at = Math.floor(rnd() * base.length);
      const del = Math.floor(rnd() * 3) * Math.floor(rnd() * 200);
      const ins = ['', 'x', 'word1 ', 'a'.repeat(Math.floor(rnd() * 300))][Math.floor(rnd() * 4)]!;
      const b = base.slice(0, at) + ins + base.slice(at + del);
      expect(diffEdit(base, b)).toEqual(naive(base, b));
    }
  });
});
