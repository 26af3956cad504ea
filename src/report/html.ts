import { createHash } from "node:crypto";
import type { FileResult, Finding, Severity } from "../model/types.js";
import { escapeHtml, safeHref } from "./escape-html.js";
import { SCRIPT, STYLE } from "./html-assets.js";
import { relativePath } from "./location.js";
import { blockLabel, coverageOf, placeFinding, type FileReview, type ReviewContext } from "./review.js";
import { plural } from "./text.js";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** A finding as the report shows it: its id in the page and whether it is muted. */
interface Shown {
  id: string;
  finding: Finding;
  muted?: "suppressed" | "baselined";
}

function hash(text: string): string {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

function countsOf(findings: Finding[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

/** Attributes the filters read: severity, rule, muted. */
function filterAttrs(s: Shown): string {
  return `data-sev="${s.finding.severity}" data-rule="${escapeHtml(s.finding.ruleId)}"${s.muted ? ' data-muted="1"' : ""}`;
}

function ruleLink(f: Finding, docsUrl: string | undefined): string {
  const href = safeHref(f.docsUrl ?? docsUrl);
  const id = `<code>${escapeHtml(f.ruleId)}</code>`;
  return href ? `<a href="${href}" target="_blank" rel="noopener noreferrer">${id}</a>` : id;
}

function findingCard(s: Shown, docsUrls: Map<string, string>, withEvidence: boolean): string {
  const f = s.finding;
  const mute = s.muted ? `<span class="badge mute">${s.muted}</span>` : "";
  const parts = [
    `<article class="finding fd sev-${f.severity}${s.muted ? " muted" : ""}" id="${s.id}" ${filterAttrs(s)}>`,
    `<div class="head"><span class="badge sev-${f.severity}">${f.severity}</span>${mute}${ruleLink(f, docsUrls.get(f.ruleId))}<span class="at">line ${f.line}:${f.column}</span></div>`,
    `<p class="msg">${escapeHtml(f.message)}</p>`,
  ];
  if (withEvidence && f.evidence) parts.push(`<p class="ev">Evidence: <q>${escapeHtml(f.evidence)}</q></p>`);
  if (f.citation) parts.push(`<p class="cite">${escapeHtml(f.citation)}</p>`);
  if (f.fix) parts.push(`<p class="fix">Fix: ${escapeHtml(f.fix)}</p>`);
  parts.push("</article>");
  return parts.join("");
}

/** A paragraph's text with each placed finding's evidence wrapped in marks (overlaps split into segments). */
function markedText(text: string, ranges: { start: number; end: number; shown: Shown }[]): string {
  if (ranges.length === 0) return escapeHtml(text);
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  let out = "";
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const piece = escapeHtml(text.slice(a, b));
    const over = ranges.filter((r) => r.start <= a && b <= r.end);
    if (over.length === 0) {
      out += piece;
      continue;
    }
    const live = over.filter((r) => !r.shown.muted);
    const top = (live.length ? live : over).map((r) => r.shown.finding.severity).sort((x, y) => SEVERITIES.indexOf(x) - SEVERITIES.indexOf(y))[0];
    const ids = over.map((r) => r.shown.id).join(" ");
    out += `<mark class="hl sev-${top}${live.length ? "" : " muted"}" data-f="${ids}">${piece}</mark>`;
  }
  return out;
}

/** Findings a directive suppressed or the baseline hid: shown, muted, not counted. */
function mutedOf(result: FileResult): Finding[] {
  return [...(result.suppressed ?? []), ...(result.baselined ?? [])];
}

function fileSection(index: number, result: FileResult, review: FileReview | undefined, ctx: ReviewContext, docsUrls: Map<string, string>): string {
  const fid = `f${index}`;
  const path = relativePath(result.file, ctx.cwd);
  const muted = mutedOf(result);
  const shown: Shown[] = [
    ...result.findings.map((finding, k) => ({ id: `${fid}-n${k}`, finding })),
    ...(result.suppressed ?? []).map((finding, k) => ({ id: `${fid}-s${k}`, finding, muted: "suppressed" as const })),
    ...(result.baselined ?? []).map((finding, k) => ({ id: `${fid}-b${k}`, finding, muted: "baselined" as const })),
  ];
  const n = countsOf(result.findings);
  const out: string[] = [`<section class="card filing" id="${fid}">`, `<h2>${escapeHtml(path)}</h2>`];
  const meta = [
    review?.form ? `Form ${escapeHtml(review.form)}` : "",
    review ? (review.tagged ? "cyd-tagged" : "untagged") : "",
    `${plural(n.error, "error")}, ${plural(n.warning, "warning")}, ${n.info} info${muted.length ? `, ${muted.length} muted` : ""}`,
  ].filter(Boolean);
  out.push(`<p class="meta">${meta.join(" · ")}</p>`);
  if (result.fatal) {
    const at = result.fatal.line ? ` (line ${result.fatal.line}:${result.fatal.column ?? 1})` : "";
    out.push(`<p class="fatal">Could not be read${at}: ${escapeHtml(result.fatal.message)}</p></section>`);
    return out.join("\n");
  }

  // Where each finding sits in the text.
  const byParagraph = new Map<number, { shown: Shown; start?: number; end?: number }[]>();
  const outside: Shown[] = [];
  for (const s of shown) {
    const at = review && placeFinding(review, s.finding);
    if (!at) {
      outside.push(s);
      continue;
    }
    const list = byParagraph.get(at.paragraph) ?? [];
    list.push({ shown: s, start: at.start, end: at.end });
    byParagraph.set(at.paragraph, list);
  }

  const rows = coverageOf(review, [...result.findings, ...muted]);
  // "16K(c)(1)" for a paragraph's list of what it answers.
  const citations = new Map(rows.map((r) => [r.element.id, r.element.citation.split(";")[0].replace(/^(Reg S-K|Form 20-F Item) /, "")]));
  const shownOf = new Map(shown.map((s) => [s.finding, s]));
  if (rows.length) {
    const item = review?.form === "20-F" ? "Form 20-F Item 16K" : "Reg S-K Item 106";
    out.push(`<h3>Coverage of ${item}</h3>`, `<table class="matrix"><thead><tr><th>Element</th><th>Addressed</th><th>Where</th><th>Flag</th><th>Findings</th></tr></thead><tbody>`);
    for (const row of rows) {
      const e = row.element;
      const status = row.paragraphs.length ? `<span class="status yes">Addressed</span>` : `<span class="status no ${e.severity}">Not found</span>`;
      const blocks = [...new Set(row.paragraphs.flatMap((i) => review!.paragraphs[i].blocks))];
      const links = row.paragraphs.slice(0, 8).map((i) => `<a href="#${fid}-p${i}">¶${i + 1}</a>`).join("");
      const more = row.paragraphs.length > 8 ? `<span class="blk">+${row.paragraphs.length - 8} more</span>` : "";
      const where = row.paragraphs.length ? `${links}${more}<div class="blk">${blocks.length ? blocks.map((c) => escapeHtml(blockLabel(c))).join("; ") : "untagged paragraphs"}</div>` : "";
      const flag = row.flags.length ? [...new Set(row.flags.map((x) => (x.value === null ? `invalid “${x.raw}”` : String(x.value))))].map((v) => `<code>${escapeHtml(v)}</code>`).join(" ") : e.flag && review?.tagged ? `<span class="blk">not tagged</span>` : "";
      const chips = row.findings
        .map((f) => {
          const s = shownOf.get(f)!;
          return `<a class="chip fd sev-${f.severity}${s.muted ? " muted" : ""}" ${filterAttrs(s)} href="#${s.id}">${escapeHtml(f.ruleId)}</a>`;
        })
        .join("");
      out.push(
        `<tr><td class="el">${escapeHtml(e.title[0].toUpperCase() + e.title.slice(1))}<div class="cite">${escapeHtml(e.citation)}</div></td><td>${status}</td><td class="where">${where}</td><td>${flag}</td><td>${chips}</td></tr>`,
      );
    }
    out.push("</tbody></table>");
  }

  out.push(`<h3>Disclosure text</h3>`);
  if (!review || review.paragraphs.length === 0) out.push(`<p class="empty">No cybersecurity text found to show.</p>`);
  review?.paragraphs.forEach((p, i) => {
    const placed = byParagraph.get(i) ?? [];
    const ranges = placed.filter((x) => x.start !== undefined && x.end !== undefined && x.end > x.start) as { shown: Shown; start: number; end: number }[];
    const blocks = p.blocks.map((c) => `<span class="blk">${escapeHtml(blockLabel(c))}</span>`).join("");
    const answers = [...new Set(p.elements.map((id) => citations.get(id)).filter((c) => c !== undefined))];
    const elements = answers.length ? ` · answers ${escapeHtml(answers.join(", "))}` : "";
    const where = `<span class="loc">¶${i + 1} · line ${p.line}:${p.column}${elements}${blocks}</span>`;
    const notes = placed.map((x) => findingCard(x.shown, docsUrls, x.start === undefined)).join("");
    out.push(`<div class="para" id="${fid}-p${i}"><div class="ptext">${where}<p>${markedText(p.text, ranges)}</p></div><div class="notes">${notes}</div></div>`);
  });
  if (outside.length) {
    out.push(`<h3>Findings on the disclosure as a whole</h3>`, `<div class="outside">${outside.map((s) => findingCard(s, docsUrls, true)).join("")}</div>`);
  }
  out.push("</section>");
  return out.join("\n");
}

/**
 * The review report: one self-contained HTML file (inline CSS and script admitted by a strict CSP,
 * nothing fetched) with, per file, the coverage matrix, the disclosure's text with each finding's
 * evidence highlighted beside the finding, and the findings it could not place. Every string from
 * an input goes through escapeHtml. The same results give the same bytes.
 */
export function html(results: FileResult[], ctx: ReviewContext): string {
  const reviews = new Map((ctx.reviews ?? []).map((r) => [r.file, r]));
  const docsUrls = new Map(ctx.rules.map((r) => [r.id, r.docsUrl]));
  const muted = results.flatMap(mutedOf);
  const all = results.flatMap((r) => r.findings);
  const n = countsOf(all);
  const fatals = results.filter((r) => r.fatal).length;
  const ruleIds = [...new Set([...all, ...muted].map((f) => f.ruleId))].sort();

  const summaryRows = results.map((r, i) => {
    const c = countsOf(r.findings);
    const rows = r.fatal ? [] : coverageOf(reviews.get(r.file), r.findings);
    const covered = rows.filter((x) => x.paragraphs.length).length;
    return `<tr><td><a href="#f${i}">${escapeHtml(relativePath(r.file, ctx.cwd))}</a></td><td>${r.fatal ? "unreadable" : c.error}</td><td>${c.warning}</td><td>${c.info}</td><td>${rows.length ? `${covered} / ${rows.length}` : "—"}</td></tr>`;
  });
  const sections = results.map((r, i) => fileSection(i, r, reviews.get(r.file), ctx, docsUrls));

  const filters = [
    `<div class="group"><span class="label">Severity</span>${SEVERITIES.map((s) => `<label><input type="checkbox" data-filter="sev" value="${s}" checked> ${s} (${n[s]})</label>`).join("")}</div>`,
    `<div class="group"><label><input type="checkbox" data-filter="muted" checked> suppressed and baselined (${muted.length})</label></div>`,
    `<div class="group"><details><summary><span class="label">Rules</span> (${ruleIds.length})</summary><div class="rules">${ruleIds.map((id) => `<label><input type="checkbox" data-filter="rule" value="${escapeHtml(id)}" checked> ${escapeHtml(id)}</label>`).join("")}</div></details></div>`,
    `<span class="shown" id="shown"></span>`,
  ];
  const csp = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>disclint review: ${plural(results.length, "file")}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top"><h1>Cybersecurity disclosure review</h1><p>disclint ${escapeHtml(ctx.version)} · ${plural(results.length, "file")} · Reg S-K Item 106 / Form 20-F Item 16K</p></header>
<nav class="filters" aria-label="Filters">${filters.join("")}</nav>
<main>
<section class="card summary" id="summary">
<h2>Summary</h2>
<div class="counts"><div class="count error"><b>${n.error}</b>errors</div><div class="count warning"><b>${n.warning}</b>warnings</div><div class="count info"><b>${n.info}</b>info</div><div class="count"><b>${muted.length}</b>suppressed or baselined</div><div class="count"><b>${results.length}</b>files${fatals ? ` (${fatals} unreadable)` : ""}</div></div>
<h3>Files</h3>
<table class="files"><thead><tr><th>File</th><th>Errors</th><th>Warnings</th><th>Info</th><th>Elements addressed</th></tr></thead><tbody>
${summaryRows.join("\n")}
</tbody></table>
</section>
${sections.join("\n")}
<footer>Generated by disclint ${escapeHtml(ctx.version)}. Highlights mark each finding's evidence in the disclosure's text; “Where” links lead to the paragraphs that address an element.</footer>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
