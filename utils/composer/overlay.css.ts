// Styles of the in-page overlay. They live inside its shadow root (adopted stylesheet), so nothing
// reaches the page's document and the page's styles do not reach in.
export const OVERLAY_CSS = `
:host {
  all: initial;
  position: fixed;
  top: 0;
  left: 0;
  width: 0;
  height: 0;
  z-index: 2147483646;
  pointer-events: none;
}
.aw-root { position: absolute; top: 0; left: 0; }
.aw-badge {
  pointer-events: auto;
  position: absolute;
  display: inline-flex;
  align-items: center;
  gap: 4px;
  height: 24px;
  min-width: 24px;
  padding: 0 6px;
  box-sizing: border-box;
  border: 1px solid #0f766e;
  border-radius: 12px;
  background: #ffffff;
  color: #0f766e;
  font: 600 12px/1 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.18);
  cursor: pointer;
  opacity: 0.92;
}
.aw-badge:hover, .aw-badge:focus-visible { opacity: 1; outline: 2px solid #14b8a6; outline-offset: 1px; }
.aw-mark {
  display: inline-grid;
  place-items: center;
  width: 14px;
  height: 14px;
  border-radius: 50%;
  background: #0f766e;
  color: #ffffff;
  font-size: 10px;
}
.aw-count { font-variant-numeric: tabular-nums; }
@media (prefers-color-scheme: dark) {
  .aw-badge { background: #0b2e2b; color: #5eead4; border-color: #5eead4; }
}
`;
