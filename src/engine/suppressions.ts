// Inline suppressions: HTML comments in the source of a draft or filing.
//   <!-- disclint-disable-next-line <id>[, <id>…] -- reason -->
//   <!-- disclint-disable <id>[, <id>…] -- reason -->  …  <!-- disclint-enable <id>[, <id>…] -->
// No id means every rule. A disable without a reason suppresses nothing and is itself a finding.
import { LineIndex } from "../model/position.js";
import type { Finding, Position, RuleMeta, SourceDocument } from "../model/types.js";
import { excerpt } from "./hit.js";

/** The rule id of problems with directives themselves (an engine check, not a rule in rules/). */
export const DIRECTIVE_RULE_ID = "disclint-directive";

export const DIRECTIVE_RULE_META: RuleMeta = {
  id: DIRECTIVE_RULE_ID,
  severity: "error",
  description: "Inline disclint-disable / disclint-enable directives are well formed, give a reason and name known rules; unused ones are reported on request.",
  citation: "disclint",
  fix: 'Write <!-- disclint-disable-next-line <rule-id> -- <reason> -->, or remove the directive.',
  docsUrl: "https://github.com/disclint/disclint/blob/main/docs/configuration.md#inline-suppressions",
};

type Kind = "disable" | "enable" | "disable-next-line";
const KINDS: readonly string[] = ["disable", "enable", "disable-next-line"];
const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface Directive {
  kind: Kind;
  /** Rule ids; empty: every rule. */
  ids: string[];
  reason?: string;
  /** The whole comment. */
  position: Position;
  /** Offset of the comment in the decoded source (directives apply in this order). */
  offset: number;
  text: string;
}

export interface SuppressionOptions {
  /** Rule ids a directive may name (every rule of the rule set, enabled or not); undefined: not checked. */
  knownRuleIds?: Set<string>;
  /** Report disable directives that suppress nothing and enable directives that enable nothing. */
  reportUnused?: boolean;
  /** Receives the findings that directives suppress. */
  suppressed?: Finding[];
}

function problem(d: Pick<Directive, "position" | "text">, message: string, fix: string): Finding {
  return {
    ruleId: DIRECTIVE_RULE_ID,
    severity: "error",
    message,
    ...d.position,
    evidence: excerpt(d.text),
    fix,
    docsUrl: DIRECTIVE_RULE_META.docsUrl,
  };
}

/** The directives of one document, and the problems of the malformed ones (which are left out). */
export function parseDirectives(doc: Pick<SourceDocument, "file" | "text">, known?: Set<string>): { directives: Directive[]; problems: Finding[] } {
  const directives: Directive[] = [];
  const problems: Finding[] = [];
  const comments = directiveComments(doc.text);
  if (comments.length === 0) return { directives, problems };
  const lines = LineIndex.of(doc);
  const hidden = hiddenContainers(doc.text, comments.map((c) => c.start));
  for (const [k, { start, end }] of comments.entries()) {
    const raw = doc.text.slice(start, end);
    const body = raw.slice(4, -3).trim();
    const head = /^disclint-([a-z-]*)/.exec(body)!;
    const at = { position: lines.position(start, end), text: raw };
    if (hidden[k]) {
      // Text nobody sees must not silence what everybody reads: say so, and do not apply it.
      problems.push(problem(at, `disclint-${head[1]} directive inside hidden markup (${hidden[k]}) is not applied.`, "Move the directive out of the hidden element, or remove it."));
      continue;
    }
    const kind = head[1];
    if (!KINDS.includes(kind)) {
      problems.push(problem(at, `Unknown directive "disclint-${kind}": use disclint-disable, disclint-enable or disclint-disable-next-line.`, "Fix the directive's name."));
      continue;
    }
    const rest = body.slice(head[0].length);
    const sep = rest.search(/(?:^|\s)--(?:\s|$)/);
    const idsPart = sep === -1 ? rest : rest.slice(0, sep);
    const reason = sep === -1 ? undefined : rest.slice(sep).replace(/^\s*--/, "").trim() || undefined;
    const directive: Directive = { kind: kind as Kind, ids: [], reason, offset: start, ...at };
    if (kind !== "enable" && !reason) {
      problems.push(
        problem(at, `disclint-${kind} directive has no reason, so it suppresses nothing.`, `Give the reason after " -- ": <!-- disclint-${kind} ${idsPart.trim() || "<rule-id>"} -- <reason> -->.`),
      );
      continue;
    }
    const ids = idsPart.split(",").map((s) => s.trim()).filter(Boolean);
    const unknown = ids.filter((id) => !RULE_ID.test(id) || (known && !known.has(id)));
    for (const id of unknown) {
      problems.push(problem(at, `disclint-${kind} directive names an unknown rule id "${id}".`, "Use the id of a rule (disclint rules lists them); separate ids with commas."));
    }
    directive.ids = ids.filter((id) => !unknown.includes(id));
    // Naming only unknown rules must not turn the directive into one for every rule.
    if (ids.length > 0 && directive.ids.length === 0) continue;
    directives.push(directive);
  }
  return { directives, problems };
}

/**
 * The HTML comments that start with "disclint-", found by scanning comment openings only (a
 * filing's markup is megabytes; its comments are few).
 */
function directiveComments(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let start = commentStart(text, 0); start !== -1; ) {
    const close = text.indexOf("-->", start + 4);
    if (close === -1) break;
    let i = start + 4;
    while (i < close && /\s/.test(text[i])) i++;
    if (text.startsWith("disclint-", i)) out.push({ start, end: close + 3 });
    start = commentStart(text, close + 3);
  }
  return out;
}

/**
 * The first "<!--" at or after `from`. Found by its "!--": "!" is rare in markup, so the search
 * runs at memchr speed, where one for "<!--" stops at every "<" (~5× slower on a 4 MB filing).
 */
function commentStart(text: string, from: number): number {
  for (let p = text.indexOf("!--", from + 1); p !== -1; p = text.indexOf("!--", p + 1)) {
    if (text.charCodeAt(p - 1) === 0x3c) return p - 1;
  }
  return -1;
}

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const HIDING_STYLE = /\bdisplay\s*:\s*none\b|\bvisibility\s*:\s*hidden\b/i;

/**
 * For each offset, the hidden element it sits in ("ix:hidden", "ix:exclude", `<div
 * style="display:none">`, an element with the `hidden` attribute), or "" when it is visible.
 * One pass over the tags up to the last offset.
 */
function hiddenContainers(text: string, offsets: number[]): string[] {
  const out = offsets.map(() => "");
  const stack: Array<{ name: string; hides?: string }> = [];
  const tag = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let k = 0;
  const hiddenBy = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].hides) return stack[i].hides!;
    return "";
  };
  for (let m = tag.exec(text); m && k < offsets.length; m = tag.exec(text)) {
    while (k < offsets.length && offsets[k] < m.index) out[k++] = hiddenBy();
    if (m[2] === undefined) continue; // a comment
    const name = m[2].toLowerCase();
    if (m[1]) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at !== -1) stack.length = at;
      continue;
    }
    if (VOID.has(name) || m[3].endsWith("/")) continue;
    const local = name.slice(name.indexOf(":") + 1);
    const style = /\bstyle\s*=\s*("[^"]*"|'[^']*')/i.exec(m[3])?.[1];
    const hides =
      name.includes(":") && (local === "hidden" || local === "exclude")
        ? m[2]
        : style && HIDING_STYLE.test(style)
          ? `<${m[2]} style=${style}>`
          : /(?:^|\s)hidden(?:\s|=|$)/i.test(m[3])
            ? `<${m[2]} hidden>`
            : undefined;
    stack.push({ name, hides });
  }
  while (k < offsets.length) out[k++] = hiddenBy();
  return out;
}

/** Which rules are disabled at a point, replaying the disable/enable directives before it. */
class RangeState {
  private all?: Directive;
  private readonly except = new Set<string>();
  private readonly open = new Map<string, Directive>();

  disabledBy(id: string): Directive | undefined {
    return this.open.get(id) ?? (this.all && !this.except.has(id) ? this.all : undefined);
  }

  /** Applies a directive; returns the ids (or "*") an enable directive found nothing to enable for. */
  apply(d: Directive): string[] {
    const idle: string[] = [];
    if (d.kind === "disable") {
      if (d.ids.length === 0) {
        this.all = d;
        this.except.clear();
      } else for (const id of d.ids) this.open.set(id, d);
    } else if (d.kind === "enable") {
      if (d.ids.length === 0) {
        if (!this.all && this.open.size === 0) idle.push("*");
        this.all = undefined;
        this.except.clear();
        this.open.clear();
      } else {
        for (const id of d.ids) {
          if (!this.disabledBy(id)) idle.push(id);
          this.open.delete(id);
          if (this.all) this.except.add(id);
        }
      }
    }
    return idle;
  }
}

function endsBefore(d: Directive, f: Finding): boolean {
  return d.position.endLine < f.line || (d.position.endLine === f.line && d.position.endColumn <= f.column);
}

/**
 * Drops the findings that directives in their documents suppress, and adds the directives' own
 * problems (malformed, unknown rule id, and — when asked — unused). Returns the findings unsorted.
 */
export function applySuppressions(findings: Finding[], documents: Pick<SourceDocument, "file" | "text">[], opts: SuppressionOptions = {}): Finding[] {
  const out: Finding[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const handled = new Set<string>();
  for (const doc of documents) {
    if (handled.has(doc.file)) continue;
    handled.add(doc.file);
    const { directives, problems } = parseDirectives(doc, opts.knownRuleIds);
    out.push(...problems);
    const own = byFile.get(doc.file) ?? [];
    byFile.delete(doc.file);
    if (directives.length === 0) {
      out.push(...own);
      continue;
    }
    const used = new Map<Directive, Set<string>>(directives.map((d) => [d, new Set<string>()]));
    const covers = (d: Directive, id: string) => d.ids.length === 0 || d.ids.includes(id);
    const ranges = directives.filter((d) => d.kind !== "disable-next-line").sort((a, b) => a.offset - b.offset);
    for (const f of own) {
      let by = directives.find((d) => d.kind === "disable-next-line" && f.line === d.position.endLine + 1 && covers(d, f.ruleId));
      if (!by) {
        const state = new RangeState();
        for (const d of ranges) {
          if (!endsBefore(d, f)) break;
          state.apply(d);
        }
        by = state.disabledBy(f.ruleId);
      }
      if (by) {
        used.get(by)!.add(f.ruleId);
        opts.suppressed?.push(f);
      } else out.push(f);
    }
    if (opts.reportUnused) out.push(...unusedProblems(directives, ranges, used));
  }
  for (const rest of byFile.values()) out.push(...rest);
  return out;
}

function unusedProblems(directives: Directive[], ranges: Directive[], used: Map<Directive, Set<string>>): Finding[] {
  const out: Finding[] = [];
  for (const d of directives) {
    if (d.kind === "enable") continue;
    const hit = used.get(d)!;
    const idle = d.ids.length === 0 ? (hit.size === 0 ? ["*"] : []) : d.ids.filter((id) => !hit.has(id));
    if (idle.length === 0) continue;
    const what = idle[0] === "*" ? "no problem was reported" : `no problem from ${idle.join(", ")} was reported`;
    const where = d.kind === "disable-next-line" ? "on the next line" : "in its range";
    out.push(problem(d, `Unused disclint-${d.kind} directive: ${what} ${where}.`, "Remove the directive, or the rule ids it no longer needs."));
  }
  const state = new RangeState();
  for (const d of ranges) {
    const idle = state.apply(d);
    if (idle.length === 0) continue;
    const what = idle[0] === "*" ? "no rule was disabled" : `${idle.join(", ")} ${idle.length === 1 ? "was" : "were"} not disabled`;
    out.push(problem(d, `Unused disclint-enable directive: ${what}.`, "Remove the directive, or enable only rules disabled above it."));
  }
  return out;
}
