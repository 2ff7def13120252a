// Acting on the real editor fixtures (tests/fixtures/editors) as a person: click into the editable.
import type { Frame, Page } from 'playwright-core';
import type {} from '../fixtures/editors/shared/fixture.ts';

/** Clicks just inside the editable's top-left (through TinyMCE's iframe), and returns where AskWell's overlay lives. */
export async function clickIntoEditor(page: Page, name: string): Promise<Page | Frame> {
  const frame = name === 'tinymce' ? page.frames().find((f) => f !== page.mainFrame()) : undefined;
  const { x, y } = await page.evaluate(() => {
    const root = window.fixture!.root;
    const r = root.getBoundingClientRect();
    let px = r.left + Math.min(40, r.width / 2);
    let py = r.top + Math.min(12, r.height / 2);
    const frameEl = root.ownerDocument.defaultView?.frameElement;
    if (frameEl) {
      const f = frameEl.getBoundingClientRect();
      px += f.left + frameEl.clientLeft;
      py += f.top + frameEl.clientTop;
    }
    return { x: px, y: py };
  });
  await page.mouse.click(x, y);
  return frame ?? page;
}
