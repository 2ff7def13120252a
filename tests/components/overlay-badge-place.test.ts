import { describe, expect, it } from 'vitest';
import { badgeBox } from '../../components/overlay/Overlay.tsx';

const box = { x: 100, y: 100, w: 400, h: 200 };
const view = { w: 1280, h: 800 };

describe('badgeBox', () => {
  it('sits in the composer’s bottom-right corner', () => {
    expect(badgeBox(box, view)).toEqual({ x: 468, y: 268, w: 24, h: 24 });
  });

  it('moves to the top-right corner when the user is typing under it', () => {
    expect(badgeBox(box, view, { x: 470, y: 272, w: 8, h: 16 })).toEqual({ x: 468, y: 108, w: 24, h: 24 });
  });

  it('stays put when the caret is elsewhere', () => {
    expect(badgeBox(box, view, { x: 120, y: 272, w: 8, h: 16 })).toEqual({ x: 468, y: 268, w: 24, h: 24 });
  });

  it('stays inside the viewport when the composer runs past it', () => {
    const b = badgeBox({ x: 100, y: 600, w: 2000, h: 900 }, view);
    expect(b.x + b.w).toBeLessThanOrEqual(1280);
    expect(b.y + b.h).toBeLessThanOrEqual(800);
  });
});
