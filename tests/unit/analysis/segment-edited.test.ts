// segmentEdited reuses the last segmentation after an edit; it must always equal a full segment().
import { describe, expect, it } from 'vitest';
import { segment, segmentEdited } from '../../../utils/analysis/segment.ts';
import { mulberry32 } from '../../support/random.ts';

const PIECES = ['Hi Sam,', ' ', '\n', '\r\n', ' the\n', 'to \n', 'lower\ncase', ' a \r\nparticipant', 'Go\nnow', 'x \n  y', '. ', '.', '!', '?', '。', '！', '，', ', ', 'e.g.', ' Dr. Li', ' J. Smith', '”', '）', '我们需要两名测试', 'need two QA engineers for 3 days', '😀', '👩‍💻', 'é', '1.5', 'x'.repeat(450), '字'.repeat(300), ' word'.repeat(90)];

describe('segmentEdited', () => {
  it('equals segment() after random edits (insert, delete, replace; anywhere)', () => {
    const rand = mulberry32(5);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    for (let doc = 0; doc < 60; doc++) {
      let text = Array.from({ length: 20 + Math.floor(rand() * 60) }, () => pick(PIECES)).join('');
      expect(segmentEdited(text)).toEqual(segment(text));
      for (let e = 0; e < 60; e++) {
        const at = Math.floor(rand() * (text.length + 1));
        const len = Math.floor(rand() * 4);
        const r = rand();
        const ins = r < 0.5 ? pick(PIECES).slice(0, 1 + Math.floor(rand() * 3)) : r < 0.8 ? '' : pick(PIECES);
        text = text.slice(0, at) + ins + text.slice(at + (r < 0.5 ? 0 : len));
        expect([doc, e, segmentEdited(text)]).toEqual([doc, e, segment(text)]);
      }
    }
  });

  it('handles unrelated texts one after another', () => {
    for (const t of ['One. Two. Three.', '完全不同的文本。第二句！', '', 'One. Two. Three.', 'One. Two! Three.']) expect(segmentEdited(t)).toEqual(segment(t));
  });
});
