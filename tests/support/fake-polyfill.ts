// In unit tests `webextension-polyfill` resolves here: WXT's in-memory fake of the extension APIs.
import { fakeBrowser } from 'wxt/testing/fake-browser';
export default fakeBrowser;
