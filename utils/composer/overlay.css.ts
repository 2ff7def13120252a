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
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif;
  color: #1f2933;
}
.aw-root { position: absolute; top: 0; left: 0; }
button { font: inherit; color: inherit; }
.aw-badge {
  pointer-events: auto;
  position: absolute;
  display: inline-flex;
  align-items: center;
  gap: 4px;
  height: 24px;
  min-width: 24px;
  padding: 0 5px;
  box-sizing: border-box;
  border: 1px solid #0f766e;
  border-radius: 12px;
  background: #ffffff;
  color: #0f766e;
  font-weight: 600;
  font-size: 12px;
  line-height: 1;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.18);
  cursor: pointer;
  opacity: 0.94;
}
.aw-badge[data-state="findings"] { border-color: #b45309; color: #92400e; }
.aw-badge:hover, .aw-badge:focus-visible { opacity: 1; outline: 2px solid #14b8a6; outline-offset: 1px; }
.aw-logo {
  display: inline-grid;
  place-items: center;
  width: 14px;
  height: 14px;
  border-radius: 50%;
  background: #0f766e;
  color: #ffffff;
  font-size: 10px;
}
.aw-badge[data-state="findings"] .aw-logo { background: #b45309; }
.aw-count { font-variant-numeric: tabular-nums; }
/* Sized from the composer's box: a moved underline is laid out and painted within it alone. */
.aw-marks { position: absolute; overflow: hidden; pointer-events: none; contain: strict; }
.aw-mark {
  position: absolute;
  height: 3px;
  padding: 0;
  margin: 0;
  border: 0;
  pointer-events: auto;
  cursor: pointer;
  background: repeating-linear-gradient(90deg, #d97706 0 4px, transparent 4px 6px);
}
.aw-mark-tone { background: repeating-linear-gradient(90deg, #be123c 0 4px, transparent 4px 6px); }
/* A suggestion (the rule's level or the user's) is a quieter dotted blue line. */
.aw-mark[data-severity="info"] { height: 2px; background: repeating-linear-gradient(90deg, #2563eb 0 2px, transparent 2px 5px); }
.aw-badge[data-level="info"] { border-color: #2563eb; color: #1d4ed8; }
.aw-badge[data-level="info"] .aw-logo { background: #2563eb; }
.aw-card {
  pointer-events: auto;
  /* Fixed, so that 'bottom' measures from the viewport (the overlay's own layer has no size). */
  position: fixed;
  width: 340px;
  max-height: 60vh;
  overflow: auto;
  box-sizing: border-box;
  background: #ffffff;
  border: 1px solid #cbd5d8;
  border-radius: 10px;
  box-shadow: 0 8px 28px rgba(15, 23, 42, 0.22);
  padding: 10px 12px;
}
.aw-card-head { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.aw-card-head strong { flex: 1; font-size: 13px; }
.aw-score { color: #52606d; font-size: 12px; font-variant-numeric: tabular-nums; }
.aw-x { border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; color: #52606d; padding: 0 2px; }
.aw-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.aw-item { border-left: 3px solid #0f766e; padding: 2px 0 2px 8px; }
.aw-item.aw-pitfall { border-left-color: #d97706; }
.aw-item.aw-tone { border-left-color: #be123c; }
.aw-item[data-severity="info"] { border-left-color: #2563eb; }
.aw-level { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.02em; color: #b45309; }
.aw-item.aw-tone .aw-level { color: #be123c; }
.aw-item[data-severity="info"] .aw-level { color: #1d4ed8; }
.aw-msg { margin: 0 0 2px; }
.aw-cite { margin: 0 0 4px; color: #52606d; font-size: 11.5px; }
.aw-fix {
  display: block;
  width: 100%;
  text-align: left;
  border: 1px solid #99d5cd;
  background: #f0faf8;
  border-radius: 6px;
  padding: 6px 8px;
  cursor: pointer;
}
.aw-fix:hover, .aw-fix:focus-visible { background: #dff3ef; outline: 2px solid #14b8a6; }
.aw-fix-title { display: block; font-weight: 600; color: #0f766e; }
.aw-fix-preview { display: block; color: #323f4b; margin-top: 2px; }
.aw-actions { display: flex; gap: 10px; margin-top: 4px; }
.aw-actions button, .aw-link { border: 0; background: none; padding: 0; color: #52606d; text-decoration: underline; cursor: pointer; font-size: 12px; }
.aw-card-foot { margin-top: 8px; border-top: 1px solid #e4e7eb; padding-top: 6px; }
.aw-empty { margin: 4px 0; color: #52606d; }
.aw-status {
  pointer-events: none;
  position: absolute;
  /* The layer has no width to shrink into: size to the text, up to a line's worth. */
  width: max-content;
  max-width: 270px;
  padding: 4px 8px;
  border-radius: 6px;
  background: #0f766e;
  color: #ffffff;
  font-size: 12px;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2);
}
.aw-status-error { background: #b42318; }
@media (prefers-color-scheme: dark) {
  :host { color: #e6edf0; }
  .aw-badge { background: #0b2e2b; color: #5eead4; border-color: #5eead4; }
  .aw-card { background: #1f2529; border-color: #36414a; }
  .aw-fix { background: #12302c; border-color: #1f5f57; }
  .aw-fix-preview { color: #cbd2d9; }
  .aw-cite, .aw-score, .aw-actions button, .aw-link, .aw-x { color: #9aa7b0; }
}
`;
