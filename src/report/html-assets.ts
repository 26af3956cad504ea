// The review report's stylesheet and script, inlined into the one file (no network, no fonts or
// images fetched; the report's CSP admits exactly these two by hash).

export const STYLE = `
:root { --ink: #1c2430; --muted: #5d6978; --line: #d8dee6; --paper: #fff; --wash: #f5f7fa;
  --error: #b42318; --error-bg: #fde8e6; --warning: #a15c07; --warning-bg: #fdf1dc; --info: #175cd3; --info-bg: #e6effc;
  --ok: #067647; --ok-bg: #e3f4ea; --accent: #23395b; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--wash); }
body { margin: 0; }
a { color: var(--accent); }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.88em; }
header.top { background: var(--accent); color: #fff; padding: 18px 32px 14px; }
header.top h1 { margin: 0; font-size: 21px; font-weight: 600; letter-spacing: 0.01em; }
header.top p { margin: 4px 0 0; color: #d5dde8; font-size: 13px; }
main { max-width: 1280px; margin: 0 auto; padding: 0 32px 48px; }
.filters { position: sticky; top: 0; z-index: 5; background: var(--paper); border-bottom: 1px solid var(--line);
  padding: 10px 32px; display: flex; flex-wrap: wrap; gap: 8px 18px; align-items: center; font-size: 13px; box-shadow: 0 1px 3px rgba(0,0,0,.05); }
.filters .group { display: flex; gap: 10px; align-items: center; }
.filters .label { color: var(--muted); text-transform: uppercase; letter-spacing: .06em; font-size: 11px; font-weight: 600; }
.filters label { display: inline-flex; gap: 4px; align-items: center; cursor: pointer; white-space: nowrap; }
.filters details { position: relative; }
.filters summary { cursor: pointer; }
.filters .rules { position: absolute; top: 26px; left: 0; background: var(--paper); border: 1px solid var(--line); border-radius: 6px;
  padding: 8px 12px; max-height: 360px; overflow: auto; display: grid; gap: 3px; box-shadow: 0 6px 18px rgba(0,0,0,.12); }
.filters .shown { margin-left: auto; color: var(--muted); }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 18px 22px; margin-top: 22px; }
h2 { font-size: 18px; margin: 0 0 4px; overflow-wrap: anywhere; }
h3 { font-size: 14px; margin: 22px 0 8px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.meta { color: var(--muted); margin: 0; font-size: 13px; }
.counts { display: flex; gap: 12px; flex-wrap: wrap; margin: 12px 0 0; }
.count { border: 1px solid var(--line); border-radius: 6px; padding: 6px 14px; min-width: 92px; }
.count b { display: block; font-size: 20px; }
.count.error b { color: var(--error); } .count.warning b { color: var(--warning); } .count.info b { color: var(--info); }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { font-weight: 600; color: var(--muted); font-size: 12px; background: var(--wash); }
.files td:first-child { overflow-wrap: anywhere; }
.matrix td.el { width: 34%; }
.matrix .cite { color: var(--muted); white-space: nowrap; }
.status { display: inline-block; border-radius: 10px; padding: 1px 9px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.status.yes { background: var(--ok-bg); color: var(--ok); }
.status.no.error { background: var(--error-bg); color: var(--error); }
.status.no.warning { background: var(--warning-bg); color: var(--warning); }
.where a { margin-right: 6px; white-space: nowrap; }
.where .blk { color: var(--muted); font-size: 12px; }
.chip { display: inline-block; white-space: nowrap; border-radius: 4px; padding: 0 6px; margin: 1px 3px 1px 0; font-size: 12px; text-decoration: none; border: 1px solid; }
.sev-error.chip, .badge.sev-error { color: var(--error); border-color: var(--error); }
.sev-warning.chip, .badge.sev-warning { color: var(--warning); border-color: var(--warning); }
.sev-info.chip, .badge.sev-info { color: var(--info); border-color: var(--info); }
.chip.muted { opacity: .55; }
.para { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 18px; padding: 10px 0; border-top: 1px solid var(--wash); }
.para:target .ptext { background: #fffbe6; }
.ptext { font-family: Georgia, "Times New Roman", serif; font-size: 15.5px; line-height: 1.6; padding: 2px 6px; border-radius: 4px; }
.ptext p { margin: 0; }
.loc { display: block; font: 11.5px/1.4 -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--muted); margin-bottom: 2px; }
.loc .blk { background: var(--wash); border: 1px solid var(--line); border-radius: 3px; padding: 0 5px; margin-left: 6px; }
mark.hl { background: var(--warning-bg); border-bottom: 2px solid var(--warning); color: inherit; padding: 0 1px; }
mark.hl.sev-error { background: var(--error-bg); border-bottom-color: var(--error); }
mark.hl.sev-info { background: var(--info-bg); border-bottom-color: var(--info); }
mark.hl.muted { background: #eef0f3; border-bottom: 2px dotted #98a2b3; }
mark.hl.off { background: none; border-bottom: none; }
.notes { display: grid; gap: 8px; align-content: start; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--info); border-radius: 6px; padding: 8px 10px; font-size: 13px; background: var(--paper); }
.finding.sev-error { border-left-color: var(--error); }
.finding.sev-warning { border-left-color: var(--warning); }
.finding.muted { opacity: .6; border-left-color: #98a2b3; background: var(--wash); }
.finding .head { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.badge { border: 1px solid; border-radius: 3px; padding: 0 5px; font-size: 11px; text-transform: uppercase; font-weight: 600; }
.badge.mute { color: var(--muted); border-color: #98a2b3; }
.finding .at { color: var(--muted); margin-left: auto; font-size: 12px; }
.finding .msg { margin: 4px 0 0; }
.finding .fix, .finding .cite, .finding .ev { margin: 4px 0 0; color: var(--muted); }
.finding .ev q { color: var(--ink); font-style: italic; }
.outside .finding { margin-bottom: 8px; }
.fatal { border-left: 4px solid var(--error); padding: 8px 12px; background: var(--error-bg); border-radius: 6px; }
.empty { color: var(--muted); font-style: italic; }
footer { color: var(--muted); font-size: 12px; text-align: center; margin-top: 28px; }
@media (max-width: 900px) { .para { grid-template-columns: 1fr; } main, .filters { padding-left: 14px; padding-right: 14px; } }
@page { margin: 16mm 14mm; }
@media print {
  html { background: #fff; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .filters, .noprint { display: none !important; }
  header.top { background: none; color: var(--ink); padding: 0 0 8px; border-bottom: 2px solid var(--ink); }
  header.top p { color: var(--muted); }
  main { max-width: none; padding: 0; }
  .card { border: none; padding: 0; margin-top: 14pt; }
  section.filing { break-before: page; }
  .para { grid-template-columns: minmax(0, 1fr) 38%; gap: 12pt; break-inside: avoid; }
  .finding, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

export const SCRIPT = `
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var items = Array.prototype.slice.call(document.querySelectorAll(".fd"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));
  var shownCount = document.getElementById("shown");
  function apply() {
    var sev = {}, rule = {}, muted = false;
    boxes.forEach(function (b) {
      if (!b.checked) return;
      if (b.dataset.filter === "sev") sev[b.value] = true;
      else if (b.dataset.filter === "rule") rule[b.value] = true;
      else if (b.dataset.filter === "muted") muted = true;
    });
    var visible = {}, cards = 0, total = 0;
    items.forEach(function (el) {
      var on = sev[el.dataset.sev] === true && rule[el.dataset.rule] === true && (muted || el.dataset.muted !== "1");
      el.hidden = !on;
      if (el.classList.contains("finding")) { total++; if (on) { cards++; visible[el.id] = true; } }
    });
    marks.forEach(function (m) {
      var ids = (m.dataset.f || "").split(" ");
      m.classList.toggle("off", !ids.some(function (id) { return visible[id] === true; }));
    });
    if (shownCount) shownCount.textContent = "Showing " + cards + " of " + total + " findings";
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  apply();
})();
`;
