// One `askwell-overlay` host per watched composer: an open shadow root that holds all of AskWell's
// in-page UI, a zero-size `position: fixed` layer at the viewport's origin. The host is appended to the
// document, never inside the editor, so the editor's own DOM is untouched.
import { OVERLAY_CSS } from './overlay.css.ts';

export const HOST_TAG = 'askwell-overlay';

let sheet: CSSStyleSheet | undefined;
function overlaySheet(doc: Document): CSSStyleSheet | undefined {
  // Constructable sheets are not subject to the page's style-src CSP; reuse one per document.
  try {
    const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    if (!sheet) {
      sheet = new Ctor();
      sheet.replaceSync(OVERLAY_CSS);
    }
    return sheet;
  } catch {
    return undefined;
  }
}

export interface OverlayHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** The element Preact renders into; its children are placed in viewport coordinates. */
  mount: HTMLElement;
  remove(): void;
}

export function createOverlayHost(composer: HTMLElement): OverlayHost {
  const doc = composer.ownerDocument;
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const s = overlaySheet(doc);
  if (s) root.adoptedStyleSheets = [s];
  else {
    // Fallback for engines without constructable sheets: a <style> inside our own shadow root.
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    root.append(style);
  }
  const mount = doc.createElement('div');
  mount.className = 'aw-root';
  root.append(mount);
  // Outside the editor: a designMode body or an editable body must not receive our node.
  const parent = doc.body && !doc.body.isContentEditable && doc.designMode !== 'on' ? doc.body : doc.documentElement;
  parent.append(host);

  return { host, root, mount, remove: () => host.remove() };
}
