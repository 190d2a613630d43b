#include "report/report_style.hpp"

namespace suasana::report {

const char* report_css() {
    return R"css(
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6270; --line: #dde1e8; --card: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: #fff; }
header, main, footer { max-width: 980px; margin: 0 auto; padding: 0 16px; }
header { padding-top: 20px; }
h1 { font-size: 1.7rem; margin: 0 0 4px; }
h2 { font-size: 1.35rem; margin: 32px 0 8px; padding-top: 12px; border-top: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 22px 0 6px; }
.lead { color: var(--muted); margin: 0 0 12px; }
dl.basis { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 12px 0;
  padding: 10px 14px; background: var(--card); border-radius: 6px; font-size: .92rem; }
dl.basis dt { font-weight: 600; }
dl.basis dd { margin: 0; overflow-wrap: anywhere; }
svg.chart { display: block; width: 100%; height: auto; margin: 6px 0; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .axis { font-size: 11px; fill: var(--muted); }
svg .value { font-size: 10px; fill: var(--ink); }
svg .mood-line { fill: none; stroke-width: 2.5; stroke-linejoin: round; }
svg rect.empty { stroke: #c9ced6; stroke-dasharray: 3 3; }
.legend { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap;
  gap: 4px 16px; font-size: .9rem; }
.legend svg { width: 12px; height: 12px; vertical-align: -1px; margin-right: 5px; }
.stats { font-size: .95rem; margin: 0 0 6px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: .88rem; margin: 8px 0; }
th, td { padding: 3px 10px 3px 0; text-align: left; border-bottom: 1px solid var(--line);
  vertical-align: top; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
details { margin: 6px 0; }
summary { cursor: pointer; color: var(--muted); }
article.comment { background: var(--card); border-radius: 6px; padding: 10px 14px; margin: 10px 0;
  break-inside: avoid; }
article.comment .meta { margin: 0; font-size: .9rem; color: var(--muted); }
article.comment .author { font-weight: 600; color: var(--ink); overflow-wrap: anywhere; }
blockquote { margin: 6px 0; font-size: 1.02rem; overflow-wrap: anywhere; }
.source { margin: 4px 0 0; font-size: .88rem; overflow-wrap: anywhere; }
.note, .none { color: var(--muted); font-size: .88rem; }
.url { font-family: ui-monospace, monospace; font-size: .85rem; }
a { color: #0a58ca; }
footer { color: var(--muted); font-size: .85rem; padding-bottom: 24px; margin-top: 32px; }
@media (max-width: 600px) {
  body { font-size: 15px; }
  h1 { font-size: 1.35rem; }
  dl.basis { grid-template-columns: 1fr; }
  dl.basis dd { margin-bottom: 4px; }
  /* A 720-unit chart drawn 360 pixels wide halves its text: draw it larger there. */
  svg .axis { font-size: 20px; }
  svg .value { font-size: 18px; }
  svg .mood-line { stroke-width: 4; }
}
@media print {
  body { font-size: 11pt; }
  header, main, footer { max-width: none; padding: 0; }
  h2 { break-before: auto; break-after: avoid; }
  h3 { break-after: avoid; }
  svg.chart, table, article.comment { break-inside: avoid; }
  summary { color: var(--ink); }
  a { color: var(--ink); }
  a::after { content: " (" attr(href) ")"; font-size: .8em; }
}
)css";
}

}  // namespace suasana::report
