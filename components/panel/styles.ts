import { panelTokensCss } from '../common/tokens';

/**
 * The panel's whole stylesheet, put into its shadow root as a <style> (no CSS file is fetched, no
 * web font, no image). System fonts only. Light and dark follow the page (data-scheme); the
 * colours are the shared tokens (components/common/tokens.ts).
 */
export const panelCss =
  panelTokensCss('.scout') +
  `
.scout {
  --bg: var(--cs-bg); --fg: var(--cs-fg); --muted: var(--cs-muted); --line: var(--cs-line);
  --soft: var(--cs-soft); --accent: var(--cs-accent); --accent-fg: var(--cs-accent-fg);
  --good: var(--cs-good-fg); --bad: var(--cs-bad-fg); --warn: var(--cs-warn-fg); --focus: var(--cs-focus);
  position: fixed; z-index: 2147483000; box-sizing: border-box;
  /* Compact: a side strip that leaves the page's corners and middle (its own controls) free. */
  width: 288px; max-width: calc(100vw - 24px); max-height: min(70vh, 560px);
  display: flex; flex-direction: column;
  font: var(--cs-text-m)/1.4 var(--cs-font);
  color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: var(--cs-radius-l);
  box-shadow: var(--cs-shadow-2); text-align: start; direction: ltr;
  overflow: hidden;
}
.scout *, .scout *::before, .scout *::after { box-sizing: border-box; }
.scout[data-side="right"] { right: 12px; }
.scout[data-side="left"] { left: 12px; }
.scout.collapsed { width: auto; border-radius: 18px; }
.scout button {
  font: inherit; color: inherit; background: none; border: 0; margin: 0; padding: 0;
  cursor: pointer; text-align: inherit;
}
.scout button:focus-visible, .scout a:focus-visible {
  outline: 2px solid var(--focus); outline-offset: 2px; border-radius: 4px;
}
.scout [hidden] { display: none !important; }
.head {
  display: flex; align-items: center; gap: 6px; padding: 6px 8px;
  border-bottom: 1px solid var(--line); background: var(--soft);
  cursor: grab; user-select: none; touch-action: none;
}
.scout.dragging .head { cursor: grabbing; }
.collapsed .head { border-bottom: 0; background: none; padding: 4px 6px; }
.collapsed .title { max-width: 170px; font-weight: 600; }
.title { flex: 1; min-width: 0; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.icon {
  width: 26px; height: 26px; display: inline-flex; align-items: center; justify-content: center;
  border-radius: 6px; color: var(--muted); flex: none;
}
.icon:hover { background: var(--line); color: var(--fg); }
.body { overflow-y: auto; overscroll-behavior: contain; padding: 8px 10px 10px; }
.status { margin: 0 0 6px; font-weight: 600; }
.status-detail { margin: 0 0 6px; color: var(--muted); }
.status[data-kind="login-wall"], .status[data-kind="private"], .status[data-kind="not-found"],
.status[data-kind="unreadable"] { color: var(--warn); }
.verdict {
  margin: 0 0 4px; font-size: 15px; font-weight: 700;
}
.verdict[data-verdict="strong"] { color: var(--good); }
.verdict .cs-icon { margin-inline-end: 0.3em; }
.verdict[data-verdict="skip"] { color: var(--bad); }
.reasons, .advice, .evidence, .flags ul { margin: 0; padding: 0 0 0 16px; }
.reasons { color: var(--muted); margin: 6px 0; }
.advice { margin: 8px 0; }
.advice li { margin: 2px 0; }
.about { margin: 0 0 6px; color: var(--muted); overflow-wrap: anywhere; }
.about a { color: var(--cs-link); }
.bio { margin: 0 0 6px; font-size: 12px; overflow-wrap: anywhere; }
.contact { margin: 0 0 6px; font-size: 12px; }
.contact-heading { margin: 0; font-size: 12px; color: var(--muted); font-weight: 600; }
.contact-list { margin: 0; padding: 0; list-style: none; }
.contact-list li { margin: 2px 0; overflow-wrap: anywhere; }
.contact-where, .contact-none, .contact-notice { color: var(--muted); }
.contact-copy {
  font: inherit; font-size: 11px; padding: 0 6px; border: 1px solid var(--line);
  border-radius: 4px; background: transparent; color: var(--accent); cursor: pointer;
}
.metric { border-top: 1px solid var(--line); }
.metric-head, .flag-head {
  display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0 8px; width: 100%; padding: 6px 0;
  overflow-wrap: anywhere;
}
.metric-label { color: var(--muted); }
.metric-value { font-weight: 700; font-variant-numeric: tabular-nums; text-align: end; }
.metric-value[data-level="good"] { color: var(--good); }
.metric-value[data-level="bad"] { color: var(--bad); }
.metric-note { grid-column: 1 / -1; color: var(--muted); font-size: 12px; }
.chevron::before { content: "▸"; display: inline-block; margin-inline-end: 4px; transition: transform 0.1s; }
[aria-expanded="true"] .chevron::before { transform: rotate(90deg); }
.evidence { font-size: 12px; color: var(--muted); padding-bottom: 6px; overflow-wrap: anywhere; }
.evidence li { margin: 2px 0; }
.flags { border-top: 1px solid var(--line); padding-top: 6px; }
.audience { border-top: 1px solid var(--line); padding: 6px 0; }
.audience h2 { margin: 0 0 2px; font-size: 13px; }
.audience p { margin: 2px 0; }
.audience-share { font-weight: 700; font-variant-numeric: tabular-nums; }
.audience-share[data-level="bad"] { color: var(--bad); }
.audience-match, .audience-note { font-size: 12px; color: var(--muted); }
.audience-examples { margin: 4px 0 0; padding: 0 0 0 16px; font-size: 12px; overflow-wrap: anywhere; }
.audience-examples li { margin: 2px 0; }
.audience-why { color: var(--muted); }
.flags h2 { margin: 0 0 4px; font-size: 13px; }
.flags-empty { margin: 0; color: var(--muted); }
.post-caption { border-top: 1px solid var(--line); padding-top: 6px; margin-bottom: 6px; }
.post-caption h3 { margin: 0 0 4px; font-size: 13px; }
.post-caption ul { margin: 0; padding: 0; list-style: none; }
.post-caption li[data-ok="false"] { color: var(--bad); }
.cs-icon { display: inline-block; vertical-align: -0.125em; flex-shrink: 0; }
.cs-mark { margin-inline-end: 0.3em; }
.cs-mark[data-ok="true"] { color: var(--good); }
.cs-mark[data-ok="false"] { color: var(--bad); }
.cs-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.flag-head { display: block; padding: 3px 0; }
.flag-head .sev { display: inline-block; margin-inline-end: 6px; }
.sev { font-size: 11px; font-weight: 700; text-transform: uppercase; padding: 0 4px; border-radius: 4px; border: 1px solid currentColor; }
.sev[data-severity="high"] { color: var(--bad); }
.sev[data-severity="medium"] { color: var(--warn); }
.sev[data-severity="low"], .sev[data-severity="info"] { color: var(--muted); }
/* The shortlist button stays in view while the rest scrolls. */
.actions {
  position: sticky; bottom: -10px; margin: 6px -10px -10px; padding: 8px 10px 10px;
  border-top: 1px solid var(--line); background: var(--bg);
}
.shortlist {
  width: 100%; padding: 7px 10px !important; border-radius: 6px;
  background: var(--accent) !important; color: var(--accent-fg) !important; font-weight: 600 !important;
  text-align: center !important;
}
.shortlist[aria-disabled="true"] { cursor: default; opacity: 0.75; }
.prospects { margin: 10px 0 4px; padding-top: 8px; border-top: 1px solid var(--line); }
.prospects h2 { font-size: 12px; margin: 0 0 6px; }
.prospects ol { margin: 0 0 8px; padding: 0 0 0 18px; }
.prospects li { margin: 0 0 6px; }
.prospect-why { margin: 2px 0 0; color: var(--muted); font-size: 11px; }
.prospect-add, .prospects-add-all {
  border: 1px solid var(--line) !important; border-radius: 5px; padding: 1px 7px !important;
  font-size: 11px !important; margin-left: 4px !important;
}
.prospects-add-all { width: 100%; padding: 5px 8px !important; margin: 0 !important; text-align: center !important; }
.prospect-add[disabled], .prospects-add-all[disabled] { cursor: default; opacity: 0.6; }
.shortlist[data-state="done"] { background: var(--cs-good-bg) !important; color: var(--cs-good-fg) !important; opacity: 1; }
.change, .notice, .hint { margin: 6px 0 0; font-size: 12px; color: var(--muted); }
.notice { color: var(--warn); }
bdi { unicode-bidi: isolate; }
@media (prefers-reduced-motion: reduce) { .chevron::before { transition: none; } }
`;
