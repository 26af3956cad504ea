// Where a draft's finding about an Item 106 / 16K element belongs. The engine reports an element no
// paragraph answers at the section's heading (it is about the whole section); a writer wants to be
// sent where the text should go, and never shown an unrelated sentence as if it were the problem:
// an absence goes to the element's own sub-heading when the draft has one (`disclint init` writes one
// per element), else to the heading of its part of Item 106 ("Governance"), else it stays at the
// section heading (as ESLint or Vale report a whole-document problem at its top) - all headings, so
// the quote is the heading. An element only a cross-reference answers ("see Item 1A") points at the
// paragraph that refers, quoting it. A part an answered element leaves out points at the first
// paragraph that answers the element. Everything else stays where the engine put it.
import type { Element } from "../text/requirement-map.js";
import type { RuleSet } from "../engine/rule-loader.js";
import { LineIndex } from "../model/position.js";
import type { Disclosure, Finding } from "../model/types.js";
import { DocumentContext } from "../engine/document.js";
import { collapseSpaces, headOf } from "../text/spaces.js";

/** A Markdown heading line, or a line a paragraph of the section names as its heading. */
/**
 * A Markdown heading line's text, as /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/ captures it (undefined: no heading), read in one
 * pass: that regex's lazy capture tried every split of a run of spaces, quadratic on a stranger's long heading line.
 */
export function markdownHeading(line: string): string | undefined {
  const blank = (c: string | undefined) => c === " " || c === "\t";
  let i = 0;
  while (i < 3 && line[i] === " ") i++;
  let h = i;
  while (line[h] === "#") h++;
  if (h - i < 1 || h - i > 6 || !blank(line[h]) || /[\n\r\u2028\u2029]/.test(line.slice(h))) return undefined;
  let s = h;
  while (s < line.length && blank(line[s])) s++;
  // Nothing after the spaces: the capture takes the last of them, if one is left for [ \t]+.
  if (s === line.length) return s - h >= 2 ? line[s - 1] : undefined;
  let e = line.length;
  while (e > s && (blank(line[e - 1]) || line[e - 1] === "#")) e--;
  return line.slice(s, Math.max(e, s + 1));
}

/**
 * The element a message about the section names: its title, then " (" (unanswered) or ":" (a part left out); of several,
 * the one named first (one finding for elements read together names the group's first first: "… informed …, nor whether
 * those managers report …"), and of titles named at one place the longest (a title that contains another's).
 */
function elementOf(f: Finding, elements: Element[]): { element: Element; part: boolean } | undefined {
  let best: { element: Element; part: boolean; at: number } | undefined;
  for (const element of elements) {
    const part = f.message.includes(`${element.title}: `);
    const at = f.message.indexOf(part ? `${element.title}: ` : `${element.title} (`);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && element.title.length > best.element.title.length)) best = { element, part, at };
  }
  return best && { element: best.element, part: best.part };
}

interface Heading {
  text: string;
  start: number;
  end: number;
}

/** The next Item of the form: where the section ends at the latest. */
// ("#+\s*" optional as one group: two \s* runs around an optional "#*" split a line of spaces every way, quadratic.)
export const NEXT_ITEM = /^\s*(?:#+\s*)?item\s+\d/i;

/** The heading lines of the section's document after its own heading, up to the next Item or Markdown heading of its level (source offsets). */
function subHeadings(text: string, heading: { start: number; end: number }, known: Set<string>): Heading[] {
  const out: Heading[] = [];
  const own = markdownHeading(text.slice(text.lastIndexOf("\n", heading.start) + 1, heading.end)) !== undefined ? /^ {0,3}(#+)/.exec(text.slice(text.lastIndexOf("\n", heading.start) + 1))?.[1].length : undefined;
  let start = text.indexOf("\n", heading.end) + 1;
  while (start > 0 && start < text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end).replace(/\r$/, "");
    const md = markdownHeading(line);
    if (NEXT_ITEM.test(line) || (md !== undefined && own !== undefined && /^ {0,3}(#+)/.exec(line)![1].length <= own)) break;
    const plain = line.trim();
    if (md !== undefined || (plain && known.has(plain.toLowerCase()))) {
      const words = md ?? plain;
      const at = start + line.indexOf(words);
      out.push({ text: words, start: at, end: at + words.length });
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

/** Moves, in place, the findings at a draft's section heading that name an element to where that element belongs. */
export function placeDraftFindings(findings: Finding[], d: Disclosure, ruleSet: RuleSet, context?: DocumentContext): void {
  const section = d.section;
  const heading = section?.heading;
  const doc = section && d.documents.find((x) => x.file === section.file);
  if (!section || !heading || !doc || d.facts.length > 0) return;
  const index = new LineIndex(doc.file, doc.text);
  const at = index.lineCol(heading.start);
  const here = findings.filter((f) => f.file === doc.file && f.line === at.line && f.column === at.column && f.concept);
  if (here.length === 0) return;

  const elements = ruleSet.elements;
  let paragraphs: Paragraph[] | undefined;
  let headings: Heading[] | undefined;
  for (const f of here) {
    const named = elementOf(f, elements);
    if (!named) continue;
    paragraphs ??= judgedParagraphs(context ?? contextFor(d, ruleSet), doc.file);
    headings ??= subHeadings(doc.text, heading, new Set(section.paragraphs.flatMap((p) => p.headings.map((h) => h.trim().toLowerCase()))));
    const target = named.part
      ? answering(paragraphs, named.element)
      : (referring(paragraphs, named.element) ?? ownHeading(headings, named.element, elements) ?? partHeading(headings, named.element));
    if (!target) continue;
    const p = index.position(target.start, target.end);
    Object.assign(f, { line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, evidence: target.evidence }, target.belongs ? { belongs: target.belongs } : {});
  }
}

/** A paragraph of the section's document: its source range, text, the elements it answers and those it only refers elsewhere for. */
interface Paragraph {
  start: number;
  end: number;
  text: string;
  elements: string[];
  refs: string[];
}

function contextFor(d: Disclosure, ruleSet: RuleSet): DocumentContext {
  return new DocumentContext(d, ruleSet.lexicons, ruleSet.cues, ruleSet.elements, ruleSet.elementVeto);
}

/** The section document's paragraphs as `ctx` judged them (the lint's own context when the caller has it). */
function judgedParagraphs(ctx: DocumentContext, file: string): Paragraph[] {
  const described = ctx.describeParagraphs();
  return ctx
    .units()
    .map((u, i) => ({ file: u.fact.position.file, start: u.fact.offset, end: u.fact.endOffset, text: u.fact.text, elements: described[i].elements, refs: described[i].refs }))
    .filter((p) => p.file === file)
    .sort((a, b) => a.start - b.start);
}

interface Target {
  start: number;
  end: number;
  evidence: string;
  /** Unset: the evidence is the element's own paragraph. */
  belongs?: "under";
}

/** The first paragraph that answers the element. */
function answering(paragraphs: Paragraph[], element: Element): Target | undefined {
  const p = paragraphs.find((x) => x.elements.includes(element.id));
  return p && { start: p.start, end: p.end, evidence: quote(p.text) };
}

/** The first paragraph that only refers elsewhere for the element (its finding is about that paragraph). */
function referring(paragraphs: Paragraph[], element: Element): Target | undefined {
  const p = paragraphs.find((x) => x.refs.includes(element.id));
  return p && { start: p.start, end: p.end, evidence: quote(p.text) };
}

/**
 * The draft's sub-heading for the element: the one `disclint init` writes, else one its heading
 * patterns announce and no other element's do (the patterns are broad: "reporting … board").
 */
function ownHeading(headings: Heading[], element: Element, elements: Element[]): Target | undefined {
  const announces = (e: Element, text: string) => e.headingPatterns.some((re) => re.test(text.trim()));
  const h =
    headings.find((x) => x.text.trim().toLowerCase() === element.heading.toLowerCase()) ??
    headings.find((x) => announces(element, x.text) && !elements.some((e) => e !== element && announces(e, x.text)));
  return h && { start: h.start, end: h.end, evidence: h.text, belongs: "under" };
}

/** The two parts of Item 106 `disclint init` writes a heading for: (b) risk management and strategy, (c) governance (incidents close it). */
const PARTS = [
  { part: "b", heading: /\b(risk management|strategy)\b/i },
  { part: "c", heading: /\bgovernance\b/i },
] as const;

// "106(b)(1)(iii)" is part (b); "106(b)-(c)" and "Form 8-K Item 1.05" (incidents) close the governance part.
const partOf = (e: Element) => (/^106\(b\)(?!-)/.test(e.item106) ? "b" : "c");

/** The heading of the element's part of Item 106 ("Governance"), when the draft has one. */
function partHeading(headings: Heading[], element: Element): Target | undefined {
  const h = headings.find((x) => PARTS.find((p) => p.part === partOf(element))!.heading.test(x.text));
  return h && { start: h.start, end: h.end, evidence: h.text, belongs: "under" };
}

/** At most 80 characters of a paragraph's start. */
function quote(text: string): string {
  return headOf(collapseSpaces(text), 80);
}
