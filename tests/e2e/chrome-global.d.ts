// Code passed to page.evaluate / worker.evaluate runs inside the extension, where `chrome` exists.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
